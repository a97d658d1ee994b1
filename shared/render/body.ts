// Article body (ProseMirror document) → HTML, using only allowlisted elements.
import type { Node } from 'prosemirror-model';
import { element } from './allowlist';
import { escapeText } from './escape';
import { renderInline } from './inline';
import { photoAttrs, renderPhoto } from './photo';
import type { BlockCache, BlockContext as Context } from './block-cache';
import type { ImageSrc } from './types';

/**
 * The lead photo is the first body block when that block is a photo: that is
 * where a journalist (and every import) puts the picture that tops the story.
 * It is lifted into the article header; a photo further down stays inline.
 */
export function splitLeadPhoto(doc: Node): { lead: Node | null; rest: Node[] } {
  const blocks: Node[] = [];
  doc.forEach((child) => blocks.push(child));
  const first = blocks[0];
  if (first && first.type.name === 'photo') return { lead: first, rest: blocks.slice(1) };
  return { lead: null, rest: blocks };
}

/** The body blocks as HTML; with a cache, only blocks it has no fitting entry for are rendered (block-cache.ts). */
/**
 * The body's blocks as HTML. `runIn` (HTML, already escaped) starts the first
 * paragraph when the body opens with one: the AP-style dateline. It is added
 * after the block cache, so the cached HTML stays the block's own.
 */
export function renderBlocks(blocks: readonly Node[], imageSrc: ImageSrc, cache?: BlockCache, runIn?: string): string {
  const ctx: Context = { imageSrc, lastHeading: 1 };
  const out: string[] = [];
  for (const block of blocks) {
    let html = cache ? cache.render(block, ctx, renderBlock) : renderBlock(block, ctx);
    if (html && runIn && out.length === 0 && block.type.name === 'paragraph') html = html.replace(/^<p>/, `<p>${runIn}`);
    if (html) out.push(html);
  }
  return out.join('\n');
}

function renderChildren(node: Node, ctx: Context): string {
  const out: string[] = [];
  node.forEach((child) => {
    const html = renderBlock(child, ctx);
    if (html) out.push(html);
  });
  return out.join('');
}

function renderBlock(node: Node, ctx: Context): string {
  switch (node.type.name) {
    case 'paragraph': {
      // Empty paragraphs are editing leftovers (the caret's last line), not content.
      const inner = renderInline(node);
      return inner.trim() ? element('p', {}, inner) : '';
    }
    case 'heading': {
      const inner = renderInline(node);
      if (!inner.trim()) return '';
      // Never skip a level (h2 → h4): readers of an outline, and validators, get lost.
      const level = Math.min(Number(node.attrs.level), ctx.lastHeading + 1);
      ctx.lastHeading = level;
      return element(`h${level}`, {}, inner);
    }
    case 'blockquote':
      return renderQuote(node, ctx);
    case 'photo':
      return renderPhoto(photoAttrs(node), ctx.imageSrc);
    case 'bullet_list':
      return element('ul', {}, renderChildren(node, ctx));
    case 'ordered_list': {
      const order = Number(node.attrs.order);
      return element('ol', { start: order === 1 ? null : order }, renderChildren(node, ctx));
    }
    case 'list_item':
      return element('li', {}, renderChildren(node, ctx));
    case 'horizontal_rule':
      return element('hr');
    default:
      return '';
  }
}

// The HTML standard puts a quote's attribution outside the <blockquote>:
// <figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>.
function renderQuote(node: Node, ctx: Context): string {
  const paragraphs: string[] = [];
  let attribution = '';
  node.forEach((child) => {
    if (child.type.name === 'attribution') attribution = child.textContent.trim();
    else {
      const html = renderBlock(child, ctx);
      if (html) paragraphs.push(html);
    }
  });
  if (!paragraphs.length) return '';
  const caption = attribution ? element('figcaption', { class: 'attribution' }, escapeText(attribution)) : '';
  return element('figure', { class: 'quote' }, element('blockquote', {}, paragraphs.join('')) + caption);
}
