// Quotes found in the copy, each with who said it (editable) and an Undo.
import { useEffect, useState } from 'react';
import { normalizeAttribution } from '../../../../shared/import/assemble';
import type { ImportSummary } from '../../../../shared/import/summary';

interface Props {
  quotes: ImportSummary['quotes'];
  onUndo(id: string): void;
  onAttribution(quoteId: string, value: string): void;
}

export function QuoteList({ quotes, onUndo, onAttribution }: Props) {
  if (!quotes.length) return null;
  return (
    <ul className="import-items" aria-label="Quotes">
      {quotes.map((q, i) => (
        <li key={q.id}>
          <span className="import-item-text">
            “{q.excerpt}”{q.paragraphs > 1 ? ` (${q.paragraphs} paragraphs)` : ''}
            <AttributionInput value={q.attribution} label={`Attribution for quote ${i + 1}`} onChange={(value) => onAttribution(q.id, value)} />
          </span>
          <span className="import-item-actions">
            {q.attributionId && (
              <button type="button" onClick={() => onUndo(q.attributionId!)} aria-label={`Remove attribution ${q.attribution} from quote ${i + 1}`}>
                Remove attribution
              </button>
            )}
            <button type="button" onClick={() => onUndo(q.id)} aria-label={`Undo quote ${i + 1}: make it a paragraph`}>
              Undo
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

/**
 * Who the quote is from, editable before the article is kept. The field keeps
 * what is typed (spaces included) while the article is rebuilt from its
 * trimmed value; an undo or redo elsewhere in the panel replaces it.
 */
function AttributionInput({ value, label, onChange }: { value: string; label: string; onChange(value: string): void }) {
  const [draft, setDraft] = useState(value);
  const normalized = normalizeAttribution(draft);
  useEffect(() => {
    if (normalized !== value) setDraft(value);
    // Only a change from outside (undo, redo) resets the field, never the typing itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  return (
    <span className="import-item-note import-attribution">
      <span aria-hidden="true">—</span>
      <input
        type="text"
        aria-label={label}
        placeholder="no attribution"
        value={draft}
        spellCheck={false}
        onChange={(e) => {
          setDraft(e.target.value);
          onChange(e.target.value);
        }}
      />
    </span>
  );
}
