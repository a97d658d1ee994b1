// Typing latency against document size. A benchmark, not a test: it prints
// numbers and asserts nothing. Run after a production renderer build:
//
//   npx electron-vite build && npm run bench:typing
//
// Options (environment): BENCH_SIZES=50,1000,5000  BENCH_CHARS=200  BENCH_PROFILE=0|1  BENCH_BASELINES=0|1
//
// Each size is also typed into two floors, a plain contenteditable and a bare
// prosemirror-view (bench/baseline-editors.ts), caret in the middle, so that
// what grows with the document can be told apart: the browser's, ProseMirror's
// or ours.
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
//   key     — the whole synchronous task of the key: from keydown's capture
//             listener to the last bubble listener before keyup. Unlike js it
//             includes the browser's own default action between events (a
//             plain contenteditable inserts the text there, with no listener
//             running), so it is the column to compare against the floors.
//   render  — the browser's rendering work for the frame after the key: from the
//             requestAnimationFrame callback to a message posted from it, which
//             runs once style, layout and paint of that frame are done.
//   busy    — key + render: what the key costs the main thread. Vsync waiting is
//             not included (it is 0–16.7 ms of noise that does not grow with the
//             document).
// The Event Timing API is not used: its keydown duration runs to the next
// presentation (vsync wait included, 8 ms rounding, nothing under 16 ms), and in
// headless Chromium with one key per frame it reported ≥16 ms for most keys even
// at 50 paragraphs, with some entries in the seconds — not a number to compare.
// Performance.getMetrics deltas (CDP) give the script/layout/style split per key,
// and with BENCH_PROFILE=1 a CDP CPU profile of the largest document gives
// self time per function per keystroke.
import type { CDPSession, Page } from '@playwright/test';
import { launchApp } from '../tests/e2e/launch';
import {
  body,
  browserWithNameHelper,
  CHARS,
  instrument,
  placeCaret,
  printRows,
  TEXT,
  typeOne,
  typeRun,
  type Row,
} from './keystroke-probe';
import { BASELINES, openBaseline } from './baseline-editors';

const SIZES = (process.env.BENCH_SIZES ?? '50,1000,5000').split(',').map(Number);
const PROFILE = process.env.BENCH_PROFILE !== '0';
const BASELINES_ON = process.env.BENCH_BASELINES !== '0';

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
  'readDomSelection', // our keydown/beforeinput hook around prosemirror-view's domObserver.flush()
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
      if (BASELINES_ON) {
        for (const kind of BASELINES) {
          const baseline = await openBaseline(chromium.browser, kind, size);
          const baselineCdp = await baseline.context().newCDPSession(baseline);
          await baselineCdp.send('Performance.enable');
          await instrument(baseline);
          await placeCaret(baseline, Math.floor(size / 2));
          rows.push({ paragraphs: size, where: `${kind}`, ...(await typeRun(baseline, baselineCdp, CHARS)) });
          await baseline.context().close();
          process.stderr.write(`${size} ${kind}: done\n`);
        }
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

  printRows(rows);
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
