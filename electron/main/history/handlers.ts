// IPC handlers for an article's versions (issue 16).
import type { Handlers } from '../ipc/handler-types';
import type { VersionStore } from '../store/versions';

type HistoryMethods = 'listVersions' | 'getVersion' | 'saveVersion' | 'closeArticle';

export function createHistoryHandlers(versions: VersionStore): Pick<Handlers, HistoryMethods> {
  return {
    listVersions: ({ id, limit, before }) => versions.list(id, { limit, before }),
    getVersion: ({ id, number }) => versions.get(id, number),
    saveVersion: ({ id, revision, name }) => versions.saveVersion(id, revision, name || null),
    // Leaving an article keeps a version of its last state when it changed since the newest one.
    closeArticle: ({ id }) => ({ version: versions.closing(id) }),
  };
}
