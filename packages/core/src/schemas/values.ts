// The contract's lists of values and its limits, apart from the zod schemas built on them: an element that
// shows or checks one of them loads no zod for it (the client fetches the schemas with its first request).

/** The benefit regimes of a payment. */
export const benefitRegimes = [
  'sickness',
  'maternity',
  'convalescence',
  'pension',
  'one_off',
  'survivorship',
  'occupational',
  'unemployment',
  'social_pension',
] as const;

/** The image types an upload may have. */
export const uploadMediaTypes = ['image/jpeg', 'image/png', 'image/heic'] as const;
/** Largest accepted upload, in bytes (5 MB). */
export const maxUploadBytes = 5 * 1024 * 1024;

/** Shortest and longest life of a proof, in minutes. */
export const proofTtlMinutes = { min: 5, max: 1440 } as const;
/** Live (neither expired nor revoked) proofs a citizen may hold at once; the next one is refused with 429. */
export const maxLiveProofs = 20;
