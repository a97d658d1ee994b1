/** The spelling dialects Copydesk ships dictionaries for (dictionary-en, dictionary-en-gb). */
export const DIALECTS = ['en-GB', 'en-US'] as const;
export type Dialect = (typeof DIALECTS)[number];
export const DIALECT_LABELS: Record<Dialect, string> = { 'en-GB': 'English (UK)', 'en-US': 'English (US)' };

export function isDialect(value: unknown): value is Dialect {
  return typeof value === 'string' && (DIALECTS as readonly string[]).includes(value);
}

/**
 * The publication's dialect from its locale: American English for en-US (and
 * the Philippines, which follows it), British spelling for every other
 * English — UK, Ireland, Australia, New Zealand, India, South Africa — and for
 * a non-English locale, whose English copy is most often written to British
 * style.
 */
export function dialectOfLocale(locale: string): Dialect {
  return /^en-(US|PH|PR|UM|VI|AS|GU|MP)\b/i.test(locale) ? 'en-US' : 'en-GB';
}
