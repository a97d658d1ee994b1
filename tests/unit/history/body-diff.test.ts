// The History panel's comparison of two bodies (renderer/src/history/diff/):
// removed blocks stay blocks, words inside a changed block are marked, and
// formatting, subhead levels and photo credits count as changes.
import { describe, expect, it } from 'vitest';
import { diffBodies, plainBlocks, type DiffBlock } from '../../../renderer/src/history/diff/body-diff';
import { diffFields } from '../../../renderer/src/history/diff/field-diff';
import { bodyFromJSON } from '../../../shared/article/body';
import { doc, h, li, link, p, photo, quote, strong, ul } from '../../support/docs';

const node = (json: unknown) => bodyFromJSON(json);
const compare = (a: unknown, b: unknown) => diffBodies(node(a), node(b));
/** A block as a line: its change, then its runs as [kind:text]. */
const line = (block: DiffBlock): string =>
  `${block.change} ${block.type}: ` + (block.runs ?? []).map((r) => (r.kind === 'same' ? r.text : `[${r.kind}:${r.text}]`)).join('');

describe('diffBodies', () => {
  it('a cut paragraph is one removed block; the rest are unchanged', () => {
    const blocks = compare(doc(p('One.'), p('The paragraph that was cut.'), p('Three.')), doc(p('One.'), p('Three.')));
    expect(blocks.map(line)).toEqual(['same paragraph: One.', 'removed paragraph: [del:The paragraph that was cut.]', 'same paragraph: Three.']);
  });

  it('words changed inside a paragraph are marked inside it, a new paragraph is added', () => {
    const blocks = compare(doc(p('The council voted on Tuesday.')), doc(p('The council voted on Wednesday night.'), p('A new paragraph.')));
    expect(blocks.map(line)).toEqual(['changed paragraph: The council voted on [del:Tuesday][ins:Wednesday night].', 'added paragraph: [ins:A new paragraph.]']);
  });

  it('bold added to a word and a link pointed elsewhere are formatting changes', () => {
    const blocks = compare(doc(p('Read the report here.', link('https://a.example/', ' Link'))), doc(p('Read the ', strong('report'), ' here.', link('https://b.example/', ' Link'))));
    expect(blocks.map(line)).toEqual(['changed paragraph: Read the [format:report] here.[format: Link]']);
    expect(blocks[0]!.runs!.find((r) => r.kind === 'format' && r.href)?.href).toBe('https://b.example/');
  });

  it('a paragraph turned into a subhead, and a subhead level changed, say so', () => {
    const blocks = compare(doc(p('Background'), h(2, 'Reaction')), doc(h(2, 'Background'), h(3, 'Reaction')));
    expect(blocks.map((b) => [line(b), b.notes])).toEqual([
      ['changed heading: Background', ['Was body text, now a subhead']],
      ['changed heading: Reaction', ['Subhead level 2 → 3']],
    ]);
  });

  it('a changed photo credit and caption are listed word by word', () => {
    const before = photo({ asset: 'a'.repeat(64), caption: 'The mayor speaks', photographer: 'Jo Bloggs', agency: 'AP' });
    const after = photo({ asset: 'a'.repeat(64), caption: 'The mayor speaks on Tuesday', photographer: 'Jo Bloggs', agency: 'Reuters' });
    const [block] = compare(doc(before), doc(after));
    expect(block).toMatchObject({ change: 'changed', type: 'photo' });
    expect(block!.attrChanges!.map((c) => [c.label, c.parts.filter((x) => x.kind !== 'same').map((x) => `${x.kind}:${x.value}`)])).toEqual([
      ['Caption', ['ins: on Tuesday']],
      ['Agency', ['del:AP', 'ins:Reuters']],
    ]);
  });

  it('inside quotes and lists the changed child is found', () => {
    const blocks = compare(doc(quote([p('We will act.')], 'The mayor'), ul(li(p('One')), li(p('Two')))), doc(quote([p('We will act now.')], 'The mayor'), ul(li(p('One')))));
    expect(blocks.map((b) => b.change)).toEqual(['changed', 'changed']);
    expect(line(blocks[0]!.children![0]!)).toBe('changed paragraph: We will act[ins: now].');
    expect(blocks[1]!.children!.map((c) => c.change)).toEqual(['same', 'removed']);
  });

  it('identical bodies are all unchanged, as is a body shown on its own', () => {
    const body = doc(p('One.'), h(2, 'Two'), photo({ caption: 'C' }));
    expect(compare(body, body).every((b) => b.change === 'same')).toBe(true);
    expect(plainBlocks(node(body)).map((b) => b.change)).toEqual(['same', 'same', 'same']);
  });

  it('a long body with edits spread through it stays block by block', () => {
    const paragraphs = Array.from({ length: 1000 }, (_, i) => `Paragraph ${i} says something about the council and its budget.`);
    const edited = paragraphs.map((t, i) => (i % 100 === 0 ? t.replace('budget', 'spending') : t)).filter((_, i) => i !== 500);
    const blocks = compare(doc(...paragraphs.map((t) => p(t))), doc(...edited.map((t) => p(t))));
    expect(blocks.filter((b) => b.change === 'changed')).toHaveLength(9);
    expect(blocks.filter((b) => b.change === 'removed').map(line)).toEqual(['removed paragraph: [del:Paragraph 500 says something about the council and its budget.]']);
  });
});

describe('diffFields', () => {
  it('lists only the fields that changed: words, status, tags', () => {
    const base = { headline: 'Council votes', standfirst: '', byline: 'A. Reporter', dateline: 'LEEDS', status: 'draft', section: 'News', tags: ['council', 'budget'] };
    const changes = diffFields(base, { ...base, headline: 'Council votes again', status: 'ready', tags: ['budget', 'leeds'] });
    expect(changes.map((c) => [c.label, c.parts.map((x) => (x.kind === 'same' ? x.value : `${x.kind}:${x.value}`)).join('|')])).toEqual([
      ['Headline', 'Council votes|ins: again'],
      ['Status', 'del:draft| → |ins:ready'],
      ['Tags', 'del:council| |ins:leeds'],
    ]);
    expect(diffFields(base, base)).toEqual([]);
  });
});
