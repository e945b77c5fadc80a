/**
 * The HTTP contract as an OpenAPI 3.1 document, generated from the same zod/mini schemas the client and
 * the mock backend parse with, so the published contract cannot drift from the code.
 */
import * as z from 'zod/mini';
import * as s from './schemas/index.js';

type Json = Record<string, unknown>;

const components: Record<string, z.core.$ZodType> = {
  Error: s.errorBodySchema,
  Province: s.provinceSchema,
  Office: s.officeSchema,
  Upload: s.uploadSchema,
  OtpRequest: s.otpRequestSchema,
  OtpSent: s.otpSentSchema,
  OtpVerifyRequest: s.otpVerifyRequestSchema,
  PhoneVerified: s.phoneVerifiedSchema,
  RegistrationRequest: s.registrationRequestSchema,
  RegistrationReceipt: s.registrationReceiptSchema,
  DossierStatus: s.dossierStatusSchema,
  CodeLookupRequest: s.codeLookupRequestSchema,
  CodeLookupResult: s.codeLookupResultSchema,
  CardLookupRequest: s.cardLookupRequestSchema,
  CardLookupResult: s.cardLookupResultSchema,
  LoginRequest: s.loginRequestSchema,
  Session: s.sessionSchema,
  PasswordChangeRequest: s.passwordChangeRequestSchema,
  ForgotPasswordRequest: s.forgotPasswordRequestSchema,
  ResetPasswordRequest: s.resetPasswordRequestSchema,
  Profile: s.profileSchema,
  BhytCard: s.bhytCardSchema,
  ParticipationHistory: s.participationHistorySchema,
  BenefitPayment: s.benefitPaymentSchema,
  VisitPage: s.visitPageSchema,
  ProofCreateRequest: s.proofCreateRequestSchema,
  Proof: s.proofSchema,
  ProofKeySet: s.proofKeySetSchema,
  ProofStatus: s.proofStatusSchema,
};

function toSchema(schema: z.core.$ZodType): Json {
  const out = z.toJSONSchema(schema, { target: 'draft-2020-12', unrepresentable: 'any' }) as Json;
  delete out.$schema; // OpenAPI 3.1 uses 2020-12 as its dialect already
  return out;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (name: string) => ({ type: 'array' as const, items: ref(name) });
type Body = string | { type: 'array'; items: Json };
/** A success answer with a JSON body: a component's name, or an array of one. */
const ok = (status: number, body: Body, description: string): Json => ({
  [status]: { description, content: { 'application/json': { schema: typeof body === 'string' ? ref(body) : body } } },
});
/** A success answer with no body. */
const empty = (status: number, description: string): Json => ({ [status]: { description } });
const query = (name: string, description: string, schema: Json = { type: 'string' }, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});

/**
 * The error answers, each a `components.responses` entry with the `Error` body. Every error an operation
 * can answer is listed on it; the ones every operation of a kind has are added by `operation()`.
 */
const errorResponses = {
  400: ['InvalidJson', 'The body is not valid JSON (`invalid_json`).'],
  401: ['SessionExpired', 'No session, or it has expired (`session_expired`): sign in again.'],
  403: ['PasswordChangeRequired', 'The citizen must change the password first (`password_change_required`).'],
  404: ['NotFound', 'Nothing matches (`not_found`).'],
  409: ['AlreadyRegistered', 'The code already has an account or a pending dossier (`already_registered`).'],
  410: ['OtpExpired', 'The one-time code has expired or was used (`otp_expired`): ask for a new one.'],
  413: ['PayloadTooLarge', 'The body is over the limit (`payload_too_large`): 64 KB of JSON, 5 MB for a photo.'],
  415: ['UnsupportedMediaType', 'The body is not of the media type the operation takes (`unsupported_media_type`).'],
  422: [
    'ValidationFailed',
    'A field is wrong (`validation_failed`, with `fields` naming each one), or a one-time code is wrong (`otp_invalid`, with `attemptsLeft`).',
  ],
  423: ['Locked', 'Locked after 5 wrong passwords (`locked`, with `lockedUntil`); a password reset ends it.'],
  429: [
    'RateLimited',
    'Too many requests (`rate_limited`, with `retryAfterSeconds`); the `Retry-After` header says when to try again. Any operation may be limited.',
  ],
  '5XX': ['ServerError', 'The service failed or is unavailable (`internal_error`); reading operations may be retried.'],
} as const;
type ErrorStatus = keyof typeof errorResponses;

const errorRef = (status: ErrorStatus) => ({ $ref: `#/components/responses/${errorResponses[status][0]}` });
const responseComponents: Json = Object.fromEntries(
  Object.entries(errorResponses).map(([status, [name, description]]) => [
    name,
    {
      description,
      ...(status === '429'
        ? {
            headers: {
              'Retry-After': {
                description: 'Seconds to wait before trying again.',
                schema: { type: 'integer', minimum: 0 },
              },
            },
          }
        : {}),
      content: { 'application/json': { schema: ref('Error') } },
    },
  ]),
);

