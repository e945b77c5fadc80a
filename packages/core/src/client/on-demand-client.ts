import type { Answers } from './answer-schemas.js';
import { BaseClient, type VssClientOptions } from './base-client.js';
import { loadSchemas } from './schemas-on-demand.js';

/**
 * `VssClient` fetching the schemas of the answers (zod with them) with its first request instead of bringing
 * them along: the same calls, errors, session and events. What the elements use: a page that shows a form
 * first does not wait for code that only checks answers. A failed download of the schemas fails that call with
 * a `network` `ApiError`, and the next call fetches them again; a call other than a GET is not sent before
 * the schemas are there.
 */
export class OnDemandClient extends BaseClient {
  readonly #load: () => Promise<Answers>;

  /** @param load how the schemas are fetched (a test may stand in a slow or failing download) */
  constructor(options: VssClientOptions = {}, load: () => Promise<Answers> = loadSchemas) {
    super(options);
    this.#load = load;
  }

  protected answers(): Promise<Answers> {
    return this.#load();
  }
}
