// Which rows of the full-text index hold which article (migration 015). A
// short article is one row whose rowid is its key (article_search_keys.rowid),
// as since migration 007. A long one (shared/search/chunks.ts) has no row at
// its key: its chunks sit above LONG_ROWS, at LONG_ROWS + key × MAX_CHUNKS + n,
// listed with their digests in article_search_chunks. So every query can keep
// to short rows (rowid < LONG_ROWS, which FTS5 seeks to) or to long ones, and
// any row's article key is arithmetic (KEY_OF_ROW), never a lookup.
import { SEARCH_COLUMNS, documentDigest, type SearchDocument } from '../../../shared/search/document';
import { bodyChunks, MAX_CHUNKS } from '../../../shared/search/chunks';

/** The first rowid of long articles' rows: above any key SQLite will hand out (2^40). */
export const LONG_ROWS = 2 ** 40;
/** Keys beyond this would take rowids JavaScript cannot hold exactly. */
const MAX_KEY = (Number.MAX_SAFE_INTEGER - LONG_ROWS) / MAX_CHUNKS - 1;

/** SQL: the article key of an index row (the table's rowid in scope). */
export const KEY_OF_ROW = `iif(rowid < ${LONG_ROWS}, rowid, (rowid - ${LONG_ROWS}) / ${MAX_CHUNKS})`;
/** SQL: the rowid of chunk row `n` of key `key` (both expressions). */
export const chunkRowidSql = (key: string, n: string) => `(${LONG_ROWS} + ${key} * ${MAX_CHUNKS} + ${n})`;

export function chunkRowid(key: number, n: number): number {
  if (key > MAX_KEY || key < 1) throw new RangeError(`search key ${key} is outside the index's rowid layout`);
  return LONG_ROWS + key * MAX_CHUNKS + n;
}

export interface IndexRow {
  rowid: number;
  doc: SearchDocument;
  /** The chunk's number and digest, for a long article's rows; absent for a short article's one row. */
  chunk?: { n: number; digest: string };
}

const EMPTY: Omit<SearchDocument, 'body'> = { headline: '', standfirst: '', byline: '', dateline: '', tags: '', credits: '' };

/**
 * The rows an article's document takes in the index: one at its key, or its
 * chunks (the first with every other column). `digests` remembers chunk
 * digests by text (ChunkDigests); without it each is computed.
 */
export function indexRows(key: number, doc: SearchDocument, digests?: ChunkDigests): IndexRow[] {
  const chunks = bodyChunks(doc.body);
  if (chunks === null) return [{ rowid: key, doc }];
  digests?.article(key);
  return chunks.map((body, n) => {
    const rowDoc = n === 0 ? { ...doc, body } : { ...EMPTY, body };
    return { rowid: chunkRowid(key, n), doc: rowDoc, chunk: { n, digest: n === 0 || !digests ? documentDigest(rowDoc) : digests.of(n, body, rowDoc) } };
  });
}

/**
 * The digests of the last long article's chunk rows (after the first, which
 * holds only body text), by their text. Hashing every chunk again was most of
 * a long save's index work; comparing a chunk's text with the one hashed last
 * time is a memory compare. A digest is a function of the text alone, so a
 * remembered one is right whatever became of the save that computed it.
 */
export class ChunkDigests {
  private key = -1;
  private known = new Map<number, { body: string; digest: string }>();

  article(key: number): void {
    if (key !== this.key) (this.key = key), (this.known = new Map());
  }

  of(n: number, body: string, rowDoc: SearchDocument): string {
    const known = this.known.get(n);
    if (known?.body === body) return known.digest;
    const digest = documentDigest(rowDoc);
    this.known.set(n, { body, digest });
    return digest;
  }
}

/** INSERT (OR REPLACE) of one row, every column bound by name. */
export function writeRowSql(replace: boolean, table = 'article_search'): string {
  return `${replace ? 'INSERT OR REPLACE' : 'INSERT'} INTO ${table} (rowid, ${SEARCH_COLUMNS.join(', ')}) VALUES (@rowid, ${SEARCH_COLUMNS.map((c) => `@${c}`).join(', ')})`;
}
