// The exported pages pass both HTML checkers with zero errors: the sample
// article, hostile input in every field, every node type, and an empty draft.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFixturePages, type ExportedFixtures } from '../../fixtures/render/exported-pages';
import { htmlValidateErrors, runVnu, type Finding } from '../../support/html-validators';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-validity-');
let pages: ExportedFixtures;
let vnu: ReturnType<typeof runVnu>;
const FULL_PAGES = ['seed', 'adversarial', 'everyNode', 'empty'] as const;

// A page with known mistakes, so a harness that silently reports nothing fails.
const BROKEN = '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div>block in p</div><a href="a b">x</a><img src="x.png"></body></html>';

beforeAll(() => {
  pages = exportFixturePages(tmp.dir);
  fs.writeFileSync(tmp.file('broken.html'), BROKEN);
  fs.writeFileSync(tmp.file('fragment-in-page.html'), wrapFragment(fs.readFileSync(pages.seedFragment, 'utf8')));
  // One JVM start for every page.
  vnu = runVnu([...FULL_PAGES.map((name) => pages[name]), tmp.file('broken.html'), tmp.file('fragment-in-page.html')]);
}, 120_000);
afterAll(() => tmp.cleanup());

// What a CMS does with the Copy HTML fragment: put it inside its own page.
const wrapFragment = (fragment: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>CMS page</title></head><body><main><h1>CMS page</h1>\n${fragment}</main></body></html>`;

const show = (findings: Finding[]) => findings.map((f) => `line ${f.line ?? '?'}: ${f.rule ? `[${f.rule}] ` : ''}${f.message}`).join('\n');

describe.each(FULL_PAGES)('exported %s page', (name) => {
  it('has 0 errors from the W3C Nu HTML Checker (vnu)', () => {
    const result = vnu.get(pages[name])!;
    expect(show(result.errors)).toBe('');
    // The only warnings vnu may give are its own CSP heuristics: it does not
    // recognise "data:" in img-src nor JSON-LD as a non-executed data block.
    // Chromium loads the embedded photo under this CSP (see the e2e spec).
    for (const w of result.warnings) expect(w.message).toMatch(/Content Security Policy/);
  });

  it('has 0 errors from html-validate', async () => {
    const html = fs.readFileSync(pages[name], 'utf8');
    expect(show(await htmlValidateErrors(html, `${name}.html`))).toBe('');
  });
});

describe('the checkers themselves', () => {
  it('report errors on a broken page (so a pass above means something)', async () => {
    expect(vnu.get(tmp.file('broken.html'))!.errors.length).toBeGreaterThan(0);
    expect((await htmlValidateErrors(BROKEN)).length).toBeGreaterThan(0);
  });
});

describe('the exported fragment', () => {
  it('is valid HTML once placed in a page (vnu and html-validate, 0 errors)', async () => {
    expect(show(vnu.get(tmp.file('fragment-in-page.html'))!.errors)).toBe('');
    expect(show(await htmlValidateErrors(fs.readFileSync(tmp.file('fragment-in-page.html'), 'utf8'), 'fragment.html'))).toBe('');
  });

  it('is the body alone: no document, no head, no styles', () => {
    const html = fs.readFileSync(pages.seedFragment, 'utf8');
    expect(html).not.toMatch(/<!DOCTYPE|<html|<head|<body|<style|<script|<meta|\sstyle=/i);
    expect(html).toContain('<figure class="quote"><blockquote><p>It is a very complicated piece of business.');
    expect(html.startsWith('<figure class="photo">')).toBe(true);
  });
});
