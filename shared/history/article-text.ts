// An article (or a version of one) as lines of readable text, for the CLI's
// `diff`: the fields first, then one line per block, with the formatting
// spelled out (**bold**, _italic_, [text](link), ## subheads, > quotes,
// [Photo …]) so a changed mark or a changed credit shows as a changed line.
import type { Mark, Node } from 'prosemirror-model';
import { bodyFromJSON } from '../article/body';

/** The fields two versions (or a version and the article now) are compared on; the History panel compares the same ones. */
export interface ComparedFields {
  headline: string;
  standfirst: string;
  byline: string;
  dateline: string;
  status: string;
  section: string;
  tags: readonly string[];
}

export interface TextFields extends ComparedFields {
  body: unknown;
}

export function articleLines(article: TextFields): string[] {
  const lines = [
    `Headline: ${article.headline}`,
    `Standfirst: ${article.standfirst.replace(/\s*\n\s*/g, ' ')}`,
    `Byline: ${article.byline}`,
    `Dateline: ${article.dateline}`,
    `Status: ${article.status}`,
    `Section: ${article.section}`,
    `Tags: ${article.tags.join(', ')}`,
    '',
  ];
  blockLines(bodyFromJSON(article.body), '', lines);
  return lines;
}

function blockLines(parent: Node, prefix: string, out: string[]): void {
  parent.forEach((node) => {
    switch (node.type.name) {
      case 'heading':
        out.push(`${prefix}${'#'.repeat(node.attrs.level as number)} ${inlineText(node)}`);
        break;
      case 'blockquote':
        blockLines(node, `${prefix}> `, out);
        break;
      case 'attribution':
        out.push(`${prefix}— ${node.textContent}`);
        break;
      case 'photo': {
        const a = node.attrs as Record<string, string | null>;
        const credit = [a.photographer, a.agency].filter(Boolean).join('/');
        out.push(`${prefix}[Photo${a.asset ? '' : ' (no image)'}: ${a.caption || '(no caption)'}${credit ? ` — ${credit}` : ''}${a.alt ? ` | alt: ${a.alt}` : ''}]`);
        break;
      }
      case 'bullet_list':
      case 'ordered_list':
        node.forEach((item, _o, i) => {
          const marker = node.type.name === 'bullet_list' ? '- ' : `${(node.attrs.order as number) + i}. `;
          const lines: string[] = [];
          blockLines(item, '', lines);
          lines.forEach((line, j) => out.push(`${prefix}${j === 0 ? marker : ' '.repeat(marker.length)}${line}`));
        });
        break;
      case 'horizontal_rule':
        out.push(`${prefix}---`);
        break;
      default:
        if (node.isTextblock) out.push(`${prefix}${inlineText(node)}`);
        else blockLines(node, prefix, out);
    }
  });
}

function inlineText(block: Node): string {
  let text = '';
  block.forEach((child) => {
    if (child.type.name === 'hard_break') text += ' / ';
    else if (child.isText) text += withMarks(child.text ?? '', child.marks);
  });
  return text;
}

function withMarks(text: string, marks: readonly Mark[]): string {
  let out = text;
  for (const mark of marks) {
    if (mark.type.name === 'note') out = mark.attrs.author ? `[note by ${mark.attrs.author as string}: ${out}]` : `[note: ${out}]`;
    else if (mark.type.name === 'strong') out = `**${out}**`;
    else if (mark.type.name === 'em') out = `_${out}_`;
    else if (mark.type.name === 'link') out = `[${out}](${mark.attrs.href as string})`;
  }
  return out;
}
