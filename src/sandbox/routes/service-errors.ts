// Which documented code each service answers for the problems every call can have (contract §9).
// Where the contract has no code for a service, the choice is commented.

export type Service = 'token' | 'accounts' | 'transactions' | 'recipients' | 'users' | 'ux';

/** `missingTrace`/`invalidTrace`: the transactionId header (UX: correlationId) is absent / too long (UX: not a GUID). */
export type Problem = 'missingAuth' | 'invalidToken' | 'expiredToken' | 'forbidden' | 'missingTrace'
  | 'invalidTrace' | 'userParams' | 'unknownUser' | 'userMismatch' | 'institution' | 'clientError' | 'serverError'
  /** Strict profile: an `Accept` the service cannot answer (1.11.0 is JSON-only). */
  | 'mediaType';

export interface ErrorSpec {
  status: number;
  code: string;
  message: string;
}

const e = (status: number, code: string, message: string): ErrorSpec => ({ status, code, message });

const MISSING_TXN = 'Request is missing a transactionId header';
const LONG_TXN = 'Request transactionId header is too long';
const CANNOT_HANDLE = 'Server cannot handle this request';
const JSON_ONLY = 'Server can only handle JSON request. Other media types are not supported';

const ACCOUNTS: Record<Problem, ErrorSpec> = {
  missingAuth: e(401, 'ACC_00601', 'Invalid JWT token'),
  invalidToken: e(401, 'ACC_00601', 'Invalid JWT token'),
  expiredToken: e(401, 'ACC_00601', 'Invalid JWT token'),
  forbidden: e(403, 'ACC_00602', 'Unauthorized access'),
  missingTrace: e(400, 'ACC_99998', MISSING_TXN),
  invalidTrace: e(400, 'ACC_99997', LONG_TXN),
  userParams: e(400, 'ACC_99992', 'One or more request query params are invalid or not provided.'),
  unknownUser: e(404, 'ACC_00101', 'User not found'),
  userMismatch: e(400, 'ACC_00022', 'UserId from Query param and JWT do not match'),
  institution: e(400, 'ACC_00015', 'InstitutionId provided is invalid or blank'),
  clientError: e(400, 'ACC_99990', 'Client error'),
  serverError: e(500, 'ACC_99999', 'Error in Accounts Service'),
  mediaType: e(415, 'ACC_99988', JSON_ONLY),
};

const TRANSACTIONS: Record<Problem, ErrorSpec> = {
  missingAuth: e(401, 'TXN_11001', 'Full authentication was not provided in the request.'),
  invalidToken: e(401, 'TXN_11002', 'The authentication token that was sent in the request is invalid.'),
  expiredToken: e(401, 'TXN_11002', 'The authentication token that was sent in the request is invalid.'),
  forbidden: e(403, 'TXN_11003', 'The authentication provided does not authorize this request.'),
  missingTrace: e(400, 'TXN_10002', MISSING_TXN),
  invalidTrace: e(400, 'TXN_10004', LONG_TXN),
  userParams: e(400, 'TXN_10010', 'One or more query params are invalid or blank'),
  // No "user not found" code exists for transactions; TXN_90000 is documented with 404.
  unknownUser: e(404, 'TXN_90000', CANNOT_HANDLE),
  userMismatch: e(400, 'TXN_10011', 'The authorization for this request does not allow for one or more attributes to be passed as parameters'),
  institution: e(400, 'TXN_10010', 'One or more query params are invalid or blank'),
  clientError: e(400, 'TXN_99990', 'Client error'),
  serverError: e(500, 'TXN_99999', 'Server error.'),
  mediaType: e(415, 'TXN_99988', JSON_ONLY),
};

const RECIPIENTS: Record<Problem, ErrorSpec> = {
  missingAuth: e(401, 'REC_11001', 'Full authentication was not provided in the request'),
  invalidToken: e(401, 'REC_11002', 'The authentication token is invalid'),
  expiredToken: e(401, 'REC_11002', 'The authentication token is invalid'),
  forbidden: e(403, 'REC_11003', 'The authentication does not authorize this request'),
  missingTrace: e(400, 'REC_12002', MISSING_TXN),
  invalidTrace: e(400, 'REC_12003', LONG_TXN),
  userParams: e(400, 'REC_10009', 'Invalid query param'),
  // REC_10005 "User not found at host" is the create-time check of the recipient's member, so an
  // unknown *caller* gets REC_99998, documented with 404, to keep the two apart.
  unknownUser: e(404, 'REC_99998', CANNOT_HANDLE),
  userMismatch: e(400, 'REC_10009', 'Invalid query param'),
  institution: e(400, 'REC_11004', 'InstitutionId is invalid or incorrectly configured'),
  clientError: e(400, 'REC_99997', 'Client error'),
  serverError: e(500, 'REC_99999', 'Server error'),
  // Recipients, users and UX document no 415 code: their generic client-error code, with the 415 status.
  mediaType: e(415, 'REC_99997', JSON_ONLY),
};

