// copydesk check, dictionary and rules (issue 18): real processes on a real
// file. A desk can script `check` (exit 0 clean, 1 flagged, 2 usage); bad
// input is one line and leaves the file as it was; the dictionary and the
// sheet survive reopening the database.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { runCli } from '../../support/cli';
import { doc, p } from '../../support/docs';
import { fingerprint, tempDir } from '../../support/temp';
import { PLANTED } from '../../fixtures/checks/planted';

const tmp = tempDir('copydesk-checks-cli-');
const db = tmp.file('checks.db');
const PLANTED_FILE = path.resolve(__dirname, '../../fixtures/checks/planted-mistakes.txt');
let stored = '';
beforeAll(() => {
  const services = openServices(db);
  stored = services.articles.create({ headline: 'Flood defences', standfirst: 'The river rose.', body: doc(p('Councillor Okafor said the the wall held.')) }).id;
  services.close();
});
afterAll(() => tmp.cleanup());

const cli = (...args: string[]) => runCli([...args, '--db', db], { cwd: tmp.dir });

describe('copydesk check', () => {
  it('flags the planted mistakes in a file without storing it, with kind, rule and suggestion, and exits 1', () => {
    const before = fingerprint(db);
    const run = cli('check', PLANTED_FILE, '--json', '--dialect', 'en-GB');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { dialect: string; flags: Array<{ text: string; kind: string; ruleId: string; suggestions: string[]; label: string; from: number }> };
    expect(report.dialect).toBe('en-GB');
    // Importing already straightens out what a file's whitespace and quotes were: those rules are tested on text.
    const surviving = PLANTED.filter(([text, , rule]) => !['  ', "'"].includes(text) && !rule.startsWith('quotes'));
    for (const [text, kind, ruleId, suggestion] of surviving) {
      const flag = report.flags.find((f) => f.text === text && f.ruleId === ruleId);
      expect(flag, `${ruleId} on ${JSON.stringify(text)}`).toBeDefined();
      expect(flag!.kind).toBe(kind);
      if (suggestion) expect(flag!.suggestions[0]).toBe(suggestion);
    }
    expect(report.flags.find((f) => f.text === 'libary')).toMatchObject({ label: 'headline', suggestions: ['library'] });
    expect(fingerprint(db)).toBe(before);
  });

  it('checks a stored article by id prefix; a word added to the newsroom dictionary is not flagged again; clean copy exits 0', () => {
    const first = cli('check', stored.slice(0, 8), '--dialect', 'en-GB');
    expect(first.status).toBe(1);
    expect(first.stdout).toMatch(/paragraph 1, 12 {2}spelling {2}\[spelling\] {2}“Okafor”/);
    expect(first.stdout).toMatch(/\[grammar-doubled-word\] {2}“the the” → the/);
    expect(first.stdout).toMatch(/2 flags \(1 spelling, 1 grammar; en-GB\)\.\n$/);
    expect(cli('dictionary', 'add', 'Okafor').stdout).toBe('Added 1 word to the newsroom dictionary.\n');
    expect(cli('check', stored, '--dialect', 'en-GB', '--json').stdout).not.toContain('"Okafor"');
    const clean = tmp.file('clean.txt');
    fs.writeFileSync(clean, 'River rises\n\nThe river rose by two metres overnight, the council said.\n');
    const run = cli('check', clean, '--dialect', 'en-GB');
    expect(run).toMatchObject({ status: 0, stdout: 'No flags (en-GB).\n' });
  });

  it('refuses bad input in one line: no target, an unknown dialect (exit 2), an unknown id or file (exit 1)', () => {
    const before = fingerprint(db);
    expect(cli('check')).toMatchObject({ status: 2, stderr: expect.stringMatching(/^copydesk check: Expected one article id or file\. Usage: copydesk check ID\|FILE/) });
    expect(cli('check', stored, '--dialect', 'fr-FR')).toMatchObject({ status: 2, stderr: 'copydesk check: Unknown dialect "fr-FR"; use en-GB or en-US. Usage: copydesk check ID|FILE [--json] [--dialect en-GB|en-US]\n' });
    expect(cli('check', 'abcdef12')).toMatchObject({ status: 1, stderr: expect.stringMatching(/^copydesk check: No article id starts with "abcdef12"/) });
    expect(cli('check', 'nonsense.txt').status).not.toBe(0);
    expect(fingerprint(db)).toBe(before);
  });
});

