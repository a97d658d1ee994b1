// The desk's default length target per section, and which target an article
// is measured against: its own (articles.target_words) when it has one, else
// its section's default. Sections are compared as the desk's section filter
// compares them — ignoring case and accents ("politics" is "Politics" is
// "Polítics") — so one home for the folding (foldForSearch) serves both.
import { z } from 'zod';
import { deferred } from '../zod/deferred';
import { foldForSearch } from './headline-search';
import { MAX_TARGET_WORDS } from './fields';
import { parseTargetWords } from './length-target';
import { LIMITS, firstUnstorableChar, groupThousands, unstorableCharMessage } from '../limits';

/** The stored key of a section: trimmed, inner spaces as one, folded. */
export function sectionKey(section: string): string {
  return foldForSearch(section.trim().replace(/\s+/g, ' '));
}

export const SectionName = deferred(() => z
  .string({ error: 'a section must be text' })
  .transform((s) => s.trim().replace(/\s+/g, ' '))
  .refine((s) => s.length > 0, 'a section name is needed, such as Politics')
  .refine((s) => s.length <= LIMITS.section, `a section name is at most ${LIMITS.section} characters`)
  .superRefine((s, ctx) => {
    const bad = firstUnstorableChar(s);
    if (bad) ctx.addIssue({ code: 'custom', message: unstorableCharMessage('section', bad) });
  }));

const WORDS_MESSAGE = `a section's target is a whole number of words from 1 to ${groupThousands(MAX_TARGET_WORDS)}`;
export const SectionTarget = deferred(() => z
  .object({
    section: SectionName,
    targetWords: z.number({ error: WORDS_MESSAGE }).int(WORDS_MESSAGE).min(1, WORDS_MESSAGE).max(MAX_TARGET_WORDS, WORDS_MESSAGE),
  })
  .strict());
export type SectionTarget = z.output<typeof SectionTarget>;

/** A desk has tens of sections; this many defaults is far beyond any. */
export const MAX_SECTION_TARGETS = 500;

/**
 * A section and a target as typed (Publication settings, `copydesk targets
 * set`): the section's name and the words, null for "none" (remove the
 * default), or the sentence that says what is wrong.
 */
export function parseSectionTarget(section: string, words: string): { ok: true; section: string; words: number | null } | { ok: false; message: string } {
  const name = SectionName.safeParse(section);
  if (!name.success) {
    const why = name.error.issues[0]!.message;
    return { ok: false, message: `${why[0]!.toUpperCase()}${why.slice(1)}.` };
  }
  const target = parseTargetWords(words);
  return target.ok ? { ok: true, section: name.data, words: target.value } : target;
}

export interface AppliedTarget {
  words: number;
  /** 'section': the article has none of its own and its section's default applies. */
  from: 'article' | 'section';
  /** The section as the desk named its default (for "Politics default"). */
  section?: string;
}

/** A lookup of the defaults by folded section. */
export class SectionTargets {
  private readonly byKey: ReadonlyMap<string, SectionTarget>;

  constructor(readonly list: readonly SectionTarget[] = []) {
    this.byKey = new Map(list.map((t) => [sectionKey(t.section), t]));
  }

  defaultFor(section: string): SectionTarget | null {
    const key = sectionKey(section);
    return key ? (this.byKey.get(key) ?? null) : null;
  }

  /** The article's own target, else its section's default, else none. */
  applied(own: number | null | undefined, section: string): AppliedTarget | null {
    if (own != null) return { words: own, from: 'article' };
    const fallback = this.defaultFor(section);
    return fallback ? { words: fallback.targetWords, from: 'section', section: fallback.section } : null;
  }
}
