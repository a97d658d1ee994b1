// What the typing benchmarks share: the sample article, the per-key probe, and
// the table. How a keystroke is measured is described in bench/typing.ts.
import os from 'node:os';
import fs from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { launchChromium } from '../tests/e2e/chromium';

export const CHARS = Number(process.env.BENCH_CHARS ?? 200);
/** Rounds per document size: each row types CHARS / ROUNDS keys per round, rows taking turns. */
export const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 4));
export const WARMUP = 20;

const WORDS = (
  'the council said flood barriers along the river would stay in place until friday while engineers ' +
  'inspect the embankment after two nights of heavy rain residents in low lying streets were told to ' +
  'move valuables upstairs and keep phones charged as the water authority warned of further surges'
).split(' ');

/** A paragraph of news copy: 35–70 words, some bold, italic or linked. */
export function paragraph(i: number) {
  let seed = i * 2654435761;
  const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const count = 35 + Math.floor(rand() * 36);
  const words = Array.from({ length: count }, () => WORDS[Math.floor(rand() * WORDS.length)]!);
  words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
  const text = `${words.join(' ')}.`;
  if (i % 7 !== 3) return { type: 'paragraph', content: [{ type: 'text', text }] };
  const cut = text.indexOf(' ', 40);
  const mark = i % 3 === 0 ? { type: 'strong' } : i % 3 === 1 ? { type: 'em' } : { type: 'link', attrs: { href: 'https://example.com/report' } };
  return {
    type: 'paragraph',
    content: [
      { type: 'text', text: text.slice(0, 20) },
      { type: 'text', text: text.slice(20, cut), marks: [mark] },
      { type: 'text', text: text.slice(cut) },
    ],
  };
}

export function body(paragraphs: number) {
  return { type: 'doc', content: Array.from({ length: paragraphs }, (_, i) => paragraph(i)) };
}

export interface Sample {
  js: number;
  key: number;
  render: number;
  missing: number;
}

/** Installs the per-key probes described at the top of this file. */
export async function instrument(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    if (w.__bench) return;
    const state = {
      samples: [] as { js: number; key: number; render: number; missing: number }[],
      current: null as null | { js: number; key: number; start: number; render: number; missing: number; pending: boolean },
    };
    w.__bench = state;
    const starts = new Map<string, number>();
    for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
      window.addEventListener(
        type,
        () => {
          const now = performance.now();
          if (type === 'keydown') state.current = { js: 0, key: 0, start: now, render: 0, missing: 0, pending: true };
          starts.set(type, now);
        },
        true,
      );
      window.addEventListener(type, () => {
        const start = starts.get(type);
        starts.delete(type);
        if (start === undefined || !state.current) return;
        const now = performance.now();
        state.current.js += now - start;
        if (type !== 'keyup') state.current.key = now - state.current.start;
        if (type === 'beforeinput' || type === 'keypress') scheduleFrame();
      });
    }
    let frameScheduled = false;
    function scheduleFrame() {
      if (frameScheduled) return;
      frameScheduled = true;
      const sample = state.current!;
      requestAnimationFrame(() => {
        const t = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          sample.render = performance.now() - t;
          frameScheduled = false;
          sample.pending = false;
        };
        channel.port2.postMessage(0);
      });
    }
    // A bubble listener that never ran means someone stopped propagation: count it.
    window.addEventListener(
      'keyup',
      () => {
        for (const type of starts.keys()) if (type !== 'keyup' && state.current) state.current.missing++;
        for (const type of [...starts.keys()]) if (type !== 'keyup') starts.delete(type);
      },
      true,
    );
  });
}

export async function resetSamples(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __bench: { samples: unknown[] } }).__bench.samples.length = 0;
  });
}

/** One key, then wait until its frame has been rendered and recorded. */
export async function typeOne(page: Page, char: string) {
  await page.keyboard.type(char);
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const b = (window as unknown as { __bench: { current: { pending: boolean } | null; samples: unknown[] } }).__bench;
        const check = () => {
          if (b.current && !b.current.pending) {
            b.samples.push(b.current);
            b.current = null;
            resolve();
          } else requestAnimationFrame(() => setTimeout(check, 0));
        };
        check();
      }),
  );
}

