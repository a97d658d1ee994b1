// Where the checker's flags are: an answer says "block:3, characters 4–9"; the
// editor needs body positions (block text starts at its `pos`, from
// article-texts.ts) or, for a caption, its photo. Each flag gets an id unique
// to this answer, which the panel and the menu use to find it again, and the
// key it would be marked correct by.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../../shared/checks/flag';
import { acceptedFlagOf } from '../../../../shared/checks/accepted-flag';
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
      const base: PlacedFlag = { ...flag, id: `${version}:${key}:${i}`, where: key, label, mark: acceptedFlagOf(flag, key, text.text) };
      if (where === 'block') placed.push({ ...base, range: { from: pos! + flag.from, to: pos! + flag.to } });
      else if (where === 'caption') placed.push({ ...base, photoPos: pos });
      else placed.push(base);
    });
  }
  return placed;
}
