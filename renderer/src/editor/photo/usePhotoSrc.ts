import { useEffect, useState } from 'react';
import { useEditorServices } from '../body/editor-services';

/** The displayable URL for an asset, or why it cannot be shown. */
export function usePhotoSrc(sha256: string | null): { src: string | null; error: string | null } {
  const { assets } = useEditorServices();
  const [result, setResult] = useState<{ for: string | null; src: string | null; error: string | null }>({ for: null, src: null, error: null });
  useEffect(() => {
    if (!sha256) return;
    let live = true;
    assets.url(sha256).then(
      (src) => live && setResult({ for: sha256, src, error: null }),
      (e: Error) => live && setResult({ for: sha256, src: null, error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [assets, sha256]);
  return result.for === sha256 ? { src: result.src, error: result.error } : { src: null, error: null };
}
