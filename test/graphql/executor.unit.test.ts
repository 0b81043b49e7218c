import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { compiledExecution } from '../../src/graphql/executor.js';

const compilations = vi.hoisted(() => ({ count: 0 }));
vi.mock('graphql-jit', async (importOriginal) => {
  const jit = await importOriginal<typeof import('graphql-jit')>();
  return {
    ...jit,
    compileQuery: (...args: Parameters<typeof jit.compileQuery>) => {
      compilations.count += 1;
      return jit.compileQuery(...args);
    },
  };
});

const typeDefs = /* GraphQL */ `
  type Query {
    ok: String!
    coded: String
    plain: String
    nested: Nested
  }
  type Nested {
    required: String!
    other: String
  }
`;

let resolverCalls = 0;
const resolvers = {
  Query: {
    ok: () => {
      resolverCalls += 1;
      return 'yes';
    },
    coded: () => {
      throw new GraphQLError('Account not found', { extensions: { code: 'NOT_FOUND' } });
    },
    plain: () => {
      throw new Error('socket hang up at 10.0.0.7');
    },
    nested: () => ({}),
  },
  Nested: {
    required: () => null,
    other: () => 'kept?',
  },
};

async function serverWithCompiledExecution() {
  const schema = makeExecutableSchema({ typeDefs, resolvers });
  const server = new ApolloServer({
    gateway: compiledExecution(schema),
    formatError: (formatted) => (formatted.extensions?.code ? formatted : { ...formatted, extensions: { code: 'INTERNAL_SERVER_ERROR' } }),
    includeStacktraceInErrorResponses: false,
  });
  await server.start();
  return server;
}

function single(response: Awaited<ReturnType<ApolloServer['executeOperation']>>) {
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  return response.body.singleResult;
}

describe('compiledExecution (graphql-jit behind the gateway interface)', () => {
  it('answers as graphql-js would: partial data, codes kept, paths and locations on every error', async () => {
    const server = await serverWithCompiledExecution();
    const result = single(await server.executeOperation({ query: '{ ok coded plain nested { required other } }' }));
    await server.stop();

    expect(result.data).toEqual({ ok: 'yes', coded: null, plain: null, nested: null });
    const byPath = Object.fromEntries((result.errors ?? []).map((e) => [e.path?.join('.'), e]));
    expect(byPath['coded']).toMatchObject({ message: 'Account not found', extensions: { code: 'NOT_FOUND' }, locations: [{ line: 1, column: 6 }] });
    // A resolver's own Error reaches formatError (here: a code), not Apollo's bare "Internal server error" fallback.
    expect(byPath['plain']).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' }, locations: [{ line: 1, column: 12 }] });
    expect(byPath['nested.required']?.message).toMatch(/non-nullable field Nested.required/);
  });

  it('compiles a document once per operation and runs the compiled query every time', async () => {
    const server = await serverWithCompiledExecution();
    const query = 'query A { ok } query B { ok }';
    resolverCalls = 0;
    compilations.count = 0;
    for (const operationName of ['A', 'A', 'B', 'A', 'B']) {
      expect(single(await server.executeOperation({ query, operationName })).data).toEqual({ ok: 'yes' });
    }
    expect(resolverCalls).toBe(5);
    expect(compilations.count).toBe(2);
    await server.stop();
  });

  it('answers an unknown operation name with an error, not a crash', async () => {
    const server = await serverWithCompiledExecution();
    const result = single(await server.executeOperation({ query: 'query A { ok } query B { ok }', operationName: 'C' }));
    await server.stop();
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/Unknown operation named "C"/);
  });
});
