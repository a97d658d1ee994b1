// IPC handlers for publication settings and the user's own (note initials), spread into createHandlers.
import type { Handlers } from '../ipc/handler-types';
import type { SectionTargetStore } from './section-target-store';
import type { SettingsStore } from './settings-store';
import type { UserSettingsStore } from './user-settings-store';

export function createSettingsHandlers(services: {
  settings: SettingsStore;
  sectionTargets: SectionTargetStore;
  userSettings: UserSettingsStore;
}): Pick<Handlers, 'getSettings' | 'saveSettings' | 'listSectionTargets' | 'setSectionTarget' | 'getUserSettings' | 'saveUserSettings'> {
  return {
    getSettings: () => services.settings.get(),
    saveSettings: ({ settings }) => services.settings.save(settings),
    listSectionTargets: () => services.sectionTargets.list(),
    // The store parses both fields with the shared schema and says what is wrong in one sentence.
    setSectionTarget: ({ section, targetWords }) => services.sectionTargets.set(section, targetWords),
    getUserSettings: () => services.userSettings.get(),
    saveUserSettings: ({ settings }) => services.userSettings.save(settings),
  };
}
