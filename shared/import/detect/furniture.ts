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
  return null;
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
