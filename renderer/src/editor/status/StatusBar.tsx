// Words (against the article's target, and of the selection when there is
// one), characters, reading time and save state, under the page.
import { useSyncExternalStore } from 'react';
import { useEditorStateSelector } from '@handlewithcare/react-prosemirror';
import { lengthReport } from '../../../../shared/article/length-target';
import { groupThousands } from '../../../../shared/limits';
import type { AppliedTarget } from '../../../../shared/article/section-targets';
import { readingMinutes, selectionWords, settledStatsOf } from './text-stats';

const noSubscription = () => () => {};
const noStats = () => null;

const plural = (n: number, one: string, many: string) => `${groupThousands(n)} ${n === 1 ? one : many}`;

/** `target`: the article's own, or its section's default (said as such: "(Politics default)"). */
export function TextStatsLabel(props: { target?: AppliedTarget | null }) {
  // Not read from the state on every key: the counts settle when typing pauses (settled-stats.ts).
  const settled = useEditorStateSelector(settledStatsOf);
  const stats = useSyncExternalStore(settled?.subscribe ?? noSubscription, settled?.get ?? noStats);
  const selected = useEditorStateSelector(selectionWords);
  if (!stats) return null;
  const minutes = readingMinutes(stats.words);
  const target = props.target?.words ?? null;
  const fromSection = props.target?.from === 'section' ? props.target.section : null;
  const length = target === null ? null : lengthReport(stats.words, target);
  return (
    <span className="text-stats" data-testid="text-stats">
      {selected !== null && (
        <>
          <span className="selection-count" data-testid="selection-count">
            {plural(selected, 'word', 'words')} selected
          </span>
          <span aria-hidden="true"> · </span>
        </>
      )}
      {length && target !== null ? (
        // "612 / 800 words · 188 under": the state is said in words, not by colour alone.
        <span
          className="length-target"
          data-testid="word-count"
          data-state={length.state}
          title={fromSection ? `The default target for ${fromSection} (Publication settings); type a target in the row above the headline to give this article its own.` : undefined}
        >
          {groupThousands(stats.words)} / {plural(target, 'word', 'words')}
          {fromSection && <span className="target-source"> ({fromSection} default)</span>} · {length.state === 'near' ? `near target (${length.label})` : length.label}
        </span>
      ) : (
        <span data-testid="word-count">{plural(stats.words, 'word', 'words')}</span>
      )}
      <span aria-hidden="true"> · </span>
      <span data-testid="character-count">{plural(stats.characters, 'character', 'characters')}</span>
      <span aria-hidden="true"> · </span>
      <span data-testid="reading-time">{minutes === 0 ? 'no reading time' : `${minutes} min read`}</span>
    </span>
  );
}
