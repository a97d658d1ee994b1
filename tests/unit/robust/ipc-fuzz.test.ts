// Property-based break-it suite for every IPC channel, through the real
// dispatch on a real SQLite file: random payloads and valid ones mutated with
// hostile values (hostile keys, huge strings, BigInt, cycles, NaN, deep
// nesting, unstorable characters — all things Electron's structured clone can
// carry). Always a Result, never a throw, never 'internal', and a rejected
// call writes nothing (the file and its WAL are byte-identical).
import fc from 'fast-check';
import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDispatch, type Dispatch } from '../../../electron/main/ipc/dispatch';
import { createHandlers } from '../../../electron/main/ipc/handlers';
import { openServices, type Services } from '../../../electron/main/services';
import { METHODS, METHOD_NAMES, type MethodName } from '../../../shared/ipc/channels';
import { ERROR_CODES } from '../../../shared/errors/error-codes';
import { DEFAULT_PUBLICATION } from '../../../shared/settings/publication';
import { doc, everyNodeBody, p } from '../../support/docs';
import { dataFingerprint, tempDir } from '../../support/temp';

const APP = { url: 'app://copydesk/index.html', isTopFrame: true };
const RUNS = Number(process.env.COPYDESK_FUZZ_RUNS ?? 120);
const tmp = tempDir();
let services: Services;
let dispatch: Dispatch;
let file: string;
let articleId: string;
let assetSha: string;
const internal: unknown[] = [];

const PNG = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex'), crypto.randomBytes(64)]);

beforeAll(() => {
  file = tmp.file('fuzz.db');
  services = openServices(file);
  dispatch = createDispatch(createHandlers(services), { isTrustedUrl: () => true, log: (e) => internal.push(e), explain: services.explain });
  articleId = services.articles.create({ headline: 'Fuzzed', body: everyNodeBody() }).id;
  assetSha = services.assets.add(PNG).sha256;
});
afterAll(() => {
  expect(services.db.pragma('integrity_check', { simple: true })).toBe('ok');
  services.close();
  tmp.cleanup();
});

/** A valid payload for each method: the seed the mutations start from. A new channel without one fails here. */
function validPayload(method: MethodName): unknown {
  const revision = () => (services.db.prepare('SELECT revision FROM articles WHERE id = ?').pluck().get(articleId) as number | undefined) ?? 1;
  const examples: Record<MethodName, () => unknown> = {
    listArticles: () => ({ limit: 20, filter: { query: 'council -"budget vote" OR bridge', status: 'draft', section: 'Local', tag: 'city', updatedFrom: '2026-01-01T00:00:00.000Z', spiked: false }, sort: 'updated' }),
    existingArticles: () => ({ ids: [articleId] }),
    getArticle: () => ({ id: articleId }),
    createArticle: () => ({ fields: { headline: 'New', tags: ['a'], body: doc(p('Text.')) } }),
    saveArticle: () => ({ id: articleId, baseRevision: revision(), changes: { headline: 'Saved', body: everyNodeBody() } }),
    deleteArticle: () => ({ id: crypto.randomUUID() }),
    spikeArticle: () => ({ id: crypto.randomUUID() }),
    unspikeArticle: () => ({ id: crypto.randomUUID() }),
    deskSuggestions: () => ({ field: 'tag', prefix: 'coun' }),
    discardBlankArticle: () => ({ id: articleId, revision: revision() }),
    recoverArticleText: () => ({ id: crypto.randomUUID() }),
    listVersions: () => ({ id: articleId, limit: 10 }),
    getVersion: () => ({ id: articleId, number: 1 }),
    saveVersion: () => ({ id: articleId, revision: revision(), name: 'filed' }),
    closeArticle: () => ({ id: articleId }),
    readyToQuit: () => ({ unsaved: 'Some words.' }),
    setArticleOpen: () => ({ open: true }),
    checkIntegrity: () => ({}),
    restoreNewestBackup: () => ({}),
    addAsset: () => ({ data: PNG.toString('base64'), fileName: 'photo.png' }),
    pickImage: () => ({}),
    getAsset: () => ({ sha256: assetSha }),
    getSettings: () => ({}),
    saveSettings: () => ({ settings: DEFAULT_PUBLICATION }),
    getUserSettings: () => ({}),
    saveUserSettings: () => ({ settings: { noteInitials: 'JB' } }),
    getPreviewContext: () => ({ id: articleId }),
    exportArticleHtml: () => ({ id: articleId }),
    copyArticleHtml: () => ({ id: articleId }),
    importPreview: () => ({ fileName: 'story.txt', data: Buffer.from('Headline\n\nA paragraph.\n').toString('base64') }),
    pickImportFile: () => ({}),
    getCheckContext: () => ({ dialect: 'en-US' }),
    addNewsroomWord: () => ({ word: 'Lavrov' }),
    removeNewsroomWord: () => ({ word: 'Lavrov' }),
    getHouseRules: () => ({}),
    saveHouseRule: () => ({ rule: { id: 'fuzz-rule', type: 'words', pattern: 'utilise', replacement: 'use', category: 'Words', description: 'Plain words.', kind: 'style', autoFix: true, dialect: '' }, replacing: null }),
    deleteHouseRule: () => ({ id: 'abbrev-ok' }),
    resetHouseRules: () => ({}),
    importHouseRules: () => ({ csv: 'type,pattern,replacement,category,description,id\nwords,utilise,use,Words,Plain words.,fuzz-rule\n' }),
    exportHouseRules: () => ({}),
    listSectionTargets: () => ({}),
    setSectionTarget: () => ({ section: 'Politics', targetWords: 600 }),
    listAcceptedFlags: () => ({ id: articleId }),
    acceptCheckFlag: () => ({ id: articleId, flag: { scope: 'body', rule: 'spelling', text: 'Kestrelbury', before: 'The ', after: ' depot' } }),
    unacceptCheckFlag: () => ({ id: articleId, flag: { scope: 'body', rule: 'spelling', text: 'Kestrelbury', before: 'The ', after: ' depot' } }),
  };
  return (examples as Partial<Record<string, () => unknown>>)[method]?.();
}

