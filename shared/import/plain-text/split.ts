// Text → blocks of lines. A block is what blank lines separate; its lines are
// typographically cleaned but not yet joined, because furniture and credits are
// recognized line by line (a "More from …" line often sits right under a
// "Share this article" line with no blank between them).
import { smartenTypography } from '../detect/typography';

export function splitBlocks(raw: string): string[][] {
  const text = raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    // Form feeds and vertical tabs from word processors' "page break".
    .replace(/[\f\v]/g, '\n');
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((block) =>
      block
        .split('\n')
        .map(smartenTypography)
        .filter((line) => line.length > 0),
    )
    .filter((lines) => lines.length > 0);
}