/** Who may call an operation. */
type Access =
  /** anyone: no credentials */
  | 'public'
  /** the signed-in citizen: the bearer token from `loginWithPassword` (401 without it) */
  | 'session'
  /** with or without a session (logging out without one is not an error) */
  | 'session-if-any';

const security: Record<Access, Json[]> = {
  public: [],
  session: [{ bearer: [] }],
  'session-if-any': [{ bearer: [] }, {}],
};

/** The groups of operations (OpenAPI tags), in the order a reader meets them. */
const tags = {
  places: 'Provinces and social-security offices.',
  registration:
    'Registering for electronic transactions (tờ khai 01/ĐK-GD): phone OTP, photos, the declaration, its status.',
  lookup: 'Public look-ups: a social-insurance code, a BHYT card.',
  auth: 'Sessions and passwords.',
  citizen: "The signed-in citizen's own records.",
  proofs: 'Signed, selective, expiring proofs a citizen shows and anyone verifies offline with the public keys.',
  meta: 'The contract itself.',
} as const;

interface Operation {
  method: 'get' | 'post' | 'delete';
  path: string;
  /**
   * Stable identifier: client and server generators name their functions after it (`listProvinces()`),
   * so an operation keeps its id for good. lowerCamelCase, a verb first.
   */
  operationId: string;
  tag: keyof typeof tags;
  access: Access;
  summary: string;
  description?: string;
  parameters?: Json[];
  /** A JSON body by component name (it adds 400, 413, 415 and 422), or a request body as is. */
  body?: string | Json;
  /** The success answers (`ok()`, `empty()`). */
  success: Json;
  /** The error statuses specific to this operation; see `operation()` for the ones added to all. */
  errors?: ErrorStatus[];
}

/**
 * One operation of the contract. Besides its own `errors`, every operation answers 429 and 5XX; one that
 * needs a session answers 401; one with a JSON body answers 400, 413, 415 and 422.
 */
function operation(o: Operation): Json {
  const statuses = new Set<ErrorStatus>(o.errors ?? []);
  if (o.access === 'session') statuses.add(401);
  if (typeof o.body === 'string') for (const st of [400, 413, 415, 422] as const) statuses.add(st);
  statuses.add(429);
  statuses.add('5XX');
  const order = Object.keys(errorResponses);
  const errors = [...statuses].sort((a, b) => order.indexOf(String(a)) - order.indexOf(String(b)));
  return {
    operationId: o.operationId,
    tags: [o.tag],
    summary: o.summary,
    ...(o.description ? { description: o.description } : {}),
    security: security[o.access],
    ...(o.parameters ? { parameters: o.parameters } : {}),
    ...(o.body === undefined
      ? {}
      : {
          requestBody:
            typeof o.body === 'string'
              ? { required: true, content: { 'application/json': { schema: ref(o.body) } } }
              : o.body,
        }),
    responses: { ...o.success, ...Object.fromEntries(errors.map((st) => [st, errorRef(st)])) },
  };
}

/** The citizen's own records: a GET with a session, refused (403) until a forced password change is done. */
const mine = (
  path: string,
  operationId: string,
  body: Body,
  summary: string,
  more: Partial<Operation> = {},
): Operation => ({
  method: 'get',
  path,
  operationId,
  tag: 'citizen',
  access: 'session',
  summary,
  success: ok(200, body, 'OK'),
  errors: [403],
  ...more,
});

const proofIdParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: "The proof's id (its token's jti)",
  schema: { type: 'string' },
};

