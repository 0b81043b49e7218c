import { GraphQLError, type GraphQLErrorOptions, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { SecurityErrorCode } from './security/errors.js';
import { UpstreamError, isRefusedTokenAnswer } from './upstream/errors.js';

/** The closed set of `extensions.code` values clients can rely on. */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  UPSTREAM_TIMEOUT: 'UPSTREAM_TIMEOUT',
  UPSTREAM_UNAVAILABLE: 'UPSTREAM_UNAVAILABLE',
  /** Refused while the process drains on SIGTERM (HTTP 503): retry, another instance will answer. */
  SHUTTING_DOWN: 'SHUTTING_DOWN',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

const CLIENT_CODES = new Set<string>([
  ...Object.values(ErrorCode),
  // Apollo's own request-level codes stay as they are: they describe the client's document.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  ...Object.values(SecurityErrorCode),
]);

/** `located` (the field's nodes and path) spares graphql-js wrapping the error in a located copy of its own. */
export function notFound(what: string, located?: Pick<GraphQLErrorOptions, 'nodes' | 'path'>): GraphQLError {
  return new GraphQLError(`${what} not found`, { ...located, extensions: { code: ErrorCode.NOT_FOUND } });
}

export function unauthenticated(message = 'A valid bearer token is required'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } } });
}

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

function codeForUpstream(error: UpstreamError): ErrorCode {
  if (error.kind === 'timeout') return ErrorCode.UPSTREAM_TIMEOUT;
  if (error.kind !== 'http') return ErrorCode.UPSTREAM_UNAVAILABLE;
  // A bank token refused again after the refresh: the strict reading answers 400 CMN_90018 where others say 401.
  if (isRefusedTokenAnswer(error)) return ErrorCode.UNAUTHENTICATED;
  switch (error.status) {
    case 400:
      return ErrorCode.BAD_USER_INPUT;
    case 401:
      return ErrorCode.UNAUTHENTICATED;
    case 403:
      return ErrorCode.FORBIDDEN;
    case 404:
      return ErrorCode.NOT_FOUND;
    case 408:
      return ErrorCode.UPSTREAM_TIMEOUT;
    case 429:
      return ErrorCode.RATE_LIMITED;
    default:
      return error.status >= 500 ? ErrorCode.UPSTREAM_UNAVAILABLE : ErrorCode.INTERNAL_SERVER_ERROR;
  }
}

export const MESSAGES: Record<ErrorCode, string> = {
  UNAUTHENTICATED: 'The bank did not accept the request credentials',
  FORBIDDEN: 'The bank does not allow this request',
  NOT_FOUND: 'The bank has no such resource for this customer',
  BAD_USER_INPUT: 'The bank rejected the request as invalid',
  RATE_LIMITED: 'The bank is limiting requests; retry later',
  UPSTREAM_TIMEOUT: 'The bank did not answer in time',
  UPSTREAM_UNAVAILABLE: 'The bank is unavailable',
  SHUTTING_DOWN: 'The server is shutting down; retry the request',
  INTERNAL_SERVER_ERROR: 'Internal server error',
};

/** Turns a bank failure into a client-safe error: code, the bank's error code and trace id, nothing else. */
export function upstreamToGraphQLError(error: UpstreamError, path?: ReadonlyArray<string | number>): GraphQLError {
  const code = codeForUpstream(error);
  // Without a bank token nothing works, whatever the operation: say so, rather than blame the service asked.
  const message = error.service === 'token' ? 'The bank could not authenticate the gateway; retry later' : MESSAGES[code];
  return new GraphQLError(message, {
    path,
    extensions: {
      code,
      ...(error.code ? { upstreamCode: error.code } : {}),
      ...(error.transactionId ? { transactionId: error.transactionId } : {}),
    },
  });
}

/**
 * Apollo's formatError hook: bank failures get their mapped code; anything not already carrying a code from the
 * closed set is masked, so stack traces, URLs and upstream bodies never reach a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof UpstreamError) {
    const mapped = upstreamToGraphQLError(original);
    return { message: mapped.message, locations: formatted.locations, path: formatted.path, extensions: mapped.extensions };
  }
  // Apollo's own request errors without a code (an APQ hash that does not match, an unknown APQ version) are the
  // client's mistake, and their messages are Apollo's, not a library's internals.
  if (
    original instanceof GraphQLError &&
    original.extensions.code === undefined &&
    (original.extensions.http as { status?: number } | undefined)?.status === 400
  ) {
    return { message: formatted.message, extensions: { code: 'BAD_REQUEST' } };
  }
  const code = formatted.extensions?.code;
  // INTERNAL_SERVER_ERROR is never passed through as is: its message may be anything a library threw.
  if (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR && CLIENT_CODES.has(code)) {
    const { stacktrace: _dropped, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  return {
    message: MESSAGES.INTERNAL_SERVER_ERROR,
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
