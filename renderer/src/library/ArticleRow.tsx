// One article in the library list: a real button, named by its headline.
import { memo } from 'react';
import type { ArticleSummary } from '../../../shared/article/fields';
import { UNTITLED_HEADLINE } from '../../../shared/article/headline-search';

export const ArticleRow = memo(function ArticleRow(props: {
  article: ArticleSummary;
  index: number;
  current: boolean;
  kept: boolean;
  onOpen(id: string): void;
}) {
  const { article: a } = props;
  return (
    <button
      type="button"
      className="article-link"
      data-index={props.index}
      aria-current={props.current ? 'true' : undefined}
      onClick={() => props.onOpen(a.id)}
    >
      <span className="article-link-headline">{a.headline || UNTITLED_HEADLINE}</span>
      <span className="article-link-meta">
        {a.status} · {a.wordCount} {a.wordCount === 1 ? 'word' : 'words'}
        {props.kept && <span className="article-link-kept"> · unsaved edits kept</span>}
      </span>
    </button>
  );
});
