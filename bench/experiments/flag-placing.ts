// What showing an answer costs the main thread at 5,000 paragraphs (the
// typing bench's copy, ~12,000 flags), in Node, without the browser: placing
// every text's flags again (as every changed answer did before flag-placing.ts)
// against placing only the changed text's — a partly typed word in one
// paragraph changes that paragraph's flags. The real checker core finds the
// flags; both placings run alternately in one process, so the ratio holds
// under load.
//
//   npx tsx bench/experiments/flag-placing.ts      BENCH_SIZE=5000 BENCH_REPEATS=40
import { EditorState } from 'prosemirror-state';
import { schema } from '../../shared/article/schema';
import { articleTexts } from '../../shared/checks/article-texts';
import { DEFAULT_RULES } from '../../shared/checks/rules/default-rules';
import { dictionaryFiles } from '../../electron/main/checks/dictionaries';
import { CheckerCore } from '../../renderer/src/editor/checks/checker-core';
import { FlagPlacing } from '../../renderer/src/editor/checks/flag-placing';
import type { CheckAnswer } from '../../renderer/src/editor/checks/protocol';
import type { CheckFlag } from '../../shared/checks/flag';
import { body } from '../keystroke-probe';
import { median } from '../report';
import os from 'node:os';

const SIZE = Number(process.env.BENCH_SIZE ?? 5000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 40);
const files = dictionaryFiles('en-GB');
const core = new CheckerCore();
core.handle({ type: 'context', context: { dialect: 'en-GB', dictionary: { aff: files.aff.toString('utf8'), dic: files.dic.toString('utf8') }, words: [], rules: DEFAULT_RULES.filter((r) => !r.dialect || r.dialect === 'en-GB') } });

let state = EditorState.create({ doc: schema.nodeFromJSON(body(SIZE)) });
let texts = articleTexts({ headline: '', standfirst: '' }, state.doc);
const flags = new Map<string, CheckFlag[]>();
const first = core.handle({ type: 'check', version: 1, keys: texts.map((t) => t.key), changed: texts }) as Extract<CheckAnswer, { type: 'flags' }>;
for (const [k, f] of first.changed) flags.set(k, f);
const keep = <T>(x: T) => x;
const placing = new FlagPlacing();
placing.answered({ version: 1, flags, texts }, new Set(), keep);
console.log(`${SIZE} paragraphs, ${placing.flags.length} flags; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);

const middle = texts.find((t) => t.key === `block:${Math.floor(SIZE / 2)}`)!;
const whole: number[] = [];
const changed: number[] = [];
let version = 1;
for (let i = 0; i < REPEATS; i++) {
  // A word typed in the middle paragraph, half of it ("surges" → "surg"): that paragraph's flags change.
  const at = middle.pos! + 10;
  const tr = state.tr.insertText(i % 2 ? 'surgesand ' : 'surg ', at);
  state = state.apply(tr);
  placing.body.edited(tr);
  texts = articleTexts({ headline: '', standfirst: '' }, state.doc);
  const text = texts.find((t) => t.key === middle.key)!;
  const answer = core.handle({ type: 'check', version: ++version, changed: [{ key: text.key, text: text.text }] }) as Extract<CheckAnswer, { type: 'flags' }>;
  for (const [k, f] of answer.changed) flags.set(k, f);
  const keys = new Set([text.key, ...answer.changed.map(([k]) => k)]);
  if (i % 2) placing.placeWholeNext();
  const start = performance.now();
  placing.answered({ version, flags, texts }, keys, keep);
  (i % 2 ? whole : changed).push(performance.now() - start);
}
const [w, c] = [median(whole), median(changed)];
console.log(`placing every text again: median ${w.toFixed(2)} ms; only the changed text: ${c.toFixed(2)} ms (${(w / c).toFixed(1)}× less), ${REPEATS / 2} each, alternating; load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
