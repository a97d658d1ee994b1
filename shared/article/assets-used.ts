// Which photos (assets, by sha256) a body uses. Two answers, each with its use:
// - photoAssetsOf: the images its photo nodes show (an import keeps only those);
// - digestsIn: every string anywhere in it that is a digest, the notion the
//   collector's SQL uses (electron/main/assets/collect-unused.ts) so that no
//   photo is ever collected while any body could still refer to it.
import { isSha256 } from '../assets/assets';

export function photoAssetsOf(blocks: readonly unknown[]): Set<string> {
  const found = new Set<string>();
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const { type, attrs, content } = node as { type?: string; attrs?: { asset?: unknown }; content?: unknown };
    if (type === 'photo' && isSha256(attrs?.asset)) found.add(attrs.asset);
    if (Array.isArray(content)) content.forEach(walk);
  };
  blocks.forEach(walk);
  return found;
}

/** Every string in `value` that reads as a digest in any case (lower-cased), however deep. */
export function digestsIn(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const lower = value.toLowerCase();
    if (isSha256(lower)) into.add(lower);
  } else if (Array.isArray(value)) {
    for (const item of value) digestsIn(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) digestsIn(item, into);
  }
  return into;
}
