// IPC handlers for publication settings, spread into createHandlers.
import type { Handlers } from '../ipc/handler-types';
import type { SettingsStore } from './settings-store';

export function createSettingsHandlers(services: { settings: SettingsStore }): Pick<Handlers, 'getSettings' | 'saveSettings'> {
  return {
    getSettings: () => services.settings.get(),
    saveSettings: ({ settings }) => services.settings.save(settings),
  };
}