function cyclic(): unknown {
  const a: Record<string, unknown> = { type: 'paragraph' };
  a.content = [a];
  a.self = a;
  return a;
}

function deep(levels: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { type: 'blockquote', content: [v] };
  return v;
}

const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty');
const nastyString = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\u0000b', '\uD800', '\uFFFF', '\u000B', '</script>', 'javascript:alert(1)', '../../etc/passwd', ' '.repeat(3)),
  fc.constantFrom('x'.repeat(1_000_001), 'é'.repeat(600_000)),
);
const hostile: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.anything({ maxDepth: 3, withBigInt: true, withNullPrototype: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withSparseArray: true, withBoxedValues: true }) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MAX_SAFE_INTEGER + 2, 2 ** 53, -1, 1e308) },
  { weight: 1, arbitrary: hostileKeys.map((k) => JSON.parse(`{"${k}":{"polluted":true}}`) as unknown) },
  { weight: 1, arbitrary: fc.constantFrom(cyclic(), deep(5_000), deep(40)) },
);

/** Every path to a value inside `value` (objects and arrays), the root included. */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  out.push(prefix);
  if (out.length > 400) return out;
  if (Array.isArray(value)) value.slice(0, 20).forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

function setAt(root: unknown, path: (string | number)[], value: unknown, asNewKey?: string): unknown {
  const copy = structuredClone(root);
  if (path.length === 0 && asNewKey === undefined) return value;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, asNewKey === undefined ? -1 : path.length)) node = node[key] as Record<string | number, unknown>;
  if (node === null || typeof node !== 'object') return copy;
  if (asNewKey !== undefined) Object.defineProperty(node, asNewKey, { value, enumerable: true, configurable: true, writable: true });
  else node[path[path.length - 1]!] = value;
  return copy;
}

function mutated(method: MethodName): fc.Arbitrary<unknown> {
  const seed = validPayload(method);
  const where = paths(seed);
  return fc.oneof(
    fc.tuple(fc.constantFrom(...where), hostile).map(([path, value]) => setAt(seed, path, value)),
    fc.tuple(fc.constantFrom(...where), fc.oneof(hostileKeys, fc.string({ maxLength: 12 })), hostile).map(([path, key, value]) => setAt(seed, path, value, key)),
  );
}

/** fast-check's report without the counterexample itself, which may be megabytes of hostile text. */
function shortReport(details: fc.RunDetails<[payload: unknown]>): void {
  if (!details.failed) return;
  let shown: string;
  try {
    shown = JSON.stringify(details.counterexample, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…(${v.length} chars)` : v));
  } catch {
    shown = '(a cyclic value)';
  }
  throw new Error(`Property failed after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath}): ${String(details.errorInstance)}\nCounterexample: ${shown?.slice(0, 2000)}`);
}

async function expectResult(method: MethodName, payload: unknown): Promise<boolean> {
  const before = dataFingerprint(file);
  let result: Awaited<ReturnType<Dispatch>>;
  try {
    result = await dispatch(METHODS[method], payload, APP);
  } catch (error) {
    throw new Error(`${method} threw across the boundary: ${String(error)}`);
  }
  expect(typeof result).toBe('object');
  if (result.ok) return true;
  expect(ERROR_CODES).toContain(result.error.code);
  expect(typeof result.error.message).toBe('string');
  expect(result.error.message.length).toBeGreaterThan(0);
  expect(result.error.code, `${method}: ${result.error.message}`).not.toBe('internal');
  expect(dataFingerprint(file), `${method} wrote to the database although it answered ${result.error.code}`).toBe(before);
  return true;
}

describe('every IPC channel under fuzzing', () => {
  it('has a seed payload for every channel in the contract, and the seeds are accepted', async () => {
    for (const method of METHOD_NAMES) {
      expect(validPayload(method), `no seed payload for ${method}: add one so the channel is fuzzed`).toBeDefined();
      await expectResult(method, validPayload(method));
    }
  });

  it.each(METHOD_NAMES)('%s: random and mutated payloads always give a Result, never internal, and no write on a refusal', async (method) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 1, arbitrary: hostile }, { weight: 3, arbitrary: mutated(method) }), (payload) => expectResult(method, payload)),
      { numRuns: RUNS, reporter: shortReport },
    );
    expect(internal).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
