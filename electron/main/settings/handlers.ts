// IPC handlers for publication settings, spread into createHandlers.
import type { Handlers } from '../ipc/handler-types';
import type { SectionTargetStore } from './section-target-store';
import type { SettingsStore } from './settings-store';

export function createSettingsHandlers(services: { settings: SettingsStore; sectionTargets: SectionTargetStore }): Pick<Handlers, 'getSettings' | 'saveSettings' | 'listSectionTargets' | 'setSectionTarget'> {
  return {
    getSettings: () => services.settings.get(),
    saveSettings: ({ settings }) => services.settings.save(settings),
    listSectionTargets: () => services.sectionTargets.list(),
    // The store parses both fields with the shared schema and says what is wrong in one sentence.
    setSectionTarget: ({ section, targetWords }) => services.sectionTargets.set(section, targetWords),
  };
}
