/**
 * JSON Schema validation (ajv) of the interpolated file, with every finding turned into
 * `file:line:col path: what is wrong; what to do`. The schemas in schemas/ are the single source
 * of truth for field names and vendor enums; editors use the same files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schemasDir } from '../core/install.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { AJV_OPTIONS } from './ajv-options.js';
import { locate, type Source } from './source.js';
import { pointerToPath, startsWith } from './paths.js';
import { closest } from './suggest.js';
import type { Path } from './interpolate.js';
import { valueAt } from '../core/model.js';
import { MASK } from '../core/redact.js';
import { isSensitivePath } from '../core/spec.js';
import { isProviderKind, specFor } from '../providers/specs.js';
import { PROVIDER_DISPLAY, PROVIDER_NAMES } from '../providers/names.js';

/**
 * The build compiles schemas/ ahead of time (scripts/compile-schema.mjs), which saves compiling
 * them at every start; run from the sources (tests), there is no such module, and ajv compiles
 * the same files with the same options here.
 */
const PRECOMPILED = './schema-validate.js';
const validate: ValidateFunction = await import(PRECOMPILED).then(
  (m: { default: ValidateFunction }) => m.default,
  async (e: NodeJS.ErrnoException) => {
    if (e.code !== 'ERR_MODULE_NOT_FOUND') throw e;
    const { Ajv } = await import('ajv');
    const dir = schemasDir();
    const read = (f: string): object => JSON.parse(readFileSync(join(dir, f), 'utf8')) as object;
    const ajv = new Ajv(AJV_OPTIONS);
    for (const provider of PROVIDER_NAMES) ajv.addSchema(read(`providers/${provider}.json`));
    return ajv.compile(read('hooks.schema.json'));
  },
);

/**
 * Validates in place (coercion mutates `value`); returns one line per finding. Coercion is for
 * what a variable produced (`enabled: ${ON:-true}` is a string until the schema says boolean):
 * a value written in the file itself that only coercion would accept (`url: 123`, an `enabled:`
 * with no value) is a finding, by name.
 */
/**
 * Findings shown at most for one file: past this many, the rest are counted, not described,
 * since each costs a position and a file with 75,000 bad values would take seconds to report.
 */
export const MAX_SHOWN_PROBLEMS = 100;

/** The findings described (at most MAX_SHOWN_PROBLEMS) and how many more there are. */
export interface Findings {
  readonly lines: readonly string[];
  readonly more: number;
}

export function schemaProblems(source: Source, value: unknown, unresolved: readonly Path[], fromVariables: readonly Path[] = [], written: readonly unknown[] = leaves(value)): Findings {
  const valid = validate(value);
  const coerced = coercionProblems(source, written, value, fromVariables);
  if (valid) return coerced;
  const problems: string[] = [...coerced.lines];
  let more = coerced.more;
  for (const err of validate.errors ?? []) {
    if (err.keyword === 'if') continue; // the branch's own errors say what is wrong
    if (err.keyword === 'required' && err.schemaPath.includes('/oneOf/')) continue; // the oneOf error names every choice
    const path = pointerToPath(err.instancePath);
    // A value we could not resolve offline cannot be judged: say nothing rather than guess.
    if (unresolved.some((u) => startsWith(path, u))) continue;
    if (problems.length >= MAX_SHOWN_PROBLEMS) {
      more++;
      continue;
    }
    const line = describe(source, err, path, value);
    if (line) problems.push(line);
  }
  return { lines: [...new Set(problems)], more };
}

/** The line that stands for the findings not described. */
export const moreLine = (n: number): string => `and ${n.toLocaleString('en-US')} more findings like these (the first ${MAX_SHOWN_PROBLEMS} are shown; fix them and run validate again)`;

/**
 * Every scalar leaf of `value`, in the order of a walk, before validation may convert it (the
 * loader passes the ones interpolation gathered). ajv's coercion changes scalars in place and
 * never adds or removes keys, so the same walk after it meets the same leaves in the same
 * order, and no path is made unless a leaf changed.
 */
function leaves(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) leaves((value as Record<string, unknown>)[k], out);
  else out.push(value);
  return out;
}

/**
 * Calls `each` for every leaf of `after` that differs from what was written, with a path that is
 * only good during the call (copy it to keep it): a copy per leaf cost more than the check.
 */
function forChangedLeaves(written: readonly unknown[], after: unknown, each: (path: readonly (string | number)[], value: unknown, now: unknown) => void): void {
  const path: (string | number)[] = [];
  let i = 0;
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (let j = 0; j < v.length; j++) {
        path.push(j);
        walk(v[j]);
        path.pop();
      }
    } else if (v !== null && typeof v === 'object') {
      for (const k of Object.keys(v)) {
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    } else {
      const was = written[i++];
      if (was !== v) each(path, was, v);
    }
  };
  walk(after);
}

