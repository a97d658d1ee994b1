// View → History: the article's versions, newest first; the selected one
// read-only, compared with the text now or with another version; Restore
// (asked first; nothing is lost) and "Copy text from this version". A panel
// in the window's side area (layout/SideArea.tsx), not a modal: the text stays
// in reach beside it. Escape steps back out of it; focus returns where it was.
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { bodyFromJSON } from '../../../shared/article/body';
import type { Version } from '../../../shared/history/version';
import type { Client } from '../ipc/client';
import { HistoryModel, type CompareWith } from './history-model';
import { VersionList, reasonText } from './VersionList';
import { DiffBody, FieldChanges } from './DiffView';
import { diffBodies, plainBlocks } from './diff/body-diff';
import { diffFields } from './diff/field-diff';
import { copyFrom } from './copy-text';
import './history.css';

export function HistoryPanel(props: {
  client: Client;
  articleId: string;
  /** Saves what is on screen first, so "now" is what the writer sees. */
  flush(): Promise<void>;
  restore(version: Version): Promise<void>;
  onClose(): void;
}) {
  const model = useMemo(() => new HistoryModel(props.client, props.articleId), [props.client, props.articleId]);
  const state = useSyncExternalStore(model.subscribe, model.getSnapshot);
  const [mode, setMode] = useState<'changes' | 'version'>('changes');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [copyNext, setCopyNext] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const text = useRef<HTMLDivElement>(null);
  // On opening, and when the confirmation goes: the list, so the arrow keys work.
  const focusList = () => panel.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusList();
    const element = panel.current;
    // Closing with the focus inside puts the writer back where they were (the text, usually).
    return () => {
      if (element?.contains(document.activeElement) || document.activeElement === document.body) before?.focus();
    };
  }, []);
  const closeConfirm = () => {
    setConfirming(false);
    focusList();
  };

  useEffect(() => {
    void props.flush().catch(() => undefined).finally(() => void model.load());
  }, [model]);

  const { version, other } = state;
  const view = useMemo(() => {
    if (!version) return null;
    const doc = bodyFromJSON(version.body);
    if (mode === 'version' || !other) return { fields: null, blocks: plainBlocks(doc) };
    // Older on the left of the comparison: what changed from the version to the text now (or to the other version).
    const otherIsNewer = !('number' in other) || other.number > version.number;
    const [from, to] = otherIsNewer ? [version, other] : [other, version];
    return { fields: diffFields(from, to), blocks: diffBodies(bodyFromJSON(from.body), bodyFromJSON(to.body)), from, to };
  }, [version, other, mode]);

  useEffect(() => {
    if (!copyNext || mode !== 'version' || !text.current || !version) return;
    setCopyNext(false);
    setMessage(copyFrom(text.current, version.number));
  }, [copyNext, mode, version]);

  const restore = async () => {
    if (!version) return;
    setBusy(true);
    try {
      await props.restore(version);
      closeConfirm();
      setMessage({ kind: 'ok', text: `Version ${version.number} is back in the editor and saved. What it replaced is kept as a version; Undo in the text brings it back too.` });
      await model.load();
    } catch (error) {
      closeConfirm();
      setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  // Escape steps back: out of the confirmation first, then out of History.
  const onKeyDown = (e: { key: string; defaultPrevented: boolean; preventDefault(): void }) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    if (confirming) closeConfirm();
    else props.onClose();
  };

  const compareLabel = (c: CompareWith) => (c === 'current' ? 'the text now' : `version ${c}`);
  const title = version ? `Version ${version.number} · ${reasonText(version)}${version.name ? ` “${version.name}”` : ''}` : 'No version selected';

  return (
    <aside ref={panel} aria-labelledby="history-title" className="history-panel" onKeyDown={onKeyDown}>
        <header className="history-head">
          <h2 id="history-title">History</h2>
          <p className="history-headline">{state.current?.headline || 'Untitled article'}</p>
          <button type="button" onClick={props.onClose} aria-label="Close History">Close</button>
        </header>
        <div className="history-body">
          <VersionList versions={state.versions} selected={state.selected} hasOlder={state.hasOlder} onSelect={(n) => void model.select(n)} onLoadOlder={() => void model.loadOlder()} />
          <section className="history-view" aria-labelledby="history-view-title">
            <h3 id="history-view-title">{title}</h3>
            <div className="history-tools">
              <div role="group" aria-label="Show" className="history-modes">
                <button type="button" aria-pressed={mode === 'changes'} onClick={() => setMode('changes')}>Changes</button>
                <button type="button" aria-pressed={mode === 'version'} onClick={() => setMode('version')}>This version</button>
              </div>
              <label>
                Compared with{' '}
                <select value={String(state.compareWith)} disabled={mode !== 'changes'} onChange={(e) => void model.compare(e.target.value === 'current' ? 'current' : Number(e.target.value))}>
                  <option value="current">the text now</option>
                  {state.versions.filter((v) => v.number !== state.selected).map((v) => (
                    <option key={v.number} value={v.number}>Version {v.number}{v.name ? ` “${v.name}”` : ''}</option>
                  ))}
                </select>
              </label>
              {/* Pressing it must not take the selection from the old version (a click on a button would). */}
              <button type="button" disabled={!version} onMouseDown={(e) => e.preventDefault()} onClick={() => (mode === 'version' ? text.current && version && setMessage(copyFrom(text.current, version.number)) : (setMode('version'), setCopyNext(true)))}>
                Copy text from this version
              </button>
              <button type="button" className="primary" disabled={!version || busy} onClick={() => setConfirming(true)}>Restore this version…</button>
            </div>
            {confirming && version && (
              <div role="alertdialog" aria-labelledby="history-confirm-title" aria-describedby="history-confirm-text" className="history-confirm">
                <p id="history-confirm-title"><strong>Restore version {version.number}?</strong></p>
                <p id="history-confirm-text">
                  Its headline, standfirst, byline, dateline and body replace what is in the editor now. The text now is kept as a version first, so nothing is lost; status, section and tags stay as they are.
                </p>
                <button type="button" className="primary" disabled={busy} autoFocus onClick={() => void restore()}>Restore version {version.number}</button>{' '}
                <button type="button" disabled={busy} onClick={closeConfirm}>Cancel</button>
              </div>
            )}
            {message && <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error-banner' : 'notice-banner'}>{message.text}</p>}
            {state.error && <p role="alert" className="error-banner">{state.error}</p>}
            {state.loading && <p role="status">Reading the history…</p>}
            {view && mode === 'changes' && (
              <p className="history-legend">
                {`Changes from ${view.from && 'number' in view.from ? `version ${view.from.number}` : 'the text now'} to ${view.to && 'number' in view.to ? `version ${view.to.number}` : 'the text now'}`}
                {' — '}<ins>underlined: added</ins>, <del>struck through: removed</del>, <ins className="history-format">dotted: formatting changed</ins>.
                <span className="visually-hidden"> Comparing with {compareLabel(state.compareWith)}.</span>
              </p>
            )}
            {view?.fields && <FieldChanges changes={view.fields} />}
            <div ref={text} className="history-document">
              {version && mode === 'version' && (
                <div className="history-version-fields">
                  <p className="history-version-headline">{version.headline || 'Untitled'}</p>
                  {version.standfirst && <p className="history-version-standfirst">{version.standfirst}</p>}
                  {(version.byline || version.dateline) && <p className="history-version-byline">{[version.byline, version.dateline].filter(Boolean).join(' — ')}</p>}
                </div>
              )}
              {view && <DiffBody blocks={view.blocks} fold={mode === 'changes'} />}
            </div>
          </section>
        </div>
    </aside>
  );
}
