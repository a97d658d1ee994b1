// The window's width, as React state that follows resizing.
import { useSyncExternalStore } from 'react';

const subscribe = (listener: () => void) => {
  window.addEventListener('resize', listener);
  return () => window.removeEventListener('resize', listener);
};

export function useWindowWidth(): number {
  return useSyncExternalStore(subscribe, () => document.documentElement.clientWidth);
}

/** localStorage where the window allows it (a sandboxed or private window may refuse it). */
export function windowStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
