import { useEffect, useState } from 'react';
import { useEditorServices } from '../body/editor-services';
import type { ShownAsset } from './asset-url';

/** The displayable asset (URL and size), or why it cannot be shown. */
export function usePhotoSrc(sha256: string | null): { shown: ShownAsset | null; error: string | null } {
  const { assets } = useEditorServices();
  const [result, setResult] = useState<{ for: string | null; shown: ShownAsset | null; error: string | null }>({ for: null, shown: null, error: null });
  useEffect(() => {
    if (!sha256) return;
    let live = true;
    assets.url(sha256).then(
      (shown) => live && setResult({ for: sha256, shown, error: null }),
      (e: Error) => live && setResult({ for: sha256, shown: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [assets, sha256]);
  return result.for === sha256 ? { shown: result.shown, error: result.error } : { shown: null, error: null };
}
