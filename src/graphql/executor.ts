import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from '@apollo/server-gateway-interface';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema } from 'graphql';

type Compiled = CompiledQuery | ExecutionResult;

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when the resolver's error had none, which Apollo's
 * error formatting does not survive (every such error became a bare INTERNAL_SERVER_ERROR, past formatError). This
 * rebuilds them as graphql-js's `locatedError` would: a GraphQLError thrown with its path is kept as it is;
 * anything else is wrapped with the field's path and the resolver's error as `originalError`.
 */
function asLocatedError(error: GraphQLError): GraphQLError {
  const original = error.originalError;
  if (original instanceof GraphQLError && original.path) return original;
  const located = new GraphQLError(error.message, { path: error.path, originalError: original, extensions: error.extensions });
  // graphql-js derives locations from AST nodes, which jit does not keep; its computed locations are the same.
  Object.defineProperty(located, 'locations', { value: error.locations, enumerable: Boolean(error.locations?.length), writable: true });
  return located;
}

/**
 * graphql-jit behind Apollo's one public executor hook, the gateway interface: each document is compiled once into
 * a function and run with the same resolvers, instead of graphql-js walking the document's AST for every response
 * object (A/B entries 8a → 8b in test/bench/ab-log.json). Apollo still parses, validates and runs every plugin hook; only `execute` is ours.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  // Apollo hands out one DocumentNode per query text (its LRU document store), so a compiled query lives as long as
  // Apollo keeps the document: the cache is bounded by Apollo's, and a hostile client cannot grow it by itself.
  const compiled = new WeakMap<DocumentNode, Map<string, Compiled>>();
  const compile = (document: DocumentNode, operationName: string | undefined): Compiled => {
    let byOperation = compiled.get(document);
    if (!byOperation) compiled.set(document, (byOperation = new Map()));
    const key = operationName ?? '';
    let query = byOperation.get(key);
    if (!query) byOperation.set(key, (query = compileQuery(schema, document, operationName)));
    return query;
  };
  // The name the client sent: `operationName` is the resolved one, null when no operation matches.
  const executor: GatewayExecutor = async ({ document, operationName, request, context }) => {
    const query = compile(document, request.operationName ?? operationName ?? undefined);
    // Not compiled: the operation cannot run (an unknown operation name); the result holds its errors.
    if (!isCompiledQuery(query)) return query;
    const result = await query.query(undefined, context, request.variables ?? {});
    return result.errors ? { ...result, errors: result.errors.map(asLocatedError) } : result;
  };
  let listener: GatewaySchemaLoadOrUpdateCallback | undefined;
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = undefined;
      };
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: '' });
      return { schema, executor };
    },
    async stop() {},
  };
}
