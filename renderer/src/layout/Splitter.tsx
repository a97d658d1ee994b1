// The line between the editor and the side area: drag it, or focus it and use
// the arrow keys (Shift for bigger steps, Home and End for the ends). The
// width it sets is the side area's, clamped by the layout model.
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { sideWidthAfterKey, type SideLayout } from './layout-model';

export function Splitter({ side, label, onResize }: { side: SideLayout; label: string; onResize(width: number): void }) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    const next = sideWidthAfterKey(side, e.key, e.shiftKey);
    if (next === null) return;
    e.preventDefault();
    onResize(next);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    drag.current = { startX: e.clientX, startWidth: side.width };
  };
  const onPointerMove = (e: PointerEvent) => {
    if (!drag.current) return;
    const width = drag.current.startWidth - (e.clientX - drag.current.startX);
    onResize(Math.min(side.max, Math.max(side.min, width)));
  };
  const onPointerUp = () => {
    drag.current = null;
  };

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={side.width}
      aria-valuemin={side.min}
      aria-valuemax={side.max}
      aria-valuetext={`${side.width} pixels wide`}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    />
  );
}
