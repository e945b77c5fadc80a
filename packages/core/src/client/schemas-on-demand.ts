import type { Answers } from './answer-schemas.js';
import { importAgain } from './import-again.js';

let pending: Promise<Answers> | undefined;

/**
 * The schemas of the answers, fetched by the first request that needs them rather than with the client: zod
 * and the schemas are about a third of what an element needs before it can show anything, and a sign-in form
 * shows itself without a single answer to check. A failed download is fetched again by the next call (see
 * {@link importAgain}).
 */
export function loadSchemas(): Promise<Answers> {
  return (pending ??= importAgain(() => import('./answer-schemas.js')).then(
    (m) => m.answers,
    (e: unknown) => {
      pending = undefined;
      throw e;
    },
  ));
}
