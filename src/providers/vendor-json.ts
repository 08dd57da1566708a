/** Reading vendor answers defensively: an API that answers garbage gets a clear error, not a crash. */
import { ApiError, HooksyncError } from '../core/errors.js';
import type { HttpResponse } from '../http/client.js';
import { isPlainObject } from '../core/model.js';

export function parseJson(vendor: string, res: HttpResponse, what: string): unknown {
  if (res.text === '') return undefined;
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    throw new HooksyncError('HOOKSYNC_API', `${vendor} answered ${what} with HTTP ${res.status} and a body that is not JSON (${res.text.length} bytes, starting ${JSON.stringify(res.text.slice(0, 40))}); nothing was changed by this call`);
  }
}

/**
 * The body of an answer: a success must be JSON (anything else is garbage, said plainly); an
 * error body is read leniently, since an HTML page from a proxy or a 429 is still that status.
 */
export function readAnswer(vendor: string, res: HttpResponse, what: string, success: boolean): unknown {
  if (success) return parseJson(vendor, res, what);
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    return undefined;
  }
}

export interface VendorWords {
  readonly code?: unknown;
  readonly message?: unknown;
  readonly details?: unknown;
}

/** An ApiError worded with the vendor's own code and message (a list of messages is joined). */
export function vendorError(vendor: string, res: HttpResponse, what: string, words: VendorWords): ApiError {
  const code = typeof words.code === 'string' ? words.code : undefined;
  const message = typeof words.message === 'string' ? words.message : Array.isArray(words.message) ? words.message.join('; ') : undefined;
  const details = typeof words.details === 'string' && words.details !== '' ? ` (${words.details})` : '';
  const said = [code, message].filter(Boolean).join(': ') || summarizeBody(res.text);
  return new ApiError({
    status: res.status,
    vendorCode: code,
    message: `${vendor} answered ${res.status} to ${what}: ${said}${details}`,
  });
}

/** A non-JSON error body (an HTML 429 page) summarized without dumping markup on the user. */
function summarizeBody(text: string): string {
  if (text === '') return '(empty body)';
  const plain = text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return plain === '' ? '(empty body)' : plain.slice(0, 160);
}

/** An answer that should be one of the vendor's hooks: an object with a string `id`, or a clear error. */
export function requireRecord(vendor: string, noun: string, raw: unknown, what: string): Record<string, unknown> & { id: string } {
  if (isPlainObject(raw) && typeof raw.id === 'string') return raw as Record<string, unknown> & { id: string };
  throw new HooksyncError('HOOKSYNC_API', `${vendor} answered ${what} with something that is not a ${noun} (no string "id"); nothing more was done with it`);
}
