// npm run bench:checkers — which spelling/grammar checker Copydesk should run
// (issue 18), measured in one run on the same texts:
//   harper.js   (WebAssembly, spelling + grammar, all default lints) in Node
//   nspell      (Hunspell dictionary-en / dictionary-en-gb), alone, as
//               shared/checks/spelling uses it
//   Copydesk    nspell + the article's name census + the default house sheet
//               (shared/checks/copy-checker.ts), what the app runs today
// On the seed article (real news copy, American spelling, checked en-US) and
// the planted-mistakes fixture (checked en-GB):
//   false flags per 1,000 words  a flag on text that is right. Which flags are
//                                false was decided by reading each one; the
//                                judgement is the SEED_CORRECT table below and
//                                every flag is listed in the results file
//   planted mistakes found       of tests/fixtures/checks/planted.ts
//   words per second             spell-checking every word of both texts,
//                                repeated (no cache in front of nspell),
//                                alternated rounds after a warm-up, medians
//   suggestion latency           median / p95 over the misspellings: nspell's
//                                suggest(word); harper gives suggestions with
//                                each lint, so its latency is linting the
//                                paragraph the word is in
// Not part of npm test; no assertions. Writes bench/results/checkers.txt.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import NSpell from 'nspell';
import { Dialect as HarperDialect, LocalLinter, type Lint } from 'harper.js';
import { binaryInlined } from 'harper.js/binaryInlined';
import { CopyChecker } from '../shared/checks/copy-checker';
import type { Dialect } from '../shared/checks/dialect';
import { compileRule } from '../shared/checks/rules/house-rule';
import { DEFAULT_RULES } from '../shared/checks/rules/default-rules';
import { wordsOf } from '../shared/checks/words';
import { dictionaryFiles } from '../electron/main/checks/dictionaries';
import { PLANTED } from '../tests/fixtures/checks/planted';
import { machineLine, median, p95, RESULTS_DIR } from './report';

const FIXTURES = path.join(import.meta.dirname, '../tests/fixtures');
const SEED = fs.readFileSync(path.join(FIXTURES, 'seed-article.txt'), 'utf8');
const PLANTED_TEXT = fs.readFileSync(path.join(FIXTURES, 'checks/planted-mistakes.txt'), 'utf8');
const REPEAT = Number(process.env.BENCH_CHECKERS_REPEAT ?? 5);
const ROUNDS = Number(process.env.BENCH_CHECKERS_ROUNDS ?? 5);

/**
 * Flags on the seed article that are wrong, by the text they cover (decided by
 * reading each flag in context): correctly spelt names of people, places,
 * groups and publications, the "al" particle of Arabic names, "recognised"
 * inside a quotation from the Guardian (checked en-US, but a quote keeps its
 * writer's spelling), and the
 * opening quote of a quotation that runs on into the next paragraph (news
 * style: no closing mark until the quote ends). Anything else flagged on the
 * seed is counted as a right flag — US-style "U.S.", "stated" for "said",
 * "Medecins Sans Frontieres" without its accents, "Isis" beside "ISIS" — or,
 * for harper's sentence-length notes, as advice.
 */
const SEED_CORRECT = new Set([
  'G20', 'Lavrov', 'Jabhat', 'Fateh', 'Nusra', 'Qaida', 'Bashar', 'al', 'ISIS', 'Somodevilla', 'Inquisitr', 'recognised', '“',
]);
const ADVICE_KINDS = new Set(['Readability']);

interface Found {
  text: string;
  kind: string;
  rule: string;
  block: number;
  from: number;
  to: number;
}

const paragraphs = (text: string) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
const wordCount = (text: string) => wordsOf(text).length;

function nspellFor(dialect: Dialect) {
  const files = dictionaryFiles(dialect);
  return NSpell(files.aff.toString('utf8'), files.dic.toString('utf8'));
}