/** Every operation of the contract. A new one is one more entry here (and its path in `contractPaths`). */
const operations: Operation[] = [
  {
    method: 'get',
    path: '/api/provinces',
    operationId: 'listProvinces',
    tag: 'places',
    access: 'public',
    summary: 'The 34 provinces since 1 July 2025',
    success: ok(200, arrayOf('Province'), 'OK'),
  },
  {
    method: 'get',
    path: '/api/offices',
    operationId: 'listOffices',
    tag: 'places',
    access: 'public',
    summary: "A province's social-security offices",
    parameters: [query('province', 'Province code (2 digits)', { type: 'string', pattern: '^\\d{2}$' }, true)],
    success: ok(200, arrayOf('Office'), 'OK'),
    errors: [422],
  },
  {
    method: 'post',
    path: '/api/uploads',
    operationId: 'uploadPhoto',
    tag: 'registration',
    access: 'public',
    summary: 'Upload a photo (JPEG, PNG or HEIC by content, at most 5 MB)',
    body: {
      required: true,
      content: {
        'multipart/form-data': {
          schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        },
      },
    },
    success: ok(201, 'Upload', 'Stored'),
    errors: [413, 415, 422],
  },
  {
    method: 'post',
    path: '/api/registrations/otp',
    operationId: 'requestRegistrationOtp',
    tag: 'registration',
    access: 'public',
    summary: 'Send a registration OTP by SMS',
    description: 'At most 5 codes per phone in 10 minutes (then 429).',
    body: 'OtpRequest',
    success: ok(202, 'OtpSent', 'Sent'),
  },
  {
    method: 'post',
    path: '/api/registrations/otp/verify',
    operationId: 'verifyRegistrationOtp',
    tag: 'registration',
    access: 'public',
    summary: 'Confirm the phone with the OTP',
    body: 'OtpVerifyRequest',
    success: ok(200, 'PhoneVerified', 'Phone confirmed for 30 minutes'),
    errors: [410],
  },
  {
    method: 'post',
    path: '/api/registrations',
    operationId: 'submitRegistration',
    tag: 'registration',
    access: 'public',
    summary: 'Submit the registration declaration (tờ khai)',
    body: 'RegistrationRequest',
    success: ok(201, 'RegistrationReceipt', 'Dossier received'),
    errors: [409],
  },
  {
    method: 'get',
    path: '/api/registrations',
    operationId: 'getDossierStatus',
    tag: 'registration',
    access: 'public',
    summary: "A dossier's status",
    parameters: [query('dossierNumber', 'NNNNN.GD/YYYY/NNNNN', { type: 'string' }, true)],
    success: ok(200, 'DossierStatus', 'OK'),
    errors: [404, 422],
  },
  {
    method: 'post',
    path: '/api/lookup/social-insurance-code',
    operationId: 'lookupSocialInsuranceCode',
    tag: 'lookup',
    access: 'public',
    summary: 'Find a social-insurance code from name, date of birth and ID number',
    body: 'CodeLookupRequest',
    success: ok(200, 'CodeLookupResult', 'Found'),
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/cards/lookup',
    operationId: 'lookupCard',
    tag: 'lookup',
    access: 'public',
    summary: "A BHYT card's validity",
    body: 'CardLookupRequest',
    success: ok(200, 'CardLookupResult', 'Found'),
    errors: [404],
  },
  {
    method: 'post',
    path: '/api/auth/login',
    operationId: 'loginWithPassword',
    tag: 'auth',
    access: 'public',
    summary: 'Log in with the social-insurance code and password',
    description:
      'A wrong password answers 401 `invalid_credentials` with `attemptsLeft`; the fifth locks the account (423).',
    body: 'LoginRequest',
    success: ok(200, 'Session', 'Logged in: the bearer token for the other operations'),
    errors: [401, 423],
  },
  {
    method: 'post',
    path: '/api/auth/password',
    operationId: 'changePassword',
    tag: 'auth',
    access: 'session',
    summary: 'Change the password (also the forced change at first login)',
    body: 'PasswordChangeRequest',
    success: empty(204, 'Changed'),
  },
  {
    method: 'post',
    path: '/api/auth/forgot',
    operationId: 'requestPasswordReset',
    tag: 'auth',
    access: 'public',
    summary: 'Send a reset OTP to the registered phone',
    body: 'ForgotPasswordRequest',
    success: ok(202, 'OtpSent', 'Accepted (also when code and phone do not match)'),
  },
  {
    method: 'post',
    path: '/api/auth/reset',
    operationId: 'resetPassword',
    tag: 'auth',
    access: 'public',
    summary: 'Set a new password with the reset OTP (also ends a lockout)',
    body: 'ResetPasswordRequest',
    success: empty(204, 'Reset'),
    errors: [410],
  },
  {
    method: 'post',
    path: '/api/auth/logout',
    operationId: 'logout',
    tag: 'auth',
    access: 'session-if-any',
    summary: 'End the session',
    success: empty(204, 'Logged out (also when there was no session)'),
  },
  mine('/api/me', 'getProfile', 'Profile', "The citizen's record"),
  mine('/api/me/card', 'getCard', 'BhytCard', 'The BHYT card'),
  mine('/api/me/participation', 'getParticipationHistory', 'ParticipationHistory', 'Participation history'),
  mine('/api/me/benefits', 'listBenefits', arrayOf('BenefitPayment'), 'Benefits received'),
  mine(
    '/api/me/visits',
    'listVisits',
    'VisitPage',
    'Medical visits, newest first; totals cover the whole filtered set',
    {
      parameters: [
        query('from', 'First admission day', { type: 'string', format: 'date' }),
        query('to', 'Last admission day', { type: 'string', format: 'date' }),
        query('facility', 'Facility code', { type: 'string', pattern: '^\\d{5}$' }),
        query('type', 'inpatient or outpatient', { type: 'string', enum: ['inpatient', 'outpatient'] }),
        query('cursor', 'Opaque cursor from nextCursor'),
        query('limit', 'Page size (default 50, at most 200)', { type: 'integer', minimum: 1, maximum: 200 }),
      ],
      errors: [403, 422],
    },
  ),
  // ---- proofs (issue 17); the key rotation route is mock-only and not listed
  {
    method: 'post',
    path: '/api/me/proofs',
    operationId: 'createProof',
    tag: 'proofs',
    access: 'session',
    summary: 'Sign a proof of the chosen claims, valid for ttlMinutes (5 to 1440)',
    description:
      'token is a compact JWS, ES256 (P-256), header {alg, typ: "vss-proof+jwt", kid}; its payload holds iss, jti (= id), ' +
      'iat, exp and only the chosen claims, never the social-insurance code, ID number, phone or address. Each claim at most once. ' +
      'At most 20 live proofs per citizen: the next is 429 with retryAfterSeconds until the soonest expires.',
    body: 'ProofCreateRequest',
    success: ok(201, 'Proof', 'Signed'),
    errors: [403],
  },
  {
    method: 'get',
    path: '/api/me/proofs',
    operationId: 'listProofs',
    tag: 'proofs',
    access: 'session',
    summary: "The citizen's live proofs (neither expired nor revoked), newest first",
    success: ok(200, arrayOf('Proof'), 'OK'),
    errors: [403],
  },
  {
    method: 'delete',
    path: '/api/me/proofs/{id}',
    operationId: 'revokeProof',
    tag: 'proofs',
    access: 'session',
    summary: "Revoke one of the citizen's proofs (again: 204 too)",
    parameters: [proofIdParameter],
    success: empty(204, 'Revoked'),
    errors: [403, 404],
  },
  {
    method: 'get',
    path: '/api/proofs/keys',
    operationId: 'getProofKeys',
    tag: 'proofs',
    access: 'public',
    summary: 'The public keys proofs are signed with (JWKS); public and cacheable',
    description:
      'The current key and every retired key until all proofs it signed have expired (plus 60 s of clock skew). ' +
      'A verifier that meets an unknown kid fetches the set again.',
    success: ok(200, 'ProofKeySet', 'OK (Cache-Control: public, max-age=300)'),
  },
  {
    method: 'get',
    path: '/api/proofs/{id}/status',
    operationId: 'getProofStatus',
    tag: 'proofs',
    access: 'public',
    summary: "A proof's status, the online check after the offline signature check; public",
    parameters: [proofIdParameter],
    success: ok(200, 'ProofStatus', 'OK (Cache-Control: no-store)'),
    errors: [404],
  },
  {
    method: 'get',
    path: '/api/openapi.json',
    operationId: 'getOpenApiDocument',
    tag: 'meta',
    access: 'public',
    summary: 'This document',
    success: { 200: { description: 'OpenAPI 3.1', content: { 'application/json': { schema: { type: 'object' } } } } },
  },
];

