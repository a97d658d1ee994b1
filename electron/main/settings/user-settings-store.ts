// The settings of the person at this computer (one row, migration 017): the
// initials on their editorial notes. Reads are parsed with the shared schema,
// so a row edited by hand into something invalid is reported, not used.
import type { Database } from 'better-sqlite3';
import { AppError, describeIssues } from '../../../shared/errors/app-error';
import { DEFAULT_USER_SETTINGS, UserSettings } from '../../../shared/settings/user';

export class UserSettingsStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get(): UserSettings {
    const row = this.db.prepare('SELECT note_initials FROM user_settings WHERE id = 1').get() as { note_initials: string } | undefined;
    // The migration inserts the row; only a hand-edited database lacks it.
    if (!row) return { ...DEFAULT_USER_SETTINGS };
    const parsed = UserSettings.safeParse({ noteInitials: row.note_initials });
    if (!parsed.success) throw new AppError('internal', `Your stored initials are invalid (${describeIssues(parsed.error.issues)}). Set them again in Settings.`);
    return parsed.data;
  }

  /** Validates and stores the settings; returns what was stored (trimmed). A refusal changes nothing. */
  save(input: unknown): UserSettings {
    const parsed = UserSettings.safeParse(input);
    if (!parsed.success) throw new AppError('bad-request', describeIssues(parsed.error.issues));
    this.db
      .prepare(
        `INSERT INTO user_settings (id, note_initials, updated_at) VALUES (1, @initials, @time)
         ON CONFLICT (id) DO UPDATE SET note_initials = @initials, updated_at = @time`,
      )
      .run({ initials: parsed.data.noteInitials, time: this.now().toISOString() });
    return this.get();
  }
}
