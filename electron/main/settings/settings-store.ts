// Publication settings in SQLite (one row, created by migration 3). Reads are
// parsed with the shared zod schema, so a row edited by hand into something
// invalid is reported, not rendered.
import type { Database } from 'better-sqlite3';
import { AppError, describeIssues } from '../../../shared/errors/app-error';
import { DEFAULT_PUBLICATION, PublicationSettings } from '../../../shared/settings/publication';

interface SettingsRow {
  publication_name: string;
  site_url: string;
  default_byline: string;
  locale: string;
  theme: string;
  spike_purge_days: number;
  time_zone: string;
  ap_dateline: number;
}

export class SettingsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(): PublicationSettings {
    const row = this.db
      .prepare('SELECT publication_name, site_url, default_byline, locale, theme, spike_purge_days, time_zone, ap_dateline FROM publication_settings WHERE id = 1')
      .get() as SettingsRow | undefined;
    // The migration inserts the row; only a hand-edited database lacks it.
    if (!row) return { ...DEFAULT_PUBLICATION };
    const parsed = PublicationSettings.safeParse({
      publicationName: row.publication_name,
      siteUrl: row.site_url,
      defaultByline: row.default_byline,
      locale: row.locale,
      theme: row.theme,
      spikePurgeDays: row.spike_purge_days,
      timeZone: row.time_zone,
      apDateline: row.ap_dateline === 1,
    });
    if (!parsed.success) {
      throw new AppError('internal', `The stored publication settings are invalid (${describeIssues(parsed.error.issues)}). Save them again in Settings.`);
    }
    return parsed.data;
  }

  /** Validates and stores a complete settings object; returns what was stored (normalised). */
  save(input: unknown): PublicationSettings {
    const parsed = PublicationSettings.safeParse(input);
    if (!parsed.success) throw new AppError('bad-request', describeIssues(parsed.error.issues));
    const s = parsed.data;
    this.db
      .prepare(
        `INSERT INTO publication_settings (id, publication_name, site_url, default_byline, locale, theme, spike_purge_days, time_zone, ap_dateline, updated_at)
         VALUES (1, @name, @site, @byline, @locale, @theme, @purge, @zone, @ap, @time)
         ON CONFLICT (id) DO UPDATE SET publication_name = @name, site_url = @site, default_byline = @byline,
           locale = @locale, theme = @theme, spike_purge_days = @purge, time_zone = @zone, ap_dateline = @ap, updated_at = @time`,
      )
      .run({
        name: s.publicationName,
        site: s.siteUrl,
        byline: s.defaultByline,
        locale: s.locale,
        theme: s.theme,
        purge: s.spikePurgeDays,
        zone: s.timeZone,
        ap: s.apDateline ? 1 : 0,
        time: this.now().toISOString(),
      });
    return this.get();
  }
}
