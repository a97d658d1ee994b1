// Publication settings' "Length targets by section": the desk's default word
// target per section, used by an article of that section that has no target
// of its own. Each change is stored at once (apart from the settings the
// dialog's Save button keeps); sections compare ignoring case and accents, so
// setting "politics" changes Politics' default. Inside the settings form, so
// Enter in these boxes sets the target instead of submitting the form.
import { useId, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { groupThousands } from '../../../../shared/limits';
import { parseSectionTarget } from '../../../../shared/article/section-targets';
import type { SectionTargetsStore } from '../../editor/status/section-targets-store';
import '../parts.css';
import './targets.css';

export function SectionTargetsSection({ store }: { store: SectionTargetsStore }) {
  const { targets } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [section, setSection] = useState('');
  const [words, setWords] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const id = useId();

  async function run(sectionName: string, wordsText: string) {
    const typed = parseSectionTarget(sectionName, wordsText);
    if (!typed.ok) return (setError(typed.message), setSaid(null));
    try {
      await store.set(typed.section, typed.words);
    } catch (e) {
      return (setError((e as Error).message), setSaid(null));
    }
    setError(null);
    setSaid(typed.words === null ? `${typed.section} has no default target now.` : `${typed.section}: ${groupThousands(typed.words)} words.`);
    if (sectionName === section) (setSection(''), setWords(''));
  }
  const onEnter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void run(section, words);
  };

  return (
    <fieldset className="settings-part" aria-describedby={`${id}-hint`}>
      <legend>Length targets by section</legend>
      <p id={`${id}-hint`} className="settings-hint">
        An article with no target of its own is measured against its section’s. Kept as you set them.
      </p>
      {targets.list.length > 0 && (
        <ul className="section-targets" aria-label="Section targets">
          {targets.list.map((t) => (
            <li key={t.section}>
              <span>
                {t.section}: {groupThousands(t.targetWords)} words
              </span>
              <button type="button" className="settings-button" aria-label={`Remove the target for ${t.section}`} onClick={() => void run(t.section, 'none')}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="settings-error">
          {error}
        </p>
      )}
      <p role="status" className="rules-status">
        {said}
      </p>
      <div className="section-target-add">
        <label>
          Section
          <input value={section} maxLength={100} placeholder="Politics" onChange={(e) => setSection(e.target.value)} onKeyDown={onEnter} />
        </label>
        <label>
          Words
          <input value={words} inputMode="numeric" maxLength={8} placeholder="600" onChange={(e) => setWords(e.target.value)} onKeyDown={onEnter} />
        </label>
        <button type="button" className="settings-button" onClick={() => void run(section, words)}>
          Set target
        </button>
      </div>
    </fieldset>
  );
}
