// Issue 18's "Done when" for the copy checks, end to end in Chromium on the
// production renderer, real SQLite and the shipped dictionaries in the
// checker's worker, with every request that is not the app's own refused and
// counted: the seed article imported through File → Import has no spelling
// flag left on its names once each is added or confirmed; every planted
// mistake is flagged with its kind and rule, in the Checks panel and by
// `copydesk check ID --json` alike; Fix, Fix all, Ignore, Add to dictionary
// and Mark correct each work and each is undone by Mod-Z; the newsroom
// dictionary, the rule sheet and a Mark correct survive closing and
// relaunching the app on the same file; a bad sheet is refused naming its rule.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Locator, type Page } from '@playwright/test';
import { isCapitalised } from '../../shared/checks/spelling/names';
import { PLANTED } from '../fixtures/checks/planted';
import { SEED_PATH } from '../support/seed';
import { openServices } from '../../electron/main/services';
import { launchApp, type LaunchedApp } from './launch';

const PLANTED_TEXT = fs.readFileSync(path.resolve('tests/fixtures/checks/planted-mistakes.txt'), 'utf8');
const [PLANTED_HEADLINE, ...PLANTED_PARAGRAPHS] = PLANTED_TEXT.split(/\n\s*\n/).map((t) => t.replace(/\n/g, ' ').trim()).filter(Boolean);

let dir: string;
let app: LaunchedApp | null = null;
/** Requests that tried to leave the app's own origin (all refused). */
let foreign: string[] = [];

test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'copydesk-done-when-'));
  foreign = [];
});
test.afterEach(async () => {
  await app?.close();
  app = null;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** The app on `db` with the network blocked: anything but its own origin is aborted and recorded. */
async function launchOffline(db: string, bypassCSP = false): Promise<LaunchedApp> {
  const launched = await launchApp({ dbPath: db, viewport: { width: 1500, height: 900 }, bypassCSP });
  const origin = new URL(launched.page.url()).origin;
  await launched.page.context().route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    foreign.push(url);
    return route.abort('internetdisconnected');
  });
  await launched.reload();
  return launched;
}

const cli = (db: string, ...args: string[]) =>
  spawnSync(process.execPath, [path.resolve('bin/copydesk.js'), ...args, '--db', db], { encoding: 'utf8', env: { ...process.env, COPYDESK_DB: '' } });

const checksPanel = (page: Page) => page.getByRole('complementary', { name: 'Checks' });
const flag = (page: Page, kind: string, text: string) => page.locator(`.body-editor .check-${kind}`, { hasText: text });
const paragraphs = (page: Page) => page.locator('.body-editor > p');
const shot = (page: Page, name: string) => page.screenshot({ path: path.resolve(`test-results/screenshots/${name}.png`) });

async function openPanel(page: Page): Promise<Locator> {
  const panel = checksPanel(page);
  if (!(await panel.isVisible())) {
    await page.locator('.body-editor').focus();
    await page.keyboard.press('Control+Alt+k');
  }
  await expect(panel.getByRole('status')).toHaveText(/flagged|Nothing flagged/);
  return panel;
}

/** Every flag the panel lists: its kind (the group it is in), rule id, text and where it is. */
function panelFlags(panel: Locator) {
  return panel.locator('.checks-flag').evaluateAll((items) =>
    items.map((li) => ({
      kind: /checks-group-(\w+)/.exec(li.closest('section')!.className)![1]!,
      rule: li.getAttribute('data-rule')!,
      text: li.querySelector('.checks-flag-text')!.textContent!.slice(1, -1),
      where: li.querySelector('.checks-where')!.textContent!,
    })),
  );
}

/** Mod-Z in the body (the panel's buttons keep the focus after a click). */
async function undo(page: Page) {
  await page.locator('.body-editor').focus();
  await page.keyboard.press('Control+z');
}

