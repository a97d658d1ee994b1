// Headline, standfirst, byline and dateline: set like the top of the
// published page rather than as a form. Single-line fields never take a newline;
// every field grows with its text (byline and dateline wrap), so none cuts it off.
import { memo, useId, useMemo, type KeyboardEvent } from 'react';
import { HEADLINE_SOFT_LIMIT, headlineHint, visibleLength } from './headline-length';
import type { ChecksController } from '../checks/checks-controller';
import { FieldFlagOverlay, fieldFlagEvents, fieldFlagProps, useFieldFlagSummary } from '../checks/FieldFlags';
import { headlineFlags as headlinePick, standfirstFlags as standfirstPick } from '../checks/field-flags';

import type { HeaderField, HeaderValues } from '../../../../shared/article/header';

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

// Memoized: the editor re-renders on every keystroke in the body, and these only change when they are typed in.
export const ArticleFields = memo(function ArticleFields(props: {
  values: HeaderValues;
  onChange(name: HeaderField, value: string): void;
  /** Enter in the headline or standfirst: go on to the body. */
  onEnterBody(): void;
  /** The article's copy checks: their flags are drawn on the headline's and standfirst's words. */
  checks?: ChecksController | null;
}) {
  const { values, onChange, checks = null } = props;
  const countId = useId();
  const flagsId = useId();
  const hint = headlineHint(visibleLength(values.headline));
  const toBody = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      props.onEnterBody();
    }
  };
  const headlineFlags = useMemo(() => checks && fieldFlagEvents(checks, headlinePick), [checks]);
  const standfirstFlags = useMemo(() => checks && fieldFlagEvents(checks, standfirstPick), [checks]);
  const headlineSays = useFieldFlagSummary(checks, headlinePick, values.headline);
  const standfirstSays = useFieldFlagSummary(checks, standfirstPick, values.standfirst);
  return (
    <header className="article-fields">
      <div className="headline-wrap">
        <div className="flag-field">
          <textarea
            className="headline-input"
            aria-label="Headline"
            aria-describedby={headlineSays ? `${countId} ${flagsId}-headline` : countId}
            placeholder="Headline"
            // A new (empty) article starts where a journalist starts: the headline.
            autoFocus={values.headline === ''}
            rows={1}
            value={values.headline}
            onChange={(e) => onChange('headline', oneLine(e.target.value))}
            onKeyDown={(e) => headlineFlags?.onKeyDown(e) || toBody(e)}
            {...fieldFlagProps(headlineFlags)}
          />
          {checks && <FieldFlagOverlay checks={checks} pick={headlinePick} text={values.headline} className="headline-input" />}
        </div>
        <span id={countId} className={`headline-count${hint.over ? ' is-over' : ''}`}>
          {values.headline ? hint.text : ''}
        </span>
        {/* Announced once when the headline crosses the guide, not on every keystroke. */}
        <span className="visually-hidden" role="status">
          {hint.over ? `The headline is longer than the ${HEADLINE_SOFT_LIMIT}-character guide.` : ''}
        </span>
      </div>
      <div className="flag-field standfirst-frame">
        <textarea
          className="standfirst-input"
          aria-label="Standfirst"
          aria-describedby={standfirstSays ? `${flagsId}-standfirst` : undefined}
          placeholder="Standfirst — the one or two sentences under the headline"
          rows={2}
          value={values.standfirst}
          onChange={(e) => onChange('standfirst', e.target.value.replace(/\r\n?/g, '\n'))}
          onKeyDown={standfirstFlags?.onKeyDown}
          {...fieldFlagProps(standfirstFlags)}
        />
        {checks && <FieldFlagOverlay checks={checks} pick={standfirstPick} text={values.standfirst} className="standfirst-input" />}
      </div>
      <span hidden id={`${flagsId}-headline`}>{headlineSays}</span>
      <span hidden id={`${flagsId}-standfirst`}>{standfirstSays}</span>
      <div className="meta-fields">
        {/* The dot stays with the byline: when the dateline wraps, its line starts with the dateline, not with "·". */}
        <span className="byline-group">
          <textarea
            className="byline-input"
            rows={1}
            aria-label="Byline"
            placeholder="Byline"
            value={values.byline}
            onChange={(e) => onChange('byline', oneLine(e.target.value))}
            onKeyDown={toBody}
          />
          <span className="meta-sep" aria-hidden="true">
            ·
          </span>
        </span>
        <textarea
          className="dateline-input"
          rows={1}
          aria-label="Dateline"
          placeholder="Dateline"
          value={values.dateline}
          onChange={(e) => onChange('dateline', oneLine(e.target.value))}
          onKeyDown={toBody}
        />
      </div>
    </header>
  );
});
