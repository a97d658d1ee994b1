// Words, characters, reading time and save state, under the page.
import { useEditorStateSelector } from '@handlewithcare/react-prosemirror';
import { readingMinutes, textStatsKey } from './text-stats';

// Thousands grouped as en-GB writes them (1,234), by hand: this runs on every keystroke, and even a
// kept Intl.NumberFormat costs more per call than the rest of this component.
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const plural = (n: number, one: string, many: string) => `${grouped(n)} ${n === 1 ? one : many}`;

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
