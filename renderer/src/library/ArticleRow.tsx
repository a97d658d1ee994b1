// One article in the library list: a real button, named by its headline,
// with its status, section, words and last-saved time, and for a search the
// matched words in context.
import { memo } from 'react';
import type { DeskRow } from '../../../shared/article/list-page';
import { UNTITLED_HEADLINE } from '../../../shared/article/headline-search';
import { SnippetText } from '../desk/SnippetText';
import { shortTime } from '../desk/format-time';

export const ArticleRow = memo(function ArticleRow(props: {
  article: DeskRow;
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
      {a.snippet && <SnippetText snippet={a.snippet} />}
      <span className="article-link-meta">
        {a.status}
        {a.section && ` · ${a.section}`} · {a.wordCount} {a.wordCount === 1 ? 'word' : 'words'} ·{' '}
        {a.spikedAt ? `spiked ${shortTime(a.spikedAt)}` : `saved ${shortTime(a.updatedAt)}`}
        {props.kept && <span className="article-link-kept"> · unsaved edits kept</span>}
      </span>
    </button>
  );
});
