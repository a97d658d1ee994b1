// Readability needs a DOM; main has none. Which implementation: the same page
// parsed by each and run through Readability, timed, and the outputs compared
// (they must extract the same text for the timing to mean anything).
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { median, ratioRow, type BenchRow } from './report';

type Make = (html: string) => unknown;

const IMPLEMENTATIONS: [string, Make][] = [
  ['linkedom', (html) => parseHTML(html).document],
  [
    'happy-dom',
    (html) => {
      const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true, disableJavaScriptFileLoading: true } });
      window.document.write(html);
      return window.document;
    },
  ],
  ['jsdom', (html) => new JSDOM(html).window.document],
];

export async function compareDomImplementations(html: string): Promise<BenchRow[]> {
  const results: { name: string; ms: number; text: string }[] = [];
  for (const [name, make] of IMPLEMENTATIONS) {
    const times: number[] = [];
    let text = '';
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const article = new Readability(make(html) as never).parse();
      times.push(performance.now() - start);
      text = (article?.textContent ?? '').replace(/\s+/g, ' ').trim();
    }
    results.push({ name, ms: median(times), text });
  }
  const [fastest] = [...results].sort((a, b) => a.ms - b.ms);
  const reference = results[0]!;
  return results.map((r) =>
    ratioRow({
      id: `import.dom.${r.name}`,
      what: `parse + Readability on ${r.name} (${Math.round(html.length / 1024)} KB page; ${r.text === reference.text ? 'same text as linkedom' : `DIFFERENT text: ${r.text.length} vs ${reference.text.length} chars`})`,
      value: r.ms,
      unit: 'ms',
      baseline: { what: `fastest (${fastest!.name})`, value: fastest!.ms },
    }),
  );
}
