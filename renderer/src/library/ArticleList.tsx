import type { ArticleSummary } from '../../../shared/article/fields';

export function ArticleList(props: {
  articles: ArticleSummary[] | null;
  selectedId: string | null;
  onOpen(id: string): void;
}) {
  if (props.articles === null) return <p className="muted list-note">Loading…</p>;
  if (props.articles.length === 0) return <p className="muted list-note">Your articles will appear here.</p>;
  return (
    <ul className="article-list">
      {props.articles.map((a) => (
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
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
