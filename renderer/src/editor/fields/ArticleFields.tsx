// Headline, standfirst, byline and dateline: set like the top of the
// published page rather than as a form. Single-line fields never take a newline;
// every field grows with its text (byline and dateline wrap), so none cuts it off.
import { memo, useId, type KeyboardEvent } from 'react';
import { HEADLINE_SOFT_LIMIT, headlineHint, visibleLength } from './headline-length';

import type { HeaderField, HeaderValues } from '../../../../shared/article/header';

const oneLine = (value: string) => value.replace(/\s*[\r\n]+\s*/g, ' ');

// Memoized: the editor re-renders on every keystroke in the body, and these only change when they are typed in.
export const ArticleFields = memo(function ArticleFields(props: {
  values: HeaderValues;
  onChange(name: HeaderField, value: string): void;
  /** Enter in the headline or standfirst: go on to the body. */
  onEnterBody(): void;
}) {
  const { values, onChange } = props;
  const countId = useId();
  const hint = headlineHint(visibleLength(values.headline));
  const toBody = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
      e.preventDefault();
      props.onEnterBody();
    }
  };
  return (
    <header className="article-fields">
      <div className="headline-wrap">
        <textarea
          className="headline-input"
          aria-label="Headline"
          aria-describedby={countId}
          placeholder="Headline"
          // A new (empty) article starts where a journalist starts: the headline.
          autoFocus={values.headline === ''}
          rows={1}
          value={values.headline}
          onChange={(e) => onChange('headline', oneLine(e.target.value))}
          onKeyDown={toBody}
        />
        <span id={countId} className={`headline-count${hint.over ? ' is-over' : ''}`}>
          {values.headline ? hint.text : ''}
        </span>
        {/* Announced once when the headline crosses the guide, not on every keystroke. */}
        <span className="visually-hidden" role="status">
          {hint.over ? `The headline is longer than the ${HEADLINE_SOFT_LIMIT}-character guide.` : ''}
        </span>
      </div>
      <textarea
        className="standfirst-input"
        aria-label="Standfirst"
        placeholder="Standfirst — the one or two sentences under the headline"
        rows={2}
        value={values.standfirst}
        onChange={(e) => onChange('standfirst', e.target.value.replace(/\r\n?/g, '\n'))}
      />
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
