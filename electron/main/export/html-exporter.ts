// Renders stored articles to HTML files with the shared renderer, the same one
// the preview uses. No `electron` here: the CLI, the IPC handlers and the tests
// all call this.
import fs from 'node:fs';
import path from 'node:path';
import type { Article } from '../../../shared/article/fields';
import { renderArticleFragment, renderArticlePage, type RelatedArticle } from '../../../shared/render';
import { articleSlug } from '../../../shared/render/urls';
import { AppError } from '../../../shared/ipc/result';
import type { ArticleStore } from '../store/article-store';
import type { SettingsStore } from '../settings/settings-store';
import { dataUriImageSrc, type AssetReader } from './asset-reader';
import { FileExistsError, freeName, writeFileSafely } from './write-file';

export interface ExportSources {
  articles: Pick<ArticleStore, 'get' | 'list'>;
  settings: Pick<SettingsStore, 'get'>;
  assets: AssetReader | null;
  /** IANA zone for printed dates; the machine's own zone unless given. */
  timeZone?: string;
}

export interface ExportedFile {
  id: string;
  file: string;
  /** Set when the slug's own name was taken and a suffixed name was used instead. */
  renamedFrom?: string;
}

export class HtmlExporter {
  constructor(private readonly sources: ExportSources) {}

  /** The other articles of the library, for "More from {publication}". */
  related(): RelatedArticle[] {
    return this.sources.articles.list().map((a) => ({
      id: a.id,
      headline: a.headline,
      slug: articleSlug(a.headline),
      status: a.status,
      section: a.section,
      updatedAt: a.updatedAt,
    }));
  }

  /** The file-name slug of an article, as the store and the canonical URL use it. */
  slugOf(id: string): string {
    return articleSlug(this.sources.articles.get(id).headline);
  }

  /** The self-contained page: CSS inline, images embedded as data: URIs. */
  page(id: string): { html: string; slug: string } {
    const article = this.sources.articles.get(id);
    return { html: this.renderPage(article, this.related()), slug: articleSlug(article.headline) };
  }

  /** The body alone, for a CMS: no template, no stylesheet. */
  fragment(id: string): { html: string; slug: string } {
    const article = this.sources.articles.get(id);
    return { html: renderArticleFragment(article, dataUriImageSrc(this.sources.assets)), slug: articleSlug(article.headline) };
  }

  writeOne(id: string, file: string, options: { fragment?: boolean; overwrite?: boolean } = {}): string {
    const { html } = options.fragment ? this.fragment(id) : this.page(id);
    const target = path.resolve(file);
    if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
      throw new AppError('bad-request', `${target} is a folder; give a file name such as ${path.join(target, 'article.html')}.`);
    }
    try {
      writeFileSafely(target, html, { overwrite: options.overwrite });
    } catch (error) {
      throw describeWriteError(error, target);
    }
    return target;
  }

  /**
   * One page per article, named {slug}.html. A name that is already taken (by
   * an earlier export, or by two articles with the same headline) gets -2, -3 …
   * and the result says so; nothing is overwritten unless asked.
   */
  writeAll(dir: string, options: { overwrite?: boolean } = {}): ExportedFile[] {
    const target = path.resolve(dir);
    fs.mkdirSync(target, { recursive: true });
    const related = this.related();
    const taken = new Set<string>();
    const written: ExportedFile[] = [];
    for (const { id } of related) {
      const article = this.sources.articles.get(id);
      const slug = articleSlug(article.headline);
      const wanted = `${slug}.html`;
      const name = freeName(target, slug, '.html', taken, options.overwrite);
      taken.add(name);
      const file = path.join(target, name);
      try {
        writeFileSafely(file, this.renderPage(article, related), { overwrite: options.overwrite });
      } catch (error) {
        throw describeWriteError(error, file);
      }
      written.push(name === wanted ? { id, file } : { id, file, renamedFrom: wanted });
    }
    return written;
  }

  private renderPage(article: Article, related: RelatedArticle[]): string {
    return renderArticlePage(article, this.sources.settings.get(), {
      imageSrc: dataUriImageSrc(this.sources.assets),
      related,
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
