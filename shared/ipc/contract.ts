// The one source of truth for main ↔ renderer calls: request and response
// schemas per method. Main validates with it; the renderer's types come from it.
import { z } from 'zod';
import { Article, ArticleChanges, ArticleDialect, ArticleId, SaveAck } from '../article/fields';
import { IntegrityReport } from '../store/integrity-report';
import type { Result } from './result';
import { AddedAsset, AssetSource, Base64Bytes, Sha256 } from '../assets/assets';
import type { MethodName } from './channels';
import { PublicationSettings } from '../settings/publication';
import { UserSettings } from '../settings/user';
import { PreviewContext } from '../render/preview-context';
import { ImportResult } from '../import/assemble';
import { ImportPreviewRequest, PickedImport } from '../import/ipc';
import { ArticlePage, DeskRow, ListArticlesRequest, MAX_PAGE } from '../article/list-page';
import { LIMITS } from '../limits';
import { MAX_SECTION_TARGETS, SectionTarget } from '../article/section-targets';
import { bodyFromText } from '../article/body';
import { BlockCache } from '../article/body-blocks';
import { CheckContext, HouseRuleData, MAX_RULES_CSV, NewsroomWord, RuleId, RuleSheet } from '../checks/check-context';
import { AcceptedFlag, MAX_ACCEPTED_PER_ARTICLE } from '../checks/accepted-flag';
import { ListVersionsRequest, Version, VersionName, VersionNumber, VersionPage, VersionSummary } from '../history/version';

export { ArticlePage, ListArticlesRequest, ListCursor, MAX_PAGE } from '../article/list-page';

const NoArgs = z.object({}).strict();


// An autosave may send the body as JSON text: the renderer builds it from the
// text of each top-level block it keeps (editor/save/body-text.ts), and a
// string crosses IPC as one copy, where an object of thousands of nodes is
// cloned node by node (5,000 paragraphs: ~2 ms against 30-100 ms of the
// renderer's main thread). Parsed here, then checked like any body.
// One schema for both, so a refused body is refused with the body's own words.
const SaveBody = z
  .unknown()
  .transform((value, ctx) => {
    if (typeof value !== 'string') return value;
    try {
      // Remembered with its text: once checked, the store writes that text rather than serializing the object again.
      return bodyFromText(value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'the body is not valid JSON' });
      return z.NEVER;
    }
  })
  .pipe(ArticleChanges.shape.body.unwrap());
// Beside a body sent as text, each top-level block's length in it (editor/save/body-text.ts): main then parses and
// checks only the blocks it has not seen in the last bodies (shared/article/body-blocks.ts); lengths that do not fit
// the text are not an error, the text is then parsed whole. Main keeps the cache: the renderer never parses a save.
const BODY_BLOCK_LENGTHS = 'bodyBlockLengths must be a list of whole numbers, one per block of the body';
// Checked by one loop: z.array(z.number()…) cost ~3 ms on the 5,000 lengths of a long body, more than the cut itself.
const BodyBlockLengths = z.custom<number[]>(
  (value) => Array.isArray(value) && value.length <= LIMITS.bodyNodes && value.every((n) => Number.isSafeInteger(n) && (n as number) > 0),
  BODY_BLOCK_LENGTHS,
);
const sentBlocks = new BlockCache();
const SaveChangesShape = ArticleChanges.extend({ body: SaveBody.optional(), bodyBlockLengths: BodyBlockLengths.optional() });
const SaveChanges = z
  .preprocess<unknown, typeof SaveChangesShape, z.input<typeof SaveChangesShape>>(parseSentBlocks, SaveChangesShape)
  .transform(({ bodyBlockLengths: _lengths, ...changes }) => changes);

/** The body checked block by block when it came as text with its blocks' lengths and they fit; otherwise as it came. */
function parseSentBlocks(changes: unknown): unknown {
  if (typeof changes !== 'object' || changes === null) return changes;
  const { body, bodyBlockLengths } = changes as { body?: unknown; bodyBlockLengths?: unknown };
  if (typeof body !== 'string' || !Array.isArray(bodyBlockLengths)) return changes;
  const parsed = sentBlocks.parse(body, bodyBlockLengths as unknown[] as number[]);
  return parsed ? { ...changes, body: parsed } : changes;
}


