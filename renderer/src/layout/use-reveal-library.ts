import { useEffect } from 'react';
import type { LayoutStore, SidePanel } from './layout-model';

interface FocusSearchSource {
  on(event: 'focusSearch', listener: () => void): () => void;
}

/**
 * Mod-Shift-F focuses the search box from anywhere (desk/SearchBox.tsx), but a box inside a folded
 * library cannot take the focus: open the library over the editor first (LibraryPane then focuses the
 * box). The menu's accelerator arrives as focusSearch in the app, the key itself in a browser.
 */
export function useRevealLibraryForSearch(client: FocusSearchSource, layoutStore: LayoutStore, side: SidePanel | null, sideComfort: number): void {
  useEffect(() => {
    const reveal = () => layoutStore.revealLibrary({ windowWidth: document.documentElement.clientWidth, side, sideComfort });
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.shiftKey && !e.altKey && e.key.toLowerCase() === 'f') reveal();
    };
    window.addEventListener('keydown', onKey, true);
    const unsubscribe = client.on('focusSearch', reveal);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      unsubscribe();
    };
  }, [client, layoutStore, side, sideComfort]);
}
