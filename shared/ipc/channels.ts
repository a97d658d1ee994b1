// The names the preload may expose. Kept apart from the schemas so the
// sandboxed preload bundle stays tiny (no zod, no ProseMirror).
export const METHODS = {
  listArticles: 'articles:list',
  existingArticles: 'articles:existing',
  getArticle: 'articles:get',
  createArticle: 'articles:create',
  saveArticle: 'articles:save',
  deleteArticle: 'articles:delete',
  spikeArticle: 'articles:spike',
  unspikeArticle: 'articles:unspike',
  deskSuggestions: 'desk:suggestions',
  discardBlankArticle: 'articles:discard-blank',
  recoverArticleText: 'articles:recover-text',
  listVersions: 'history:list',
  getVersion: 'history:get',
  saveVersion: 'history:save-version',
  closeArticle: 'history:close-article',
  readyToQuit: 'app:ready-to-quit',
  setArticleOpen: 'app:article-open',
  checkIntegrity: 'app:check-integrity',
  restoreNewestBackup: 'app:restore-newest-backup',
  addAsset: 'assets:add',
  pickImage: 'assets:pick-image',
  getAsset: 'assets:get',
  getSettings: 'settings:get',
  saveSettings: 'settings:save',
  getUserSettings: 'settings:get-user',
  saveUserSettings: 'settings:save-user',
  getPreviewContext: 'preview:context',
  exportArticleHtml: 'export:html',
  copyArticleHtml: 'export:copy-html',
  importPreview: 'import:preview',
  pickImportFile: 'import:pick-file',
  getCheckContext: 'checks:context',
  addNewsroomWord: 'checks:add-word',
  removeNewsroomWord: 'checks:remove-word',
  getHouseRules: 'rules:get',
  saveHouseRule: 'rules:save',
  deleteHouseRule: 'rules:delete',
  resetHouseRules: 'rules:reset',
  importHouseRules: 'rules:import',
  exportHouseRules: 'rules:export',
  listSectionTargets: 'targets:list',
  setSectionTarget: 'targets:set',
  listAcceptedFlags: 'checks:list-accepted',
  acceptCheckFlag: 'checks:accept',
  unacceptCheckFlag: 'checks:unaccept',
} as const;

export type MethodName = keyof typeof METHODS;
export type ChannelName = (typeof METHODS)[MethodName];

/** Push events, main → renderer. */
export const EVENTS = {
  newArticle: 'menu:new-article',
  flushBeforeQuit: 'app:flush-before-quit',
  showShortcuts: 'menu:show-shortcuts',
  exportHtml: 'menu:export-html',
  copyHtml: 'menu:copy-html',
  togglePreview: 'menu:toggle-preview',
  toggleLibrary: 'menu:toggle-library',
  importFile: 'menu:import',
  spikeArticle: 'menu:spike-article',
  focusSearch: 'menu:focus-search',
  showHistory: 'menu:show-history',
  saveVersion: 'menu:save-version',
  showChecks: 'menu:show-checks',
} as const;
export type EventName = keyof typeof EVENTS;

export const METHOD_NAMES = Object.keys(METHODS) as MethodName[];
