import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_USERS } from '../../src/sandbox/seed.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

// Hostile and broken input against the real HTTP endpoint: every answer must be a well-formed GraphQL response,
// and nothing may escape as a crash or an unhandled rejection.

const STATUSES = new Set([200, 400, 401, 405, 413, 415, 429]);
const FIELDS = ['viewer', 'accounts', 'id', 'nickName', 'balance', 'current', 'available', 'amount', 'currencyCode', 'recipients',
  'transactions', 'edges', 'node', 'nodes', 'totalCount', 'locations', 'pageInfo', 'hasNextPage', '__typename', '__schema',
  'types', 'name', 'fields', 'accountNumber', 'category', 'description', 'first', 'filter', 'categories'];
const RUN = { numRuns: 200, interruptAfterTimeLimit: 1_500 } as const;

interface Probe {
  method?: string;
  body?: string;
  contentType?: string | null;
  search?: string;
  auth?: string | null;
}

describe('fuzzing /graphql', () => {
  let gw: TestGateway;
  let token: string;
  const escaped: unknown[] = [];
  const onEscape = (reason: unknown) => escaped.push(reason);

  /** Sends one request and checks the answer's shape; returns what came back for further checks. */
  const send = async ({ method = 'POST', body, contentType = 'application/json', search = '', auth = token }: Probe) => {
    const headers: Record<string, string> = {};
    if (contentType !== null) headers['content-type'] = contentType;
    if (auth !== null) headers.authorization = `Bearer ${auth}`;
    const res = await fetch(`${gw.url}/graphql${search}`, { method, headers, body });
    const text = await res.text();
    expect(STATUSES, `status of ${method} ${search} ${body?.slice(0, 200)}`).toContain(res.status);
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown };
    expectWellFormed(parsed);
    return { status: res.status, body: parsed };
  };

  beforeAll(async () => {
    process.on('unhandledRejection', onEscape);
    process.on('uncaughtException', onEscape);
    gw = await startTestGateway();
    token = await gw.token(SEED_USERS.retailRich);
  });
  afterAll(async () => {
    await gw.close();
    process.off('unhandledRejection', onEscape);
    process.off('uncaughtException', onEscape);
    expect(escaped).toEqual([]);
  });

  it('answers random and malformed documents', async () => {
    const selection: fc.Arbitrary<string> = fc.letrec<{ set: string }>((tie) => ({
      set: fc.array(fc.tuple(fc.constantFrom(...FIELDS), fc.option(tie('set'), { depthSize: 'small', nil: '' })), { minLength: 1, maxLength: 4 })
        .map((items) => `{ ${items.map(([field, sub]) => `${field} ${sub}`).join(' ')} }`),
    })).set;
    // Valid documents too, so the data path is fuzzed and not only the rejections.
    const alias = fc.option(fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,10}$/).map((name) => `${name}: `), { nil: '' });
    const subset = (fields: string[]) => fc.subarray(fields, { minLength: 1 }).chain((chosen) =>
      fc.tuple(...chosen.map((field) => alias.map((a) => `${a}${field}`))).map((parts) => parts.join(' ')));
    const valid = fc.tuple(alias, subset(['id', 'nickName', 'accountNumber', 'category', '__typename']), alias, subset(['id', 'nickName']))
      .map(([a1, accounts, a2, recipients]) => `{ viewer { ${a1}accounts { ${accounts} } ${a2}recipients { ${recipients} } } }`);
    const document = fc.oneof(
      valid,
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      selection,
      selection.map((set) => `query Q($x: Int) ${set}`),
      fc.integer({ min: 1, max: 2_000 }).map((depth) => `${'{ viewer '.repeat(depth)}${'}'.repeat(depth)}`),
      fc.integer({ min: 1, max: 600 }).map((depth) => `{ viewer { accounts ${'{ transactions { edges { node '.repeat(depth)}{ id }${' } } }'.repeat(depth)} } }`),
      fc.integer({ min: 50, max: 3_000 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { id }`).join(' ')} }`),
      fc.tuple(selection, fc.string({ unit: 'binary', maxLength: 20 })).map(([set, junk]) => set.slice(0, set.length / 2) + junk),
    );
    await fc.assert(fc.asyncProperty(document, async (query) => {
      await send({ body: JSON.stringify({ query }) });
    }), RUN);
  });

  it('answers random variables and operation fields of the wrong type', async () => {
    const query = 'query Account($id: ID!, $first: Int) { node(id: $id) { id ... on Account { transactions(first: $first) { totalCount } } } }';
    const value = fc.oneof(
      { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
      { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
      { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1_000, max: 120_000 }), fc.constantFrom('x', 'é', '\u0000', '"', '\ud800')).map(([n, c]) => c.repeat(n)) },
      { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.constant(2 ** 31), fc.constant(-1)) },
    );
    const payload = fc.record({
      query: fc.oneof({ weight: 5, arbitrary: fc.constant(query) }, { weight: 1, arbitrary: value }),
      variables: fc.oneof({ weight: 5, arbitrary: fc.record({ id: value, first: value }) }, { weight: 1, arbitrary: value }),
      operationName: fc.oneof({ weight: 6, arbitrary: fc.constantFrom(undefined, 'Account') }, { weight: 1, arbitrary: value }),
      extensions: fc.oneof({ weight: 6, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: value }),
    });
    await fc.assert(fc.asyncProperty(payload, async (body) => {
      await send({ body: JSON.stringify(body) });
    }), RUN);
  });

  it('answers malformed JSON, wrong content types, odd methods, query strings and credentials', async () => {
    const probe = fc.record({
      method: fc.constantFrom('POST', 'GET', 'PUT', 'DELETE', 'PATCH'),
      body: fc.oneof(
        fc.string({ maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
        fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify({ query: '{ viewer { id } }', v }).slice(0, -1)),
        fc.constant('['.repeat(5_000) + ']'.repeat(5_000)),
      ),
      contentType: fc.constantFrom('application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data',
        'application/graphql', 'application/json; charset=latin1', null),
      search: fc.oneof(fc.constant(''), fc.string({ maxLength: 60 }).map((q) => `?query=${encodeURIComponent(q)}`),
        fc.constant('?query=%7B%20viewer%20%7B%20id%20%7D%20%7D'), fc.constant('?query=%E0%A4%A&variables=%7B')),
      auth: fc.oneof(fc.constant(token), fc.constant(null), fc.string({ maxLength: 60 })),
    });
    await fc.assert(fc.asyncProperty(probe, async (p) => {
      await send({ ...p, body: p.method === 'GET' ? undefined : p.body, auth: p.auth?.includes('\n') ? null : p.auth });
    }), RUN);
    // The gateway is still healthy afterwards.
    const res = await gw.query('{ viewer { accounts { id } } }', {}, SEED_USERS.retailSingle);
    expect(res.body.errors).toBeUndefined();
  });
});

function expectWellFormed(body: { data?: unknown; errors?: unknown }): void {
  expect(typeof body).toBe('object');
  if (body.errors === undefined) {
    expect(body.data, 'a response without errors carries data').toEqual(expect.any(Object));
    return;
  }
  expect(Array.isArray(body.errors)).toBe(true);
  const errors = body.errors as unknown[];
  expect(errors.length).toBeGreaterThan(0);
  for (const error of errors) {
    expect(error).toMatchObject({ message: expect.any(String), extensions: { code: expect.any(String) } });
  }
  if ('data' in body) expect(body.data === null || typeof body.data === 'object').toBe(true);
}
