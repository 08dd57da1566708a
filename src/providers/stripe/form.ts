/**
 * Stripe's form encoding, both ways (providers-stripe.md §1). Out: the SDK's indexed brackets
 * (`enabled_events[0]=a`, `metadata[k]=v`), `null` as an empty value (which unsets a key, or all
 * of `metadata`, or `description`), booleans as words. In (the emulator): `[]` and `[n]`, encoded
 * brackets and `+` or `%20` for a space alike, as Stripe reads them.
 */

/** A request body as the form pairs Stripe reads, in order. */
export function toForm(body: Readonly<Record<string, unknown>>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null) out[key] = '';
    else if (Array.isArray(value)) value.forEach((v, i) => put(`${key}[${i}]`, v));
    else if (typeof value === 'object') for (const [k, v] of Object.entries(value)) put(`${key}[${k}]`, v);
    else out[key] = String(value);
  };
  for (const [k, v] of Object.entries(body)) put(k, v);
  return out;
}

/** A form value as Stripe reads it: nested by brackets, a list where every index is a number or empty. */
export type FormValue = string | FormValue[] | { [key: string]: FormValue };

/** Why a form cannot be read, in Stripe's words, with the parameter it names. */
export class FormError extends Error {
  constructor(
    message: string,
    readonly param: string,
  ) {
    super(message);
  }
}

export function parseForm(raw: string): Record<string, FormValue> {
  const root: Record<string, FormValue> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const m = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key);
    if (!m) throw new FormError(`Invalid parameter name: ${key}`, key);
    const path = [...m[2]!.matchAll(/\[([^[\]]*)\]/g)].map((x) => x[1]!);
    set(root, m[1]!, path, value, key);
  }
  return root;
}

function set(holder: Record<string, FormValue> | FormValue[], name: string, path: readonly string[], value: string, whole: string): void {
  const at = holder as Record<string, FormValue>;
  if (path.length === 0) {
    if (Array.isArray(holder)) (holder as FormValue[]).push(value);
    else at[name] = value;
    return;
  }
  const [next, ...rest] = path as [string, ...string[]];
  const wantsList = next === '' || /^\d+$/.test(next);
  let child = Array.isArray(holder) ? undefined : at[name];
  if (child === undefined) {
    child = wantsList ? [] : {};
    if (Array.isArray(holder)) (holder as FormValue[]).push(child);
    else at[name] = child;
  }
  if (typeof child === 'string' || Array.isArray(child) !== wantsList) throw new FormError(`Invalid ${wantsList ? 'array' : 'object'}`, whole.replace(/\[.*$/, ''));
  if (Array.isArray(child)) {
    if (next === '' || rest.length === 0) {
      if (rest.length === 0) {
        if (next === '') child.push(value);
        else child[Number(next)] = value;
        return;
      }
    }
    const index = next === '' ? child.length : Number(next);
    let item = child[index];
    if (item === undefined) {
      item = {};
      child[index] = item;
    }
    if (typeof item === 'string' || Array.isArray(item)) throw new FormError('Invalid array', whole.replace(/\[.*$/, ''));
    const [key, ...deeper] = rest as [string, ...string[]];
    set(item, key, deeper, value, whole);
    return;
  }
  set(child, next, rest, value, whole);
}
