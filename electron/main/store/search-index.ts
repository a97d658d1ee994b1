// The full-text index (migrations 007 and 010). Since migration 018 a create
// or save writes only the key and the tags (article_tags) in its transaction
// and the text follows behind it (search-catch-up.ts), before anything reads
// it; deletes are the trigger's.
//
// Since migration 010 the index keeps no copy of the text (contentless_delete):
// an update gives every column, the unchanged ones read from the article row
// just written and the photo credits from article_search_keys; snippets are
// found in the article's own stored text. Since migration 015 a long body is
// indexed in chunk rows (store/search-rows.ts) and a save rewrites only the
// rows whose text changed.
import type { Database, Statement } from 'better-sqlite3';
import { SEARCH_COLUMNS, documentDigest, searchDocument, type SearchDocument } from '../../../shared/search/document';
import { ChunkDigests, indexRows, writeRowSql, type IndexRow } from './search-rows';
import { foldForSearch } from '../../../shared/article/headline-search';
import type { Snippet } from '../../../shared/search/snippet';
import { snippetFor } from '../../../shared/search/highlight';
import type { ParsedQuery } from '../../../shared/search/query';
import { statementCache } from './statements';
import { stringList } from './lenient-json';

/** The article columns the index is built from, as stored. */
export interface StoredText {
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  tags_json: string;
  plain_text: string;
}

const STORED_TEXT = 'headline, standfirst, byline, dateline, tags_json, plain_text';
/** Each stored column and the index column it makes. */
const STORED_COLUMNS: readonly [keyof StoredText, keyof SearchDocument][] = [
  ['headline', 'headline'],
  ['standfirst', 'standfirst'],
  ['byline', 'byline'],
  ['dateline', 'dateline'],
  ['tags_json', 'tags'],
  ['plain_text', 'body'],
];
const EMPTY_STORED: StoredText = { headline: '', standfirst: '', byline: '', dateline: '', tags_json: '[]', plain_text: '' };

export class SearchIndex {
  private readonly statement: (sql: string) => Statement;
  private readonly digests = new ChunkDigests();

  constructor(db: Database) {
    this.statement = statementCache(db);
  }

  /**
   * A new article's key and tags, its text to follow (search-catch-up.ts): an
   * empty digest never matches a document's, so the catch-up writes its rows.
   */
  insertKey(id: string, tags: readonly string[]): void {
    this.statement("INSERT INTO article_search_keys (id, credits, digest) VALUES (?, '', '')").run(id);
    this.writeTags(id, tags);
  }

  /**
   * The article's row again after a save changed some of its columns (the
   * index cannot update a subset): the unchanged ones from the stored
   * article, which the save has already written. Tags when they changed.
   * Rewriting a row costs tokenizing its new text, whatever changed — for a
   * long article, most of a save — so it is written only when the row's
   * digest differs from the one kept beside its key: a save that changes no
   * indexed text (a mark, the status, the same words again) writes nothing here.
   * A long body's save rewrites only the chunk rows whose digest changed.
   */
  update(id: string, changes: Partial<SearchDocument>, tags?: readonly string[]): void {
    if (tags) this.writeTags(id, tags);
    if (!SEARCH_COLUMNS.some((c) => changes[c] !== undefined)) return;
    const key = this.statement('SELECT rowid, credits, digest FROM article_search_keys WHERE id = ?').get(id) as { rowid: number; credits: string; digest: string | null } | undefined;
    if (key === undefined) return;
    let doc: SearchDocument;
    if (SEARCH_COLUMNS.every((c) => changes[c] !== undefined)) doc = changes as SearchDocument;
    else {
      // Only the columns the save did not give: a body save does not read back the plain text it has just written.
      const columns = STORED_COLUMNS.filter(([, of]) => changes[of] === undefined).map(([column]) => column);
      const read = columns.length ? this.statement(`SELECT ${columns.join(', ')} FROM articles WHERE id = ?`).get(id) : {};
      if (!read) return;
      const stored = { ...EMPTY_STORED, ...read } as StoredText;
      doc = { ...fromStored(stored, key.credits), ...definedOnly(changes) };
    }
    const digest = documentDigest(doc);
    if (digest === key.digest && doc.credits === key.credits) return;
    this.statement('UPDATE article_search_keys SET credits = ?, digest = ? WHERE rowid = ?').run(doc.credits, digest, key.rowid);
    const old = this.statement('SELECT n, digest FROM article_search_chunks WHERE key = ?').all(key.rowid) as { n: number; digest: string }[];
    this.writeRows(key.rowid, indexRows(key.rowid, doc, this.digests), old);
  }

