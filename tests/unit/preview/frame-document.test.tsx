// @vitest-environment happy-dom
// The preview frame is fed one document at a time (useFrameDocument): Chromium
// can drop a srcdoc change made while the previous one still loads. Rendered
// with React for real; the frame's load event is fired by hand, as happy-dom
// does not load srcdoc.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useFrameDocument } from '../../../renderer/src/preview/useFrameDocument';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Frame({ html }: { html: string }) {
  const frame = useFrameDocument(html);
  return frame.shown ? <iframe title="preview" srcDoc={frame.shown} onLoad={frame.onLoad} /> : <div data-testid="placeholder" />;
}

let container: HTMLDivElement;
let root: Root;
const render = (html: string) => act(() => root.render(<Frame html={html} />));
const frame = () => container.querySelector('iframe');
const loaded = () => act(() => void frame()!.dispatchEvent(new Event('load')));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['performance'] });
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('the preview frame', () => {
  it('is not created until there is a page, and is created with it (never empty first)', () => {
    render('');
    expect(frame()).toBeNull();
    render('<h1>One</h1>');
    expect(frame()!.getAttribute('srcdoc')).toBe('<h1>One</h1>');
  });

  it('gets the next page only once the last one has loaded, skipping any in between', () => {
    render('<h1>One</h1>');
    render('<h1>Two</h1>');
    render('<h1>Three</h1>');
    expect(frame()!.getAttribute('srcdoc')).toBe('<h1>One</h1>');
    loaded();
    expect(frame()!.getAttribute('srcdoc')).toBe('<h1>Three</h1>');
    loaded();
    render('<h1>Four</h1>');
    expect(frame()!.getAttribute('srcdoc')).toBe('<h1>Four</h1>');
  });

  it('is not frozen for good by a load that never reports back', () => {
    render('<h1>One</h1>');
    render('<h1>Two</h1>');
    expect(frame()!.getAttribute('srcdoc')).toBe('<h1>One</h1>');
    vi.advanceTimersByTime(3001);
    render('<h1>Three</h1>');
    expect(frame()!.getAttribute('srcdoc')).toBe('<h1>Three</h1>');
  });
});
