// A read-only sketch of the imported body, so the journalist sees where each
// quote, photo and paragraph landed before keeping the article. Built from the
// JSON with React elements only: no HTML from the source is ever injected.
import type { ReactNode } from 'react';

interface Block {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  content?: Block[];
}

function inline(nodes: Block[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, i) => {
    if (node.type === 'hard_break') return <br key={i} />;
    return <span key={i}>{node.text ?? ''}</span>;
  });
}

function block(node: Block, key: number): ReactNode {
  switch (node.type) {
    case 'paragraph':
      return <p key={key}>{inline(node.content)}</p>;
    case 'heading':
      return (
        <p key={key} className="import-preview-heading">
          {inline(node.content)}
        </p>
      );
    case 'blockquote':
      return (
        <blockquote key={key}>
          {(node.content ?? []).map((child, i) =>
            child.type === 'attribution' ? (
              <p key={i} className="import-preview-attribution">
                — {inline(child.content)}
              </p>
            ) : (
              block(child, i)
            ),
          )}
        </blockquote>
      );
    case 'photo': {
      const a = node.attrs ?? {};
      const credit = [a.photographer, a.agency].filter(Boolean).join(' / ');
      return (
        <div key={key} className="import-preview-photo">
          <span aria-hidden="true">▣</span> Photo{credit ? `: ${credit}` : ''}
          {a.caption ? ` — ${String(a.caption)}` : ''}
        </div>
      );
    }
    case 'bullet_list':
    case 'ordered_list': {
      const items = (node.content ?? []).map((item, i) => <li key={i}>{(item.content ?? []).map(block)}</li>);
      return node.type === 'ordered_list' ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
    }
    case 'horizontal_rule':
      return <hr key={key} />;
    default:
      return null;
  }
}

export function BodyPreview({ headline, body }: { headline: string; body: { content: unknown[] } }) {
  return (
    // Focusable so keyboard users can scroll a long article (it has no controls of its own).
    <div className="import-preview" role="region" aria-label="Imported article preview" tabIndex={0}>
      <p className="import-preview-headline">{headline || 'No headline'}</p>
      {(body.content as Block[]).map(block)}
    </div>
  );
}
