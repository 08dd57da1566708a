import type { Http } from '../http/client.js';
import type { Redactor } from '../core/redact.js';

/** What every adapter is given: the shared HTTP client and the redactor for what it learns. */
export interface AdapterDeps {
  readonly http: Http;
  readonly redactor: Redactor;
  /** Pages of a list fetched at once once its count is known (`--list-concurrency`). */
  readonly pagesAtOnce?: number;
}