/** nspell alone: each word the dictionary does not know (figures, capitals-only acronyms and "p.m."-style abbreviations skipped, as the app does). */
function nspellFlags(spell: ReturnType<typeof NSpell>, blocks: string[]): Found[] {
  const out: Found[] = [];
  blocks.forEach((text, block) => {
    for (const w of wordsOf(text)) {
      if (w.word.length < 2 || /[\d.]/.test(w.word) || (w.word === w.word.toUpperCase() && w.word !== w.word.toLowerCase())) continue;
      const word = w.word.replace(/[’‘]/g, "'").replace(/'s$/, '');
      if (!spell.correct(word)) out.push({ text: w.word, kind: 'spelling', rule: 'nspell', block, from: w.from, to: w.to });
    }
  });
  return out;
}

function copydeskFlags(dialect: Dialect, blocks: string[]): Found[] {
  const files = dictionaryFiles(dialect);
  const spell = NSpell(files.aff.toString('utf8'), files.dic.toString('utf8'));
  const speller = { correct: (w: string) => spell.correct(w), suggest: (w: string) => spell.suggest(w) };
  const rules = DEFAULT_RULES.filter((r) => !r.dialect || r.dialect === dialect).map(compileRule);
  const found = new CopyChecker(speller, rules).check(blocks.map((text, i) => ({ key: String(i), text })));
  return [...found].flatMap(([key, flags]) => flags.map((f) => ({ text: f.text, kind: f.kind, rule: f.ruleId, block: Number(key), from: f.from, to: f.to })));
}

async function harperFlags(linter: LocalLinter, blocks: string[]): Promise<Found[]> {
  const out: Found[] = [];
  for (const [block, text] of blocks.entries()) {
    const lints: Lint[] = await linter.lint(text);
    for (const l of lints) {
      const span = l.span();
      out.push({ text: l.get_problem_text(), kind: l.lint_kind(), rule: `harper:${l.lint_kind()}`, block, from: span.start, to: span.end });
    }
  }
  return out;
}

function judgeSeed(flags: Found[], words: number) {
  const advice = flags.filter((f) => ADVICE_KINDS.has(f.kind));
  const falseFlags = flags.filter((f) => !ADVICE_KINDS.has(f.kind) && SEED_CORRECT.has(f.text));
  return { falseFlags, advice, per1000: (falseFlags.length / words) * 1000 };
}

/** Planted mistakes with a flag overlapping them (in the paragraph holding them; ties by text position). */
function plantedFound(flags: Found[], blocks: string[]) {
  const missed: string[] = [];
  let found = 0;
  const seen = new Map<string, number>();
  for (const [text] of PLANTED) {
    const nth = seen.get(text) ?? 0;
    seen.set(text, nth + 1);
    // The nth occurrence of the planted text in the fixture.
    let count = 0;
    let hit = false;
    blocks.forEach((b, block) => {
      for (let at = b.indexOf(text); at !== -1; at = b.indexOf(text, at + 1)) {
        if (count++ !== nth) continue;
        hit = flags.some((f) => f.block === block && f.from < at + text.length && at < f.to);
      }
    });
    if (hit) found++;
    else missed.push(text);
  }
  return { found, of: PLANTED.length, missed };
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}
async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};

const seedBlocks = paragraphs(SEED);
const plantedBlocks = paragraphs(PLANTED_TEXT);
const seedWords = wordCount(SEED);
const plantedWords = wordCount(PLANTED_TEXT);

say(`bench:checkers  ${new Date().toISOString()}  ${machineLine()}`);
say(`texts: seed article ${seedWords} words in ${seedBlocks.length} paragraphs (en-US); planted fixture ${plantedWords} words, ${PLANTED.length} planted mistakes (en-GB)`);

const setupStart = performance.now();
const harperUS = new LocalLinter({ binary: binaryInlined, dialect: HarperDialect.American });
await harperUS.setup();
const harperSetup = performance.now() - setupStart;
const harperGB = new LocalLinter({ binary: binaryInlined, dialect: HarperDialect.British });
await harperGB.setup();
const nspellSetup = time(() => nspellFor('en-US'));
const spellUS = nspellFor('en-US');
const spellGB = nspellFor('en-GB');

const results = {
  harper: { seed: await harperFlags(harperUS, seedBlocks), planted: await harperFlags(harperGB, plantedBlocks) },
  nspell: { seed: nspellFlags(spellUS, seedBlocks), planted: nspellFlags(spellGB, plantedBlocks) },
  copydesk: { seed: copydeskFlags('en-US', seedBlocks), planted: copydeskFlags('en-GB', plantedBlocks) },
};

// Throughput: every word of both texts, REPEAT times, on fresh checkers (nspell
// keeps no cache of its own; harper lints whole paragraphs, which is how it is used).
const allWords = [...seedBlocks, ...plantedBlocks].flatMap((b) => wordsOf(b).map((w) => w.word.replace(/[’‘]/g, "'")));
const allBlocks = [...seedBlocks, ...plantedBlocks];
const nspellRound = () => time(() => {
  for (let r = 0; r < REPEAT; r++) for (const w of allWords) spellUS.correct(w);
});
const harperRound = () => timeAsync(async () => {
  for (let r = 0; r < REPEAT; r++) for (const b of allBlocks) await harperUS.lint(b);
});
// One warm-up of each (JIT, WebAssembly tiers), then ROUNDS alternated rounds (the machine is shared): medians.
nspellRound();
await harperRound();
const nspellTimes: number[] = [];
const harperTimes: number[] = [];
for (let round = 0; round < ROUNDS; round++) {
  nspellTimes.push(nspellRound());
  harperTimes.push(await harperRound());
}
const nspellMs = median(nspellTimes);
const harperMs = median(harperTimes);
const wordsChecked = allWords.length * REPEAT;

