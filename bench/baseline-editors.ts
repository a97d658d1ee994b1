// The floors Copydesk's typing cost is compared against, on the same article,
// in the same browser, with the same probe (bench/keystroke-probe.ts):
//
//   contenteditable   — a plain <div contenteditable> holding the same
//                       paragraphs; Chromium edits it natively, no script runs.
//                       What any DOM-based editor pays per key at this size.
//   prosemirror-view  — a bare EditorView with Copydesk's schema and no plugins,
//                       no React. What ProseMirror itself adds per key.
//
// The difference between Copydesk and prosemirror-view is ours (React,
// react-prosemirror, our plugins); the difference between prosemirror-view and
// contenteditable is ProseMirror's.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser, Page } from '@playwright/test';
import { body } from './keystroke-probe';

export const BASELINES = ['contenteditable', 'prosemirror-view'] as const;
export type Baseline = (typeof BASELINES)[number];

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Column and type roughly as the editor sets them, so line breaking (and so layout) is comparable. */
const STYLE = `
  body { margin: 0; font: 18px/1.6 Georgia, serif; }
  .body-editor { max-width: 40em; margin: 2rem auto; padding: 0 1rem; outline: none; white-space: pre-wrap; }
  .body-editor p { margin: 0 0 1em; }
`;

let editorBundle: Promise<string> | null = null;

/** prosemirror-view with Copydesk's schema, bundled once for the page. */
function bundleProseMirror(): Promise<string> {
  editorBundle ??= build({
    stdin: {
      contents: `
        import { EditorState } from 'prosemirror-state';
        import { EditorView } from 'prosemirror-view';
        import { schema } from './shared/article/schema';
        window.startEditor = (json) => {
          const state = EditorState.create({ doc: schema.nodeFromJSON(json) });
          new EditorView(document.querySelector('#mount'), { state, attributes: { class: 'body-editor' } });
        };
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]!.text);
  return editorBundle;
}

type Inline = { type: 'text'; text: string; marks?: { type: string; attrs?: { href: string } }[] };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inlineHtml(node: Inline): string {
  let html = escapeHtml(node.text);
  for (const mark of node.marks ?? []) {
    if (mark.type === 'strong') html = `<strong>${html}</strong>`;
    else if (mark.type === 'em') html = `<em>${html}</em>`;
    else if (mark.type === 'link') html = `<a href="${escapeHtml(mark.attrs!.href)}">${html}</a>`;
  }
  return html;
}

function articleHtml(paragraphs: number): string {
  return body(paragraphs)
    .content.map((p) => `<p>${(p.content as Inline[]).map(inlineHtml).join('')}</p>`)
    .join('');
}

/** A page holding the baseline editor with `paragraphs` paragraphs, ready for placeCaret. */
export async function openBaseline(browser: Browser, kind: Baseline, paragraphs: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  if (kind === 'contenteditable') {
    await page.setContent(
      `<!doctype html><style>${STYLE}</style><div class="body-editor" contenteditable="true" spellcheck="false">${articleHtml(paragraphs)}</div>`,
    );
  } else {
    const script = await bundleProseMirror();
    const css = fs.readFileSync(path.join(ROOT, 'node_modules/prosemirror-view/style/prosemirror.css'), 'utf8');
    await page.setContent(`<!doctype html><style>${css}${STYLE}</style><div id="mount"></div><script>${script}</script>`);
    await page.evaluate((json) => (window as unknown as { startEditor(json: unknown): void }).startEditor(json), body(paragraphs));
  }
  await page.locator('.body-editor > p').nth(paragraphs - 1).waitFor();
  return page;
}
