// The versions, newest first, as a listbox: arrow keys, Home and End move the
// selection (focus stays on the list, aria-activedescendant names the
// option), a click selects, and older versions load a page at a time.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { REASON_LABELS, type VersionSummary } from '../../../shared/history/version';

export function reasonText(v: VersionSummary): string {
  return v.reason === 'restore' && v.restoredFrom ? `Restored version ${v.restoredFrom}` : REASON_LABELS[v.reason];
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

function wordChange(v: VersionSummary, older: VersionSummary | undefined): string {
  if (!older) return `${v.wordCount} words`;
  const d = v.wordCount - older.wordCount;
  return `${v.wordCount} words (${d > 0 ? `+${d}` : d < 0 ? `−${-d}` : 'no change'})`;
}

export function VersionList(props: {
  versions: readonly VersionSummary[];
  selected: number | null;
  hasOlder: boolean;
  onSelect(number: number): void;
  onLoadOlder(): void;
}) {
  const { versions, selected } = props;
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (selected !== null) document.getElementById(`history-version-${selected}`)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const onKey = (e: KeyboardEvent) => {
    const index = versions.findIndex((v) => v.number === selected);
    const target =
      e.key === 'ArrowDown' ? index + 1 : e.key === 'ArrowUp' ? index - 1 : e.key === 'Home' ? 0 : e.key === 'End' ? versions.length - 1 : null;
    if (target === null) return;
    e.preventDefault();
    const next = versions[Math.max(0, Math.min(versions.length - 1, target))];
    if (next) props.onSelect(next.number);
    if (e.key === 'ArrowDown' && target >= versions.length && props.hasOlder) props.onLoadOlder();
  };

  return (
    <div className="history-list">
      <ul
        ref={list}
        role="listbox"
        aria-label="Versions, newest first"
        tabIndex={0}
        aria-activedescendant={selected === null ? undefined : `history-version-${selected}`}
        onKeyDown={onKey}
      >
        {versions.map((v, i) => (
          <li
            key={v.number}
            id={`history-version-${v.number}`}
            role="option"
            aria-selected={v.number === selected}
            className={v.number === selected ? 'selected' : undefined}
            onClick={() => props.onSelect(v.number)}
          >
            <span className="history-version-title">
              Version {v.number} · {reasonText(v)}
              {v.name && ` · “${v.name}”`}
            </span>
            <span className="history-version-meta">
              {when(v.createdAt)} · {wordChange(v, versions[i + 1])}
            </span>
          </li>
        ))}
      </ul>
      {props.hasOlder && (
        <button type="button" className="link-button" onClick={props.onLoadOlder}>
          Show older versions
        </button>
      )}
    </div>
  );
}
