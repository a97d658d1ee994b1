// The fields' flags (headline, standfirst, captions): which are drawn on the
// text as it is now, the runs of the copy laid over the field, and the flag
// under the caret.
import { describe, expect, it } from 'vitest';
import { captionFlags, currentFieldFlags, fieldFlagAt, flagRuns, headlineFlags } from '../../../renderer/src/editor/checks/field-flags';
import type { PlacedFlag } from '../../../renderer/src/editor/checks/checks-plugin';

const flag = (where: string, from: number, text: string, extra: Partial<PlacedFlag> = {}): PlacedFlag => ({
  id: `${where}:${from}`,
  where,
  label: where,
  from,
  to: from + text.length,
  text,
  kind: 'spelling',
  ruleId: 'spelling',
  category: 'Spelling',
  message: 'Not in the dictionary.',
  suggestions: [],
  autoFix: false,
  mark: { scope: where.startsWith('caption:') ? 'caption' : where === 'standfirst' ? 'standfirst' : 'headline', rule: 'spelling', text, before: '', after: '' },
  ...extra,
});

describe('flags in the fields', () => {
  const headline = 'Council recieved the the report';
  const flags = [flag('headline', 8, 'recieved'), flag('headline', 17, 'the the', { kind: 'grammar' }), flag('standfirst', 0, 'Teh'), flag('caption:3', 4, 'teh', { photoPos: 40 })];

  it('draws only the flags whose text is still where it was flagged', () => {
    expect(headlineFlags(flags, headline).map((f) => f.text)).toEqual(['recieved', 'the the']);
    // Typed before them since the check: both moved, so neither is drawn until the next check.
    expect(currentFieldFlags(flags, 'headline', `A ${headline}`)).toEqual([]);
    expect(captionFlags(flags, 'Sandbags').map((f) => f.where)).toEqual([]);
    expect(captionFlags(flags, 'The teh river').map((f) => f.where)).toEqual(['caption:3']);
  });

  it('cuts the text into runs that join back into it, each flag its own run', () => {
    const runs = flagRuns(headline, headlineFlags(flags, headline));
    expect(runs.map((r) => r.text).join('')).toBe(headline);
    expect(runs.map((r) => [r.text, r.flag?.kind ?? null])).toEqual([
      ['Council ', null],
      ['recieved', 'spelling'],
      [' ', null],
      ['the the', 'grammar'],
      [' report', null],
    ]);
    expect(flagRuns('', [])).toEqual([]);
  });

  it('finds the flag under the caret, its ends included', () => {
    const mine = headlineFlags(flags, headline);
    expect(fieldFlagAt(mine, 8)?.text).toBe('recieved');
    expect(fieldFlagAt(mine, 16)?.text).toBe('recieved');
    expect(fieldFlagAt(mine, 3)).toBeNull();
  });
});