// Suggestion latency on the real misspellings (planted, and the seed's US spellings under en-GB).
const misspelt = ['libary', 'recieved', 'descision', 'Irregardless', 'alot', 'skeptical', 'neighborhoods', 'Medecins', 'Frontieres'];
const nspellSuggest: number[] = [];
const harperSuggest: number[] = [];
const suggestions: string[] = [];
for (const word of misspelt) {
  let s: string[] = [];
  nspellSuggest.push(time(() => (s = spellGB.suggest(word))));
  const block = [...plantedBlocks, ...seedBlocks].find((b) => b.includes(word)) ?? word;
  let h: string[] = [];
  harperSuggest.push(
    await timeAsync(async () => {
      const lints = await harperGB.lint(block);
      const l = lints.find((x) => x.get_problem_text() === word);
      h = l ? l.suggestions().map((x) => x.get_replacement_text()) : [];
    }),
  );
  suggestions.push(`  ${word.padEnd(14)} nspell: ${s.slice(0, 3).join(', ') || '—'}   harper: ${h.slice(0, 3).join(', ') || '—'}`);
}

const rows = (['harper', 'nspell', 'copydesk'] as const).map((name) => {
  const r = results[name];
  return { name, seed: judgeSeed(r.seed, seedWords), planted: plantedFound(r.planted, plantedBlocks), total: r.seed.length };
});
const LABEL = { harper: 'harper.js 2.10 (all lints)', nspell: 'nspell + dictionary-en', copydesk: 'Copydesk (nspell + names + sheet)' };

say();
say('checker                              seed flags  false  false/1k words  advice  planted found');
for (const r of rows) {
  say(
    `${LABEL[r.name].padEnd(36)} ${String(r.total).padStart(10)}  ${String(r.seed.falseFlags.length).padStart(5)}  ${r.seed.per1000.toFixed(1).padStart(14)}  ${String(r.seed.advice.length).padStart(6)}  ${r.planted.found}/${r.planted.of}`,
  );
}
say();
say(`speed (${wordsChecked} words, ${REPEAT}× both texts; median of ${ROUNDS} alternated rounds after a warm-up)`);
say(`  nspell correct()      ${Math.round(wordsChecked / (nspellMs / 1000)).toLocaleString('en')} words/s`);
say(`  harper.js lint()      ${Math.round(wordsChecked / (harperMs / 1000)).toLocaleString('en')} words/s  (${(harperMs / nspellMs).toFixed(1)}× nspell's time; harper also checks grammar)`);
say(`  set-up                nspell ${Math.round(nspellSetup)} ms per dialect; harper.js ${Math.round(harperSetup)} ms (WebAssembly compile + dictionary)`);
say(`suggestion latency (${misspelt.length} misspellings)`);
say(`  nspell suggest()      median ${median(nspellSuggest).toFixed(1)} ms, p95 ${p95(nspellSuggest).toFixed(1)} ms`);
say(`  harper.js lint(block) median ${median(harperSuggest).toFixed(1)} ms, p95 ${p95(harperSuggest).toFixed(1)} ms`);
say(...[suggestions.join('\n')]);
say();
for (const r of rows) {
  say(`${LABEL[r.name]} — false flags on the seed: ${r.seed.falseFlags.map((f) => f.text).join(', ') || 'none'}`);
  say(`  missed planted: ${r.planted.missed.map((m) => JSON.stringify(m)).join(', ') || 'none'}`);
}
say();
say('every flag on the seed article (paragraph: kind text)');
for (const name of ['harper', 'nspell', 'copydesk'] as const) {
  say(`  ${LABEL[name]}: ${results[name].seed.map((f) => `${f.block}:${f.kind} ${JSON.stringify(f.text.length > 40 ? f.text.slice(0, 37) + '…' : f.text)}`).join('; ')}`);
}

fs.mkdirSync(RESULTS_DIR, { recursive: true });
fs.writeFileSync(path.join(RESULTS_DIR, 'checkers.txt'), lines.join('\n') + '\n');
console.log(`\nwritten to bench/results/checkers.txt (${os.hostname()})`);
