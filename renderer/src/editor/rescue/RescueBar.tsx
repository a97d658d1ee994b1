// Offers the words an earlier session could not save (rescue-store.ts) when
// their article is opened again. Nothing changes until the writer chooses.
import type { Article } from '../../../../shared/article/fields';
import { bodyFromJSON, plainText } from '../../../../shared/article/body';
import { countWords } from '../../../../shared/article/word-count';
import { headerOf, sameHeader } from '../../../../shared/article/header';
import { clearRescue, readRescue, type RescueDraft } from './rescue-store';

/** The copy kept for this article, if it holds anything the stored article does not; an identical copy is dropped. */
export function rescueOnOffer(article: Article, storage?: Storage): RescueDraft | null {
  const draft = readRescue(article.id, storage);
  if (!draft) return null;
  const same = sameHeader(draft.fields, headerOf(article)) && bodyFromJSON(draft.body).eq(bodyFromJSON(article.body));
  if (!same) return draft;
  clearRescue(article.id, storage);
  return null;
}

function keptWhen(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

export function RescueBar(props: {
  draft: RescueDraft;
  /** The stored article was saved again after the copy was made (from the CLI, an import). */
  storedSinceChanged: boolean;
  onRestore(): void;
  onDiscard(): void;
}) {
  const { draft } = props;
  const words = countWords(plainText(bodyFromJSON(draft.body)));
  return (
    <div className="rescue-bar" role="alert">
      <p>
        <strong>Unsaved edits were kept.</strong> Your edits to this article from {keptWhen(draft.keptAt)} could not be saved
        before Copydesk closed ({words} {words === 1 ? 'word' : 'words'} in the body). Below is the article as last saved.
        {props.storedSinceChanged && ' It has since been saved from somewhere else, so restoring will ask which version to keep.'}
      </p>
      <div className="conflict-actions">
        <button type="button" className="primary" onClick={props.onRestore}>
          Restore my changes
        </button>
        <button type="button" onClick={props.onDiscard}>
          Discard them
        </button>
      </div>
    </div>
  );
}
