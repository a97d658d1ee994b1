// Everything the main process, the CLI and the tests share: no `electron` here.
import type { Database } from 'better-sqlite3';
import { openDatabase, type OpenOptions } from './store/open-database';
import { ArticleStore } from './store/article-store';
import { AssetStore } from './assets/asset-store';
import { SettingsStore } from './settings/settings-store';
import { HtmlExporter } from './export/html-exporter';

export interface Services {
  readonly dbPath: string;
  readonly db: Database;
  readonly articles: ArticleStore;
  /** Photos, content-addressed by sha256. */
  readonly assets: AssetStore;
  readonly settings: SettingsStore;
  /** Article → self-contained HTML (shared renderer, images embedded). */
  readonly exporter: HtmlExporter;
  /** Checkpoints the WAL into the main file and closes it. Safe to call twice. */
  close(): void;
}

export function openServices(dbPath: string, options: OpenOptions = {}): Services {
  const db = openDatabase(dbPath, options);
  let closed = false;
  const articles = new ArticleStore(db);
  const settings = new SettingsStore(db);
  const assets = new AssetStore(db);
  return {
    dbPath,
    db,
    articles,
    assets,
    settings,
    exporter: new HtmlExporter({ articles, settings, assets }),
    close() {
      if (closed) return;
      closed = true;
      // TRUNCATE leaves a single self-contained file behind: what a user copies is complete.
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
    },
  };
}
