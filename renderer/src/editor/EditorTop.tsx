// What stays in view above the article however far down the writer is: the
// toolbar, the find bar, the conflict choice, the rescue offer and notices.
// Everything it shows comes from the session's snapshot; every button calls it.
import type { ArticleSession, SessionSnapshot } from './session/article-session';
import type { BodyCommands } from './commands/body-commands';
import { Toolbar } from './toolbar/Toolbar';
import { FindBar, type FindBarProps } from './find/FindBar';
import { ConflictBar } from './conflict/ConflictBar';
import { RescueBar } from './rescue/RescueBar';

export function EditorTop(props: {
  session: ArticleSession;
  snapshot: SessionSnapshot;
  commands: BodyCommands;
  find: FindBarProps['focus'] | null;
  onCloseFind(): void;
  /** Back into the text (after the notice it was on goes away). */
  onFocusBody(): void;
}) {
  const { session, snapshot } = props;
  return (
    <div className="editor-top">
      <Toolbar commands={props.commands} />
      {props.find && <FindBar focus={props.find} onClose={props.onCloseFind} />}
      {snapshot.save.kind === 'conflict' && (
        <ConflictBar
          reason={snapshot.save.reason}
          busy={snapshot.resolving}
          onKeepMine={() => void session.keepMine()}
          onTakeStored={() => void session.takeStored()}
        />
      )}
      {snapshot.rescue && (
        <RescueBar
          draft={snapshot.rescue.draft}
          storedSinceChanged={snapshot.rescue.storedSinceChanged}
          onRestore={() => session.restoreRescue()}
          onDiscard={() => session.discardRescue()}
        />
      )}
      {snapshot.notice && (
        <p className="editor-notice" role="alert">
          {snapshot.notice}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              session.setNotice(null);
              // The button goes away with the notice: put the writer back in the text.
              props.onFocusBody();
            }}
          >
            Dismiss
          </button>
        </p>
      )}
    </div>
  );
}
