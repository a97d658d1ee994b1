// README is for writers, and what it shows must work (issue 17 part 7): every
// command in its marked sh blocks runs as written from the repository root —
// `npx copydesk …` on a new library, with the files in docs/examples — and
// exits as README says; the shortcuts table is the command registry's; the
// pictures and files it points at exist.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openServices } from '../../electron/main/services';
import { shortcutsMarkdown } from '../../shared/commands/shortcuts-table';
import { mismatches, readmeExamples, readmeShortcutsTable, runExamples } from '../support/readme-examples';
import { tempDir } from '../support/temp';

const root = path.resolve(__dirname, '../..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const tmp = tempDir('copydesk-readme-');
afterAll(() => tmp.cleanup());

/** A new, empty library, as the default one is on first use; HOME is a temp folder so `~/…` lands there. */
function freshLibrary(name: string) {
  const home = tmp.file(name);
  fs.mkdirSync(home, { recursive: true });
  const db = path.join(home, 'copydesk.db');
  openServices(db).close();
  return { home, db, env: { COPYDESK_DB: db, HOME: home } };
}

describe('README command-line examples', () => {
  const examples = readmeExamples(readme);

  it('are there, each one a copydesk command or a shell step that uses one', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    for (const e of examples) expect(e.command, `line ${e.line}`).toMatch(/npx copydesk /);
    // At least one shows a refusal, and none depends on a folder outside the clone.
    expect(examples.some((e) => e.expectedExit !== 0)).toBe(true);
    expect(readme).not.toMatch(/\.\.\/shared\//);
  });

  it('run as written from the repository root and exit as README says', { timeout: 300_000 }, () => {
    const library = freshLibrary('examples');
    const { runs, stdout, stderr } = runExamples(examples, { cwd: root, env: library.env, statusFile: tmp.file('examples-status.txt') });
    expect(mismatches(runs), `stdout:\n${stdout}\nstderr:\n${stderr}`).toEqual([]);
    // They did what they say: the story is in the library (twice: import and import-json), exported, backed up.
    const services = openServices(library.db);
    try {
      const headlines = services.articles.list().map((a) => a.headline);
      expect(headlines).toEqual(['Millbrook council backs £4m flood wall after second winter of flooding', 'Millbrook council backs £4m flood wall after second winter of flooding']);
    } finally {
      services.close();
    }
    expect(fs.readFileSync(path.join(library.home, 'millbrook-flood-wall.html'), 'utf8')).toContain('Helen Okafor');
    expect(fs.readdirSync(path.join(library.home, 'backups')).some((f) => f.endsWith('-manual.db'))).toBe(true);
    expect(fs.existsSync(path.join(library.home, 'typo.db'))).toBe(false);
  });

  it('would catch a wrong command: a misspelt one, a wrong file and a refusal README calls a success', { timeout: 120_000 }, () => {
    const library = freshLibrary('broken');
    const broken = readmeExamples(
      [
        '<!-- cli-examples -->',
        '```sh',
        'npx copydesk lsit',
        'npx copydesk import docs/examples/no-such-story.txt',
        'npx copydesk list --db ~/typo.db',
        'npx copydesk list                # exit 1',
        '```',
      ].join('\n'),
    );
    const { runs } = runExamples(broken, { cwd: root, env: library.env, statusFile: tmp.file('broken-status.txt') });
    expect(runs.map((r) => r.exit)).toEqual([2, 1, 1, 0]);
    expect(mismatches(runs)).toEqual([
      'README line 3: `npx copydesk lsit` exited 2, README says 0',
      'README line 4: `npx copydesk import docs/examples/no-such-story.txt` exited 1, README says 0',
      'README line 5: `npx copydesk list --db ~/typo.db` exited 1, README says 0',
      'README line 6: `npx copydesk list                # exit 1` exited 0, README says 1',
    ]);
  });
});

describe('README', () => {
  it('lists the keyboard shortcuts exactly as the command registry declares them', () => {
    // Regenerate with `npm run -s docs:shortcuts` and paste between the markers.
    expect(readmeShortcutsTable(readme)).toBe(shortcutsMarkdown());
  });

  it('points only at files that exist in the repository', () => {
    const targets = [...readme.matchAll(/\]\(((?:docs|tests|bench|scripts|shared|electron|renderer)\/[^)#\s]+)/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) expect(fs.existsSync(path.join(root, target)), target).toBe(true);
    for (const n of [1, 2, 3, 4, 5, 6]) expect(readme).toMatch(new RegExp(`docs/images/first-story-${n}-`));
  });

  it('links to sections of the maintainers\' documents that exist (GitHub\'s heading anchors)', () => {
    const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
    const links = [...readme.matchAll(/\]\((docs\/[^)#\s]+\.md)#([^)\s]+)\)/g)];
    expect(links.length).toBeGreaterThan(3);
    for (const [, file, anchor] of links) {
      const headings = [...fs.readFileSync(path.join(root, file!), 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));
      expect(headings, `${file}#${anchor}`).toContain(anchor);
    }
  });

  it('keeps writers first: the walkthrough and the two quick-start commands come before the maintainers\' material', () => {
    const headings = [...readme.matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
    expect(headings.slice(0, 3)).toEqual(['Your first story', 'Install and quick start', 'The command line']);
    const quickStart = readme.slice(readme.indexOf('## Install and quick start'), readme.indexOf('## The command line'));
    expect(/```sh\n([\s\S]*?)```/.exec(quickStart)?.[1]?.split('\n').filter(Boolean).map((l) => l.replace(/\s+#.*$/, ''))).toEqual(['npm install && npm start', 'npm test']);
    expect(readme).not.toMatch(/patch-package|node-gyp|ABI|WAL|exposeBinding/);
  });
});
