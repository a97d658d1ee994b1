// Helpers for editor specs: real clipboard and drag events dispatched in
// Chromium, a body-level caret move, and the sample article as a body.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Page } from '@playwright/test';

export const FIXTURES = path.resolve('tests/fixtures');
export const PHOTO_FILE = path.join(FIXTURES, 'photos/riverside.jpg');
export const fixture = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

/** A paste as the browser delivers it: a ClipboardEvent carrying a DataTransfer. */
export async function paste(page: Page, data: { html?: string; text?: string; file?: { base64: string; name: string; type: string } }) {
  await page.evaluate((d) => {
    const transfer = new DataTransfer();
    if (d.html !== undefined) transfer.setData('text/html', d.html);
    if (d.text !== undefined) transfer.setData('text/plain', d.text);
    if (d.file) {
      const bytes = Uint8Array.from(atob(d.file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], d.file.name, { type: d.file.type }));
    }
    const target = document.activeElement ?? document.querySelector('.body-editor');
    target!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

/** Drops a file onto an element, as dragging it from the desktop does. */
export async function dropFile(page: Page, selector: string, file: { base64: string; name: string; type: string }) {
  await page.evaluate(
    ({ selector, file }) => {
      const target = document.querySelector(selector)!;
      const rect = target.getBoundingClientRect();
      const transfer = new DataTransfer();
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      transfer.items.add(new File([bytes], file.name, { type: file.type }));
      const at = { clientX: rect.left + 20, clientY: rect.top + 8, bubbles: true, cancelable: true, dataTransfer: transfer };
      target.dispatchEvent(new DragEvent('dragenter', at));
      target.dispatchEvent(new DragEvent('dragover', at));
      target.dispatchEvent(new DragEvent('drop', at));
    },
    { selector, file },
  );
}

export const photoFile = () => ({ base64: fs.readFileSync(PHOTO_FILE).toString('base64'), name: 'riverside.jpg', type: 'image/jpeg' });

/** `copydesk show ID --json` against the same database file. */
export function cliShow(dbPath: string, id: string): unknown {
  const run = spawnSync(process.execPath, [path.resolve('bin/copydesk.js'), 'show', id, '--json', '--db', dbPath], {
    encoding: 'utf8',
    env: { ...process.env, COPYDESK_DB: '' },
  });
  if (run.status !== 0) throw new Error(`copydesk show failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}

type Json = Record<string, unknown>;
const text = (t: string) => ({ type: 'text', text: t });
const para = (t: string): Json => ({ type: 'paragraph', content: [text(t)] });

/** The sample article (../shared/fixtures/seed-article.txt) as fields and a body, with its quotes and photo. */
export function sampleArticle(seedFile: string, photoSha: string | null) {
  const lines = fs
    .readFileSync(seedFile, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const headline = lines[0]!;
  const body: Json[] = [];
  let i = 1;
  while (i < lines.length) {
    const line = lines[i]!;
    if (/^Share this article:|^More from /.test(line)) break;
    const credit = /^\[Photo by (.+)\/(.+)\]$/.exec(line);
    if (credit) {
      body.splice(2, 0, {
        type: 'photo',
        attrs: {
          asset: photoSha,
          alt: '',
          caption: 'World leaders arrive for the G20 summit in Hangzhou.',
          photographer: credit[1]!,
          agency: credit[2]!,
        },
      });
    } else if (line.startsWith('“It is a very complicated')) {
      body.push({ type: 'blockquote', content: [para(line), para(lines[i + 1]!), { type: 'attribution', content: [text('Barack Obama')] }] });
      i++;
    } else if (line.startsWith('“In practice')) {
      body.push({ type: 'blockquote', content: [para(line), { type: 'attribution', content: [text('The Guardian')] }] });
    } else body.push(para(line));
    i++;
  }
  return {
    headline,
    standfirst: 'Talks between Washington and Moscow on a joint Syria initiative were called off at the G20 in China.',
    byline: 'Staff reporter',
    dateline: 'Hangzhou',
    body: { type: 'doc' as const, content: body },
  };
}

/**
 * The headline the preview frame really shows (not just its srcdoc attribute),
 * or null while there is none. The frame reloads on every update: a read that
 * lands mid-load counts as nothing yet.
 */
export async function previewHeadline(page: Page): Promise<string | null> {
  const frame = page.frames().find((f) => f !== page.mainFrame() && f.url() === 'about:srcdoc');
  if (!frame) return null;
  return frame.evaluate(() => document.querySelector('article h1')?.textContent ?? null).catch(() => null);
}

/** The caret at the end of body block `index` without scrolling to it: the screen stays where it was. */
export async function caretAtEndOfBlockUnscrolled(page: Page, index: number): Promise<void> {
  await page.evaluate((at) => {
    const editor = document.querySelector<HTMLElement>('.body-editor')!;
    editor.focus({ preventScroll: true });
    const walker = document.createTreeWalker(editor.children[at]!, NodeFilter.SHOW_TEXT);
    let text: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) text = n as Text;
    getSelection()!.collapse(text!, text!.length);
  }, index);
}