/** Puts the caret at the end of the given top-level paragraph's text. */
export async function placeCaret(page: Page, index: number | 'last') {
  await page.evaluate((at) => {
    const editor = document.querySelector<HTMLElement>('.body-editor')!;
    const blocks = editor.children;
    const block = blocks[at === 'last' ? blocks.length - 1 : at] as HTMLElement;
    // Focused without scrolling, then scrolled: focus() alone scrolls the editor back to its top, and the
    // keys were typed with the caret off screen (a writer types where they can see).
    editor.focus({ preventScroll: true });
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
    const range = document.createRange();
    range.setStart(last!, last!.length - 1); // before the full stop
    range.collapse(true);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    block.scrollIntoView({ block: 'center' });
  }, index);
  await page.waitForTimeout(100);
}

export const METRICS = ['ScriptDuration', 'LayoutDuration'] as const;
export async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.filter((m) => (METRICS as readonly string[]).includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

export const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
export const f = (n: number) => n.toFixed(1).padStart(6);

/** One row of a typing benchmark: a page typed into, in turns with the others. */
export interface Target {
  where: string;
  page: Page;
  cdp: CDPSession;
  /** Puts the caret (and the preview) where this row types. */
  prepare(): Promise<void>;
  /** Waits until what typing set off (autosave, preview update) is done, so it cannot slow the next row. */
  settle(): Promise<void>;
}

export interface Row {
  paragraphs: number;
  where: string;
  samples: Sample[];
  perKey: Record<string, number>;
}

export const TEXT = 'and the water kept rising through the night as volunteers filled sandbags ';

export async function typeRun(page: Page, cdp: CDPSession, count: number, warmup = WARMUP): Promise<Omit<Row, 'paragraphs' | 'where'>> {
  for (let i = 0; i < warmup; i++) await typeOne(page, TEXT[i % TEXT.length]!);
  await resetSamples(page);
  const before = await metrics(cdp);
  for (let i = 0; i < count; i++) await typeOne(page, TEXT[i % TEXT.length]!);
  const after = await metrics(cdp);
  const samples = await page.evaluate(() => (window as unknown as { __bench: { samples: Sample[] } }).__bench.samples);
  const perKey = Object.fromEntries(METRICS.map((m) => [m, (after[m]! - before[m]!) / count]));
  return { samples, perKey };
}

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a
 * `__name(...)` helper; functions serialized into the page (launchApp's init
 * script, page.evaluate) then need that helper in the page too.
 */
export async function browserWithNameHelper(): Promise<{ browser: Browser; close(): Promise<void> }> {
  const real = await launchChromium();
  const browser = {
    newContext: async (options?: Parameters<Browser['newContext']>[0]) => {
      const context = await real.newContext(options);
      await context.addInitScript('window.__name = (fn) => fn;');
      return context;
    },
  } as unknown as Browser;
  return { browser, close: () => real.close() };
}

/** Prints one row per (document, caret place): median and p95 per keystroke. */
export function printRows(rows: Row[], label = 'paras where') {
  console.log(`\nTyping latency, ${CHARS} keys per row after ${WARMUP} warm-up keys, one key per frame${ROUNDS > 1 ? `, in ${ROUNDS} interleaved rounds per document size (each row's keys spread over the run, so load changes hit every row alike)` : ''}.`);
  console.log(`Chromium ${'/usr/bin/chromium'}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), loadavg ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log('All times ms per keystroke. js/key/render/busy: median and p95. CDP columns: mean per key.\n');
  console.log(
    `  ${label.padEnd(23)}|` + ' js med   p95 | key med   p95 | render med   p95 | busy med   p95 | CDP script layout',
  );
  for (const r of rows) {
    const js = r.samples.map((s) => s.js);
    const render = r.samples.map((s) => s.render);
    const key = r.samples.map((s) => s.key);
    const busy = r.samples.map((s) => s.key + s.render);
    const missing = r.samples.reduce((n, s) => n + s.missing, 0);
    console.log(
      `${String(r.paragraphs).padStart(7)} ${r.where.padEnd(16)} |${f(quantile(js, 0.5))}${f(quantile(js, 0.95))} | ${f(quantile(key, 0.5))}${f(quantile(key, 0.95))} |    ${f(quantile(render, 0.5))}${f(quantile(render, 0.95))} |  ${f(quantile(busy, 0.5))}${f(quantile(busy, 0.95))} |    ${f(r.perKey.ScriptDuration!)}${f(r.perKey.LayoutDuration!)}` +
        (missing ? `  (${missing} bubble listeners skipped)` : ''),
    );
  }
}