const USERS: Record<Problem, ErrorSpec> = {
  missingAuth: e(401, 'ISR_11001', 'Full authentication was not provided in the request'),
  invalidToken: e(401, 'ISR_11002', 'The authentication token that was sent in the request is invalid'),
  expiredToken: e(401, 'ISR_11002', 'The authentication token that was sent in the request is invalid'),
  forbidden: e(403, 'ISR_11003', 'The authentication provided does not authorize this request'),
  missingTrace: e(400, 'ISR_11005', MISSING_TXN),
  invalidTrace: e(400, 'ISR_11006', LONG_TXN),
  userParams: e(400, 'ISR_11008', 'Invalid query param'),
  unknownUser: e(404, 'ISR_10001', 'InstitutionUser not found'),
  // A password-grant token asking for somebody else's profile.
  userMismatch: e(403, 'ISR_11003', 'The authentication provided does not authorize this request'),
  institution: e(400, 'ISR_10000', 'InstitutionId is invalid or its incorrectly configured'),
  clientError: e(400, 'ISR_11008', 'Invalid query param'),
  serverError: e(500, 'ISR_99999', 'Internal server error'),
  mediaType: e(415, 'ISR_11008', JSON_ONLY),
};

// The UX service reports token problems as 400s with its own codes (contract §9.6).
const UX: Record<Problem, ErrorSpec> = {
  missingAuth: e(400, 'UXU_10005', 'Required Authorization header is missing'),
  invalidToken: e(400, 'UXU_10001', 'Invalid JWT token'),
  expiredToken: e(400, 'UXU_10003', 'JWT token has expired'),
  forbidden: e(403, 'UXU_10002', 'Required role not present in JWT token'),
  missingTrace: e(400, 'UXU_10006', 'Required Correlation Id header is missing'),
  invalidTrace: e(400, 'UXU_10007', 'Correlation Id is not a GUID'),
  userParams: e(400, 'UXU_10014', 'Invalid query param'),
  unknownUser: e(404, 'UXU_88888', 'No entitled customers found'),
  userMismatch: e(400, 'UXU_10011', 'JWT token institution customers id not matching path param'),
  institution: e(400, 'UXU_10004', 'JWT token does not contain institution id'),
  clientError: e(400, 'UXU_99999', 'Cannot handle this request — check URL, body and parameters'),
  serverError: e(500, 'UXU_99998', 'Internal server error'),
  mediaType: e(415, 'UXU_99999', JSON_ONLY),
};

/** What the strict profile's API gateway answers before any service sees the call (contract §9.5, 1.11.0). */
export const STRICT_GATEWAY_ERRORS = {
  invalidToken: e(400, 'CMN_90018', 'Invalid token'),
  invalidTrace: e(400, 'CMN_90008', 'Header transactionId is invalid'),
} as const satisfies Record<string, ErrorSpec>;

export type ResourceService = Exclude<Service, 'token'>;

export const SERVICE_ERRORS: Record<ResourceService, Record<Problem, ErrorSpec>> = {
  accounts: ACCOUNTS, transactions: TRANSACTIONS, recipients: RECIPIENTS, users: USERS, ux: UX,
};

const TOKEN_GENERIC = {
  clientError: e(400, 'CMN_90011', 'Request is invalid'),
  serverError: e(500, 'CMN_90000', 'Internal server error'),
};

/** The catch-all codes: a malformed request, or something the sandbox did not expect. */
export function genericError(service: Service, kind: 'clientError' | 'serverError'): ErrorSpec {
  return service === 'token' ? TOKEN_GENERIC[kind] : SERVICE_ERRORS[service][kind];
}

/** UX endpoints add the HTTP status to the error body (`Error {status, code, message}`). */
export function errorBody(service: Service, spec: ErrorSpec): Record<string, unknown> {
  return service === 'ux'
    ? { status: spec.status, code: spec.code, message: spec.message }
    : { code: spec.code, message: spec.message };
}
