// The CLI rules that keep it from surprising anyone (issue 17): a --db that
// does not exist is refused unless --create; import-json names every problem
// at once; an id may be any unique prefix of six or more characters; `set`
// changes fields through the store's normal save. Real files, the real
// `main` (and the real process for the exit code people see).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { main } from '../../../electron/cli/main';
import { openServices } from '../../../electron/main/services';
import { emptyFields } from '../../../shared/article/fields';
import { runCli } from '../../support/cli';
import { doc, p } from '../../support/docs';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-cli-rules-');
afterAll(() => tmp.cleanup());

async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), readStdin: async () => '', cwd: tmp.dir };
  const status = await main(args, io, env);
  return { status, stdout, stderr };
}

/** A library of three articles, two of whose ids share the prefix "abcdef". */
function library(name: string): { db: string; ids: string[] } {
  const db = tmp.file(name);
  const services = openServices(db);
  const made = ['Flood warning', 'Council vote', 'Storm damage'].map((headline) => services.articles.create({ headline, body: doc(p('Words.')) }).id);
  services.close();
  const raw = new Database(db);
  const ids = ['abcdef01-0000-4000-8000-000000000001', 'abcdef02-0000-4000-8000-000000000002', made[2]!];
  for (const [i, id] of ids.slice(0, 2).entries()) {
    raw.prepare('UPDATE articles SET id = ? WHERE id = ?').run(id, made[i]);
    raw.prepare('UPDATE article_summaries SET id = ? WHERE id = ?').run(id, made[i]);
  }
  raw.close();
  return { db, ids };
}

