// The web-page corpus (tests/fixtures/import/pages/): every page imported as
// the app imports it, its body scored against the true article text written
// beside it, and Mozilla Readability alone scored on the same pages in the
// same run, side by side. Prints the table; fails below the threshold.
import fs from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parsePage, type DomNode } from '../../../../electron/main/import/html/dom';
import { textChunks } from '../../../../electron/main/import/html/left-out';
import { prepareImport } from '../../../../electron/main/import/prepare-import';
import { textOf } from '../../../../shared/import/assemble';
import { readStory, truthText } from '../../../fixtures/import/pages/build/story';
import { corpusScore, score, type Score } from '../../../support/shingle-f1';

const DIR = path.resolve(__dirname, '../../../fixtures/import/pages');
/** Set from the measured corpus F1 (see README, Import): a drop below it is a regression. */
const THRESHOLD = 0.95;

const pages = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

/**
 * The imported article's text: the dateline (cut from the first paragraph
 * into its field, still the article's words), then every text block of the
 * body on a line of its own. Photo captions and quote attributions are not
 * in the truth files (a caption is the picture's, an attribution repeats the
 * lead-in's name), so they are not scored.
 */
function articleText(fields: { dateline: string; body: { content: unknown[] } }): string {
  const lines: string[] = [];
  const walk = (node: { type: string; content?: unknown[] }) => {
    if (node.type === 'photo' || node.type === 'attribution') return;
    if (node.type === 'paragraph' || node.type === 'heading') return void lines.push(textOf(node));
    for (const child of (node.content ?? []) as { type: string }[]) walk(child);
  };
  fields.body.content.forEach((b) => walk(b as { type: string }));
  if (fields.dateline && lines.length) lines[0] = `${fields.dateline} — ${lines[0]}`;
  return lines.join('\n');
}

/** Readability's article, block by block (its textContent runs list items and paragraphs together, which would score it unfairly). */
function readabilityText(html: string): string {
  // The same DOM as the import's (parsePage: linkedom, with its createElement case fixed).
  const document = parsePage(html);
  const content = new Readability(document as never, { serializer: (el: unknown) => el }).parse()?.content as DomNode | null | undefined;
  return content ? textChunks(content).map((c) => c.text).join('\n') : '';
}

describe('web-page corpus', () => {
  it(`has at least 40 pages, each with its true text`, () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    for (const page of pages) expect(fs.existsSync(path.join(DIR, page.replace(/\.html$/, '.txt')))).toBe(true);
  });

  it(`extracts the article with a corpus F1 of at least ${THRESHOLD}, side by side with Readability alone`, async () => {
    const ours: Score[] = [];
    const readability: Score[] = [];
    const rows: string[] = [];
    for (const page of pages) {
      const html = fs.readFileSync(path.join(DIR, page), 'utf8');
      const truth = truthText(readStory(path.join(DIR, page.replace(/\.html$/, '.txt')), page));
      const { result } = await prepareImport('html', new TextEncoder().encode(html));
      const mine = score(articleText(result.fields), truth);
      const theirs = score(readabilityText(html), truth);
      ours.push(mine);
      readability.push(theirs);
      rows.push(`${page.padEnd(40)} ${mine.f1.toFixed(3)} (p ${mine.precision.toFixed(2)} r ${mine.recall.toFixed(2)})   ${theirs.f1.toFixed(3)} (p ${theirs.precision.toFixed(2)} r ${theirs.recall.toFixed(2)})`);
    }
    const total = corpusScore(ours);
    const alone = corpusScore(readability);
    const f = (s: Score) => `${s.f1.toFixed(3)} (p ${s.precision.toFixed(2)} r ${s.recall.toFixed(2)})`;
    console.log(
      [
        `${'page'.padEnd(40)} Copydesk                   Readability alone`,
        ...rows,
        `${'CORPUS (mean of pages)'.padEnd(40)} ${f(total)}   ${f(alone)}`,
        `pages below 0.9: Copydesk ${ours.filter((s) => s.f1 < 0.9).length}, Readability ${readability.filter((s) => s.f1 < 0.9).length}`,
      ].join('\n'),
    );
    expect(total.f1).toBeGreaterThanOrEqual(THRESHOLD);
  });
});
