// One open article: headline and body, autosaved through a SaveQueue.
import { useEffect, useImperativeHandle, useMemo, useRef, useState, type Ref } from 'react';
import { EditorState, type Transaction } from 'prosemirror-state';
import { Node } from 'prosemirror-model';
import { ProseMirror, ProseMirrorDoc, reactKeys } from '@handlewithcare/react-prosemirror';
import { history, undo, redo } from 'prosemirror-history';
import { keymap } from 'prosemirror-keymap';
import { baseKeymap } from 'prosemirror-commands';
import { schema } from '../../../shared/article/schema';
import type { Article } from '../../../shared/article/fields';
import type { SaveAck } from '../../../shared/ipc/contract';
import { IpcError, type Client } from '../ipc/client';
import { SaveQueue, type SaveState } from './save-queue';
import { SaveStatus } from './SaveStatus';

export interface EditorHandle {
  flush(): Promise<void>;
}

export function ArticleEditor(props: { client: Client; article: Article; onSaved(ack: SaveAck): void; ref?: Ref<EditorHandle> }) {
  const { client, article } = props;
  const [headline, setHeadline] = useState(article.headline);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: article.updatedAt });
  const [editorState, setEditorState] = useState(() =>
    EditorState.create({
      doc: Node.fromJSON(schema, article.body),
      plugins: [reactKeys(), history(), keymap({ 'Mod-z': undo, 'Shift-Mod-z': redo, 'Mod-y': redo }), keymap(baseKeymap)],
    }),
  );
  // The latest doc, read only when a save goes out.
  const latestDoc = useRef(editorState.doc);
  const onSaved = useRef(props.onSaved);
  onSaved.current = props.onSaved;

  const queue = useMemo(
    () =>
      new SaveQueue({
        id: article.id,
        revision: article.revision,
        save: (request) => client.saveArticle(request),
        onState: setSaveState,
        onSaved: (ack) => onSaved.current(ack),
        isConflict: (error) => error instanceof IpcError && error.code === 'conflict',
      }),
    [client, article.id, article.revision],
  );
  useImperativeHandle(props.ref, () => ({ flush: () => queue.flush() }), [queue]);
  useEffect(
    () => () => {
      void queue.flush().finally(() => queue.dispose());
    },
    [queue],
  );

  const bodyRef = useRef<HTMLDivElement | null>(null);

  function dispatchTransaction(tr: Transaction) {
    setEditorState((state) => {
      const next = state.apply(tr);
      latestDoc.current = next.doc;
      return next;
    });
    if (tr.docChanged) queue.change({ body: () => latestDoc.current.toJSON() as Article['body'] });
  }

  return (
    <article className="editor" onBlur={() => void queue.flush()}>
      <textarea
        className="headline-input"
        aria-label="Headline"
        placeholder="Headline"
        rows={1}
        value={headline}
        onChange={(e) => {
          const value = e.target.value.replace(/[\r\n]+/g, ' ');
          setHeadline(value);
          queue.change({ headline: value });
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            bodyRef.current?.querySelector<HTMLElement>('[contenteditable]')?.focus();
          }
        }}
      />
      <div className="body-frame" ref={bodyRef}>
        <ProseMirror
          state={editorState}
          dispatchTransaction={dispatchTransaction}
          attributes={{ 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true', class: 'body-editor' }}
        >
          <ProseMirrorDoc />
        </ProseMirror>
      </div>
      <footer className="status-bar">
        <SaveStatus state={saveState} />
      </footer>
    </article>
  );
}
