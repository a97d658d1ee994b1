// Paste cleaning, wired into ProseMirror: HTML is cleaned before the schema
// parses it, plain text becomes paragraphs, and the parsed slice is tidied.
// A whole story pasted as plain text into an empty article is offered to the
// import review instead (offer-import.ts says exactly when).
import { Plugin } from 'prosemirror-state';
import { cleanPastedHtmlReporting } from './clean-html';
import { isBlankDoc } from '../../../../shared/article/blank';
import { shouldOfferImport } from './offer-import';
import { plainTextToSlice } from './plain-text';
import { tidySlice } from './tidy-slice';

export interface PastePluginOptions {
  /** Whether the fields outside the body (headline, standfirst, byline, dateline) are all empty. */
  fieldsEmpty?(): boolean;
  /** Opens the import review on the pasted text; the paste itself is then not applied. */
  offerImport?(text: string): void;
  /** Pasted HTML held pictures that were not pasted (see cleanPastedHtmlReporting). */
  picturesLeftOut?(count: number): void;
}

export function pastePlugin(options: PastePluginOptions = {}): Plugin {
  return new Plugin({
    props: {
      transformPastedHTML: (html) => {
        const cleaned = cleanPastedHtmlReporting(html, new DOMParser());
        if (cleaned.picturesLeftOut > 0) options.picturesLeftOut?.(cleaned.picturesLeftOut);
        return cleaned.html;
      },
      clipboardTextParser: (text, $context) => plainTextToSlice(text, $context),
      transformPasted: (slice) => tidySlice(slice),
      handlePaste: (view, event) => {
        const { fieldsEmpty, offerImport } = options;
        const data = event.clipboardData;
        // view.pasteText() (the review's "Paste as plain text") comes without clipboard data.
        if (!data || !fieldsEmpty || !offerImport) return false;
        const paste = { text: data.getData('text/plain'), html: data.getData('text/html'), hasFiles: data.files.length > 0 };
        const empty = isBlankDoc(view.state.doc) && fieldsEmpty();
        if (!shouldOfferImport(paste, empty, new DOMParser())) return false;
        event.preventDefault();
        offerImport(paste.text);
        return true;
      },
    },
  });
}
