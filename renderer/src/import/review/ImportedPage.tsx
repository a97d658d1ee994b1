// The imported article as it will be published, so the journalist sees where
// each quote, photo and paragraph landed before keeping it: the page the
// preview and export write (shared/render), with the default publication, in a
// sandboxed frame (sandbox="" — no scripts, no navigation; the page's own CSP
// allows no network). Photos show as caption and credit: their images are the
// import's and appear once it is kept.
import { useMemo } from 'react';
import type { ArticleFields } from '../../../../shared/article/fields';
import { renderArticlePage } from '../../../../shared/render';
import { DEFAULT_PUBLICATION } from '../../../../shared/settings/publication';

const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const NOT_STORED = '00000000-0000-4000-8000-000000000000';

export function ImportedPage({ fields }: { fields: ArticleFields }) {
  const page = useMemo(() => {
    const now = new Date().toISOString();
    const article = { ...fields, id: NOT_STORED, revision: 0, createdAt: now, updatedAt: now };
    return renderArticlePage(article, DEFAULT_PUBLICATION, { imageSrc: () => null, timeZone: LOCAL_ZONE });
  }, [fields]);
  return <iframe className="import-preview" title="Imported article preview" sandbox="" srcDoc={page} />;
}
