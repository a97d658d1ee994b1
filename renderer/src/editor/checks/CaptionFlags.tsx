// A photo's caption with its flags on the words: the caption field (a
// textarea inside the photo's node view) with the same copy laid over it as
// the headline's, following its scrolling, and the caption shown under the
// picture with the same underlines. Without checks (?checks=off, or before
// they start) the field is a plain textarea.
import { useContext, useMemo, useState, useSyncExternalStore, type ComponentProps } from 'react';
import { ChecksContext } from './checks-context';
import { captionFlags, flagRuns } from './field-flags';
import { FieldFlagOverlay, fieldFlagEvents, fieldFlagProps, useFieldFlagSummary } from './FieldFlags';

type TextareaProps = ComponentProps<'textarea'> & { value: string };

export function CaptionInput(props: TextareaProps & { flagsId: string }) {
  const checks = useContext(ChecksContext);
  const events = useMemo(() => checks && fieldFlagEvents(checks, captionFlags), [checks]);
  const says = useFieldFlagSummary(checks, captionFlags, props.value);
  const [scrollTop, setScrollTop] = useState(0);
  const { flagsId, ...textarea } = props;
  return (
    <div className="flag-field">
      <textarea
        rows={2}
        {...textarea}
        aria-describedby={[textarea['aria-describedby'], says && flagsId].filter(Boolean).join(' ') || undefined}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={(e) => events?.onKeyDown(e)}
        {...fieldFlagProps(events)}
      />
      {checks && <FieldFlagOverlay checks={checks} pick={captionFlags} text={props.value} className="caption-copy" scrollTop={scrollTop} />}
      <span hidden id={flagsId}>
        {says}
      </span>
    </div>
  );
}

/** The caption as shown under the picture, its flagged words underlined. */
export function CaptionText({ text }: { text: string }) {
  const checks = useContext(ChecksContext);
  const snapshot = useSyncExternalStore(checks?.subscribe ?? noSubscribe, checks?.getSnapshot ?? noSnapshot);
  const flags = snapshot ? captionFlags(snapshot.flags, text) : [];
  return (
    <span className="photo-caption-text">
      {flagRuns(text, flags).map((run, i) =>
        run.flag ? (
          <span key={i} className={`check-flag check-${run.flag.kind}`} data-check-kind={run.flag.kind}>
            {run.text}
          </span>
        ) : (
          run.text
        ),
      )}{' '}
    </span>
  );
}

const noSubscribe = () => () => undefined;
const noSnapshot = () => null;