async function audit(page: Page, selector: string) {
  const result = await new AxeBuilder({ page }).include(selector).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => `${n.html} ${n.failureSummary}`).join(', ')}`)).toEqual([]);
}

/** The planted fixture as a stored article: paragraphs as written (an import would straighten its quotes and spaces). */
function storePlanted(db: string): string {
  const services = openServices(db);
  try {
    const body = { type: 'doc', content: PLANTED_PARAGRAPHS.map((t) => ({ type: 'paragraph', content: [{ type: 'text', text: t }] })) };
    return services.articles.create({ headline: PLANTED_HEADLINE, body: body as never }).id;
  } finally {
    services.close();
  }
}

test('offline, the seed imported through File → Import has no spelling flag left on its names once each is added or confirmed', async () => {
  const db = path.join(dir, 'seed.db');
  app = await launchOffline(db);
  const { page, services } = app;
  services.checks.setDialect('en-US');
  const chooser = page.waitForEvent('filechooser');
  await app.emit('importFile');
  await (await chooser).setFiles(SEED_PATH);
  const review = page.getByRole('dialog', { name: 'Review import' });
  await review.getByRole('button', { name: 'Keep article' }).click({ timeout: 30_000 });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(/^Syria Peace Talks Stall/);

  const panel = await openPanel(page);
  const first = (await panelFlags(panel)).filter((f) => f.kind === 'spelling');
  // Only names (and the one British spelling the American story quotes) are flagged; a name the story repeats, once.
  expect(first.filter((f) => !isCapitalised(f.text)).map((f) => f.text)).toEqual(['recognised']);
  const names = first.filter((f) => isCapitalised(f.text));
  expect(names.map((f) => f.text)).toEqual(expect.arrayContaining(['Lavrov', 'Nusra']));
  expect(names.filter((f) => f.text === 'Nusra')).toEqual([expect.objectContaining({ rule: 'name' })]);
  await shot(page, 'checks-done-when-seed');

  for (const name of names) {
    if (name.rule === 'name') {
      // Confirmed by the capitalisation rule: checked once, marked correct in this article.
      await panel.getByRole('button', { name: `Mark “${name.text}” in ${name.where} correct` }).click();
    } else {
      await panel.getByRole('button', { name: `Suggestions for “${name.text}” in ${name.where}` }).click();
      await page.getByRole('menu').getByRole('menuitem', { name: `Add “${name.text}” to newsroom dictionary` }).click();
    }
    await expect(panel.locator('.checks-flag-text', { hasText: `“${name.text}”` })).toHaveCount(0);
  }
  expect((await panelFlags(panel)).filter((f) => f.kind === 'spelling').map((f) => f.text)).toEqual(['recognised']);
  const added = names.filter((f) => f.rule !== 'name').map((f) => f.text);
  expect(services.checks.words()).toEqual(expect.arrayContaining(added));
  expect(services.checks.words()).toHaveLength(added.length);
  expect(app.consoleErrors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('every planted mistake is flagged with its kind and rule, in the Checks panel and by copydesk check --json alike', async () => {
  const db = path.join(dir, 'planted.db');
  const id = storePlanted(db);
  app = await launchOffline(db);
  const { page, services } = app;
  services.checks.setDialect('en-GB');
  await app.reload();
  await page.getByRole('button', { name: PLANTED_HEADLINE }).click();
  const panel = await openPanel(page);
  await expect(panel.getByRole('status')).toHaveText(/flagged/);
  const shown = await panelFlags(panel);
  for (const [text, kind, rule] of PLANTED) {
    expect(shown.find((f) => f.text === text && f.rule === rule), `${rule} on ${JSON.stringify(text)}`).toMatchObject({ kind });
  }
  expect(PLANTED.length).toBeGreaterThanOrEqual(20);
  await shot(page, 'checks-done-when-planted');

  const run = cli(db, 'check', id, '--json', '--dialect', 'en-GB');
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as { flags: Array<{ text: string; kind: string; ruleId: string }> };
  const key = (f: { kind: string; rule: string; text: string }) => `${f.kind}|${f.rule}|${f.text}`;
  expect(report.flags.map((f) => key({ kind: f.kind, rule: f.ruleId, text: f.text })).sort()).toEqual(shown.map(key).sort());
  expect(foreign).toEqual([]);
});

test('Fix, Fix all, Ignore, Add to dictionary and Mark correct each work and each is undone by Mod-Z (axe-core clean)', async () => {
  const db = path.join(dir, 'actions.db');
  const id = storePlanted(db);
  app = await launchOffline(db, true);
  const { page, services } = app;
  services.checks.setDialect('en-GB');
  await app.reload();
  await page.getByRole('button', { name: PLANTED_HEADLINE }).click();
  const panel = await openPanel(page);
  const before = await paragraphs(page).allTextContents();
  const count = async () => Number(/^(\d+) flagged/.exec((await panel.getByRole('status').textContent()) ?? '')?.[1]);
  await expect(flag(page, 'spelling', 'recieved')).toHaveCount(1);
  const all = await count();
  const drawn = page.locator('.body-editor .check-flag');
  const underlined = await drawn.count();

  // Fix (the panel), then undo — Mod-Z where the journalist is, in the panel; Mod-Shift-Z redoes it.
  await panel.getByRole('button', { name: 'Fix “stated” in paragraph 2 to “said”' }).click();
  await expect(paragraphs(page).nth(1)).toContainText('Okafor said that');
  // The fixed flag's item is gone; the focus went on to the next flag, still in the panel.
  await expect(panel.locator('.checks-jump:focus')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(paragraphs(page)).toHaveText(before);
  await page.keyboard.press('Control+Shift+z');
  await expect(paragraphs(page).nth(1)).toContainText('Okafor said that');
  await undo(page);
  await expect(paragraphs(page)).toHaveText(before);
  await expect(panel.getByRole('button', { name: 'Fix “stated” in paragraph 2 to “said”' })).toBeVisible();

  // Fix all automatic: one step, one undo.
  await panel.getByRole('button', { name: /^Fix all automatic/ }).click();
  await expect(paragraphs(page).first()).toContainText('close the Riverside');
  await expect.poll(count).toBeLessThan(all);
  await undo(page);
  await expect(paragraphs(page)).toHaveText(before);
  await expect.poll(count).toBe(all);
  // Every underline is back once the article is checked again.
  await expect(drawn).toHaveCount(underlined);

  // Ignore here (the context menu), then undo.
  await flag(page, 'spelling', 'descision').click({ button: 'right' });
  const menu = page.getByRole('menu', { name: /“descision”/ });
  await expect(menu.getByRole('menuitem', { name: 'Mark correct here' })).toBeVisible();
  await shot(page, 'checks-done-when-menu');
  await audit(page, '.check-menu');
  await menu.getByRole('menuitem', { name: 'Ignore here' }).click();
  await expect(flag(page, 'spelling', 'descision')).toHaveCount(0);
  await undo(page);
  await expect(flag(page, 'spelling', 'descision')).toHaveCount(1);

  // Add to newsroom dictionary (Mod-. on the word), then undo: the word leaves the dictionary again.
  await flag(page, 'spelling', 'Duarte').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  await page.getByRole('menu', { name: /“Duarte”/ }).getByRole('menuitem', { name: 'Add “Duarte” to newsroom dictionary' }).click();
  await expect(flag(page, 'spelling', 'Duarte')).toHaveCount(0);
  expect(services.checks.words()).toEqual(['Duarte']);
  await undo(page);
  await expect(flag(page, 'spelling', 'Duarte')).toHaveCount(1);
  expect(services.checks.words()).toEqual([]);

  // Mark correct (the panel), then undo: remembered with the article, and forgotten again.
  await panel.getByRole('button', { name: 'Mark “Okafor” in paragraph 2 correct' }).click();
  await expect(panel.getByRole('button', { name: /^“Okafor”/ })).toHaveCount(0);
  await expect(flag(page, 'spelling', 'Okafor')).toHaveCount(0);
  await expect(panel.getByText('“Okafor” is marked correct in this article.')).toBeVisible();
  expect(services.acceptedFlags.list(id).map((f) => f.text)).toEqual(['Okafor']);
  await shot(page, 'checks-done-when-panel');
  await audit(page, '.checks-panel');
  await undo(page);
  await expect(panel.getByRole('button', { name: /^“Okafor” paragraph 2$/ })).toBeVisible();
  await expect(flag(page, 'spelling', 'Okafor')).toHaveCount(1);
  expect(services.acceptedFlags.list(id)).toEqual([]);

  // Nothing was changed by all that: the words are as they were, and so is the count.
  await expect(paragraphs(page)).toHaveText(before);
  await expect.poll(count).toBe(all);
  await expect(drawn).toHaveCount(underlined);
  expect(app.consoleErrors).toEqual([]);
  expect(foreign).toEqual([]);
});

test('the newsroom dictionary, the rule sheet and a Mark correct survive a restart; a bad sheet is refused naming its rule', async () => {
  const db = path.join(dir, 'restart.db');
  const id = storePlanted(db);
  const sheet = path.join(dir, 'sheet.csv');
  fs.writeFileSync(sheet, 'type,pattern,replacement,category,description,id\nwords,overflow crowd,big crowd,House words,We say a big crowd.,house-big-crowd\n');
  expect(cli(db, 'rules', 'import', sheet).status).toBe(0);
  app = await launchOffline(db);
  let { page } = app;
  app.services.checks.setDialect('en-GB');
  await app.reload();
  await page.getByRole('button', { name: PLANTED_HEADLINE }).click();
  await expect(flag(page, 'style', 'overflow crowd')).toHaveCount(1);
  await flag(page, 'spelling', 'Duarte').click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Add “Duarte” to newsroom dictionary' }).click();
  await flag(page, 'spelling', 'recieved').click({ button: 'right' });
  await page.getByRole('menu').getByRole('menuitem', { name: 'Mark correct here' }).click();
  await expect(flag(page, 'spelling', 'recieved')).toHaveCount(0);
  await expect(flag(page, 'spelling', 'Duarte')).toHaveCount(0);
  await app.close();
  app = null;

  // A sheet with a rule that does not compile is refused, naming the rule; the sheet stays as it was.
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(bad, 'type,pattern,replacement,category,description,id\nregex,(unclosed,,House words,Broken.,house-broken\n');
  const refused = cli(db, 'rules', 'import', bad);
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/bad\.csv was not imported; the sheet is unchanged\. Rule "house-broken" \(line 2\): the pattern does not compile/);

  app = await launchOffline(db);
  page = app.page;
  await page.getByRole('button', { name: PLANTED_HEADLINE }).click();
  await expect(flag(page, 'style', 'overflow crowd')).toHaveCount(1);
  await expect(paragraphs(page).nth(2)).toContainText('recieved');
  await expect(flag(page, 'spelling', 'Duarte')).toHaveCount(0);
  await expect(flag(page, 'spelling', 'recieved')).toHaveCount(0);
  expect(app.services.checks.words()).toEqual(['Duarte']);
  expect(app.services.checks.rules().map((r) => r.id)).toEqual(['house-big-crowd']);
  expect(app.services.acceptedFlags.list(id).map((f) => f.text)).toEqual(['recieved']);

  // The flagged text itself changes: the mark no longer fits, and the flag is back.
  const word = await paragraphs(page).nth(2).evaluate((p) => {
    const node = p.firstChild!;
    const at = node.textContent!.indexOf('recieved');
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 'recieved'.length);
    const box = range.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  await page.mouse.dblclick(word.x, word.y);
  await page.keyboard.type('recievd');
  await page.keyboard.press('ArrowLeft');
  await expect(paragraphs(page).nth(2)).toContainText('had recievd no warning');
  await expect(flag(page, 'spelling', 'recievd')).toHaveCount(1);
  expect(foreign).toEqual([]);
});
