// Page furniture: lines that belong to the page a story was copied from, or to
// the wire's transmission, not to the story. Dropped from the body and listed
// in the review panel, where each can be put back.
import type { DropReason } from '../analysis';

const RULES: ReadonlyArray<readonly [RegExp, DropReason]> = [
  [/^share (this|the) (article|story|post)\b/i, 'share'],
  [/^share (on|via|to) (facebook|twitter|x|linkedin|whatsapp|email)\b/i, 'share'],
  [/^more from [\p{L}\p{N} .&'’-]{1,60}$/iu, 'more-from'],
  [/^(advertisement|advertising|sponsored content|story continues below( this)? advertisement)$/i, 'advertisement'],
  [/^(related|related (stories|articles|coverage|content|reading)|see also)\s*:/i, 'related'],
  [/^(read more|read next|recommended|also read|you may also like|most read|further reading)\s*:/i, 'read-more'],
  [/^(©|\(c\)\s|copyright\b)/i, 'copyright'],
  [/\ball rights reserved\b/i, 'copyright'],
  [/^our standards\s*:/i, 'copyright'],
  [/^(#{3,}|-\s?30\s?-|[-–—]?\s*ends?\s*[-–—]?|_{3,}|\*{3,}|[-–—]\s?\d{2,}\s?[-–—])$/i, 'end-mark'],
  [/^(for immediate release|embargoed until\b.*|news release|press release)$/i, 'release-label'],
  [/^(follow us on|like us on|subscribe to our|sign up for our|join our newsletter|click here to (subscribe|follow))\b/i, 'social'],
];

/** Why a line is furniture, or null when it is copy. Long lines are always copy. */
export function furnitureReason(line: string): DropReason | null {
  const text = line.trim();
  if (!text || text.length > 200) return null;
  if (isContactLabel(text)) return 'media-contact';
  for (const [pattern, reason] of RULES) if (pattern.test(text)) return reason;
  if (isTimestamp(text)) return 'timestamp';
  return null;
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = new RegExp(String.raw`\d{4}-\d{2}-\d{2}(?:t[\d:.]+z?)?|\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \d{4}|${MONTH} \d{1,2},? \d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}`, 'gi');
const TIME_WORDS = /\b(published|updated|posted|first|last|modified|on|at|by|gmt|bst|utc|cet|est|edt|pst|am|pm|a\.m\.|p\.m\.|min|mins|minute|minutes|read|ago|hours?|days?|today|yesterday)\b/gi;

/**
 * "Published 3 March 2026", "Updated 2026-03-03 14:02 GMT", "— 4 min read":
 * the page's date line, not copy. Short, no sentence, and nothing left once
 * the date and the words around dates are taken out.
 */
export function isTimestamp(text: string): boolean {
  if (text.length > 80 || /[.!?]$/.test(text) && !/\b(a|p)\.m\.$/i.test(text)) return false;
  const hasDate = DATE.test(text) || /\bmin(ute)?s? read\b|\b\d+ (hours?|days?|minutes?) ago\b/i.test(text);
  DATE.lastIndex = 0;
  if (!hasDate) return false;
  const rest = text.replace(DATE, ' ').replace(TIME_WORDS, ' ').replace(/[\d\s:,.|·•—–()/-]+/g, ' ').trim();
  return rest.split(/\s+/).filter(Boolean).length === 0;
}

/** "Media contact:" and friends start a contact block: the label and the lines under it are dropped together. */
export function isContactLabel(line: string): boolean {
  return /^(media|press|investor|news media)\s+(contacts?|enquiries|inquiries|relations)\b.{0,80}$|^contacts?:/i.test(line.trim());
}

/** A line that can belong to a contact block: short, and no sentence of copy. */
export function looksLikeContactDetail(line: string): boolean {
  const text = line.trim();
  return (
    text.length > 0 &&
    text.length <= 90 &&
    (/@|\+?\d[\d ().-]{6,}\d|^(tel|phone|email|e-mail|mobile|cell|fax)\b/i.test(text) || !/[.!?]$/.test(text))
  );
}