export const contract = {
  listArticles: { request: ListArticlesRequest, response: ArticlePage },
  /** Which of these ids are still articles (the renderer's kept rescue copies are pruned by it). */
  existingArticles: {
    request: z.object({ ids: z.array(ArticleId).max(MAX_PAGE) }).strict(),
    response: z.object({ ids: z.array(ArticleId) }).strict(),
  },
  getArticle: { request: z.object({ id: ArticleId }).strict(), response: Article },
  createArticle: { request: z.object({ fields: ArticleChanges.optional() }).strict(), response: Article },
  saveArticle: {
    request: z
      .object({
        id: ArticleId,
        baseRevision: z.number().int().nonnegative(),
        changes: SaveChanges,
        /** History → Restore: this save brings back that version (main keeps the state it replaces first). */
        restoreFrom: VersionNumber.optional(),
      })
      .strict(),
    response: SaveAck,
  },
  /** Delete permanently: only a spiked article (the Spiked view, after a confirmation naming it). */
  deleteArticle: { request: z.object({ id: ArticleId }).strict(), response: z.object({ id: ArticleId }).strict() },
  /** File → Spike Article: out of the list and search, into the Spiked view; answers its row. */
  spikeArticle: { request: z.object({ id: ArticleId }).strict(), response: DeskRow },
  /** Back from the spike with the status it had. */
  unspikeArticle: { request: z.object({ id: ArticleId }).strict(), response: DeskRow },
  /** Sections or tags already used that start with `prefix` (a bounded read). */
  deskSuggestions: {
    request: z.object({ field: z.enum(['section', 'tag']), prefix: z.string().max(Math.max(LIMITS.section, LIMITS.tag)) }).strict(),
    response: z.object({ values: z.array(z.string()).max(50) }).strict(),
  },
  /** Leaving a draft nothing was written in: main deletes it if it is still blank at that revision. */
  discardBlankArticle: {
    request: z.object({ id: ArticleId, revision: z.number().int().positive() }).strict(),
    response: z.object({ deleted: z.boolean() }).strict(),
  },
  /** "Open as plain text" for a damaged article: a new article from its stored plain text (the damaged one is kept as it is). */
  recoverArticleText: { request: z.object({ id: ArticleId }).strict(), response: Article },
  /** History: an article's versions, newest first, a page at a time. */
  listVersions: { request: ListVersionsRequest, response: VersionPage },
  /** History: one whole version (fields and body), read-only. */
  getVersion: { request: z.object({ id: ArticleId, number: VersionNumber }).strict(), response: Version },
  /** Save Version (Mod-S): a kept version of the article as stored at `revision` (the window saves everything first). */
  saveVersion: {
    request: z.object({ id: ArticleId, revision: z.number().int().positive(), name: VersionName.optional() }).strict(),
    response: VersionSummary,
  },
  /**
   * The window leaves an article (another one, or quitting), or is about to take words out that History must keep (resolving an
   * editorial note): main takes an automatic version if it changed since the newest.
   */
  closeArticle: { request: z.object({ id: ArticleId }).strict(), response: z.object({ version: VersionSummary.nullable() }).strict() },
  /** The answer to flushBeforeQuit; `unsaved` says why some changes could not be saved (main then asks the user). */
  readyToQuit: { request: z.object({ unsaved: z.string().min(1).max(500).optional() }).strict(), response: z.object({}).strict() },
  /** Waits for the start-up quick_check main runs in the background; 'unchecked' where none runs. */
  checkIntegrity: { request: NoArgs, response: IntegrityReport },
  /** Offered when that check found damage: main quits (flushing as usual) and reopens on the newest good backup. */
  restoreNewestBackup: { request: NoArgs, response: z.object({}).strict() },
  /** Whether an article is open: main enables the menu items that act on it (Export, Copy HTML, Delete). */
  setArticleOpen: { request: z.object({ open: z.boolean() }).strict(), response: z.object({}).strict() },
  addAsset: {
    request: z.object({ data: Base64Bytes, fileName: z.string().max(1000).optional() }).strict(),
    response: AddedAsset,
  },
  /** Native file dialog in main; null when the journalist cancels. */
  pickImage: { request: NoArgs, response: AddedAsset.nullable() },
  getAsset: { request: z.object({ sha256: Sha256 }).strict(), response: AssetSource },
  getSettings: { request: NoArgs, response: PublicationSettings },
  saveSettings: { request: z.object({ settings: PublicationSettings }).strict(), response: PublicationSettings },
  /** The person at this computer's settings (the initials on their editorial notes), apart from the publication's. */
  getUserSettings: { request: NoArgs, response: UserSettings },
  saveUserSettings: { request: z.object({ settings: UserSettings }).strict(), response: UserSettings },
  getPreviewContext: { request: z.object({ id: ArticleId }).strict(), response: PreviewContext },
  // Main asks the user where to save (the renderer never names a path).
  exportArticleHtml: {
    request: z.object({ id: ArticleId, fragment: z.boolean().optional() }).strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional(), photosLeftOut: z.number().int().nonnegative().optional() }).strict(),
  },
  copyArticleHtml: { request: z.object({ id: ArticleId }).strict(), response: z.object({ characters: z.number().int(), photosLeftOut: z.number().int().nonnegative().optional() }).strict() },
  /** Reads a file for the review panel; the article is kept afterwards with createArticle. */
  importPreview: { request: ImportPreviewRequest, response: ImportResult },
  /** File → Import…: main shows the native dialog and reads the file; 'unavailable' where there is none. */
  pickImportFile: { request: NoArgs, response: PickedImport },
  /**
   * Copy checks (issue 18): the dictionary of the article's dialect (`dialect`, the metadata row's choice; '' or
   * absent for the publication's), the newsroom's words and the house rules of that dialect, for the renderer's checker.
   */
  getCheckContext: { request: z.object({ dialect: ArticleDialect.optional() }).strict(), response: CheckContext },
  /** "Add to newsroom dictionary": shared by every article; answers whether it was new. */
  addNewsroomWord: { request: z.object({ word: NewsroomWord }).strict(), response: z.object({ added: z.boolean() }).strict() },
  removeNewsroomWord: { request: z.object({ word: NewsroomWord }).strict(), response: z.object({ removed: z.boolean() }).strict() },
  /** Publication settings → Style rules: the sheet that applies (the defaults until the desk edits or imports one). */
  getHouseRules: { request: NoArgs, response: RuleSheet },
  /** One rule added (`replacing` null) or changed in its place; a rule that does not compile is refused and the sheet kept. */
  saveHouseRule: { request: z.object({ rule: HouseRuleData, replacing: RuleId.nullable() }).strict(), response: RuleSheet },
  deleteHouseRule: { request: z.object({ id: RuleId }).strict(), response: RuleSheet },
  resetHouseRules: { request: NoArgs, response: RuleSheet },
  /** A CSV file's text (read by the renderer from the file chosen): replaces the sheet whole, or is refused naming the rule. */
  importHouseRules: { request: z.object({ csv: z.string().max(MAX_RULES_CSV, 'the sheet is larger than 8 MB') }).strict(), response: RuleSheet },
  /** Main asks where to save (the renderer never names a path). */
  exportHouseRules: {
    request: NoArgs,
    response: z.object({ saved: z.boolean(), path: z.string().optional(), rules: z.number().int().nonnegative() }).strict(),
  },
  /** The desk's default length target per section, A to Z (Publication settings; the status bar of an article with no target of its own). */
  listSectionTargets: { request: NoArgs, response: z.array(SectionTarget).max(MAX_SECTION_TARGETS) },
  /** Sets a section's default (sections compared ignoring case and accents), or removes it with null; answers every default. */
  setSectionTarget: {
    request: z.object({ section: z.string().max(1_000), targetWords: z.number().nullable() }).strict(),
    response: z.array(SectionTarget).max(MAX_SECTION_TARGETS),
  },
  /** The flags marked correct in an article (shared/checks/accepted-flag.ts), read when it opens. */
  listAcceptedFlags: { request: z.object({ id: ArticleId }).strict(), response: z.object({ flags: z.array(AcceptedFlag).max(MAX_ACCEPTED_PER_ARTICLE) }).strict() },
  /** "Mark correct here": remembered with the article; answers whether it was new. */
  acceptCheckFlag: { request: z.object({ id: ArticleId, flag: AcceptedFlag }).strict(), response: z.object({ accepted: z.boolean() }).strict() },
  /** The undo of Mark correct. */
  unacceptCheckFlag: { request: z.object({ id: ArticleId, flag: AcceptedFlag }).strict(), response: z.object({ removed: z.boolean() }).strict() },
} satisfies Record<MethodName, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type RequestOf<M extends MethodName> = z.input<Contract[M]['request']>;
export type ParsedRequestOf<M extends MethodName> = z.output<Contract[M]['request']>;
export type ResponseOf<M extends MethodName> = z.output<Contract[M]['response']>;

/** The shape of window.copydesk, as built by the preload (or the test host). */
export type Bridge = {
  [M in MethodName]: (request: RequestOf<M>) => Promise<Result<ResponseOf<M>>>;
} & {
  on(event: import('./channels').EventName, listener: () => void): () => void;
};
