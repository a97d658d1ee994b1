// What a copy check finds: a range of one text (a field, or one block of the
// body), what kind of problem it is, which rule found it and what could go
// there instead. Ranges are UTF-16 offsets into that text, as JavaScript
// strings and ProseMirror's text positions count them.

/** Spelling (the dictionary), grammar (a word that is wrong where it is) and house style (the publication's sheet). */
export const CHECK_KINDS = ['spelling', 'grammar', 'style'] as const;
export type CheckKind = (typeof CHECK_KINDS)[number];

export const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  spelling: 'Spelling',
  grammar: 'Grammar',
  style: 'House style',
};

export interface CheckFlag {
  from: number;
  to: number;
  /** The flagged text itself, so a stale flag (the text moved on) can be told apart. */
  text: string;
  kind: CheckKind;
  /** `spelling`, `name` (an unknown capitalised word) or a house rule's id. */
  ruleId: string;
  category: string;
  message: string;
  /** Ready replacements, best first. Spelling suggestions are found on demand (they cost ~100 ms a word). */
  suggestions: string[];
  /** Whether "Fix all automatic" may apply the first suggestion without asking. */
  autoFix: boolean;
}
