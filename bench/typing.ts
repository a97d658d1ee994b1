// Typing latency against document size. A benchmark, not a test: it prints
// numbers and asserts nothing. Run after a production renderer build:
//
//   npx electron-vite build && npm run bench:typing
//
// Options (environment): BENCH_SIZES=50,1000,5000  BENCH_CHARS=200  BENCH_PROFILE=0|1
//
// How a keystroke is measured, inside the page, one key at a time (the script
// waits for the key's frame before sending the next, so keys never queue up):
//   js      — main-thread time spent dispatching the key's events: for each of
//             keydown, keypress, beforeinput, input and keyup, from a capture
//             listener on window (runs first) to a bubble listener on window
//             (runs last), summed. react-prosemirror inserts text on
//             beforeinput and renders React with flushSync there, so this
//             includes the transaction, every plugin, React's render and commit
//             and the DOM selection update.
//   render  — the browser's rendering work for the frame after the key: from the
//             requestAnimationFrame callback to a message posted from it, which
//             runs once style, layout and paint of that frame are done.
//   busy    — js + render: what the key costs the main thread. Vsync waiting is
//             not included (it is 0–16.7 ms of noise that does not grow with the
//             document).
// The Event Timing API is not used: its keydown duration runs to the next
// presentation (vsync wait included, 8 ms rounding, nothing under 16 ms), and in
// headless Chromium with one key per frame it reported ≥16 ms for most keys even
// at 50 paragraphs, with some entries in the seconds — not a number to compare.
// Performance.getMetrics deltas (CDP) give the script/layout/style split per key,
// and with BENCH_PROFILE=1 a CDP CPU profile of the largest document gives
// self time per function per keystroke.
import os from 'node:os';
import fs from 'node:fs';
import type { Browser, CDPSession, Page } from '@playwright/test';
import { launchApp } from '../tests/e2e/launch';
import { launchChromium } from '../tests/e2e/chromium';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000,5000').split(',').map(Number);
const CHARS = Number(process.env.BENCH_CHARS ?? 200);
const WARMUP = 20;
const PROFILE = process.env.BENCH_PROFILE !== '0';

const WORDS = (
  'the council said flood barriers along the river would stay in place until friday while engineers ' +
  'inspect the embankment after two nights of heavy rain residents in low lying streets were told to ' +
  'move valuables upstairs and keep phones charged as the water authority warned of further surges'
).split(' ');

