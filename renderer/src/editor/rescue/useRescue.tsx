// The open article's rescue copy: kept while saves fail (rescue-keeper.ts),
// offered when an article opens with a copy from an earlier session (RescueBar).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article } from '../../../../shared/article/fields';
import { RescueBar, rescueOnOffer } from './RescueBar';
import { RescueKeeper, type RescueKeeperOptions } from './rescue-keeper';
import { clearRescue, type RescueDraft } from './rescue-store';

export interface UseRescueOptions {
  article: Article;
  read: RescueKeeperOptions['read'];
  /** Puts the kept words into the editor and saves them onto `revision`. */
  restore(draft: RescueDraft, revision: number): void;
  /** The revision unsaved changes are currently based on. */
  currentRevision(): number;
  notify(message: string): void;
  /** The offer is answered: back to the text. */
  done(): void;
}

export function useRescue(options: UseRescueOptions) {
  const latest = useRef(options);
  latest.current = options;
  const { article } = options;
  const [offer, setOffer] = useState(() => rescueOnOffer(article));
  const keeper = useMemo(
    () =>
      new RescueKeeper({
        articleId: article.id,
        held: offer !== null, // the copy on offer when this article opened; the answer calls hold(false)
        read: () => latest.current.read(),
        onRefused: () =>
          latest.current.notify('Saving is failing, and a safety copy of your changes could not be kept either. Keep Copydesk open until they are saved.'),
      }),
    [article.id],
  );
  useEffect(() => () => keeper.dispose(), [keeper]);

  const storedSinceChanged = offer !== null && offer.baseRevision !== article.revision;
  const bar = offer && (
    <RescueBar
      draft={offer}
      storedSinceChanged={storedSinceChanged}
      onRestore={() => {
        setOffer(null);
        keeper.hold(false);
        // Nothing saved since the copy was made: save onto what is stored now. Otherwise onto
        // the copy's own revision, so the newer stored version shows as a conflict to choose from.
        latest.current.restore(offer, storedSinceChanged ? offer.baseRevision : latest.current.currentRevision());
        latest.current.done();
      }}
      onDiscard={() => {
        setOffer(null);
        keeper.hold(false);
        clearRescue(article.id);
        latest.current.done();
      }}
    />
  );
  return { bar, keeper };
}
