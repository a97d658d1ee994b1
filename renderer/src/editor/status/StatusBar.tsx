// Words, characters, reading time and save state, under the page.
import { useEditorStateSelector } from '@handlewithcare/react-prosemirror';
import { readingMinutes, textStatsKey } from './text-stats';

// One formatter for the app's life: toLocaleString builds a new one on every call, on every keystroke.
const grouped = new Intl.NumberFormat('en-GB');
const plural = (n: number, one: string, many: string) => `${grouped.format(n)} ${n === 1 ? one : many}`;

export function TextStatsLabel() {
  const stats = useEditorStateSelector((state) => textStatsKey.getState(state) ?? null);
  if (!stats) return null;
  const minutes = readingMinutes(stats.words);
  return (
    <span className="text-stats" data-testid="text-stats">
      <span data-testid="word-count">{plural(stats.words, 'word', 'words')}</span>
      <span aria-hidden="true"> · </span>
      <span data-testid="character-count">{plural(stats.characters, 'character', 'characters')}</span>
      <span aria-hidden="true"> · </span>
      <span data-testid="reading-time">{minutes === 0 ? 'no reading time' : `${minutes} min read`}</span>
    </span>
  );
}
