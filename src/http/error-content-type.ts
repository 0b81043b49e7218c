const GRAPHQL_RESPONSE = 'application/graphql-response+json; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The type of a GraphQL error answer the gateway writes itself (before Apollo runs): GraphQL over HTTP's own type when
 * the client accepts it. Apollo Client then reads the `errors[]` of a 4xx answer (UNAUTHENTICATED, the safelist's
 * refusals) as GraphQL errors, where an `application/json` body with a non-2xx status is only an HTTP failure to it.
 */
export function errorContentType(accept: string | undefined): string {
  return accept?.includes('application/graphql-response+json') ? GRAPHQL_RESPONSE : JSON_TYPE;
}
