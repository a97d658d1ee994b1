// Undo is a pure function over the analysis: each classification can be
// reverted on its own and brought back, and nothing is ever lost.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importPlainText } from '../../../shared/import/plain-text';
import { ImportResult, redoClassification, setAttribution, undoClassification, textOf } from '../../../shared/import/assemble';
import { checkBody } from '../../../shared/article/body';
import { blockTexts, outline } from './outline';
import { readSeed } from '../../support/seed';

const SEED = readSeed();
const fixture = (name: string) => fs.readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8');

describe('undoing a classification', () => {
  const result = importPlainText(SEED);

  it('turns a quote back into its paragraphs, quotation marks and all', () => {
    const id = result.summary.quotes[2]!.id;
    const undone = undoClassification(result, id);
    expect(undone.summary.quotes).toHaveLength(4);
    expect(undone.summary.paragraphs).toBe(15);
    expect(undone.summary.undone).toEqual([{ id, label: 'quote "It is a very complicated piece of business. These are diffi…"' }]);
    const texts = blockTexts(undone.fields.body);
    expect(texts).toContain(
      '“It is a very complicated piece of business. These are difficult negotiations. We have grave differences with the Russians in terms of both the parties we support but also the process that’s required to bring about peace in Syria.',
    );
    expect(texts.some((t) => t.startsWith('“But if we do not get') && t.endsWith('next phase.”'))).toBe(true);
    expect(checkBody(undone.fields.body)).toBeNull();
    // The original result is untouched: undo returns a new value.
    expect(result.summary.quotes).toHaveLength(5);
  });

  it('removes only the attribution when that is what was wrong', () => {
    const attributionId = result.summary.quotes[1]!.attributionId!;
    const undone = undoClassification(result, attributionId);
    expect(outline(undone.fields.body)[8]).toBe('quote×1()');
    expect(undone.summary.quotes[1]!.attribution).toBe('');
  });

  it('lets the journalist correct an attribution, add a missing one, and clear one (which Redo brings back)', () => {
    const [, second, , fourth] = result.summary.quotes;
    const corrected = setAttribution(result, second!.id, '  President   Barack Obama ');
    expect(corrected.summary.quotes[1]!.attribution).toBe('President Barack Obama');
    expect(outline(corrected.fields.body)).toContain('quote×1(President Barack Obama)');

    expect(fourth!.attribution).toBe('');
    const added = setAttribution(corrected, fourth!.id, 'a Western diplomat');
    expect(added.summary.quotes[3]!.attribution).toBe('a Western diplomat');
    expect(added.summary.quotes[1]!.attribution).toBe('President Barack Obama');
    // Typing it again replaces the same one, never a second attribution.
    const retyped = setAttribution(added, fourth!.id, 'a Western diplomat in Geneva');
    expect(retyped.analysis.classifications.filter((c) => c.kind === 'attribution')).toHaveLength(5);
    expect(checkBody(retyped.fields.body)).toBeNull();

    const cleared = setAttribution(retyped, second!.id, '   ');
    expect(cleared.summary.quotes[1]!.attribution).toBe('');
    expect(cleared.summary.undone.map((u) => u.label)).toEqual(['attribution "President Barack Obama"']);
    const back = redoClassification(cleared, second!.attributionId!);
    expect(back.summary.quotes[1]!.attribution).toBe('President Barack Obama');
    // The result it started from is untouched, and an unknown quote is refused.
    expect(result.summary.quotes[1]!.attribution).toBe('President Obama');
    expect(() => setAttribution(result, 'quote-99', 'Anyone')).toThrow(/no quote quote-99/);
  });

  it('keeps a typed attribution through an undo and redo of its quote', () => {
    const id = result.summary.quotes[3]!.id;
    const added = setAttribution(result, id, 'a Western diplomat');
    const quoteUndone = undoClassification(added, id);
    expect(quoteUndone.summary.quotes).toHaveLength(4);
    expect(redoClassification(quoteUndone, id).summary.quotes[3]!.attribution).toBe('a Western diplomat');
  });

  it('puts a dropped line back where it stood', () => {
    const undone = undoClassification(result, result.summary.dropped[1]!.id);
    expect(blockTexts(undone.fields.body).at(-1)).toBe('More from Inquisitr');
    expect(undone.summary.dropped).toHaveLength(1);
  });

  it('turns a photo back into its credit line', () => {
    const undone = undoClassification(result, 'photo-1');
    expect(outline(undone.fields.body)[0]).toBe('p');
    expect(blockTexts(undone.fields.body).at(-1)).toBe('[Photo by Chip Somodevilla/Getty Images]');
  });

  it('gives the headline back to the body as its first paragraph', () => {
    const undone = undoClassification(result, 'headline-1');
    expect(undone.fields.headline).toBe('');
    expect(blockTexts(undone.fields.body)[1]).toMatch(/^Syria Peace Talks Stall/);
  });

  it('restores the dateline to the first paragraph', () => {
    const wire = importPlainText(fixture('ap-wire.txt'));
    const undone = undoClassification(wire, wire.summary.dateline!.id);
    expect(undone.fields.dateline).toBe('');
    expect(blockTexts(undone.fields.body)[0]).toMatch(/^WASHINGTON \(AP\) — The Senate voted/);
  });

  it('redo brings a classification back, and results stay valid ImportResults', () => {
    const undone = undoClassification(result, 'quote-1');
    const redone = redoClassification(undone, 'quote-1');
    expect(redone.fields).toEqual(result.fields);
    expect(ImportResult.safeParse(undone).success).toBe(true);
    expect(undoClassification(undone, 'quote-1')).toBe(undone);
  });

  it('undoing everything gives back every line of the source as paragraphs', () => {
    let all = result;
    for (const c of result.analysis.classifications) all = undoClassification(all, c.id);
    const texts = blockTexts(all.fields.body);
    const sourceLines = SEED.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(texts).toEqual(sourceLines);
    expect(all.fields.headline).toBe('');
    expect(textOf(all.fields.body.content[0])).toBe(sourceLines[0]);
  });
});

describe('edge cases', () => {
  it('empty text gives an empty article with nothing recognized', () => {
    const r = importPlainText('  \n\n \r\n');
    expect(r.fields.headline).toBe('');
    expect(r.fields.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(r.summary.paragraphs).toBe(0);
    expect(r.analysis.classifications).toEqual([]);
  });

  it('Windows line endings and a byte-order mark are handled', () => {
    const r = importPlainText('\uFEFFHeadline here\r\n\r\nFirst paragraph.\r\n\r\n"Quoted."\r\n');
    expect(r.fields.headline).toBe('Headline here');
    expect(outline(r.fields.body)).toEqual(['p', 'quote×1()']);
  });

  it('a sentence that starts with a capitalised name and a dash is not a dateline', () => {
    const r = importPlainText('Headline\n\nObama — who spoke last — said little.\n\nMore copy.');
    expect(r.fields.dateline).toBe('');
  });

  it('"He said:" names nobody, so the quote is left unattributed', () => {
    const r = importPlainText('Headline\n\nHe said:\n\n“We will be back.”');
    expect(r.summary.quotes).toEqual([expect.objectContaining({ attribution: '', attributionId: null })]);
  });
});
