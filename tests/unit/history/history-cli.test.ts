// History from the CLI alone, as a child process on a real file: import-json,
// three updates, history, diff, restore — and nothing listed before the
// restore is gone after it. Bad input: one line, non-zero exit, file untouched.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';
import { doc, p, strong } from '../../support/docs';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

const article = (body: unknown, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ headline: 'Council votes', standfirst: '', byline: 'A. Reporter', dateline: 'LEEDS', section: 'News', tags: [], status: 'draft', body, ...extra });

describe('copydesk history, show --version, diff, restore, update', () => {
  const db = tmp.file('cli-history.db');
  const cli = (...args: string[]) => runCli([...args, '--db', db, '--create']);
  const file = (name: string, text: string) => {
    fs.writeFileSync(tmp.file(name), text);
    return tmp.file(name);
  };

  it('import-json, three updates, history, diff, restore: the first text is back and every version is still listed', () => {
    const created = cli('import-json', file('first.json', article(doc(p('The first text.'), p('A paragraph to cut.')))));
    expect(created).toMatchObject({ status: 0, stderr: '' });
    const id = created.stdout.trim();

    expect(cli('update', id, file('u1.json', article(doc(p('The second text.'), p('A paragraph to cut.'))))).stdout).toMatch(/revision 2/);
    expect(cli('update', id, file('u2.json', article(doc(p('The second text.')), { status: 'editing' }))).stdout).toMatch(/revision 3/);
    expect(cli('update', id, file('u3.json', article(doc(p('The ', strong('third'), ' text.')), { status: 'editing' })), '--base', '3').stdout).toMatch(/revision 4/);

    const before = JSON.parse(cli('history', id, '--json').stdout) as Array<{ number: number; reason: string; revision: number }>;
    // import, the first update (automatic: the next one is due in 5 minutes), the status change
    expect(before.map((v) => [v.number, v.reason, v.revision])).toEqual([[3, 'status', 3], [2, 'autosave', 2], [1, 'import', 1]]);
    const listed = cli('history', id);
    expect(listed.stdout).toMatch(/^\s+3 .* Status changed\s+3\s+−4/m);
    expect(listed.stdout).toMatch(/^\s+1 .* Imported\s+7\s+\+7/m);

    const diff = cli('diff', id, '1');
    expect(diff.status).toBe(0);
    expect(diff.stdout).toContain('--- version 1');
    expect(diff.stdout).toContain('+++ now (revision 4)');
    expect(diff.stdout).toContain('-The first text.');
    expect(diff.stdout).toContain('-A paragraph to cut.');
    expect(diff.stdout).toContain('+The **third** text.');
    expect(diff.stdout).toContain('-Status: draft');
    expect(cli('diff', id, '2', '2').stdout).toBe('No differences between version 2 and version 2.\n');

    expect(JSON.parse(cli('show', id, '--version', '1', '--json').stdout)).toMatchObject({ number: 1, reason: 'import', body: doc(p('The first text.'), p('A paragraph to cut.')) });
    expect(cli('show', id, '--version', '2').stdout).toMatch(/^Version 2 \(Automatic\)[\s\S]*The second text\.\n\nA paragraph to cut\./);

    const restored = cli('restore', id, '1');
    expect(restored).toMatchObject({ status: 0, stderr: '' });
    expect(restored.stdout).toMatch(/Restored version 1 of “Council votes” as revision 5/);
    expect(JSON.parse(cli('show', id, '--json').stdout)).toMatchObject({ revision: 5, status: 'editing', body: doc(p('The first text.'), p('A paragraph to cut.')) });
    const after = JSON.parse(cli('history', id, '--json').stdout) as Array<{ number: number; reason: string; restoredFrom: number | null }>;
    expect(after.slice(0, 2).map((v) => [v.number, v.reason, v.restoredFrom])).toEqual([[5, 'restore', 1], [4, 'before-restore', null]]);
    expect(after.slice(2)).toEqual(before);
  }, 60_000);

  it('refuses bad input in one line with a non-zero exit, leaving the file as it was', () => {
    const id = cli('import-json', file('a.json', article(doc(p('Text.'))))).stdout.trim();
    cli('update', id, file('b.json', article(doc(p('Newer.')))));
    const untouched = fingerprint(db);
    const cases: Array<[string[], number, RegExp]> = [
      [['history'], 2, /Usage: copydesk history ID/],
      [['show', id, '--version', 'two'], 2, /--version must be a whole number/],
      [['diff', id], 2, /Usage: copydesk diff ID A \[B\]/],
      [['diff', id, '1', '0'], 2, /B must be a whole number/],
      [['diff', id, '9'], 1, /has no version 9/],
      [['restore', id, '9'], 1, /has no version 9/],
      [['restore', '00000000-0000-4000-8000-000000000000', '1'], 1, /No article with id/],
      [['update', id, file('bad.json', '{"headline": 3}')], 1, /is not a Copydesk article: .*headline: headline must be text/],
      [['update', id, file('stale.json', article(doc(p('Stale.')))), '--base', '1'], 1, /saved elsewhere since/],
      [['update', id, file('nojson.json', 'nope')], 1, /is not valid JSON/],
    ];
    for (const [args, status, message] of cases) {
      const run = cli(...args);
      expect({ args, status: run.status }).toEqual({ args, status });
      expect(run.stderr).toMatch(message);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stdout).toBe('');
    }
    expect(fingerprint(db)).toBe(untouched);
  }, 60_000);
});
