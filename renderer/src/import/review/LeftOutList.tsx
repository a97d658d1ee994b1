// What the import left out, so a wrong extraction shows before Keep: the
// furniture lines dropped from the copy, and the parts of a web page that are
// not the article (comment threads, sidebars, related stories…), counted by
// kind, each readable in full and restorable into the body.
import type { DropReason } from '../../../../shared/import/analysis';
import { DROP_REASON_LABELS, type ImportSummary } from '../../../../shared/import/summary';

type Dropped = ImportSummary['dropped'][number];

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const words = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

export function DroppedLines({ dropped, onUndo }: { dropped: Dropped[]; onUndo(id: string): void }) {
  const lines = dropped.filter((d) => d.kind === 'line');
  return (
    <>
      <h3>{plural(lines.length, 'dropped line')}</h3>
      {lines.length > 0 && (
        <ul className="import-items" aria-label="Dropped lines">
          {lines.map((d, i) => (
            <li key={d.id}>
              <span className="import-item-text">
                <span className="import-dropped-text">{d.text}</span>
                <span className="import-item-note">{DROP_REASON_LABELS[d.reason]}</span>
              </span>
              <span className="import-item-actions">
                <button type="button" onClick={() => onUndo(d.id)} aria-label={`Restore dropped line ${i + 1}`}>
                  Restore
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "2 reader comments, 1 sidebar": how many parts of each kind. */
export function countParts(parts: Dropped[]): string {
  const counts = new Map<DropReason, number>();
  for (const p of parts) counts.set(p.reason, (counts.get(p.reason) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n} × ${DROP_REASON_LABELS[reason]}`).join(', ');
}

export function PageParts({ dropped, onUndo }: { dropped: Dropped[]; onUndo(id: string): void }) {
  const parts = dropped.filter((d) => d.kind === 'part');
  if (!parts.length) return null;
  return (
    <>
      <h3>{plural(parts.length, 'part')} of the page left out</h3>
      <p className="import-item-note">{countParts(parts)}</p>
      <ul className="import-items" aria-label="Left out of the page">
        {parts.map((d, i) => (
          <li key={d.id}>
            <details className="import-item-text">
              <summary>
                {DROP_REASON_LABELS[d.reason]} · {plural(words(d.text), 'word')}
              </summary>
              <span className="import-left-out-text">{d.text}</span>
            </details>
            <span className="import-item-actions">
              <button type="button" onClick={() => onUndo(d.id)} aria-label={`Restore left-out part ${i + 1} (${DROP_REASON_LABELS[d.reason]}) at the end of the body`}>
                Restore
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
