// copydesk search, list filters, spike, unspike and delete --force: real
// processes on a real file; bad input is one line, a non-zero exit, and the
// file untouched.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServices } from '../../../electron/main/services';
import { runCli } from '../../support/cli';
import { doc, p } from '../../support/docs';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir();
const db = tmp.file('desk.db');
const ids: Record<string, string> = {};
beforeAll(() => {
  const services = openServices(db);
  const add = (key: string, fields: Parameters<typeof services.articles.create>[0]) => (ids[key] = services.articles.create(fields).id);
  add('council', { headline: 'Council budget passes', section: 'Local', tags: ['council'], status: 'editing', body: doc(p('Met on the seventh floor.')) });
  add('bridge', { headline: 'River bridge reopens', section: 'Local', status: 'published', body: doc(p('The budget paid for it.')) });
  add('cafe', { headline: 'Café owners protest', section: 'Business', status: 'draft', body: doc(p('Parking plan.')) });
  services.close();
});
afterAll(() => tmp.cleanup());

const lines = (out: string) => out.trim().split('\n').filter((l) => !l.startsWith('    '));

describe('copydesk search and list filters', () => {
  it('searches best match first with a snippet line, combines filters, and --json prints the rows', () => {
    const run = runCli(['search', 'budget', '--db', db]);
    expect(run.status).toBe(0);
    expect(lines(run.stdout).map((l) => l.replace(/^\S+\s+\S+\s+\d+ words\s+/, ''))).toEqual(['Council budget passes', 'River bridge reopens']);
    expect(run.stdout).toMatch(/\n {4}The budget paid for it\.\n/);
    expect(lines(runCli(['search', '"seventh floor"', '--db', db]).stdout)).toHaveLength(1);
    expect(lines(runCli(['search', 'budget', '--status', 'published', '--db', db]).stdout)[0]).toContain(ids.bridge);
    const json = JSON.parse(runCli(['search', 'budget', '--limit', '1', '--json', '--db', db]).stdout) as { id: string; snippet: { highlights: unknown[] } }[];
    expect(json).toHaveLength(1);
    expect(json[0]!.snippet.highlights.length).toBeGreaterThan(0);
    expect(runCli(['search', 'nothing-like-this', '--db', db]).stdout).toBe('No articles match.\n');
  });

  it('list takes the same filters and --limit', () => {
    expect(lines(runCli(['list', '--section', 'Local', '--db', db]).stdout)).toHaveLength(2);
    expect(lines(runCli(['list', '--tag', 'COUNCIL', '--db', db]).stdout)[0]).toContain(ids.council);
    expect(lines(runCli(['list', '--limit', '2', '--db', db]).stdout)).toHaveLength(2);
  });

  it('refuses bad input in one line (exit 2) and leaves the file untouched', () => {
    const before = fingerprint(db);
    for (const args of [['search'], ['search', '-"'], ['list', '--status', 'spiked'], ['list', '--limit', '0'], ['list', '--limit', 'ten'], ['search', 'x', '--section', 'a'.repeat(101)], ['spike'], ['unspike', 'a', 'b']]) {
      const run = runCli([...args, '--db', db]);
      expect(run.status, args.join(' ')).toBe(2);
      expect(run.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
    expect(fingerprint(db)).toBe(before);
  });
});

describe('copydesk spike, unspike and delete', () => {
  it('spike hides an article from list and search; unspike returns it; delete needs it spiked or --force', () => {
    expect(runCli(['spike', ids.bridge!, '--db', db])).toMatchObject({ status: 0, stdout: expect.stringMatching(/^Spiked .* River bridge reopens\n$/) });
    expect(runCli(['list', '--db', db]).stdout).not.toContain(ids.bridge);
    expect(runCli(['search', 'bridge', '--db', db]).stdout).toBe('No articles match.\n');
    expect(runCli(['list', '--spiked', '--db', db]).stdout).toContain(ids.bridge);
    expect(runCli(['unspike', ids.bridge!, '--db', db])).toMatchObject({ status: 0, stdout: expect.stringMatching(/\(published\)\n$/) });
    const before = fingerprint(db);
    expect(runCli(['delete', ids.cafe!, '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/is not spiked/) });
    expect(fingerprint(db)).toBe(before);
    expect(runCli(['delete', ids.cafe!, '--force', '--db', db]).status).toBe(0);
    expect(runCli(['list', '--db', db]).stdout).not.toContain(ids.cafe);
    expect(runCli(['spike', '00000000-0000-4000-8000-000000000000', '--db', db])).toMatchObject({ status: 1, stderr: expect.stringMatching(/No article with id/) });
  });
});
