// Photo credits found, and the pictures the article will not have, with why.
import type { ImportSummary } from '../../../../shared/import/summary';

export function PhotoList({ photos, onUndo }: { photos: ImportSummary['photos']; onUndo(id: string): void }) {
  if (!photos.length) return null;
  return (
    <ul className="import-items" aria-label="Photo credits">
      {photos.map((p, i) => (
        <li key={p.id}>
          <span className="import-item-text">
            {[p.photographer, p.agency].filter(Boolean).join(' / ') || 'No credit'}
            <span className="import-item-note">
              {[p.lead ? 'lead photo' : '', p.hasImage ? 'with image' : 'credit only, no image yet', p.caption].filter(Boolean).join(' · ')}
            </span>
          </span>
          <span className="import-item-actions">
            <button type="button" onClick={() => onUndo(p.id)} aria-label={`Undo photo ${i + 1}: keep the credit as text`}>
              Undo
            </button>
          </span>
        </li>
      ))}
    </ul>
  );
}

export function PicturesLeftOut({ pictures }: { pictures: ImportSummary['picturesLeftOut'] }) {
  if (!pictures.length) return null;
  return (
    <>
      <h3>{pictures.length === 1 ? '1 picture left out' : `${pictures.length} pictures left out`}</h3>
      <ul className="import-items" aria-label="Pictures left out">
        {pictures.map((p, i) => (
          <li key={i}>
            <span className="import-item-text">
              {p.description}
              <span className="import-item-note">Left out: {p.reason}</span>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
