/**
 * What must never reach a log line: viewer JWTs, the bank's client secret and access tokens, Authorization
 * headers and full account numbers. Structured fields are removed by path (pino `redact`); free text (messages,
 * error messages and stacks, Apollo's own log lines) goes through `scrubText`.
 */

const SECRET_KEYS = [
  'authorization', 'Authorization', 'cookie', 'clientSecret', 'client_secret', 'password',
  'token', 'accessToken', 'access_token', 'refreshToken', 'refresh_token', 'jwtSecret',
];
const MASKED_KEYS = ['accountNumber', 'micrNumber'];

/** Paths for pino's `redact`: top level, one level down, and request/response headers. */
export const REDACT_PATHS = [...SECRET_KEYS, ...MASKED_KEYS].flatMap((key) => [
  key, `*.${key}`, `*.*.${key}`, `headers.${key}`, `req.headers.${key}`, `*.headers.${key}`,
]);

/** The bank's own masking style: the last four digits stay, so support can still tell accounts apart. */
export function maskNumber(value: string): string {
  return value.length > 4 ? `****${value.slice(-4)}` : '****';
}

export function censor(value: unknown, path: string[]): unknown {
  const key = path[path.length - 1] ?? '';
  return MASKED_KEYS.includes(key) && typeof value === 'string' ? maskNumber(value) : '[redacted]';
}

const PATTERNS: Array<[RegExp, string | ((match: string) => string)]> = [
  // JWTs (header.payload.signature, base64url of a JSON object, so always starting "eyJ").
  [/\beyJ[\w-]*\.[\w-]*\.[\w-]*/g, '[jwt]'],
  [/\b(Bearer|Basic)\s+[^\s,;"']+/gi, '$1 [redacted]'],
  [/\b(access_token|refresh_token|client_secret|clientSecret|password)(["']?\s*[:=]\s*["']?)[^\s&,;"']+/gi, '$1$2[redacted]'],
  // Opaque bearer tokens (the bank's are base64url): long runs mixing upper case, lower case and digits.
  // Trace ids (lower-case hex UUIDs) do not match, so they stay searchable.
  [/(?<![\w-])(?=[\w-]*[A-Z])(?=[\w-]*[a-z])(?=[\w-]*\d)[\w-]{24,}/g, '[token]'],
  // Account numbers are 8-17 digits; anything that long in free text is masked rather than guessed about.
  [/\b\d{8,19}\b/g, maskNumber],
];

/** Values this short would blank out ordinary words if cut out verbatim. */
const MIN_SECRET_LENGTH = 6;

export type Scrubber = (text: string) => string;

/** Cuts the given secrets (verbatim) and every token-, JWT- or account-number-like value out of free text. */
export function createScrubber(secrets: ReadonlyArray<string | undefined> = []): Scrubber {
  const known = secrets.filter((s): s is string => typeof s === 'string' && s.length >= MIN_SECRET_LENGTH);
  return (text) => {
    let out = text;
    for (const secret of known) out = out.split(secret).join('[redacted]');
    for (const [pattern, replacement] of PATTERNS) {
      out = typeof replacement === 'string' ? out.replace(pattern, replacement) : out.replace(pattern, replacement);
    }
    return out;
  };
}

export const scrubText: Scrubber = createScrubber();
