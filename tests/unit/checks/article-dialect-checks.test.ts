// The editor's checks follow the article: its own dialect (the metadata row's,
// migration 012) picks the dictionary main hands over, changing it checks the
// article again with the other one, and a desk's editorial note is never
// flagged. Real dispatch on a real SQLite file, the shipped dictionaries, and
// the worker's core in-process behind the feed.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Node } from 'prosemirror-model';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS } from '../../../shared/ipc/channels';
import { schema } from '../../../shared/article/schema';
import type { ArticleDialect } from '../../../shared/article/fields';
import type { CheckContext } from '../../../shared/checks/check-context';
import type { CheckFlag } from '../../../shared/checks/flag';
import { CheckFeed } from '../../../renderer/src/editor/checks/check-feed';
import { inProcessChecker } from '../../../renderer/src/editor/checks/start-check-worker';
import type { ArticleSession } from '../../../renderer/src/editor/session/article-session';
import { tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const tmp = tempDir();
let services: Services;
let dispatch: Dispatch;

beforeEach(() => {
  services = openServices(tmp.file(`d-${Math.random().toString(16).slice(2)}.db`));
  services.checks.setDialect('en-GB');
  dispatch = createDispatch(createHandlers(services), { isTrustedUrl: (url) => url.startsWith('app://copydesk/'), log: () => undefined });
});
afterEach(() => services.close());
afterAll(() => tmp.cleanup());

async function getCheckContext(request: unknown): Promise<CheckContext> {
  const answer = await dispatch(METHODS.getCheckContext, request, APP);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as CheckContext;
}

/** An open article as the feed sees it: its body, header and metadata, and who listens for changes. */
function openArticle(body: Node, dialect: ArticleDialect) {
  let snapshot = { header: { headline: '', standfirst: '' }, metadata: { dialect } };
  const listeners = new Set<() => void>();
  const session = {
    doc: body,
    getSnapshot: () => snapshot,
    subscribe: (listener: () => void) => (listeners.add(listener), () => listeners.delete(listener)),
  } as unknown as Pick<ArticleSession, 'doc' | 'getSnapshot' | 'subscribe'>;
  const answers: { dialect: string | null; texts: string[] }[] = [];
  let ready: string | null = null;
  const failures: string[] = [];
  let wake: () => void = () => undefined;
  const feed = new CheckFeed({
    client: { getCheckContext: (request: unknown) => getCheckContext(request) } as never,
    session,
    startWorker: inProcessChecker,
    delay: 1,
    onReady: (d) => (ready = d),
    onFlags: (_version, flags: ReadonlyMap<string, CheckFlag[]>) => {
      answers.push({ dialect: ready, texts: [...flags.values()].flatMap((f) => f.map((x) => x.text)) });
      wake();
    },
    onFailure: (message) => failures.push(message),
  });
  const next = () => new Promise<void>((resolve) => (wake = resolve));
  const setDialect = (d: ArticleDialect) => {
    snapshot = { ...snapshot, metadata: { dialect: d } };
    for (const l of listeners) l();
  };
  return { feed, answers, failures, next, setDialect };
}

const body = (...paragraphs: Node[]) => schema.node('doc', null, paragraphs);
const para = (...parts: (string | { note: string })[]) =>
  schema.node(
    'paragraph',
    null,
    parts.map((part) => (typeof part === 'string' ? schema.text(part) : schema.text(part.note, [schema.mark('note')]))),
  );

describe('getCheckContext and the article\'s dialect', () => {
  it('hands over the article\'s dialect when it has one, the publication\'s for "" or none, and refuses any other in words', async () => {
    expect((await getCheckContext({})).dialect).toBe('en-GB');
    expect((await getCheckContext({ dialect: '' })).dialect).toBe('en-GB');
    const us = await getCheckContext({ dialect: 'en-US' });
    expect(us.dialect).toBe('en-US');
    expect(us.rules.every((r) => r.dialect === '' || r.dialect === 'en-US')).toBe(true);
    const bad = await dispatch(METHODS.getCheckContext, { dialect: 'fr-FR' }, APP);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.message).toMatch(/dialect must be one of en-GB, en-US/);
    expect((await dispatch(METHODS.getCheckContext, { dialect: 'en-US', extra: 1 }, APP)).ok).toBe(false);
  });
});

describe('the check feed', () => {
  it('checks with the article\'s dialect, and again with the other dictionary when the metadata row changes it', async () => {
    const article = openArticle(body(para('The colour of the color guard.')), 'en-US');
    await article.next();
    expect(article.answers.at(-1)).toEqual({ dialect: 'en-US', texts: ['colour'] });
    const rechecked = article.next();
    article.setDialect('en-GB');
    await rechecked;
    expect(article.answers.at(-1)).toEqual({ dialect: 'en-GB', texts: ['color'] });
    expect(article.failures).toEqual([]);
    article.feed.dispose();
  });

  it('never flags the words of an editorial note, nor a doubled word or double space around one', async () => {
    const article = openArticle(
      body(para('The council recieved ', { note: 'chek teh figure  with teh the council — JB' }, ' the report.'), para('the ', { note: 'nte' }, ' the end.')),
      '',
    );
    await article.next();
    expect(article.answers.at(-1)).toEqual({ dialect: 'en-GB', texts: ['recieved'] });
    article.feed.dispose();
  });
});
