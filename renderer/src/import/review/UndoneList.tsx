// What the journalist undid, each with its Redo.
import type { ImportSummary } from '../../../../shared/import/summary';

export function UndoneList({ undone, onRedo }: { undone: ImportSummary['undone']; onRedo(id: string): void }) {
  if (!undone.length) return null;
  return (
    <>
      <h3>Undone</h3>
      <ul className="import-items" aria-label="Undone">
        {undone.map((u) => (
          <li key={u.id}>
            <span className="import-item-text">{u.label}</span>
            <span className="import-item-actions">
              <button type="button" onClick={() => onRedo(u.id)} aria-label={`Redo ${u.label}`}>
                Redo
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
