// Renders stored articles to HTML files with the shared renderer, the same one
// the preview uses. No `electron` here: the CLI, the IPC handlers and the tests
// all call this.
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../shared/article/fields';
import { bodyFromJSON, plainText } from '../../../shared/article/body';
import { renderArticleFragment, renderArticlePage, type RelatedArticle } from '../../../shared/render';
import { articleSlug } from '../../../shared/render/urls';
import { photosWithoutImage } from '../../../shared/render/photo';
import { AppError } from '../../../shared/errors/app-error';
import type { ArticleStore } from '../store/article-store';
import type { SettingsStore } from '../settings/settings-store';
import type { PublicationSettings } from '../../../shared/settings/publication';
import type { ListCursor } from '../../../shared/article/list-page';
import { dataUriImageSrc, type AssetReader } from './asset-reader';
import { FileExistsError, freeName, writeFileSafely } from './write-file';

export interface ExportSources {
  articles: Pick<ArticleStore, 'get' | 'listPage' | 'related' | 'snapshot'>;
  settings: Pick<SettingsStore, 'get'>;
  assets: AssetReader | null;
  /** IANA zone for printed dates; the machine's own zone unless given. */
  timeZone?: string;
}

export interface WrittenPage {
  file: string;
  /** Photos of the body with no image, which the page leaves out (shared/render/photo.ts). */
  photosLeftOut: number;
}

export interface ExportedFile {
  id: string;
  file: string;
  /** Set when the slug's own name was taken and a suffixed name was used instead. */
  renamedFrom?: string;
}

/** An article export --all could not write, and why (one sentence). */
export interface ExportFailure {
  id: string;
  headline: string;
  reason: string;
}

export interface ExportReport {
  written: ExportedFile[];
  failed: ExportFailure[];
}

/** How many articles export --all reads at a time (keyset pages, never the whole library). */
const EXPORT_PAGE = 200;

export class HtmlExporter {
  constructor(private readonly sources: ExportSources) {}

  /** "More from {publication}" for an article: one indexed query, whatever the size of the library. */
  related(id: string | null): RelatedArticle[] {
    return this.sources.articles.related(id);
  }

  /** The file-name slug of an article, as the store and the canonical URL use it. */
  slugOf(id: string): string {
    return articleSlug(this.sources.articles.get(id).headline);
  }

  /** The self-contained page: CSS inline, images embedded as data: URIs. */
  page(id: string): { html: string; slug: string; photosLeftOut: number } {
    const article = this.sources.articles.get(id);
    const imageSrc = dataUriImageSrc(this.sources.assets);
    const html = this.renderPage(article, this.sources.settings.get(), imageSrc);
    return { html, slug: articleSlug(article.headline), photosLeftOut: photosWithoutImage(bodyFromJSON(article.body), imageSrc) };
  }

  /** The body as HTML for a CMS, with its plain text (shared/article/body.ts) for apps that cannot take HTML. */
  fragment(id: string): { html: string; text: string; slug: string; photosLeftOut: number } {
    const article = this.sources.articles.get(id);
    const imageSrc = dataUriImageSrc(this.sources.assets);
    const html = renderArticleFragment(article, imageSrc);
    const doc = bodyFromJSON(article.body);
    return { html, text: plainText(doc), slug: articleSlug(article.headline), photosLeftOut: photosWithoutImage(doc, imageSrc) };
  }

  /** Writes one page (or fragment); says where, and how many image-less photos it left out. */
  writeOne(id: string, file: string, options: { fragment?: boolean; overwrite?: boolean } = {}): WrittenPage {
    const { html, photosLeftOut } = options.fragment ? this.fragment(id) : this.page(id);
    const target = path.resolve(file);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      throw new AppError('bad-request', `${target} is a folder; give a file name such as ${path.join(target, 'article.html')}.`);
    }
    try {
      writeFileSafely(target, html, { overwrite: options.overwrite });
    } catch (error) {
      throw describeWriteError(error, target);
    }
    return { file: target, photosLeftOut };
  }

  /**
   * One page per article, named {slug}.html. A name that is already taken (by
   * an earlier export, or by two articles with the same headline) gets -2, -3 …
   * and the report says so; nothing is overwritten unless asked.
   *
   * Articles are read a page at a time inside one read transaction, so the
   * cost per article does not grow with the library and the export is one
   * consistent snapshot (an article deleted meanwhile is still exported). An
   * article that cannot be exported — whatever the error — is reported and the
   * rest are still written.
   */
  writeAll(dir: string, options: { overwrite?: boolean; onFile?: (file: ExportedFile) => void } = {}): ExportReport {
    const target = path.resolve(dir);
    fs.mkdirSync(target, { recursive: true });
    return this.sources.articles.snapshot(() => {
      const settings = this.sources.settings.get();
      const taken = new Set<string>();
      const report: ExportReport = { written: [], failed: [] };
      let cursor: ListCursor | undefined;
      do {
        const page = this.sources.articles.listPage({ limit: EXPORT_PAGE, cursor });
        for (const summary of page.items) {
          try {
            const exported = this.writeInto(target, summary.id, settings, taken, options.overwrite);
            report.written.push(exported);
            options.onFile?.(exported);
          } catch (error) {
            report.failed.push({ id: summary.id, headline: summary.headline, reason: error instanceof Error ? error.message : String(error) });
          }
        }
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return report;
    });
  }

  private writeInto(dir: string, id: string, settings: PublicationSettings, taken: Set<string>, overwrite?: boolean): ExportedFile {
    const article = this.sources.articles.get(id);
    const html = this.renderPage(article, settings);
    const slug = articleSlug(article.headline);
    const wanted = `${slug}.html`;
    const name = freeName(dir, slug, '.html', taken, overwrite);
    const file = path.join(dir, name);
    try {
      writeFileSafely(file, html, { overwrite });
    } catch (error) {
      throw describeWriteError(error, file);
    }
    taken.add(name);
    return name === wanted ? { id, file } : { id, file, renamedFrom: wanted };
  }

  private renderPage(article: Article, settings: PublicationSettings, imageSrc = dataUriImageSrc(this.sources.assets)): string {
    return renderArticlePage(article, settings, {
      imageSrc,
      related: this.related(article.id),
      timeZone: this.sources.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
  }
}

function describeWriteError(error: unknown, file: string): Error {
  if (error instanceof FileExistsError) {
    return new AppError('conflict', `${file} already exists; it was left untouched. Choose another name or allow overwriting.`);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new AppError('bad-request', `Cannot write ${file}: the folder does not exist.`);
  if (code === 'EACCES' || code === 'EPERM') return new AppError('bad-request', `Cannot write ${file}: permission denied.`);
  if (code === 'ENOSPC') return new AppError('internal', `Cannot write ${file}: the disk is full.`);
  return error instanceof Error ? error : new Error(String(error));
}
