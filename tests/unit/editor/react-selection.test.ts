// @vitest-environment happy-dom
// The body hides its editing host from React DOM's per-commit selection walk
// (see renderer/src/editor/body/react-selection.ts) without changing what the
// browser sees: only the property React reads answers differently.
import { describe, expect, it } from 'vitest';
import { hideFromReactSelectionTracking } from '../../../renderer/src/editor/body/react-selection';

describe('hideFromReactSelectionTracking', () => {
  it('answers "inherit" instead of "true" and leaves the attribute alone', () => {
    const dom = document.createElement('div');
    dom.setAttribute('contenteditable', 'true');
    hideFromReactSelectionTracking(dom);
    expect(dom.contentEditable).toBe('inherit');
    expect(dom.getAttribute('contenteditable')).toBe('true');
  });

  it('passes other values and writes through to the element', () => {
    const dom = document.createElement('div');
    hideFromReactSelectionTracking(dom);
    hideFromReactSelectionTracking(dom); // twice is harmless
    dom.contentEditable = 'false';
    expect(dom.getAttribute('contenteditable')).toBe('false');
    expect(dom.contentEditable).toBe('false');
    dom.contentEditable = 'true';
    expect(dom.getAttribute('contenteditable')).toBe('true');
    expect(dom.contentEditable).toBe('inherit');
  });
});