/** The OpenAPI 3.1 document of the public contract (the mock backend's own development routes are not part of it). */
export function buildOpenApiDocument(): Json {
  const paths: Record<string, Json> = {};
  for (const o of operations) (paths[o.path] ??= {})[o.method] = operation(o);
  return {
    openapi: '3.1.0',
    info: {
      title: 'VssID Elements API',
      version: '1.0.0',
      description:
        "The HTTP contract of the VssID citizen functions. JSON, camelCase; every error body is `{code, message, fields?}` with a stable `code` and a Vietnamese `message`. Operations that read or change a citizen's data need the bearer token from `loginWithPassword`.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: Object.entries(tags).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, toSchema(schema)])),
      responses: responseComponents,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description:
            'The `token` of `loginWithPassword`, as `Authorization: Bearer <token>`; it expires at `expiresAt`.',
        },
      },
    },
  };
}

/** Paths of the contract, for tests and tooling. */
export const contractPaths = [
  '/api/provinces',
  '/api/offices',
  '/api/uploads',
  '/api/registrations/otp',
  '/api/registrations/otp/verify',
  '/api/registrations',
  '/api/lookup/social-insurance-code',
  '/api/cards/lookup',
  '/api/auth/login',
  '/api/auth/password',
  '/api/auth/forgot',
  '/api/auth/reset',
  '/api/auth/logout',
  '/api/me',
  '/api/me/card',
  '/api/me/participation',
  '/api/me/benefits',
  '/api/me/visits',
  '/api/openapi.json',
  '/api/me/proofs',
  '/api/me/proofs/{id}',
  '/api/proofs/keys',
  '/api/proofs/{id}/status',
] as const;
