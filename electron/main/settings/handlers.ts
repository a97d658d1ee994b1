// IPC handlers for publication settings and the user's own (note initials), spread into createHandlers.
import type { Handlers } from '../ipc/handler-types';
import type { SettingsStore } from './settings-store';
import type { UserSettingsStore } from './user-settings-store';

export function createSettingsHandlers(services: {
  settings: SettingsStore;
  userSettings: UserSettingsStore;
}): Pick<Handlers, 'getSettings' | 'saveSettings' | 'getUserSettings' | 'saveUserSettings'> {
  return {
    getSettings: () => services.settings.get(),
    saveSettings: ({ settings }) => services.settings.save(settings),
    getUserSettings: () => services.userSettings.get(),
    saveUserSettings: ({ settings }) => services.userSettings.save(settings),
  };
}