function coercionProblems(source: Source, written: readonly unknown[], after: unknown, fromVariables: readonly Path[]): Findings {
  const problems: string[] = [];
  let more = 0;
  forChangedLeaves(written, after, (path, value, now) => {
    if (fromVariables.length > 0 && fromVariables.some((v) => startsWith(path, v))) return;
    if (problems.length >= MAX_SHOWN_PROBLEMS) {
      more++;
      return;
    }
    const at = locate(source, [...path]);
    if (value === null) problems.push(`${at}: has no value; write one (${typeof now === 'boolean' ? 'true or false' : `${article(typeof now)}`}) or remove the line`);
    else problems.push(`${at}: ${JSON.stringify(value)} is ${article(typeof value)}, and this field takes ${article(typeof now)}${typeof now === 'string' ? `; quote it: "${String(value)}"` : ''}`);
  });
  return { lines: problems, more };
}

function describe(source: Source, err: ErrorObject, path: string[], root: unknown): string | undefined {
  const at = (p: readonly (string | number)[], key = false) => locate(source, p, key);
  const params = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required': {
      const field = String(params.missingProperty);
      return `${at(path)}: missing required field "${field}"; add it`;
    }
    case 'additionalProperties': {
      const field = String(params.additionalProperty);
      const allowed = Object.keys((err.parentSchema as { properties?: object }).properties ?? {});
      const hint = closest(field, allowed);
      const tail = hint ? `did you mean "${hint}"?` : `allowed fields: ${allowed.join(', ')}`;
      return `${at([...path, field], true)}: unknown field "${field}"; ${tail}`;
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String);
      const got = valueAt(root, path);
      const shown = shownValue(root, path);
      const hint = typeof got === 'string' ? closest(got, allowed) : undefined;
      const what = enumNoun(path, root);
      const tail = hint ? `did you mean "${hint}"?` : allowed.length <= 8 ? `use one of: ${allowed.join(', ')}` : 'see the provider schema in schemas/providers/ for the list';
      return `${at(path)}: ${shown} is not ${what}; ${tail}`;
    }
    case 'oneOf': {
      const groups = ((err.parentSchema as { oneOf?: { required?: string[] }[] }).oneOf ?? []).map((g) => (g.required ?? []).join(' and '));
      const present = groups.filter((g) => g !== '' && g.split(' and ').every((f) => valueAt(root, [...path, f]) !== undefined));
      return `${at(path)}: write exactly one of ${groups.map((g) => `"${g}"`).join(' or ')}${present.length > 1 ? ` (this target writes ${present.map((g) => `"${g}"`).join(' and ')})` : ''}`;
    }
    case 'const':
      return `${at(path)}: must be ${JSON.stringify(params.allowedValue)}`;
    case 'type':
      return `${at(path)}: must be ${article(String(params.type))}, got ${shownValue(root, path)}`;
    case 'propertyNames':
      return undefined; // reported by the pattern error on the name itself
    case 'pattern': {
      const name = params.propertyName as string | undefined;
      if (err.propertyName !== undefined || name !== undefined) {
        const key = err.propertyName ?? name ?? '';
        return `${at([...path, key], true)}: "${key}" is not a valid target name; use letters, digits, "_", "." and "-"`;
      }
      const description = (err.parentSchema as { description?: string } | undefined)?.description;
      return `${at(path)}: ${shownValue(root, path)} does not have the required form: ${description ?? String(params.pattern)}`;
    }
    default:
      return `${at(path)}: ${err.message ?? 'is invalid'}`;
  }
}

function enumNoun(path: readonly string[], root: unknown): string {
  if (path.length === 3 && path[0] === 'targets' && path[2] === 'provider') {
    return `a known provider (${PROVIDER_NAMES.join(', ')})`;
  }
  if (path[0] === 'targets' && path[2] === 'hooks' && (path[4] === 'events' || path[4] === 'triggerId')) {
    const name = displayName(String(valueAt(root, ['targets', path[1] ?? '', 'provider'])));
    return `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} ${path[4] === 'triggerId' ? 'trigger id' : 'event'}`;
  }
  return 'an allowed value';
}

/** The value a finding is about, unless the provider says that field holds a secret. */
function shownValue(root: unknown, path: readonly string[]): string {
  const provider = valueAt(root, ['targets', path[1] ?? '', 'provider']);
  if (path[0] === 'targets' && path[2] === 'hooks' && isProviderKind(provider) && isSensitivePath(specFor(provider), path.slice(4))) return MASK;
  return JSON.stringify(valueAt(root, path)) ?? 'nothing';
}

const displayName = (p: string): string => PROVIDER_DISPLAY[p as keyof typeof PROVIDER_DISPLAY] ?? p;

const article = (t: string): string => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);

