import { useState } from 'react';
import type { ArticleSummary } from '../../../shared/article/fields';

/** Shown once the list is long enough that scanning it by eye gets slow. */
const FILTER_FROM = 8;

/** Case- and accent-insensitive, so "cafe" finds "Café". */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function ArticleList(props: {
  articles: ArticleSummary[] | null;
  /** Articles with edits that could not be saved, kept for the writer to restore (editor/rescue/). */
  withKeptEdits?: ReadonlySet<string>;
  selectedId: string | null;
  onOpen(id: string): void;
}) {
  const [filter, setFilter] = useState('');
  if (props.articles === null) return <p className="muted list-note">Loading…</p>;
  if (props.articles.length === 0) return <p className="muted list-note">Your articles will appear here.</p>;
  const wanted = fold(filter.trim());
  const shown = wanted ? props.articles.filter((a) => fold(a.headline || 'Untitled article').includes(wanted)) : props.articles;
  return (
    <>
      {props.articles.length >= FILTER_FROM && (
        <input
          type="search"
          className="article-filter"
          aria-label="Filter articles by headline"
          placeholder="Filter by headline"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          onKeyDown={(e) => e.key === 'Escape' && setFilter('')}
        />
      )}
      {shown.length === 0 && <p className="muted list-note">No headline contains “{filter.trim()}”.</p>}
      <ul className="article-list">
        {shown.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className="article-link"
              aria-current={a.id === props.selectedId ? 'true' : undefined}
              onClick={() => props.onOpen(a.id)}
            >
              <span className="article-link-headline">{a.headline || 'Untitled article'}</span>
              <span className="article-link-meta">
                {a.status} · {a.wordCount} {a.wordCount === 1 ? 'word' : 'words'}
                {props.withKeptEdits?.has(a.id) && <span className="article-link-kept"> · unsaved edits kept</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}
