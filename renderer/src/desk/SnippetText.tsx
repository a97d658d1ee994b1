// A search result's matched words in context: the ranges main found are
// wrapped in <mark> as elements; the text is only ever text.
import type { ReactElement } from 'react';
import type { Snippet } from '../../../shared/search/snippet';

export function SnippetText({ snippet }: { snippet: Snippet }) {
  const parts: ReactElement[] = [];
  let at = 0;
  snippet.highlights.forEach(([start, end], i) => {
    if (start < at || end > snippet.text.length) return;
    if (start > at) parts.push(<span key={`t${i}`}>{snippet.text.slice(at, start)}</span>);
    parts.push(<mark key={`m${i}`}>{snippet.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < snippet.text.length) parts.push(<span key="rest">{snippet.text.slice(at)}</span>);
  return <span className="article-link-snippet">{parts}</span>;
}
