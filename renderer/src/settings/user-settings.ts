// The settings of the person at this computer (Your initials), read once per
// window and kept here, so making a note never waits on IPC: a note made
// before they arrive (or when reading them failed) takes the byline's
// initials instead — a missing setting never stops a note being made.
import type { UserSettings } from '../../../shared/settings/user';
import type { Client } from '../ipc/client';

type UserSettingsClient = Pick<Client, 'getUserSettings' | 'saveUserSettings'>;

export class UserSettingsCache {
  private settings: UserSettings | null = null;
  private loading: Promise<UserSettings | null> | null = null;

  constructor(private readonly client: UserSettingsClient) {}

  /** What is known now (null until the first read answers). */
  get current(): UserSettings | null {
    return this.settings;
  }

  /** Reads them once; later calls answer the same. Never rejects: null when the read failed. */
  load(): Promise<UserSettings | null> {
    this.loading ??= this.client.getUserSettings({}).then(
      (settings) => (this.settings = settings),
      () => {
        this.loading = null; // try again next time
        return null;
      },
    );
    return this.loading;
  }

  /** Stores them (main checks them and says what is wrong); the cache takes what main stored. */
  async save(settings: UserSettings): Promise<UserSettings> {
    this.settings = await this.client.saveUserSettings({ settings });
    this.loading = Promise.resolve(this.settings);
    return this.settings;
  }
}

const caches = new WeakMap<object, UserSettingsCache>();

/** The window's one cache for this client. */
export function userSettingsOf(client: UserSettingsClient): UserSettingsCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new UserSettingsCache(client)));
  return cache;
}
