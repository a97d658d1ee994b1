// Keep, for a paste reviewed as an import: the reviewed headline, standfirst,
// byline, dateline and body go into the open, still empty article. The fields
// go through the editor's own change path and the body through one transaction,
// so autosave, the live preview and the status bar see an ordinary edit.
import type { EditorView } from 'prosemirror-view';
import type { ArticleFields } from '../../../shared/article/fields';
import { isEmptyBody } from '../editor/paste/offer-import';

const FIELDS = ['headline', 'standfirst', 'byline', 'dateline'] as const;
type FieldName = (typeof FIELDS)[number];

export function fieldsAreEmpty(values: Record<FieldName, string>): boolean {
  return FIELDS.every((name) => !values[name].trim());
}

export function articleIsEmpty(view: EditorView | null, current: Record<FieldName, string>): boolean {
  return !!view && isEmptyBody(view.state.doc) && fieldsAreEmpty(current);
}

export function fillEmptyArticle(
  view: EditorView | null,
  imported: ArticleFields,
  current: Record<FieldName, string>,
  setField: (name: FieldName, value: string) => void,
): void {
  // The panel is modal, so this only fails if something else wrote meanwhile: never replace words.
  if (!view || !articleIsEmpty(view, current)) {
    throw new Error('The article is no longer empty. Paste the text as plain paragraphs instead.');
  }
  const body = view.state.schema.nodeFromJSON(imported.body);
  body.check();
  for (const name of FIELDS) if (imported[name]) setField(name, imported[name]);
  // Not undoable on its own: Undo would empty the body and leave the headline and dateline behind.
  view.dispatch(view.state.tr.replaceWith(0, view.state.doc.content.size, body.content).setMeta('addToHistory', false).scrollIntoView());
}
