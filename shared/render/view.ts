// Everything the page template, the head metadata and the JSON-LD need, worked
// out once from the article and the settings so all three agree.
import type { Node } from 'prosemirror-model';
import { bodyFromJSON } from '../article/body';
import { publishedText } from '../article/notes';
import type { Article, ArticleMeta } from '../article/fields';
import type { PublicationSettings } from '../settings/publication';
import { splitLeadPhoto } from './body';
import { photoCredit } from '../article/photo';
import { photoAttrs, photoSrc, type PhotoAttrs } from './photo';
import type { ImageSrc } from './types';
import { articleSlug, articleUrl } from './urls';

export type { ArticleMeta };

export interface ArticleView {
  article: ArticleMeta;
  settings: PublicationSettings;
  doc: Node;
  /** The headline as written, or a placeholder so the page never has an empty <title>/<h1>. */
  headline: string;
  description: string;
  /** The author's name without a leading "By". Empty when there is no byline at all. */
  author: string;
  slug: string;
  url: string | null;
  lead: Node | null;
  rest: Node[];
  /** The photo that represents the article (lead, else the first photo with an image); only one the page shows. */
  image: { photo: PhotoAttrs; src: string | null; credit: string } | null;
}

export const UNTITLED = 'Untitled article';
const DESCRIPTION_MAX = 200;

export function buildView(article: Article, settings: PublicationSettings, imageSrc: ImageSrc): ArticleView {
  return buildViewOfDoc(article, bodyFromJSON(article.body), settings, imageSrc);
}

/** The same, from a body document already checked against the schema (the live preview's). */
export function buildViewOfDoc(article: ArticleMeta, doc: Node, settings: PublicationSettings, imageSrc: ImageSrc): ArticleView {
  const { lead, rest } = splitLeadPhoto(doc);
  const headline = collapse(article.headline) || UNTITLED;
  const slug = articleSlug(article.headline);
  const author = collapse(article.byline || settings.defaultByline).replace(/^by\s+/i, '');
  return {
    article,
    settings,
    doc,
    headline,
    description: describe(article.standfirst, doc),
    author,
    slug,
    url: articleUrl(settings, slug),
    lead,
    rest,
    image: representativeImage(doc, lead, imageSrc),
  };
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// The standfirst is the description; without one, the opening paragraphs of
// the body (not photo captions or quotes, which would misrepresent the story).
function describe(standfirst: string, doc: Node): string {
  const text = collapse(standfirst) || collapse(openingText(doc));
  if (text.length <= DESCRIPTION_MAX) return text;
  const cut = text.slice(0, DESCRIPTION_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function openingText(doc: Node): string {
  const parts: string[] = [];
  let length = 0;
  doc.forEach((block) => {
    if (length > DESCRIPTION_MAX || block.type.name !== 'paragraph') return;
    const text = publishedText(block).trim();
    if (!text) return;
    parts.push(text);
    length += text.length + 1;
  });
  return parts.join(' ');
}

function representativeImage(doc: Node, lead: Node | null, imageSrc: ImageSrc): ArticleView['image'] {
  // Only a photo the page shows: an image-less one is left out of it (photo.ts).
  const shown = (node: Node) => photoSrc(photoAttrs(node), imageSrc) !== null;
  let chosen: Node | null = lead && shown(lead) ? lead : null;
  if (!chosen) {
    doc.descendants((node) => {
      if (!chosen && node.type.name === 'photo' && shown(node)) chosen = node;
      return !chosen;
    });
  }
  if (!chosen) return null;
  const photo = photoAttrs(chosen);
  return { photo, src: photoSrc(photo, imageSrc), credit: photoCredit(photo.photographer, photo.agency) };
}
