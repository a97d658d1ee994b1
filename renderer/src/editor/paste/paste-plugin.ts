// Paste cleaning, wired into ProseMirror: HTML is cleaned before the schema
// parses it, plain text becomes paragraphs, and the parsed slice is tidied.
import { Plugin } from 'prosemirror-state';
import { cleanPastedHtml } from './clean-html';
import { plainTextToSlice } from './plain-text';
import { tidySlice } from './tidy-slice';

export function pastePlugin(): Plugin {
  return new Plugin({
    props: {
      transformPastedHTML: (html) => cleanPastedHtml(html, new DOMParser()),
      clipboardTextParser: (text, $context) => plainTextToSlice(text, $context),
      transformPasted: (slice) => tidySlice(slice),
    },
  });
}
