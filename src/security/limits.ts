import { validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { operationCost } from './cost.js';
import { queryTooComplex, type LimitName } from './errors.js';
import type { QueryLimits } from './config.js';

/** Depth, alias and directive limits through graphql-armor's rules; the first violation, or null. */
export function structuralViolation(schema: GraphQLSchema, document: DocumentNode, limits: QueryLimits): GraphQLError | null {
  let violation: GraphQLError | null = null;
  // armor reports through callbacks when not propagating: that is how we learn which limit it was.
  const refuse = (limit: LimitName, maximum: number) => ({
    n: maximum,
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (_context: unknown, error: GraphQLError) => {
        violation ??= queryTooComplex(limit, maximum, Number(/found (\d+)/.exec(error.message)?.[1]) || undefined);
      },
    ],
  });
  validate(schema, document, [
    maxDepthRule({ ...refuse('depth', limits.maxDepth), flattenFragments: true }),
    // __typename aliases count too: they are free to resolve but not to serialize.
    maxAliasesRule({ ...refuse('aliases', limits.maxAliases), allowList: [] }),
    maxDirectivesRule(refuse('directives', limits.maxDirectives)),
  ]);
  return violation;
}

/**
 * Enforces depth, aliases, directives and cost once the operation is known, before execution: a hostile document
 * costs a parse and a validation at most (both bounded by the token limit, see `parseOptions`) and never a bank
 * call. Apollo answers errors thrown here as request errors; thrown from earlier hooks they would become 500s.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits): ApolloServerPlugin<TContext> {
  // Apollo hands out the same document object for the same query text, so each verdict is computed once.
  const structural = new WeakMap<DocumentNode, GraphQLError | null>();
  const costs = new WeakMap<OperationDefinitionNode, number>();
  const listener: GraphQLRequestListener<TContext> = {
    async didResolveOperation({ schema, document, operation, request }) {
      let violation = structural.get(document);
      if (violation === undefined) {
        violation = structuralViolation(schema, document, limits);
        structural.set(document, violation);
      }
      if (violation) throw violation;
      if (!operation) return;
      let cost = costs.get(operation);
      if (cost === undefined) {
        cost = operationCost(schema, document, operation, request.variables ?? {});
        // Without variables the cost is a property of the document.
        if (!operation.variableDefinitions?.length) costs.set(operation, cost);
      }
      if (cost > limits.maxCost) throw queryTooComplex('cost', limits.maxCost, cost);
    },
  };
  return { requestDidStart: async () => listener };
}

/** graphql-js counts tokens while parsing, so the token limit costs nothing extra (see withSecurityCodes). */
export function parseOptionsFor(limits: QueryLimits): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}
