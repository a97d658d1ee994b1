// The library on the left: full (search, filters, the list), folded to a rail
// (Mod-\ or its button; the layout may fold it while the side area needs the
// room), or open over the editor for a moment from a folded rail ("peek").
// The full pane stays mounted while folded, so the list keeps its place and
// the import flow (drops, File → Import…) keeps listening.
import { useEffect, useRef, type ReactNode } from 'react';
import { describeKey } from '../editor/help/shortcuts';
import { commandDeclaration } from '../../../shared/commands/commands';

export type LibraryMode = 'full' | 'rail' | 'peek';

export function LibraryPane(props: {
  mode: LibraryMode;
  onToggle(): void;
  onClosePeek(): void;
  onCreate(): void;
  onSettings(): void;
  /** The import button (import/ImportFlow.tsx): mounted whatever the mode. */
  importFlow: ReactNode;
  /** The search box, filters and the list (library/ArticleList.tsx). */
  list: ReactNode;
}) {
  const { mode } = props;
  const key = describeKey(commandDeclaration('toggle-library').keys[0]!);
  const pane = useRef<HTMLElement>(null);
  const wasPeek = useRef(false);
  // Opening over the editor puts the writer in the search box; closing it puts them back in the rail.
  useEffect(() => {
    if (mode === 'peek') (pane.current?.querySelector<HTMLElement>('.desk-search') ?? pane.current?.querySelector<HTMLElement>('.library-head button'))?.focus();
    else if (wasPeek.current) pane.current?.querySelector<HTMLElement>('.library-rail button')?.focus();
    wasPeek.current = mode === 'peek';
  }, [mode]);

  return (
    <aside
      ref={pane}
      className={`library is-${mode}`}
      aria-label="Articles"
      onKeyDown={(e) => {
        if (mode === 'peek' && e.key === 'Escape') {
          e.preventDefault();
          props.onClosePeek();
        }
      }}
    >
      {mode === 'rail' && (
        <div className="library-rail">
          <button type="button" className="rail-button" aria-expanded="false" aria-label="Show the article list" title={`Show the article list (${key})`} onClick={props.onToggle}>
            <span aria-hidden="true">☰</span>
          </button>
          <button type="button" className="rail-button" aria-label="New article" title="New article" onClick={props.onCreate}>
            <span aria-hidden="true">+</span>
          </button>
        </div>
      )}
      <div className="library-full" hidden={mode === 'rail'}>
        <div className="library-head">
          <h1 className="brand">Copydesk</h1>
          <button type="button" className="primary" onClick={props.onCreate}>
            New article
          </button>
          {props.importFlow}
          <button type="button" className="rail-button" aria-expanded="true" aria-label="Hide the article list" title={`Hide the article list (${key})`} onClick={props.onToggle}>
            <span aria-hidden="true">«</span>
          </button>
        </div>
        {props.list}
        <button type="button" className="settings-button" onClick={props.onSettings}>
          Publication settings…
        </button>
      </div>
    </aside>
  );
}