describe('--db and --create', () => {
  it('refuses a --db file that does not exist, creating nothing, with the hint to add --create', async () => {
    const missing = tmp.file('typo/copydesk.db');
    const run = runCli(['list', '--db', missing]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(`There is no database at ${missing}`);
    expect(run.stderr).toMatch(/add --create/);
    expect(fs.existsSync(path.dirname(missing))).toBe(false);
  });

  it('refuses a missing $COPYDESK_DB the same way, and creates either with --create', async () => {
    const viaEnv = tmp.file('env.db');
    expect((await cli(['list'], { COPYDESK_DB: viaEnv })).stderr).toMatch(/no database at .*env\.db \(from \$COPYDESK_DB\)/);
    expect(fs.existsSync(viaEnv)).toBe(false);
    expect(await cli(['list', '--create'], { COPYDESK_DB: viaEnv })).toMatchObject({ status: 0, stdout: 'No articles yet.\n' });
    const viaFlag = tmp.file('new/flag.db');
    expect((await cli(['list', '--db', viaFlag, '--create'])).status).toBe(0);
    expect(fs.existsSync(viaFlag)).toBe(true);
    // Once it exists, --create is not needed.
    expect(await cli(['list', '--db', viaFlag])).toMatchObject({ status: 0, stderr: '' });
  });

  it('still creates the default database on first use', async () => {
    const config = tmp.file('config');
    const run = await cli(['list'], { XDG_CONFIG_HOME: config, HOME: tmp.dir });
    expect(run).toMatchObject({ status: 0, stdout: 'No articles yet.\n', stderr: '' });
    expect(fs.existsSync(path.join(config, 'Copydesk', 'copydesk.db'))).toBe(true);
  });
});

describe('import-json', () => {
  it('names every problem in one message', async () => {
    const { db } = library('import.db');
    const file = tmp.file('broken.json');
    fs.writeFileSync(file, JSON.stringify({ byline: 'Jane', status: 'gone', tags: 'one', headlien: 'typo', body: doc(p('x')) }));
    const before = fingerprint(db);
    const run = await cli(['import-json', file, '--db', db]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/missing required fields "headline", "standfirst", "dateline" and "section"/);
    expect(run.stderr).toMatch(/status must be one of draft/);
    expect(run.stderr).toMatch(/tags must be a list of text/);
    expect(run.stderr).toMatch(/headlien/);
    expect(fingerprint(db)).toBe(before);
  });
});

describe('short ids', () => {
  it('takes any unique prefix of 6 or more characters in show, export, set and delete', async () => {
    const { db, ids } = library('prefix.db');
    const third = ids[2]!;
    expect((await cli(['show', third.slice(0, 6), '--db', db])).stdout).toMatch(/^Storm damage/);
    expect((await cli(['show', 'ABCDEF01', '--db', db])).stdout).toMatch(/^Flood warning/);
    const out = tmp.file('storm.html');
    expect(await cli(['export', third.slice(0, 8), '--out', out, '--db', db])).toMatchObject({ status: 0, stdout: `${out}\n` });
    expect(fs.readFileSync(out, 'utf8')).toContain('Storm damage');
    expect((await cli(['set', 'abcdef02', '--status', 'ready', '--db', db])).status).toBe(0);
    expect(await cli(['delete', 'abcdef01-00', '--force', '--db', db])).toMatchObject({ status: 0, stdout: `Deleted ${ids[0]}\n` });
  });

  it('refuses a prefix shorter than 6, one that matches several (listing them), and one that matches none', async () => {
    const { db, ids } = library('ambiguous.db');
    const before = fingerprint(db);
    const short = await cli(['show', 'abcde', '--db', db]);
    expect(short).toMatchObject({ status: 2, stdout: '' });
    expect(short.stderr).toMatch(/too short.*at least 6 characters/);
    for (const command of [['show'], ['delete'], ['set', '--status', 'ready'], ['export', '--out', tmp.file('x.html')]]) {
      const [name, ...rest] = command;
      const run = await cli([name!, 'abcdef', ...rest, '--db', db]);
      expect(run.status, name).toBe(2);
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(run.stderr).toContain(`${ids[0]} “Flood warning”, ${ids[1]} “Council vote”`);
    }
    expect((await cli(['show', 'fedcba98', '--db', db])).stderr).toMatch(/No article id starts with "fedcba98"/);
    expect((await cli(['show', 'not-an-id!', '--db', db])).status).toBe(2);
    expect(fs.existsSync(tmp.file('x.html'))).toBe(false);
    expect(fingerprint(db)).toBe(before);
  });
});

describe('set', () => {
  it('changes status, section, tags and headline through the normal save, bumping the revision', async () => {
    const db = tmp.file('set.db');
    const services = openServices(db);
    const { id } = services.articles.create({ ...emptyFields(), headline: 'Draft head', body: doc(p('Four words stay here.')) });
    services.close();
    const run = await cli(['set', id.slice(0, 7), '--status', 'ready', '--section', 'World', '--tags', 'Syria, G20,,', '--headline', 'Talks stall', '--db', db]);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toBe(`Saved ${id} (revision 2): headline, section, tags, status changed.\n`);
    const shown = JSON.parse((await cli(['show', id, '--json', '--db', db])).stdout);
    expect(shown).toMatchObject({ headline: 'Talks stall', status: 'ready', section: 'World', tags: ['Syria', 'G20'], revision: 2 });
    expect(shown.body).toEqual(doc(p('Four words stay here.')));
    // The list row follows, as it does for a save from the window.
    expect((await cli(['list', '--db', db])).stdout).toMatch(/ready\s+4 words {2}Talks stall/);
    expect((await cli(['set', id, '--tags', '', '--db', db])).status).toBe(0);
    expect(JSON.parse((await cli(['show', id, '--json', '--db', db])).stdout).tags).toEqual([]);
    // Publishing stamps publishedAt; --published-at corrects it, and '' clears it.
    expect((await cli(['set', id, '--status', 'published', '--db', db])).status).toBe(0);
    expect(JSON.parse((await cli(['show', id, '--json', '--db', db])).stdout).publishedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await cli(['set', id, '--published-at', '2026-11-30T18:45:00.000Z', '--db', db])).status).toBe(0);
    expect(JSON.parse((await cli(['show', id, '--json', '--db', db])).stdout).publishedAt).toBe('2026-11-30T18:45:00.000Z');
    expect((await cli(['set', id, '--published-at', 'last tuesday', '--db', db])).stderr).toMatch(/publishedAt must be a date and time/);
  });

  it('refuses a bad value or no field at all with a usage error, changing nothing', async () => {
    const { db, ids } = library('set-bad.db');
    const before = fingerprint(db);
    const bad = await cli(['set', ids[2]!, '--status', 'printed', '--headline', 'Two\nlines', '--db', db]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/headline must be a single line; status: status must be one of draft, editing, ready, published/);
    const none = await cli(['set', ids[2]!, '--db', db]);
    expect(none).toMatchObject({ status: 2 });
    expect(none.stderr).toMatch(/Nothing to change/);
    expect(fingerprint(db)).toBe(before);
  });
});
