import { Kind, validate, type DocumentNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { rateLimited, rateLimitHeaders, type CostReport } from './budget.js';
import { operationCost, type CostProfile } from './cost.js';
import type { CostModel } from './cost-model.js';
import { queryTooComplex, type LimitName } from './errors.js';
import type { QueryLimits, RateLimitConfig } from './config.js';
import type { RateDecision, RateLimiter } from './rate-limit.js';

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

/** Root fields of a mutation, through fragments: each one is a bank write. */
export function mutationFieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  if (operation.operation !== 'mutation') return 0;
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const seen = new Set<string>();
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) return total + (selection.name.value.startsWith('__') ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) return total;
      seen.add(fragment.name.value);
      return total + count(fragment.selectionSet);
    }, 0);
  return count(operation.selectionSet);
}

/** Whom an operation is charged to and how their fields cost; undefined before a viewer is known. */
export type CostSubject<TContext> = (context: TContext) => { key: string; profile: CostProfile } | undefined;

export interface BudgetOptions<TContext> {
  subject: CostSubject<TContext>;
  /** What each field costs, read from the schema's directives at start-up. */
  model: CostModel;
  rateLimit: RateLimitConfig;
  limiter?: RateLimiter;
}

/**
 * Enforces depth, aliases, directives, mutation fields and cost once the operation is known, before execution,
 * then spends the cost from the viewer's bucket: a hostile document costs a parse and a validation at most (both
 * bounded by the token limit, see `parseOptions`) and never a bank call. Every answer reports the cost and the
 * budget left (`extensions.cost`, RateLimit-* headers). Apollo answers errors thrown here as request errors;
 * thrown from earlier hooks they would become 500s.
 */
export function queryLimitsPlugin<TContext extends BaseContext>(limits: QueryLimits, budget: BudgetOptions<TContext>): ApolloServerPlugin<TContext> {
  // Apollo hands out the same document object for the same query text, so each verdict is computed once.
  const structural = new WeakMap<DocumentNode, GraphQLError | null>();
  // Without variables the cost is a property of the document and the kind of viewer.
  const costs = new WeakMap<OperationDefinitionNode, Map<boolean, number>>();
  const costOf = (document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> | undefined, profile?: CostProfile) => {
    if (operation.variableDefinitions?.length) return operationCost(budget.model, document, operation, variables ?? {}, profile);
    let known = costs.get(operation);
    if (!known) costs.set(operation, (known = new Map()));
    let cost = known.get(profile?.business ?? false);
    if (cost === undefined) known.set(profile?.business ?? false, (cost = operationCost(budget.model, document, operation, {}, profile)));
    return cost;
  };
  const { limiter, rateLimit, subject } = budget;
  return {
    async requestDidStart({ contextValue }) {
      const charged = subject(contextValue);
      let requested: number | undefined;
      let decision: RateDecision | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          let violation = structural.get(document);
          if (violation === undefined) {
            violation = structuralViolation(schema, document, limits);
            structural.set(document, violation);
          }
          if (violation) throw violation;
          if (!operation) return;
          const mutations = mutationFieldCount(document, operation);
          if (mutations > limits.maxMutationFields) throw queryTooComplex('mutations', limits.maxMutationFields, mutations);
          // Every operation costs at least a point, as at GitHub: free documents must not make a free flood.
          requested = Math.max(1, costOf(document, operation, request.variables, charged?.profile));
          if (requested > limits.maxCost) throw queryTooComplex('cost', limits.maxCost, requested);
          if (!limiter || !charged) return;
          decision = await limiter.take(charged.key, requested);
          if (!decision.allowed) throw rateLimited(requested, rateLimit, decision);
        },
        async willSendResponse({ response }) {
          // Refused before spending (too costly, invalid): still tell the client what it has left.
          if (limiter && charged && !decision) decision = await limiter.take(charged.key, 0);
          if (decision) for (const [name, value] of rateLimitHeaders(rateLimit, decision)) response.http.headers.set(name, value);
          if (response.body.kind !== 'single') return;
          const cost: CostReport = { ...(requested === undefined ? {} : { requested }), limit: limits.maxCost, remaining: decision?.remaining ?? null };
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}

/** graphql-js counts tokens while parsing, so the token limit costs nothing extra (see withSecurityCodes). */
export function parseOptionsFor(limits: QueryLimits): { maxTokens: number } {
  return { maxTokens: limits.maxTokens };
}
