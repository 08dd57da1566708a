/**
 * `${VAR}` and `${VAR:-default}` in string values, from an environment map. `$${` is a literal
 * `${`. The path of every value that came from a variable is recorded, and the substituted
 * values are returned, so the caller can decide which are sensitive (most: see
 * `ProviderSpec.plainPatterns`) and register those with the redactor.
 * Pure: takes the environment as an argument and never throws; problems are returned.
 */
import { isPlainObject } from '../core/model.js';

export type Path = readonly (string | number)[];

export interface Interpolated {
  readonly value: unknown;
  /** Paths whose string used at least one variable (resolved or not). */
  readonly fromVariables: readonly Path[];
  /** Variables with no value and no default, each with the path that used it. */
  readonly missing: readonly { name: string; path: Path }[];
  /** Malformed references (`${}`, `${1X}`, an unclosed `${`). */
  readonly malformed: readonly { text: string; path: Path }[];
  /** The values substituted from the environment, with the path each went to (defaults are written in the file: not secret). */
  readonly secretValues: readonly { readonly value: string; readonly path: Path }[];
  /**
   * Every scalar of `value` in the order of a walk (arrays by index, objects by key order), as
   * the schema check needs them before its coercion changes any: made in this walk, not another.
   */
  readonly leaves: readonly unknown[];
}

const REF = /\$\$\{|\$\{([^}]*)\}|\$\{/g;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function interpolate(input: unknown, env: Readonly<Record<string, string | undefined>>): Interpolated {
  const fromVariables: Path[] = [];
  const missing: { name: string; path: Path }[] = [];
  const malformed: { text: string; path: Path }[] = [];
  const secretValues: { value: string; path: Path }[] = [];

  // One path array, grown and shrunk as the walk goes, and copied only for what is recorded: a
  // copy for every value cost more than the substitution on files of 75,000 values.
  const at: (string | number)[] = [];
  const replaceIn = (text: string): string => {
    if (!text.includes('${')) return text; // nothing to replace, `$${` included
    const path: Path = [...at];
    let used = false;
    let fromEnvironment = false;
    const out = text.replace(REF, (whole: string, inner: string | undefined) => {
      if (whole === '$${') return '${';
      used = true;
      if (inner === undefined) {
        malformed.push({ text: '${ without a closing }', path });
        return whole;
      }
      const sep = inner.indexOf(':-');
      const name = sep === -1 ? inner : inner.slice(0, sep);
      const fallback = sep === -1 ? undefined : inner.slice(sep + 2);
      if (!NAME.test(name)) {
        malformed.push({ text: whole, path });
        return whole;
      }
      if (fallback?.includes('${')) {
        // `${A:-${B}}` would leave a literal `${B}` behind: say so rather than send it.
        malformed.push({ text: `${whole}} (a reference inside a default is not supported; set ${name} from ${fallback.slice(2)} before running hooksync)`, path });
        return whole;
      }
      const fromEnv = env[name];
      // Like the shell: with a default, an empty variable counts as unset.
      const useEnv = fallback === undefined ? fromEnv !== undefined : Boolean(fromEnv);
      const value = useEnv ? fromEnv : fallback;
      if (value === undefined) {
        missing.push({ name, path });
        return whole;
      }
      if (useEnv) {
        secretValues.push({ value, path });
        fromEnvironment = true;
      }
      return value;
    });
    if (used) {
      fromVariables.push(path);
      if (fromEnvironment && out !== text) secretValues.push({ value: out, path });
    }
    return out;
  };

  const leaves: unknown[] = [];
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const out = replaceIn(v);
      leaves.push(out);
      return out;
    }
    if (Array.isArray(v)) {
      const out: unknown[] = new Array(v.length);
      for (let i = 0; i < v.length; i++) {
        at.push(i);
        out[i] = walk(v[i]);
        at.pop();
      }
      return out;
    }
    if (isPlainObject(v)) {
      const out = Object.create(null) as Record<string, unknown>; // no key of the file can reach a prototype
      for (const k of Object.keys(v)) {
        at.push(k);
        out[k] = walk(v[k]);
        at.pop();
      }
      return out;
    }
    leaves.push(v);
    return v;
  };

  return { value: walk(input), fromVariables, missing, malformed, secretValues, leaves };
}
