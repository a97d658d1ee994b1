// `copydesk import-json` / `show --json` round-trip, and every kind of bad
// input refused with one clear line, a non-zero exit and an untouched database.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { everyNodeBody, doc, p, link } from '../../support/docs';
import { runCli } from '../../support/cli';
import { fingerprint, tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-cli-');
const db = tmp.file('cli.db');
afterAll(() => tmp.cleanup());

const article = {
  headline: 'Syria Peace Talks Stall Between U.S. And Russia',
  standfirst: 'Kerry and Lavrov call off a meeting at the G20.',
  byline: 'Jane Reporter',
  dateline: 'HANGZHOU, China',
  section: 'World',
  tags: ['Syria', 'G20'],
  status: 'editing',
  body: everyNodeBody(),
};

function writeJson(name: string, value: unknown): string {
  const file = tmp.file(name);
  fs.writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
}

let firstId = '';
beforeAll(() => {
  const run = runCli(['import-json', writeJson('article.json', article), '--db', db, '--create']);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  firstId = run.stdout.trim();
});

describe('import-json and show --json', () => {
  it('round-trip an article using every node and mark', () => {
    const shown = runCli(['show', firstId, '--json', '--db', db]);
    expect(shown.status).toBe(0);
    const parsed = JSON.parse(shown.stdout) as Record<string, unknown>;
    const { id, revision, createdAt, updatedAt, ...rest } = parsed;
    expect(id).toBe(firstId);
    expect(revision).toBe(1);
    expect(typeof createdAt).toBe('string');
    expect(updatedAt).toBe(createdAt);
    // Not published, so never published: publishedAt is null.
    expect(rest).toEqual({ ...article, publishedAt: null });
  });

  it('accepts show --json output straight back, as a new article', () => {
    const shown = runCli(['show', firstId, '--json', '--db', db]);
    const again = runCli(['import-json', '-', '--db', db], { input: shown.stdout });
    expect(again.status).toBe(0);
    const secondId = again.stdout.trim();
    expect(secondId).not.toBe(firstId);
    const second = JSON.parse(runCli(['show', secondId, '--json', '--db', db]).stdout) as Record<string, unknown>;
    expect(second.body).toEqual(article.body);
    expect(second.headline).toBe(article.headline);
  });

  it('lists articles as JSON', () => {
    const listed = JSON.parse(runCli(['list', '--json', '--db', db]).stdout) as { id: string }[];
    expect(listed.map((a) => a.id)).toContain(firstId);
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, string[], RegExp][] = [
    ['invalid JSON', ['import-json', 'BAD_JSON'], /is not valid JSON/],
    ['an unknown node type', ['import-json', 'UNKNOWN_NODE'], /unknown node type "video"/],
    ['a missing required field', ['import-json', 'MISSING_FIELD'], /missing required field "headline"/],
    ['a javascript: link', ['import-json', 'JS_LINK'], /links may only use http:, https: or mailto:/],
    ['an unknown field', ['import-json', 'EXTRA_FIELD'], /Unrecognized key.*"headlien"/],
    ['a missing file', ['import-json', '/nonexistent/article.json'], /Cannot read .*no such file/],
    ['an unknown id', ['show', '00000000-0000-4000-8000-000000000000'], /No article with id/],
    ['a malformed id on delete', ['delete', '00000000-0000-4000-8000-000000000000'], /No article with id/],
    ['an unknown flag', ['list', '--jsn'], /Unknown option '--jsn'/],
  ];

  it.each(cases)('%s → one clear line, non-zero exit, database byte-identical', (_name, args, message) => {
    const files: Record<string, string> = {
      BAD_JSON: writeJson('bad.json', '{ "headline": "Oops", '),
      UNKNOWN_NODE: writeJson('unknown-node.json', { ...article, body: doc({ type: 'video', attrs: { src: 'x' } } as never) }),
      MISSING_FIELD: writeJson('missing.json', (({ headline: _h, ...rest }) => rest)(article)),
      JS_LINK: writeJson('js-link.json', { ...article, body: doc(p(link('javascript:alert(document.cookie)', 'click me'))) }),
      EXTRA_FIELD: writeJson('extra.json', { ...article, headlien: 'typo' }),
    };
    const before = fingerprint(db);
    const run = runCli([...args.map((a) => files[a] ?? a), '--db', db]);
    expect(run.status).not.toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(fingerprint(db)).toBe(before);
  });

  it('refuses a database from a newer Copydesk, naming both versions, file untouched', () => {
    const newer = tmp.file('newer.db');
    expect(runCli(['list', '--db', newer, '--create']).status).toBe(0);
    // Bump user_version the way a future Copydesk would.
    const Database = require('better-sqlite3') as typeof import('better-sqlite3');
    const raw = new Database(newer);
    raw.pragma('user_version = 999');
    raw.close();
    const before = fingerprint(newer);
    const run = runCli(['list', '--db', newer]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/database version 999.*understands up to version \d+/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(fingerprint(newer)).toBe(before);
  });

  it('prints usage for no command and refuses unknown commands', () => {
    const none = runCli([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/Usage: copydesk/);
    const unknown = runCli(['frobnicate']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('uses COPYDESK_DB when no --db is given', () => {
    const envDb = tmp.file('env.db');
    const run = runCli(['import-json', writeJson('env.json', article), '--create'], { env: { COPYDESK_DB: envDb } });
    expect(run.status).toBe(0);
    expect(fs.existsSync(envDb)).toBe(true);
  });
});
