// A whole story pasted as plain text into an empty article opens the import
// review on importPlainText(text), the same panel as File → Import…. Keep fills
// the open article (the session saves it through its SaveQueue, based on the
// revision it holds, so a conflict shows the usual conflict bar and nothing is
// overwritten silently); "Paste as plain text" (also Escape) pastes the text as
// plain paragraphs, as any other paste would, so the paste is never lost.
//
// A new article starts with the caret in the headline, so a story pasted into
// one of the empty fields (headline, standfirst, byline, dateline) is offered
// too; "Paste as plain text" then puts it in the body, where whole paragraphs
// belong, rather than flattening it into one field.
import { useCallback, useState, type ClipboardEvent } from 'react';
import type { ArticleFields } from '../../../../shared/article/fields';
import { importPlainText } from '../../../../shared/import/plain-text';
import type { ImportResult } from '../../../../shared/import/assemble';
import { shouldOfferImport } from './offer-import';
import { useEventCallback } from '../../hooks/use-event-callback';
import { ImportReview } from '../../import/ImportReview';
import '../../import/import.css';

export interface PasteImportOptions {
  /** Headline, standfirst, byline, dateline and body all blank. */
  isArticleBlank(): boolean;
  /** Fills the still-blank open article with the reviewed fields and saves; throws when it cannot. */
  keep(fields: ArticleFields): Promise<void>;
  /** Pastes the text as plain paragraphs, as a paste without the review would have. */
  pastePlain(text: string): void;
}

type Review = { text: string; result: ImportResult; busy: boolean; error: string | null };

export interface PasteImport {
  /** The paste under review, if any. */
  review: Review | null;
  /** For the body's paste plugin, which has already applied the rule (stable). */
  offer(text: string): void;
  /** For pastes into the article's fields; everything else is left alone. */
  onFieldPaste(event: ClipboardEvent): void;
  change(result: ImportResult): void;
  keep(): void;
  pastePlain(): void;
}

export function usePasteImport(options: PasteImportOptions): PasteImport {
  const [review, setReview] = useState<Review | null>(null);
  const pastePlainNow = useEventCallback(options.pastePlain);
  const isArticleBlank = useEventCallback(options.isArticleBlank);
  const keepFields = useEventCallback(options.keep);

  const offer = useCallback(
    (text: string) => {
      try {
        setReview({ text, result: importPlainText(text), busy: false, error: null });
      } catch {
        // The importer failing must not swallow the paste.
        pastePlainNow(text);
      }
    },
    [pastePlainNow],
  );

  const onFieldPaste = (event: ClipboardEvent) => {
    const target = event.target as HTMLElement;
    const field = (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.closest('.article-fields');
    if (event.defaultPrevented || !field) return;
    const data = event.clipboardData;
    const paste = { text: data.getData('text/plain'), html: data.getData('text/html'), hasFiles: data.files.length > 0 };
    if (!shouldOfferImport(paste, isArticleBlank(), new DOMParser())) return;
    event.preventDefault();
    offer(paste.text);
  };

  const keep = async (current: Review) => {
    setReview({ ...current, busy: true, error: null });
    try {
      await keepFields(current.result.fields);
      setReview(null);
    } catch (error) {
      setReview({ ...current, busy: false, error: (error as Error).message });
    }
  };

  return {
    review,
    offer,
    onFieldPaste,
    change: (result) => review && setReview({ ...review, result }),
    keep: () => review && void keep(review),
    pastePlain: () => {
      if (!review) return;
      setReview(null);
      // After the panel has handed focus back to the body, so the paste lands where the caret is.
      setTimeout(() => pastePlainNow(review.text), 0);
    },
  };
}

/** The review of a pasted story, while one is under review. */
export function PasteImportReview({ paste }: { paste: PasteImport }) {
  const { review } = paste;
  if (!review) return null;
  return (
    <ImportReview
      fileName="Pasted text"
      note="Pasted text — this article stays empty until you keep it, or paste the text as plain paragraphs instead."
      result={review.result}
      busy={review.busy}
      error={review.error}
      cancelLabel="Paste as plain text"
      onChange={paste.change}
      onKeep={paste.keep}
      onCancel={paste.pastePlain}
    />
  );
}
