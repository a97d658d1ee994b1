// Where a 5,000-paragraph save's time goes, phase by phase, in one process:
// the steps dispatch → store.save performs, each timed alone on fresh
// objects, medians of 30 runs. Not part of npm run bench:
//   scripts/with-node.sh npx tsx bench/experiments/save-phases.ts [PARAGRAPHS]
import { ArticleGenerator } from '../library-db';
import { checkBodyShape } from '../../shared/article/body-shape';
import { bodyFromJSON, plainText } from '../../shared/article/body';
import { countWords } from '../../shared/article/word-count';
import { firstUnstorableChar } from '../../shared/limits';
import { median } from '../report';

const generator = new ArticleGenerator(7);
const paragraphs = Number(process.argv[2] ?? 5000);
const blocks = Array.from({ length: paragraphs }, () => ({ type: 'paragraph', content: [{ type: 'text', text: generator.sentence(12, 20) }] }));
const text = JSON.stringify({ type: 'doc', content: blocks });
console.log(`body ${(text.length / 1024).toFixed(0)} KB`);
const N = 30;
const phases: Record<string, number[]> = {};
const time = (name: string, fn: () => unknown) => {
  const t0 = performance.now();
  fn();
  (phases[name] ??= []).push(performance.now() - t0);
};
for (let i = 0; i < N + 3; i++) {
  let json: unknown;
  time('JSON.parse', () => (json = JSON.parse(text)));
  time('shape walk', () => checkBodyShape(json, new Set()));
  const strings: string[] = [];
  (json as { content: { content: { text: string }[] }[] }).content.forEach((b) => b.content.forEach((t) => strings.push(t.text)));
  time('  of it: control chars', () => strings.forEach((s) => firstUnstorableChar(s)));
  let node: ReturnType<typeof bodyFromJSON>;
  time('fromJSON+check', () => (node = bodyFromJSON(json)));
  let plain = '';
  time('plainText', () => (plain = plainText(node)));
  time('countWords', () => countWords(plain));
  time('JSON.stringify', () => JSON.stringify(json));
}
for (const [name, values] of Object.entries(phases)) console.log(`${name.padEnd(24)} ${median(values.slice(3)).toFixed(2)} ms`);
