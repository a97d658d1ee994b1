// Migration 014 on a database made by the version before (13): every stored
// word count — the article's and its list summary's — is recounted the one way
// (Intl.Segmenter, shared/article/word-count.ts), across more than one batch;
// nothing else about an article changes.
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/main/store/open-database';
import { openServices } from '../../../electron/main/services';
import { MIGRATIONS, LATEST_VERSION } from '../../../electron/main/store/migrations';
import { migration014 } from '../../../electron/main/store/migrations/014-recount-words';
import { countWords } from '../../../shared/article/word-count';
import { tempDir } from '../../support/temp';

const tmp = tempDir('copydesk-recount-');
afterAll(() => tmp.cleanup());

// Stored as the version before counted them (its scan): a run of Japanese was one word, "1,200" two.
const STORIES: Array<[text: string, oldCount: number, newCount: number]> = [
  ['東京都は火曜日、新しい計画を発表した。', 2, 9],
  ['Turnout was 1,200 on the day.', 7, 6],
  ['นายกรัฐมนตรีกล่าวว่ารัฐบาลจะลงทุนในโครงการใหม่', 1, 10],
  ['The mayor said the plan was sound.', 7, 7],
];
const TOTAL = 1_203;

function bodyOf(text: string): string {
  return JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
}

describe('migration 014 (recount words)', () => {
  it('recounts every article and summary of a version-13 database in batches, and changes nothing else', () => {
    expect(migration014.version).toBe(14);
    const file = tmp.file('before-014.db');
    const old = openDatabase(file, { migrations: MIGRATIONS.filter((m) => m.version < migration014.version) });
    expect(old.pragma('user_version', { simple: true })).toBe(13);
    const insert = old.prepare(
      `INSERT INTO articles (id, slug, headline, status, body_json, plain_text, word_count, revision, created_at, updated_at)
       VALUES (@id, @slug, @headline, 'draft', @body, @text, @words, 3, '2026-01-01T08:00:00.000Z', @updated)`,
    );
    const summary = old.prepare(
      `INSERT INTO article_summaries (updated_at, id, headline, headline_key, slug, status, section, word_count, revision, created_at)
       VALUES (@updated, @id, @headline, lower(@headline), @slug, 'draft', '', @words, 3, '2026-01-01T08:00:00.000Z')`,
    );
    old.transaction(() => {
      for (let i = 0; i < TOTAL; i++) {
        const [text, words] = STORIES[i % STORIES.length]!;
        const row = { id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, slug: `story-${i}`, headline: `Story ${i}`, body: bodyOf(text), text, words, updated: `2026-01-02T08:${String(i % 60).padStart(2, '0')}:00.000Z` };
        insert.run(row);
        summary.run(row);
      }
    })();
    const before = old.prepare('SELECT id, revision, updated_at, body_json, plain_text FROM articles ORDER BY id').all();
    old.close();

    const services = openServices(file);
    const stored = (id: string) => services.db.prepare('SELECT word_count FROM articles WHERE id = ?').pluck().get(id);
    try {
      for (let i = 0; i < TOTAL; i += 97) {
        const [text, , words] = STORIES[i % STORIES.length]!;
        const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
        expect(stored(id), text).toBe(words);
        expect(words).toBe(countWords(text));
      }
      const summaries = services.db.prepare('SELECT s.word_count AS s, a.word_count AS a FROM article_summaries s JOIN articles a USING (id)').all() as { s: number; a: number }[];
      expect(summaries).toHaveLength(TOTAL);
      expect(summaries.every((r) => r.s === r.a)).toBe(true);
      // The last batch (rows 1,001–1,203) was reached.
      expect(stored(`00000000-0000-4000-8000-${String(TOTAL - 1).padStart(12, '0')}`)).toBe(STORIES[(TOTAL - 1) % STORIES.length]![2]);
      expect(services.db.prepare('SELECT id, revision, updated_at, body_json, plain_text FROM articles ORDER BY id').all()).toEqual(before);
    } finally {
      services.close();
    }
    const raw = new Database(file);
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    raw.close();
  });
});

describe('one count everywhere', () => {
  it('the store, the status bar and the selection count Japanese, Chinese, Thai and Arabic alike, notes left out', async () => {
    const { docStats, selectionWords } = await import('../../../renderer/src/editor/status/text-stats');
    const { EditorState, TextSelection } = await import('prosemirror-state');
    const { bodyFromJSON } = await import('../../../shared/article/body');
    const note = (text: string) => ({ type: 'text', text, marks: [{ type: 'note' }] });
    const para = (...content: unknown[]) => ({ type: 'paragraph', content });
    const text = (t: string) => ({ type: 'text', text: t });
    const body = {
      type: 'doc',
      content: [
        para(text('東京都は火曜日、新しい計画を発表した。'), note('確認すること')),
        para(text('中国政府周二宣布了一项新计划。')),
        para(text('นายกรัฐมนตรีกล่าวว่ารัฐบาลจะลงทุนในโครงการใหม่')),
        para(text('قال رئيس الوزراء إن الحكومة ستستثمر في مشروع جديد.')),
      ],
    };
    const expected = 9 + 8 + 10 + 9;
    const services = openServices(tmp.file('scripts.db'));
    try {
      const { id } = services.articles.create({ headline: 'Four scripts', body: body as never });
      expect(services.db.prepare('SELECT word_count FROM articles WHERE id = ?').pluck().get(id)).toBe(expected);
      expect(services.articles.list().find((s) => s.id === id)?.wordCount).toBe(expected);
    } finally {
      services.close();
    }
    const node = bodyFromJSON(body as never);
    expect(docStats(node).words).toBe(expected);
    const state = EditorState.create({ doc: node });
    // The first paragraph selected whole, its note included: the note's words are not counted.
    const selected = state.apply(state.tr.setSelection(TextSelection.create(node, 1, node.child(0).nodeSize - 1)));
    expect(selectionWords(selected)).toBe(9);
  });
});
