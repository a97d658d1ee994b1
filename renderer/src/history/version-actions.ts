// What History asks of the open article's editor: Save Version, and Restore
// through the normal save path (a conflict shows as everywhere else). Plain
// functions over the editor's parts, so ArticleEditor only hands them over.
import type { EditorView } from 'prosemirror-view';
import type { Version, VersionSummary } from '../../../shared/history/version';
import { bodyFromJSON } from '../../../shared/article/body';
import type { Client } from '../ipc/client';
import type { SaveQueue } from '../editor/save-queue';
import type { FieldName, FieldValues } from '../editor/fields/ArticleFields';

export interface VersionActions {
  /** Saves what is on screen, then keeps it as a version (Mod-S). */
  saveVersion(name: string | null): Promise<VersionSummary>;
  /** Puts the version's words in the editor (one undo step in the body) and saves them as a restore. */
  restoreVersion(version: Version): Promise<void>;
}

export interface EditorParts {
  client: Client;
  articleId: string;
  queue: SaveQueue;
  view: () => EditorView | null;
  fields: () => FieldValues;
  changeField(name: FieldName, value: string): void;
  /** Why something is still not saved after a flush, or null. */
  unsaved(): string | null;
}

const RESTORED_TEXT_FIELDS: FieldName[] = ['headline', 'standfirst', 'byline', 'dateline'];

export function versionActions(parts: EditorParts): VersionActions {
  const saved = async (what: string) => {
    await parts.queue.flush();
    const reason = parts.unsaved();
    if (reason) throw new Error(`${reason} ${what}`);
  };
  return {
    async saveVersion(name) {
      await saved('The version is saved once your changes are.');
      return parts.client.saveVersion({ id: parts.articleId, revision: parts.queue.currentRevision, ...(name ? { name } : {}) });
    },
    async restoreVersion(version) {
      await saved('Restore once your latest changes are saved, so they are kept as a version first.');
      const view = parts.view();
      if (!view) throw new Error('The article is not open in the editor.');
      // One transaction: one undo step brings back what was there.
      view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, bodyFromJSON(version.body).content).scrollIntoView());
      const now = parts.fields();
      for (const name of RESTORED_TEXT_FIELDS) if (version[name] !== now[name]) parts.changeField(name, version[name]);
      parts.queue.markRestore(version.number);
      await parts.queue.flush();
      const reason = parts.unsaved();
      if (reason) throw new Error(`The restored text is in the editor but not saved yet: ${reason}`);
    },
  };
}
