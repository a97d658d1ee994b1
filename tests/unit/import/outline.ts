// A compact picture of an imported body for assertions:
//   photo(Chip Somodevilla/Getty Images) · p · quote×2(The Guardian) · list · h2
import { textOf } from '../../../shared/import/assemble';

interface Block {
  type: string;
  attrs?: Record<string, unknown>;
  content?: Block[];
}

export function outline(body: { content: unknown[] }): string[] {
  return (body.content as Block[]).map((block) => {
    switch (block.type) {
      case 'paragraph':
        return 'p';
      case 'heading':
        return `h${String(block.attrs?.level)}`;
      case 'photo': {
        const a = block.attrs ?? {};
        return `photo(${[a.photographer, a.agency].filter(Boolean).join('/')})`;
      }
      case 'blockquote': {
        const paragraphs = (block.content ?? []).filter((c) => c.type === 'paragraph').length;
        const attribution = (block.content ?? []).find((c) => c.type === 'attribution');
        return `quote×${paragraphs}(${attribution ? textOf(attribution) : ''})`;
      }
      case 'bullet_list':
      case 'ordered_list':
        return `${block.type === 'bullet_list' ? 'ul' : 'ol'}×${block.content?.length ?? 0}`;
      default:
        return block.type;
    }
  });
}

/** Text of every top-level block, in order (photos give their caption). */
export function blockTexts(body: { content: unknown[] }): string[] {
  return (body.content as Block[]).map((b) => (b.type === 'photo' ? String(b.attrs?.caption ?? '') : textOf(b)));
}
