// History's two acts on the open article (issue 16), over the session's parts:
// Save Version saves what is on screen first, then keeps it as a version;
// Restore puts a version's words back through the normal save path (one undo
// step in the body), so a conflict shows as everywhere else.
import type { Node } from 'prosemirror-model';
import type { Version, VersionSummary } from '../../../../shared/history/version';
import type { HeaderField } from '../../../../shared/article/header';
import { HEADER_FIELDS } from '../../../../shared/article/header';
import { bodyFromJSON } from '../../../../shared/article/body';
import type { BodyPort, SessionClient } from './session-types';

export interface VersionParts {
  id(): string;
  client(): Pick<SessionClient, 'saveVersion'>;
  flush(): Promise<void>;
  unsavedReason(): string | null;
  revision(): number;
  body(): BodyPort | null;
  changeField(name: HeaderField, value: string): void;
  markRestore(number: number): void;
}

export interface SessionVersions {
  saveVersion(name: string | null): Promise<VersionSummary>;
  restoreVersion(version: Version): Promise<void>;
}

export function sessionVersions(parts: VersionParts): SessionVersions {
  const savedFirst = async (what: string) => {
    await parts.flush().catch(() => undefined); // what is still unsaved is said below
    const reason = parts.unsavedReason();
    if (reason) throw new Error(`${reason} ${what}`);
  };
  return {
    async saveVersion(name) {
      await savedFirst('The version is saved once your changes are.');
      return parts.client().saveVersion({ id: parts.id(), revision: parts.revision(), ...(name ? { name } : {}) });
    },
    async restoreVersion(version) {
      await savedFirst('Restore once your latest changes are saved, so they are kept as a version first.');
      const body = parts.body();
      if (!body) throw new Error('The article is not open in the editor.');
      const doc: Node = bodyFromJSON(version.body);
      body.replace(doc, { undoable: true });
      for (const name of HEADER_FIELDS) parts.changeField(name, version[name]);
      parts.markRestore(version.number);
      await savedFirst('The restored text is in the editor but not saved yet.');
    },
  };
}
