// A stable function that always calls the latest `fn`: for callbacks handed to
// code created once (ProseMirror plugins, the command table, a session) that
// must still see fresh props. The ref is updated after commit, never during render.
import { useCallback, useInsertionEffect, useRef } from 'react';

export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useInsertionEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
