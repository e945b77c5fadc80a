import * as z from 'zod/mini';

export const uploadMediaTypes = ['image/jpeg', 'image/png', 'image/heic'] as const;
export const uploadSchema = z.object({
  id: z.string().check(z.minLength(1)),
  mediaType: z.enum(uploadMediaTypes),
  size: z.number().check(z.int(), z.minimum(0)),
});
export type Upload = z.infer<typeof uploadSchema>;
/** Largest accepted upload, in bytes (5 MB). */
export const maxUploadBytes = 5 * 1024 * 1024;
