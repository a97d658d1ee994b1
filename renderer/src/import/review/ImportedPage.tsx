// The imported article as it will be published, so the journalist sees where
// each quote, photo and paragraph landed before keeping it: the page the
// preview and export write (shared/render), with the default publication, in a
// sandboxed frame (sandbox="" — no scripts, no navigation; the page's own CSP
// allows no network). A photo the import brought an image for shows as a plain
// 3:2 stand-in with its caption and credit (the image is the import's and
// appears once it is kept); a credit with no image is left out, as the
// published page leaves it out (the panel's photo list still names it).
import { useMemo } from 'react';
import type { ArticleFields } from '../../../../shared/article/fields';
import { renderArticlePage } from '../../../../shared/render';
import { DEFAULT_PUBLICATION } from '../../../../shared/settings/publication';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const NOT_STORED = '00000000-0000-4000-8000-000000000000';
/** A 3×2 grey PNG: where an imported image will be, at a photo's usual shape. */
const STAND_IN = { src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR4nGO4eeUkBDHAWQCUHA7F7EuVpAAAAABJRU5ErkJggg==', width: 3, height: 2 };

export function ImportedPage({ fields }: { fields: ArticleFields }) {
  const page = useMemo(() => {
    const now = new Date().toISOString();
    const article = { ...fields, id: NOT_STORED, revision: 0, createdAt: now, updatedAt: now };
    return renderArticlePage(article, DEFAULT_PUBLICATION, { imageSrc: () => STAND_IN, timeZone: LOCAL_ZONE });
  }, [fields]);
  return <iframe className="import-preview" title="Imported article preview" sandbox="" srcDoc={page} />;
}