  /**
   * The matched words in context, for one page of results only: each row's
   * stored text read by id, the snippet found by the parsed query
   * (shared/search/highlight.ts), body first; the photo credits only when
   * nothing else holds a match.
   */
  snippets(query: ParsedQuery, ids: readonly string[]): Map<string, Snippet> {
    const read = this.statement(`SELECT ${STORED_TEXT}, (SELECT credits FROM article_search_keys k WHERE k.id = a.id) AS credits FROM articles a WHERE id = ?`);
    const snippets = new Map<string, Snippet>();
    for (const id of ids) {
      const row = read.get(id) as (StoredText & { credits: string | null }) | undefined;
      if (!row) continue;
      const doc = fromStored(row, row.credits ?? '');
      const texts = [doc.body, doc.standfirst, doc.headline, doc.tags, doc.byline, doc.dateline];
      let snippet = snippetFor(texts, query);
      if (snippet.highlights.length === 0 && doc.credits) {
        const credited = snippetFor([doc.credits], query);
        if (credited.highlights.length > 0) snippet = credited;
      }
      snippets.set(id, snippet);
    }
    return snippets;
  }

  /**
   * An article's rows after a change of layout or text. `old`: its chunks as
   * stored (none: one row at its key, or no row yet for a new article). Rows whose
   * digest is unchanged are left alone; chunks no longer needed are deleted
   * (their index rows by migration 015's trigger).
   */
  private writeRows(key: number, rows: readonly IndexRow[], old: readonly { n: number; digest: string }[]): void {
    // INSERT OR REPLACE on a contentless-delete table deletes the old row's terms by rowid, then indexes the new text.
    const replace = this.statement(writeRowSql(true));
    const chunked = rows[0]!.chunk !== undefined;
    if (old.length === 0 && !chunked) replace.run({ rowid: key, ...rows[0]!.doc });
    else {
      if (old.length === 0) this.statement('DELETE FROM article_search WHERE rowid = ?').run(key);
      const stored = new Map(old.map((c) => [c.n, c.digest]));
      for (const row of rows) if (!row.chunk || stored.get(row.chunk.n) !== row.chunk.digest) replace.run({ rowid: row.rowid, ...row.doc });
    }
    if (chunked) {
      const keep = this.statement('INSERT OR REPLACE INTO article_search_chunks (key, n, digest) VALUES (?, ?, ?)');
      const stored = new Map(old.map((c) => [c.n, c.digest]));
      for (const { chunk } of rows) if (stored.get(chunk!.n) !== chunk!.digest) keep.run(key, chunk!.n, chunk!.digest);
    }
    if (old.length > (chunked ? rows.length : 0)) this.statement('DELETE FROM article_search_chunks WHERE key = ? AND n >= ?').run(key, chunked ? rows.length : 0);
  }

  /** The tag filter's rows (article_tags): written in the save itself, they are cheap. */
  writeTags(id: string, tags: readonly string[]): void {
    this.statement('DELETE FROM article_tags WHERE id = ?').run(id);
    const insert = this.statement('INSERT OR IGNORE INTO article_tags (tag_key, id, tag) VALUES (?, ?, ?)');
    for (const tag of tags) insert.run(foldForSearch(tag), id, tag);
  }
}

/** The index's document from an article's stored columns and the credits kept beside its key. */
function fromStored(row: StoredText, credits: string): SearchDocument {
  return { ...searchDocument({ ...row, tags: stringList(row.tags_json), plainText: row.plain_text, body: null }), credits };
}

function definedOnly(changes: Partial<SearchDocument>): Partial<SearchDocument> {
  return Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as Partial<SearchDocument>;
}
