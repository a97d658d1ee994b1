// A whole story pasted as plain text into an empty article opens the import
// review on importPlainText(text), the same panel as File → Import…. Keep fills
// the open article (the editor saves it through its SaveQueue, based on the
// revision it holds, so a conflict shows the usual conflict bar and nothing is
// overwritten silently); "Paste as plain text" (also Escape) pastes the text as
// plain paragraphs, as any other paste would, so the paste is never lost.
//
// A new article starts with the caret in the headline, so a story pasted into
// one of the empty fields (headline, standfirst, byline, dateline) is offered
// too; "Paste as plain text" then puts it in the body, where whole paragraphs
// belong, rather than flattening it into one field.
import { useCallback, useRef, useState, type ClipboardEvent, type ReactNode } from 'react';
import type { ArticleFields } from '../../../shared/article/fields';
import { importPlainText } from '../../../shared/import/plain-text';
import type { ImportResult } from '../../../shared/import/assemble';
import { shouldOfferImport } from '../editor/paste/offer-import';
import { ImportReview } from './ImportReview';
import './import.css';

export interface PasteImportOptions {
  /** Headline, standfirst, byline, dateline and body all empty. */
  isArticleEmpty(): boolean;
  /** Fills the still-empty open article with the reviewed fields and saves; throws when it cannot. */
  keep(fields: ArticleFields): Promise<void>;
  /** Pastes the text as plain paragraphs, as a paste without the review would have. */
  pastePlain(text: string): void;
}

type Review = { text: string; result: ImportResult; busy: boolean; error: string | null };

export interface PasteImport {
  /** For the body's paste plugin, which has already applied the rule. */
  offer(text: string): void;
  /** For pastes into the article's fields; everything else is left alone. */
  onFieldPaste(event: ClipboardEvent): void;
  panel: ReactNode;
}

export function usePasteImport(options: PasteImportOptions): PasteImport {
  const [review, setReview] = useState<Review | null>(null);
  const latest = useRef(options);
  latest.current = options;

  // Stable: the editor's paste plugin is created once and keeps this function.
  const offer = useCallback((text: string) => {
    try {
      setReview({ text, result: importPlainText(text), busy: false, error: null });
    } catch {
      // The importer failing must not swallow the paste.
      latest.current.pastePlain(text);
    }
  }, []);

  const onFieldPaste = (event: ClipboardEvent) => {
    const target = event.target as HTMLElement;
    const field = (target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) && target.closest('.article-fields');
    if (event.defaultPrevented || !field) return;
    const data = event.clipboardData;
    const paste = { text: data.getData('text/plain'), html: data.getData('text/html'), hasFiles: data.files.length > 0 };
    if (!shouldOfferImport(paste, latest.current.isArticleEmpty(), new DOMParser())) return;
    event.preventDefault();
    offer(paste.text);
  };

  const keep = async (current: Review) => {
    setReview({ ...current, busy: true, error: null });
    try {
      await latest.current.keep(current.result.fields);
      setReview(null);
    } catch (error) {
      setReview({ ...current, busy: false, error: (error as Error).message });
    }
  };

  const pastePlain = (current: Review) => {
    setReview(null);
    // After the panel has handed focus back to the body, so the paste lands where the caret is.
    setTimeout(() => latest.current.pastePlain(current.text), 0);
  };

  const panel = review && (
    <ImportReview
      fileName="Pasted text"
      note="Pasted text — this article stays empty until you keep it, or paste the text as plain paragraphs instead."
      result={review.result}
      busy={review.busy}
      error={review.error}
      cancelLabel="Paste as plain text"
      onChange={(result) => setReview({ ...review, result })}
      onKeep={() => void keep(review)}
      onCancel={() => pastePlain(review)}
    />
  );
  return { offer, onFieldPaste, panel };
}
