// Text → blocks of lines. A block is what blank lines separate; its lines are
// typographically cleaned but not yet joined, because furniture and credits are
// recognized line by line (a "More from …" line often sits right under a
// "Share this article" line with no blank between them).
//
// Older wire copy has no blank lines at all and marks each paragraph with an
// indented first line instead; such a block is split at its indented lines.
import { smartenTypography } from '../detect/typography';

export function splitBlocks(raw: string): string[][] {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // Form feeds and vertical tabs from word processors' "page break".
    .replace(/[\f\v]/g, '\n');
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .flatMap(splitAtIndents)
    .map((lines) => lines.map(smartenTypography).filter((line) => line.length > 0))
    .filter((lines) => lines.length > 0);
}

const INDENT = /^(\t| {2,}|\u00a0{2,})\S/;

function splitAtIndents(block: string): string[][] {
  const lines = block.split('\n').filter((line) => line.trim());
  const indented = lines.filter((line) => INDENT.test(line)).length;
  // Only a real pattern counts: several indented first lines among unindented continuation lines.
  if (indented < 2 || indented === lines.length) return [lines];
  const parts: string[][] = [];
  for (const line of lines) {
    if (INDENT.test(line) || parts.length === 0) parts.push([line]);
    else parts[parts.length - 1]!.push(line);
  }
  return parts;
}
