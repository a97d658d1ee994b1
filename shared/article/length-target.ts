// The length the desk assigned an article, in words, against what it has: the
// status bar's "612 / 800 words · 188 under". Counted as the store counts
// (countWords, shared/article/word-count.ts, on the published text: editorial notes left out), so the bar,
// the list and `copydesk show` agree.
import { MAX_TARGET_WORDS } from './fields';
import { groupThousands } from '../limits';

export type LengthState = 'under' | 'near' | 'over';

/** Within this share of the target either way, the copy is "near" it: a sub-editor's trim or top-up. */
export const NEAR_SHARE = 0.1;

export interface LengthReport {
  state: LengthState;
  /** words − target: negative under, positive over. */
  difference: number;
  /** For people: "188 under", "12 over", "on target". */
  label: string;
}


export function lengthReport(words: number, target: number): LengthReport {
  const difference = words - target;
  const state: LengthState = Math.abs(difference) <= target * NEAR_SHARE ? 'near' : difference < 0 ? 'under' : 'over';
  const label = difference === 0 ? 'on target' : `${groupThousands(Math.abs(difference))} ${difference < 0 ? 'under' : 'over'}`;
  return { state, difference, label };
}

/**
 * A target as typed (the metadata row, `copydesk set --target`): a whole number
 * of words, "" or "none" for no target. Returns the value or the sentence that
 * says what is wrong.
 */
export function parseTargetWords(input: string): { ok: true; value: number | null } | { ok: false; message: string } {
  const text = input.trim().replace(/[,\s](?=\d{3}\b)/g, '');
  if (text === '' || /^none$/i.test(text)) return { ok: true, value: null };
  if (!/^\d+$/.test(text)) return { ok: false, message: `"${input.trim()}" is not a number of words: give a whole number such as 800, or "none" for no target.` };
  const value = Number(text);
  if (value < 1 || value > MAX_TARGET_WORDS) return { ok: false, message: `A target must be from 1 to ${groupThousands(MAX_TARGET_WORDS)} words (got ${groupThousands(value)}).` };
  return { ok: true, value };
}
