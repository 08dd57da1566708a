/** Reading vendor answers defensively: an API that answers garbage gets a clear error, not a crash. */
import { ApiError, HooksyncError } from '../errors.js';
import type { HttpResponse } from '../http/client.js';

export function parseJson(vendor: string, res: HttpResponse, what: string): unknown {
  if (res.text === '') return undefined;
  try {
    return JSON.parse(res.text) as unknown;
  } catch {
    throw new HooksyncError('HOOKSYNC_API', `${vendor} answered ${what} with HTTP ${res.status} and a body that is not JSON (${res.text.length} bytes, starting ${JSON.stringify(res.text.slice(0, 40))}); nothing was changed by this call`);
  }
}

/** An ApiError worded with the vendor's own code and message. */
export function vendorError(vendor: string, res: HttpResponse, what: string, words: { code?: unknown; message?: unknown; details?: unknown }): ApiError {
  const code = typeof words.code === 'string' ? words.code : undefined;
  const message = typeof words.message === 'string' ? words.message : Array.isArray(words.message) ? words.message.join('; ') : undefined;
  const details = typeof words.details === 'string' && words.details !== '' ? ` (${words.details})` : '';
  const said = [code, message].filter(Boolean).join(': ') || res.text.slice(0, 200) || '(empty body)';
  return new ApiError({
    status: res.status,
    vendorCode: code,
    message: `${vendor} answered ${res.status} to ${what}: ${said}${details}`,
  });
}