/** A paragraph of news copy: 35–70 words, some bold, italic or linked. */
function paragraph(i: number) {
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

function body(paragraphs: number) {
  return { type: 'doc', content: Array.from({ length: paragraphs }, (_, i) => paragraph(i)) };
}

interface Sample {
  js: number;
  render: number;
  missing: number;
}

/** Installs the per-key probes described at the top of this file. */
async function instrument(page: Page) {
  await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    if (w.__bench) return;
    const state = {
      samples: [] as { js: number; render: number; missing: number }[],
      current: null as null | { js: number; render: number; missing: number; pending: boolean },
    };
    w.__bench = state;
    const starts = new Map<string, number>();
    for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
      window.addEventListener(
        type,
        () => {
          if (type === 'keydown') state.current = { js: 0, render: 0, missing: 0, pending: true };
          starts.set(type, performance.now());
        },
        true,
      );
      window.addEventListener(type, () => {
        const start = starts.get(type);
        starts.delete(type);
        if (start === undefined || !state.current) return;
        state.current.js += performance.now() - start;
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

async function resetSamples(page: Page) {
  await page.evaluate(() => {
    (window as unknown as { __bench: { samples: unknown[] } }).__bench.samples.length = 0;
  });
}

/** One key, then wait until its frame has been rendered and recorded. */
async function typeOne(page: Page, char: string) {
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
async function placeCaret(page: Page, index: number | 'last') {
  await page.evaluate((at) => {
    const editor = document.querySelector<HTMLElement>('.body-editor')!;
    const blocks = editor.children;
    const block = blocks[at === 'last' ? blocks.length - 1 : at] as HTMLElement;
    block.scrollIntoView({ block: 'center' });
    editor.focus();
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    let last: Text | null = null;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) last = n as Text;
    const range = document.createRange();
    range.setStart(last!, last!.length - 1); // before the full stop
    range.collapse(true);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, index);
  await page.waitForTimeout(100);
}

const METRICS = ['ScriptDuration', 'LayoutDuration'] as const;
async function metrics(cdp: CDPSession): Promise<Record<string, number>> {
  const { metrics: list } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  return Object.fromEntries(list.filter((m) => (METRICS as readonly string[]).includes(m.name)).map((m) => [m.name, m.value * 1000]));
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(q * s.length))]! : NaN;
};
const f = (n: number) => n.toFixed(1).padStart(6);

interface Row {
  paragraphs: number;
  where: string;
  samples: Sample[];
  perKey: Record<string, number>;
}

const TEXT = 'and the water kept rising through the night as volunteers filled sandbags ';

async function typeRun(page: Page, cdp: CDPSession, count: number): Promise<Omit<Row, 'paragraphs' | 'where'>> {
  for (let i = 0; i < WARMUP; i++) await typeOne(page, TEXT[i % TEXT.length]!);
  await resetSamples(page);
  const before = await metrics(cdp);
  for (let i = 0; i < count; i++) await typeOne(page, TEXT[i % TEXT.length]!);
  const after = await metrics(cdp);
  const samples = await page.evaluate(() => (window as unknown as { __bench: { samples: Sample[] } }).__bench.samples);
  const perKey = Object.fromEntries(METRICS.map((m) => [m, (after[m]! - before[m]!) / count]));
  return { samples, perKey };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

async function profile(page: Page, cdp: CDPSession, count: number) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  for (let i = 0; i < count; i++) await typeOne(page, TEXT[i % TEXT.length]!);
  const { profile: p } = (await cdp.send('Profiler.stop')) as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  // Native functions (no url) are named with their JavaScript caller, to say whose they are.
  const parentOf = new Map<number, ProfileNode>();
  for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const self = new Map<string, number>();
  p.samples.forEach((id, i) => {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    if (['(idle)', '(program)', '(garbage collector)'].includes(functionName) && !url) {
      self.set(functionName, (self.get(functionName) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
      return;
    }
    const file = url.split('/').pop() ?? '';
    const caller = parentOf.get(id)?.callFrame;
    const key = url
      ? `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`
      : `${functionName || '(native)'} [native, called from ${caller?.functionName || '(anonymous)'} :${(caller?.lineNumber ?? -1) + 1}]`;
    self.set(key, (self.get(key) ?? 0) + (p.timeDeltas[i + 1] ?? 0));
  });
  // Inclusive time for the functions this benchmark is about (each counted once per sample).
  const inclusive = new Map<string, number>(WATCH.map((name) => [name, 0]));
  p.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = byId.get(id); n; n = parentOf.get(n.id)) {
      const name = n.callFrame.functionName;
      if (inclusive.has(name) && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, inclusive.get(name)! + (p.timeDeltas[i + 1] ?? 0));
      }
    }
  });
  return {
    self: [...self.entries()]
      .filter(([k]) => k !== '(idle)')
      .sort((a, b) => b[1] - a[1])
      .slice(0, 25)
      .map(([k, us]) => ({ fn: k, msPerKey: us / 1000 / count })),
    inclusive: [...inclusive.entries()].map(([fn, us]) => ({ fn, msPerKey: us / 1000 / count })),
  };
}

/** Names in the renderer build (not minified): ours, prosemirror-view's, react-prosemirror's, React's. */
const WATCH = [
  'syncSelection', // our keydown/beforeinput hook around prosemirror-view's domObserver.flush()
  'flush',
  'dispatchTransaction',
  'applyTransaction',
  'nextStats',
  'ChildNodeViews',
  'propagateParentContextChanges',
  'commitBeforeMutationEffects',
  'commitRoot',
  'setSelection',
  'notifyListeners',
  'renderArticlePage',
];

/**
 * tsx compiles with esbuild's keepNames, which wraps named functions in a
 * `__name(...)` helper; functions serialized into the page (launchApp's init
 * script, page.evaluate) then need that helper in the page too.
 */
async function browserWithNameHelper(): Promise<{ browser: Browser; close(): Promise<void> }> {
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

async function main() {
  const chromium = await browserWithNameHelper();
  const app = await launchApp({ viewport: { width: 1280, height: 900 }, browser: chromium.browser });
  const rows: Row[] = [];
  let profiled: Awaited<ReturnType<typeof profile>> | null = null;
  try {
    const { page } = app;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    for (const size of SIZES) {
      const headline = `Benchmark ${size} paragraphs`;
      app.services.articles.create({ headline, body: body(size) as never });
      await app.reload();
      await page.getByRole('button', { name: new RegExp(headline) }).click();
      await page.locator('.body-editor > p').nth(size - 1).waitFor();
      await instrument(page);
      // The live preview re-renders the whole page 150 ms after typing stops:
      // measured in its own row, with the pane open as the app starts.
      for (const where of ['middle', 'end', 'middle+preview'] as const) {
        const previewOpen = (await page.locator('.preview-pane').count()) > 0;
        if (previewOpen !== (where === 'middle+preview')) {
          await app.emit('togglePreview');
          await page.waitForTimeout(300);
        }
        await placeCaret(page, where === 'end' ? 'last' : Math.floor(size / 2));
        const run = await typeRun(page, cdp, CHARS);
        rows.push({ paragraphs: size, where, ...run });
        process.stderr.write(`${size} ${where}: done\n`);
      }
      if (PROFILE && size === Math.max(...SIZES)) {
        await app.emit('togglePreview'); // closed: the profile is of the editor alone
        await page.waitForTimeout(300);
        await placeCaret(page, Math.floor(size / 2));
        profiled = await profile(page, cdp, 100);
      }
      // Leave the article so the next one starts clean (and let its save finish).
      await page.waitForTimeout(1200);
    }
    if (app.consoleErrors.length) console.log('console errors:', app.consoleErrors);
  } finally {
    await app.close();
    await chromium.close();
  }

  console.log(`\nTyping latency, ${CHARS} keys per row after ${WARMUP} warm-up keys, one key per frame.`);
  console.log(`Chromium ${'/usr/bin/chromium'}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model}), loadavg ${fs.readFileSync('/proc/loadavg', 'utf8').trim()}`);
  console.log('All times ms per keystroke. js/render/busy: median and p95. CDP columns: mean per key.\n');
  console.log(
    '  paras where          | js med   p95 | render med   p95 | busy med   p95 | CDP script layout',
  );
  for (const r of rows) {
    const js = r.samples.map((s) => s.js);
    const render = r.samples.map((s) => s.render);
    const busy = r.samples.map((s) => s.js + s.render);
    const missing = r.samples.reduce((n, s) => n + s.missing, 0);
    console.log(
      `${String(r.paragraphs).padStart(7)} ${r.where.padEnd(14)} |${f(quantile(js, 0.5))}${f(quantile(js, 0.95))} |    ${f(quantile(render, 0.5))}${f(quantile(render, 0.95))} |  ${f(quantile(busy, 0.5))}${f(quantile(busy, 0.95))} |    ${f(r.perKey.ScriptDuration!)}${f(r.perKey.LayoutDuration!)}` +
        (missing ? `  (${missing} bubble listeners skipped)` : ''),
    );
  }
  if (profiled) {
    console.log(`\nCPU profile, ${Math.max(...SIZES)} paragraphs, caret in the middle, preview closed, 100 keys: self time per keystroke (ms)`);
    for (const { fn, msPerKey } of profiled.self) console.log(`${msPerKey.toFixed(3).padStart(8)}  ${fn}`);
    console.log('\nInclusive time per keystroke (ms), same profile:');
    for (const { fn, msPerKey } of profiled.inclusive) console.log(`${msPerKey.toFixed(3).padStart(8)}  ${fn}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
