// The panel's order: by kind (spelling, grammar, house style), then by
// category, each with its count; flags in reading order within a category.
import { CHECK_KINDS, type CheckKind } from '../../../../shared/checks/flag';
import type { PlacedFlag } from './checks-plugin';

export interface FlagGroup {
  kind: CheckKind;
  count: number;
  categories: { category: string; flags: PlacedFlag[] }[];
}

export function groupFlags(flags: readonly PlacedFlag[]): FlagGroup[] {
  const groups: FlagGroup[] = [];
  for (const kind of CHECK_KINDS) {
    const ofKind = flags.filter((f) => f.kind === kind);
    if (!ofKind.length) continue;
    const categories = new Map<string, PlacedFlag[]>();
    for (const f of ofKind) categories.set(f.category, [...(categories.get(f.category) ?? []), f]);
    groups.push({ kind, count: ofKind.length, categories: [...categories].map(([category, list]) => ({ category, flags: list })) });
  }
  return groups;
}

export function automaticCount(flags: readonly PlacedFlag[]): number {
  return flags.filter((f) => f.autoFix && f.suggestions.length > 0 && (f.range || f.photoPos !== undefined)).length;
}
