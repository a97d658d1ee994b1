// The one side area beside the editor: the preview, or a panel that takes its
// place while open (History now; the Checks panel of issue 18 renders here
// too, as `panel === 'checks'`). Split beside the editor with a splitter, or
// laid over the editor's right edge when the window is too narrow for both.
import type { ReactNode } from 'react';
import { Splitter } from './Splitter';
import type { SideLayout, SidePanel } from './layout-model';

const NAMES: Record<SidePanel, string> = { preview: 'the preview', history: 'History', checks: 'Checks' };

export function SideArea({ side, onResize, children }: { side: SideLayout; onResize(width: number): void; children: ReactNode }) {
  return (
    <>
      {side.mode === 'split' && <Splitter side={side} label={`Resize ${NAMES[side.panel]}`} onResize={onResize} />}
      <div className={`side-area side-${side.mode}`} data-panel={side.panel} style={side.mode === 'overlay' ? { width: side.width } : undefined}>
        {children}
      </div>
    </>
  );
}
