// Where the checker's flags are: an answer says "block:3, characters 4–9"; the
// editor needs body positions (block text starts at its `pos`, from
// article-texts.ts) or, for a caption, its photo. Each flag gets an id unique
// to this answer, which the panel and the menu use to find it again, and the
// key it would be marked correct by.
import type { ArticleText } from '../../../../shared/checks/article-texts';
import type { CheckFlag } from '../../../../shared/checks/flag';
import { acceptedFlagOf } from '../../../../shared/checks/accepted-flag';
import type { PlacedFlag } from './checks-plugin';

export function placeFlags(version: number, answer: readonly [string, CheckFlag[]][], texts: readonly ArticleText[]): PlacedFlag[] {
  const byKey = new Map(texts.map((t) => [t.key, t]));
  const placed: PlacedFlag[] = [];
  for (const [key, flags] of answer) {
    const text = byKey.get(key);
    if (!text) continue;
    flags.forEach((flag, i) => {
      const base: PlacedFlag = { ...flag, id: `${version}:${key}:${i}`, where: key, label: text.label, mark: acceptedFlagOf(flag, key, text.text) };
      if (key.startsWith('block:') && text.pos !== undefined) placed.push({ ...base, range: { from: text.pos + flag.from, to: text.pos + flag.to } });
      else if (key.startsWith('caption:') && text.pos !== undefined) placed.push({ ...base, photoPos: text.pos });
      else placed.push(base);
    });
  }
  // In reading order: headline, standfirst, then the body as written (texts are in document order).
  const order = new Map(texts.map((t, i) => [t.key, i]));
  return placed.sort((a, b) => order.get(a.where)! - order.get(b.where)! || a.from - b.from);
}
