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
const jsonBody = (name: string) => ({ required: true, content: { 'application/json': { schema: ref(name) } } });
const ok = (status: number, name: string | { type: 'array'; items: Json }, description: string) => ({
  [status]: {
    description,
    content: { 'application/json': { schema: typeof name === 'string' ? ref(name) : name } },
  },
});
const empty = (status: number, description: string) => ({ [status]: { description } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(
    statuses.map((st) => [st, { description: errorText[st] ?? 'Error', content: { 'application/json': { schema: ref('Error') } } }]),
  );
const errorText: Record<number, string> = {
  400: 'invalid_json',
  401: 'session_expired or invalid_credentials',
  403: 'password_change_required',
  404: 'not_found',
  409: 'already_registered',
  410: 'otp_expired',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed, otp_invalid or otp_expired',
  423: 'locked',
  429: 'rate_limited',
};
const bearer = [{ bearer: [] as string[] }];
const arrayOf = (name: string) => ({ type: 'array' as const, items: ref(name) });
const query = (name: string, description: string, schema: Json = { type: 'string' }, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const me = (name: string | { type: 'array'; items: Json }, summary: string) => ({
  get: { summary, security: bearer, responses: { ...ok(200, name, 'OK'), ...errors(401, 403) } },
});

const proofIdParameter = { name: 'id', in: 'path', required: true, description: "The proof's id (its token's jti)", schema: { type: 'string' } };

/** The OpenAPI 3.1 document of the public contract (the mock-only `/api/dev/*` endpoints are left out). */
export function buildOpenApiDocument(): Json {
  const paths: Json = {
    '/api/provinces': { get: { summary: 'The 34 provinces since 1 July 2025', responses: ok(200, arrayOf('Province'), 'OK') } },
    '/api/offices': {
      get: {
        summary: "A province's social-security offices",
        parameters: [query('province', 'Province code (2 digits)', { type: 'string', pattern: '^\\d{2}$' }, true)],
        responses: { ...ok(200, arrayOf('Office'), 'OK'), ...errors(422) },
      },
    },
    '/api/uploads': {
      post: {
        summary: 'Upload a photo (JPEG, PNG or HEIC by content, at most 5 MB)',
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
            },
          },
        },
        responses: { ...ok(201, 'Upload', 'Stored'), ...errors(413, 415, 422) },
      },
    },
    '/api/registrations/otp': {
      post: {
        summary: 'Send a registration OTP by SMS',
        requestBody: jsonBody('OtpRequest'),
        responses: { ...ok(202, 'OtpSent', 'Sent'), ...errors(400, 415, 422, 429) },
      },
    },
    '/api/registrations/otp/verify': {
      post: {
        summary: 'Confirm the phone with the OTP',
        requestBody: jsonBody('OtpVerifyRequest'),
        responses: { ...ok(200, 'PhoneVerified', 'Phone confirmed for 30 minutes'), ...errors(400, 410, 422) },
      },
    },
    '/api/registrations': {
      post: {
        summary: 'Submit the registration declaration (tờ khai)',
        requestBody: jsonBody('RegistrationRequest'),
        responses: { ...ok(201, 'RegistrationReceipt', 'Dossier received'), ...errors(400, 409, 413, 415, 422) },
      },
      get: {
        summary: "A dossier's status",
        parameters: [query('dossierNumber', 'NNNNN.GD/YYYY/NNNNN', { type: 'string' }, true)],
        responses: { ...ok(200, 'DossierStatus', 'OK'), ...errors(404, 422) },
      },
    },
    '/api/lookup/social-insurance-code': {
      post: {
        summary: 'Find a social-insurance code from name, date of birth and ID number',
        requestBody: jsonBody('CodeLookupRequest'),
        responses: { ...ok(200, 'CodeLookupResult', 'Found'), ...errors(400, 404, 422, 429) },
      },
    },
    '/api/cards/lookup': {
      post: {
        summary: "A BHYT card's validity",
        requestBody: jsonBody('CardLookupRequest'),
        responses: { ...ok(200, 'CardLookupResult', 'Found'), ...errors(400, 404, 422) },
      },
    },
    '/api/auth/login': {
      post: {
        summary: 'Log in with the social-insurance code and password',
        requestBody: jsonBody('LoginRequest'),
        responses: { ...ok(200, 'Session', 'Logged in'), ...errors(400, 401, 422, 423) },
      },
    },
    '/api/auth/password': {
      post: {
        summary: 'Change the password',
        security: bearer,
        requestBody: jsonBody('PasswordChangeRequest'),
        responses: { ...empty(204, 'Changed'), ...errors(400, 401, 422) },
      },
    },
    '/api/auth/forgot': {
      post: {
        summary: 'Send a reset OTP to the registered phone',
        requestBody: jsonBody('ForgotPasswordRequest'),
        responses: { ...ok(202, 'OtpSent', 'Accepted (also when code and phone do not match)'), ...errors(400, 422, 429) },
      },
    },
    '/api/auth/reset': {
      post: {
        summary: 'Set a new password with the reset OTP (also ends a lockout)',
        requestBody: jsonBody('ResetPasswordRequest'),
        responses: { ...empty(204, 'Reset'), ...errors(400, 410, 422) },
      },
    },
    '/api/auth/logout': { post: { summary: 'End the session', security: bearer, responses: empty(204, 'Logged out') } },
    '/api/me': me('Profile', "The citizen's record"),
    '/api/me/card': me('BhytCard', 'The BHYT card'),
    '/api/me/participation': me('ParticipationHistory', 'Participation history'),
    '/api/me/benefits': me(arrayOf('BenefitPayment'), 'Benefits received'),
    '/api/me/visits': {
      get: {
        summary: 'Medical visits, newest first; totals cover the whole filtered set',
        security: bearer,
        parameters: [
          query('from', 'First admission day', { type: 'string', format: 'date' }),
          query('to', 'Last admission day', { type: 'string', format: 'date' }),
          query('facility', 'Facility code', { type: 'string', pattern: '^\\d{5}$' }),
          query('type', 'inpatient or outpatient', { type: 'string', enum: ['inpatient', 'outpatient'] }),
          query('cursor', 'Opaque cursor from nextCursor'),
          query('limit', 'Page size (default 50, at most 200)', { type: 'integer', minimum: 1, maximum: 200 }),
        ],
        responses: { ...ok(200, 'VisitPage', 'OK'), ...errors(401, 403, 422) },
      },
    },
    '/api/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
    // ---- proofs (issue 17); the key rotation route is mock-only and not listed
    '/api/me/proofs': {
      post: {
        operationId: 'createProof',
        summary: 'Sign a proof of the chosen claims, valid for ttlMinutes (5 to 1440)',
        description:
          'token is a compact JWS, ES256 (P-256), header {alg, typ: "vss-proof+jwt", kid}; its payload holds iss, jti (= id), ' +
          'iat, exp and only the chosen claims, never the social-insurance code, ID number, phone or address. Each claim at most once. ' +
          'At most 20 live proofs per citizen: the next is 429 with retryAfterSeconds until the soonest expires.',
        security: bearer,
        requestBody: jsonBody('ProofCreateRequest'),
        responses: { ...ok(201, 'Proof', 'Signed'), ...errors(400, 401, 403, 415, 422, 429) },
      },
      get: {
        operationId: 'listProofs',
        summary: "The citizen's live proofs (neither expired nor revoked), newest first",
        security: bearer,
        responses: { ...ok(200, arrayOf('Proof'), 'OK'), ...errors(401, 403) },
      },
    },
    '/api/me/proofs/{id}': {
      delete: {
        operationId: 'revokeProof',
        summary: "Revoke one of the citizen's proofs (again: 204 too)",
        security: bearer,
        parameters: [proofIdParameter],
        responses: { ...empty(204, 'Revoked'), ...errors(401, 403, 404) },
      },
    },
    '/api/proofs/keys': {
      get: {
        operationId: 'getProofKeys',
        summary: 'The public keys proofs are signed with (JWKS); public and cacheable',
        description:
          'The current key and every retired key until all proofs it signed have expired (plus 60 s of clock skew). ' +
          'A verifier that meets an unknown kid fetches the set again.',
        responses: ok(200, 'ProofKeySet', 'OK (Cache-Control: public, max-age=300)'),
      },
    },
    '/api/proofs/{id}/status': {
      get: {
        operationId: 'getProofStatus',
        summary: "A proof's status, the online check after the offline signature check; public",
        parameters: [proofIdParameter],
        responses: { ...ok(200, 'ProofStatus', 'OK (Cache-Control: no-store)'), ...errors(404) },
      },
    },
  };
  return {
    openapi: '3.1.0',
    info: {
      title: 'VssID Elements API',
      version: '1.0.0',
      description: 'Every error body is {code, message, fields?}; messages are Vietnamese.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(components).map(([name, schema]) => [name, toSchema(schema)])),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
  };
}

/** Paths of the contract, for tests and tooling. */
export const contractPaths = [
  '/api/provinces', '/api/offices', '/api/uploads', '/api/registrations/otp', '/api/registrations/otp/verify',
  '/api/registrations', '/api/lookup/social-insurance-code', '/api/cards/lookup', '/api/auth/login', '/api/auth/password',
  '/api/auth/forgot', '/api/auth/reset', '/api/auth/logout', '/api/me', '/api/me/card', '/api/me/participation',
  '/api/me/benefits', '/api/me/visits', '/api/openapi.json',
  '/api/me/proofs', '/api/me/proofs/{id}', '/api/proofs/keys', '/api/proofs/{id}/status',
] as const;
