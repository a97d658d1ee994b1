// Where the checker's flags are: an answer says "block:3, characters 4–9"; the
// editor needs body positions (block text starts at its `pos`, from
// article-texts.ts) or, for a caption, its photo. Each flag gets an id unique
// to this answer, which the panel and the menu use to find it again.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../../shared/checks/flag';
import type { PlacedFlag } from './checks-plugin';

/** Flags by text key, in reading order: headline, standfirst, then the body as written (texts are in document order, a text's flags in its order). */
export function placeFlags(version: number, answer: ReadonlyMap<string, readonly CheckFlag[]>, texts: readonly ArticleText[]): PlacedFlag[] {
  const placed: PlacedFlag[] = [];
  for (const text of texts) {
    const flags = answer.get(text.key);
    if (!flags) continue;
    const { key, label, pos } = text;
    const where = pos === undefined ? 'field' : key.startsWith('block:') ? 'block' : key.startsWith('caption:') ? 'caption' : 'field';
    flags.forEach((flag, i) => {
      const id = `${version}:${key}:${i}`;
      if (where === 'block') placed.push({ ...flag, id, where: key, label, range: { from: pos! + flag.from, to: pos! + flag.to } });
      else if (where === 'caption') placed.push({ ...flag, id, where: key, label, photoPos: pos });
      else placed.push({ ...flag, id, where: key, label });
    });
  }
  return placed;
}
