import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes this module adds to the closed set of src/errors.ts. */
export const SecurityErrorCode = {
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  PERSISTED_QUERY_NOT_ALLOWED: 'PERSISTED_QUERY_NOT_ALLOWED',
} as const;

export type LimitName = 'depth' | 'aliases' | 'directives' | 'tokens' | 'cost' | 'mutations';

const WHAT: Record<LimitName, string> = {
  depth: 'nests fields deeper',
  aliases: 'uses more aliases',
  directives: 'uses more directives',
  tokens: 'is longer (in tokens)',
  cost: 'would cost more (in estimated bank calls and objects)',
  mutations: 'runs more mutation fields',
};

/** A document over one of the operation limits: 400, refused before any resolver or bank call runs. */
export function queryTooComplex(limit: LimitName, maximum: number, actual?: number): GraphQLError {
  return new GraphQLError(`The operation ${WHAT[limit]} than allowed (${limit} limit ${maximum})`, {
    extensions: {
      code: SecurityErrorCode.QUERY_TOO_COMPLEX,
      limit,
      maximum,
      ...(actual === undefined ? {} : { actual }),
      http: { status: 400 },
    },
  });
}

type FormatError = (formatted: GraphQLFormattedError, error: unknown) => GraphQLFormattedError;

// graphql-js's parser enforces `maxTokens` itself (wording: "more that N tokens" in 16.x, tolerant of a fix).
const TOKEN_LIMIT = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

function toFormatted(error: GraphQLError): GraphQLFormattedError {
  const { http: _status, ...extensions } = error.extensions;
  return { message: error.message, extensions };
}

/** Reports the parser's token limit like the other limits, then applies the gateway's formatError. */
export function withSecurityCodes(formatError: FormatError): FormatError {
  return (formatted, error) => {
    const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.exec(formatted.message);
    if (tokens) return toFormatted(queryTooComplex('tokens', Number(tokens[1])));
    return formatError(formatted, error);
  };
}