describe('copydesk dictionary', () => {
  it('adds, lists, exports, imports and removes words, and they survive reopening', () => {
    cli('dictionary', 'add', 'Aleppo', 'Lavrov', 'Aleppo');
    const list = cli('dictionary', 'list');
    expect(list.stdout.split('\n')).toEqual(expect.arrayContaining(['Aleppo', 'Lavrov', 'Okafor']));
    const out = tmp.file('words.txt');
    expect(cli('dictionary', 'export', out).status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toBe('Aleppo\nLavrov\nOkafor\n');
    fs.writeFileSync(tmp.file('more.txt'), '# names from the sports desk\nHaaland\n\nOkafor\n');
    expect(cli('dictionary', 'import', 'more.txt').stdout).toBe('Imported more.txt: 1 new word (1 already there).\n');
    expect(cli('dictionary', 'remove', 'Lavrov', 'Nobody')).toMatchObject({ status: 1, stdout: 'Removed 1 word.\n', stderr: 'copydesk dictionary: Not in the newsroom dictionary: Nobody.\n' });
    expect(cli('dictionary', 'list').stdout).toBe('Aleppo\nHaaland\nOkafor\n');
  });

  it('refuses a word list with a line that is not a word, and leaves the dictionary as it was', () => {
    fs.writeFileSync(tmp.file('bad.txt'), 'Kerry\nthis is a sentence\n');
    const before = fingerprint(db);
    const run = cli('dictionary', 'import', 'bad.txt');
    expect(run).toMatchObject({ status: 1, stderr: 'copydesk dictionary: bad.txt was not imported: 1 line is not a single word ("this is a sentence").\n' });
    expect(fingerprint(db)).toBe(before);
    expect(cli('dictionary', 'frobnicate').status).toBe(2);
  });
});

describe('copydesk rules', () => {
  it('exports the default sheet, imports an edited one that replaces it (and survives reopening), and resets', () => {
    const out = tmp.file('sheet.csv');
    expect(cli('rules', 'export', out).status).toBe(0);
    const csv = fs.readFileSync(out, 'utf8');
    expect(csv.split('\n')[0]).toBe('"type","pattern","replacement","category","description","id","kind","auto-fix","dialect"');
    const mine = tmp.file('mine.csv');
    fs.writeFileSync(mine, 'type,pattern,replacement,category,description,id\nwords,flood defences,flood barriers,House words,We say flood barriers.,house-flood-barriers\n');
    expect(cli('rules', 'import', mine).stdout).toBe('Imported 1 rule from ' + mine + '; they replace the sheet.\n');
    expect(cli('rules', 'list').stdout).toMatch(/^The publication’s own sheet: 1 rules\.\nhouse-flood-barriers/);
    const check = JSON.parse(cli('check', stored, '--json', '--dialect', 'en-GB').stdout) as { flags: Array<{ ruleId: string; suggestions: string[] }> };
    expect(check.flags.map((f) => f.ruleId)).toEqual(['house-flood-barriers']);
    expect(check.flags[0]!.suggestions).toEqual(['Flood barriers']);
    expect(cli('rules', 'reset').status).toBe(0);
    expect(cli('rules', 'list').stdout).toMatch(/^The default sheet: \d+ rules\./);
  });

  it('refuses a sheet with a rule that does not compile, naming the rule and its line, and keeps the sheet', () => {
    const bad = tmp.file('bad.csv');
    fs.writeFileSync(bad, 'type,pattern,replacement,category,description,id\nregex,fine,,C,D,ok-rule\nregex,(broken,,C,D,broken-rule\n');
    const before = fingerprint(db);
    const run = cli('rules', 'import', bad);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^.*bad\.csv was not imported; the sheet is unchanged\. Rule "broken-rule" \(line 3\): the pattern does not compile \(.+\)\n$/);
    expect(fingerprint(db)).toBe(before);
  });
});
