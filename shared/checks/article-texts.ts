// The texts of an article a copy check reads, each with a key that says where
// it is: the headline and standfirst, then the body's text blocks (paragraphs,
// subheads, list items, quote paragraphs and attributions) and photo captions
// in document order. Bylines and datelines are names and places the desk has
// already checked; credits are agencies' own spellings.
import type { Node } from 'prosemirror-model';
import type { CheckedText } from './copy-checker';
import { checkedText } from '../article/notes';

export interface ArticleText extends CheckedText {
  /** "headline", "paragraph 3", "caption of photo 1": for people reading a report. */
  label: string;
  /** Where the text starts in the body document (ProseMirror position), for body texts. */
  pos?: number;
}

/** Each block's checked text, by the block node itself: nodes never change, and an edit keeps every block it did not touch, so collecting a 5,000-paragraph article after a pause reads only the blocks that changed. */
const textOf = new WeakMap<Node, string>();
function cachedText(node: Node): string {
  let text = textOf.get(node);
  if (text === undefined) textOf.set(node, (text = checkedText(node)));
  return text;
}

const BLOCK_LABELS: Record<string, string> = { paragraph: 'paragraph', heading: 'subhead', attribution: 'attribution' };

export function articleTexts(fields: { headline: string; standfirst: string }, body: Node): ArticleText[] {
  const texts: ArticleText[] = [];
  if (fields.headline) texts.push({ key: 'headline', label: 'headline', text: fields.headline });
  if (fields.standfirst) texts.push({ key: 'standfirst', label: 'standfirst', text: fields.standfirst });
  const counts = new Map<string, number>();
  const numbered = (what: string) => {
    const n = (counts.get(what) ?? 0) + 1;
    counts.set(what, n);
    return `${what} ${n}`;
  };
  let block = 0;
  body.descendants((node, pos, parent) => {
    if (node.isTextblock) {
      const inQuote = parent?.type.name === 'blockquote' && node.type.name === 'paragraph';
      const label = numbered(inQuote ? 'quote paragraph' : parent?.type.name === 'list_item' ? 'list item' : (BLOCK_LABELS[node.type.name] ?? node.type.name));
      // Inline nodes (line breaks) count one position each, as in ProseMirror: the offsets map straight onto the document.
      // Editorial notes are blanked out (U+FFFC each): the desk's remarks are not copy to check.
      texts.push({ key: `block:${block++}`, label, text: cachedText(node), pos: pos + 1 });
      return false;
    }
    if (node.type.name === 'photo') {
      const label = numbered('photo');
      const caption = node.attrs.caption as string;
      if (caption) texts.push({ key: `caption:${block}`, label: `caption of ${label}`, text: caption, pos });
      block++;
      return false;
    }
    return true;
  });
  return texts;
}
