// Publication settings: who publishes the article and how the published page
// looks. Shared so the store, the IPC contract, the renderer and the preview
// all validate the same shape.
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { isAllowedHref } from '../article/links';
import { LIMITS, firstUnstorableChar, unstorableCharMessage } from '../limits';
import { isKnownTimeZone } from '../render/dates';

export const LAYOUT_THEMES = ['classic', 'modern'] as const;
export const LayoutTheme = deferred(() => z.enum(LAYOUT_THEMES, { error: `theme must be one of ${LAYOUT_THEMES.join(', ')}` }));
export type LayoutTheme = z.infer<typeof LayoutTheme>;

const singleLine = (name: string, max: number) =>
  z
    .string({ error: `${name} must be text` })
    .max(max, `${name} is longer than ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), `${name} must be a single line`)
    // A NUL (or any character XML cannot hold) is refused here, in words, not by the database's CHECK.
    .superRefine((s, ctx) => {
      const bad = firstUnstorableChar(s);
      if (bad) ctx.addIssue({ code: 'custom', message: unstorableCharMessage(name, bad) });
    });

/**
 * A site URL is the web address the articles will live under. Empty means
 * "not on the web yet": no canonical link, no share links. Only http(s), and
 * no query or fragment, because article URLs are built by appending a slug.
 */
export const SiteUrl = deferred(() => z
  .string({ error: 'site URL must be text' })
  .trim()
  .max(LIMITS.siteUrl, `site URL is longer than ${LIMITS.siteUrl} characters`)
  .refine(
    (s) => s === '' || (/^https?:\/\//i.test(s) && isAllowedHref(s) && !/[?#]/.test(s)),
    'site URL must be empty or an http:// or https:// address without ? or #',
  )
  .transform((s) => s.replace(/\/+$/, '')));

/** A BCP 47 language tag the platform understands (en-GB, fr, pt-BR). */
export const Locale = deferred(() => z
  .string({ error: 'locale must be text' })
  .trim()
  .min(1, 'locale is required (for example en-GB)')
  .max(35, 'locale is longer than 35 characters')
  .transform((s, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(s);
      if (canonical) return canonical;
    } catch {
      // fall through to the readable message below
    }
    ctx.addIssue({ code: 'custom', message: `"${s}" is not a language tag such as en-GB or fr` });
    return z.NEVER;
  }));

/** The zone pages print times in, as an IANA name (Europe/London); empty means this computer's zone. */
export const TimeZone = deferred(() => z
  .string({ error: 'time zone must be text' })
  .trim()
  .max(64, 'time zone is longer than 64 characters')
  .refine((s) => s === '' || isKnownTimeZone(s), {
    error: (issue) => `"${String(issue.input)}" is not a time zone such as Europe/London or America/New_York`,
  }));

export const PublicationSettings = deferred(() => z
  .object({
    publicationName: singleLine('publication name', LIMITS.publicationName)
      .transform((s) => s.trim())
      .refine((s) => s.length > 0, 'publication name is required'),
    siteUrl: SiteUrl,
    defaultByline: singleLine('default byline', LIMITS.defaultByline).transform((s) => s.trim()),
    locale: Locale,
    theme: LayoutTheme,
    /** Spiked articles older than this many days are deleted when the app starts (never by changing it). */
    spikePurgeDays: z
      .number({ error: 'days before spiked articles are deleted must be a number' })
      .int('days before spiked articles are deleted must be a whole number')
      .min(1, 'spiked articles are kept at least 1 day')
      .max(3650, 'spiked articles are kept at most 3650 days')
      .default(30),
    // Both arrived with migration 009; settings saved by an older caller leave them at their defaults.
    timeZone: TimeZone.default(''),
    /** AP style: the dateline runs into the first paragraph ("MILLBROOK, England (Copydesk News) — "). */
    apDateline: z.boolean({ error: 'AP dateline must be true or false' }).default(false),
  })
  .strict());
export type PublicationSettings = z.output<typeof PublicationSettings>;

/** What a fresh database starts with, so the preview has a masthead on first run. */
export const DEFAULT_PUBLICATION: PublicationSettings = {
  publicationName: 'Copydesk News',
  siteUrl: '',
  defaultByline: '',
  locale: 'en-US',
  theme: 'classic',
  spikePurgeDays: 30,
  timeZone: '',
  apDateline: false,
};
