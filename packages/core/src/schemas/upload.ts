import * as z from 'zod/mini';
import { uploadMediaTypes } from './values.js';

export const uploadSchema = z.object({
  id: z.string().check(z.minLength(1)),
  mediaType: z.enum(uploadMediaTypes),
  size: z.number().check(z.int(), z.minimum(0)),
});
export type Upload = z.infer<typeof uploadSchema>;
