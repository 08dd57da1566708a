/**
 * The whole config pipeline: read → parse (positions) → interpolate → schema → rules → Config.
 * `offline` (validate) reports unset variables as warnings and skips judging their values, so a
 * pull request from a fork, which has no secrets, can still be validated.
 */
import { HooksyncError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { isPlainObject, type Config, type DesiredHook, type FieldPath, type ProviderKind, type RateLimitPolicy, type SecretTo, type TargetConfig } from '../core/model.js';
import type { Redactor } from '../core/redact.js';
import { isProviderKind, providerOf, specFor } from '../providers/specs.js';
import { isPlainPath, keyIn } from '../core/spec.js';
import { interpolate, type Path } from './interpolate.js';
import { startsWith } from './paths.js';
import { resolveFileFields } from './files.js';
import { ruleProblems } from './rules.js';
import { moreLine, schemaProblems } from './schema.js';
import { locate, positionOf, readSource, type Source } from './source.js';

export interface LoadOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly offline?: boolean;
  readonly redactor?: Redactor;
  /** Which unset variables block loading (default: all). `plan --target a` needs only a's. */
  readonly needs?: (path: Path) => boolean;
}

export interface Loaded {
  readonly config: Config;
  readonly source: Source;
  readonly warnings: readonly string[];
  /** The file after interpolation, and the paths whose value came from a variable (saved plans). */
  readonly interpolated: unknown;
  readonly fromVariables: readonly Path[];
}

export async function loadConfig(file: string, options: LoadOptions): Promise<Loaded> {
  return buildConfig(await readSource(file), options);
}

export function buildConfig(source: Source, options: LoadOptions): Loaded {
  const result = interpolate(source.value, options.env);
  const isSensitive = (path: Path) => !plainPath(result.value, path);
  result.secretValues.filter((v) => isSensitive(v.path)).forEach((v) => options.redactor?.add(v.value));

  const where = (p: Path) => locate(source, p);
  const malformed = result.malformed.map((m) => `${where(m.path)}: malformed variable reference ${m.text}; write \${NAME} or \${NAME:-default}`);
  const needed = result.missing.filter((m) => options.needs?.(m.path) ?? true);
  const missingLines = needed.map((m) => `${where(m.path)}: environment variable ${m.name} is not set; export it or write \${${m.name}:-default}`);

  const unresolved = result.missing.map((m) => m.path);
  const schema = schemaProblems(source, result.value, unresolved, result.fromVariables, result.leaves);
  const files = schema.lines.length === 0 && schema.more === 0 ? resolveFileFields(source, result.value) : [];
  const problems = [...malformed, ...schema.lines, ...ruleProblems(source, result.value, unresolved), ...files];
  if (problems.length > 0) {
    // The count is of findings, those only counted included; the line for those comes last.
    throw new HooksyncError('HOOKSYNC_CONFIG_INVALID', `${source.file} has ${count(problems.length + schema.more, 'problem')}; fix each at the place named`, schema.more > 0 ? [...problems, moreLine(schema.more)] : problems);
  }
  if (missingLines.length > 0 && !options.offline) {
    const names = [...new Set(needed.map((m) => m.name))];
    throw new HooksyncError(
      'HOOKSYNC_ENV_MISSING',
      `${count(names.length, 'environment variable')} used by ${source.file} ${names.length === 1 ? 'is' : 'are'} not set (${names.join(', ')}); nothing was sent`,
      missingLines,
    );
  }

  const config = toConfig(source, result.value, result.fromVariables.filter(isSensitive));
  // A credential whose variable is unset still reads `${NAME}`: that is no secret, and handing
  // it to the redactor would mask the variable's name (and the Action would add-mask it).
  const unset = (path: Path) => result.missing.some((m) => m.path.length === path.length && startsWith(m.path, path));
  for (const t of config.targets) {
    for (const [field, value] of Object.entries(t.auth)) if (!unset(['targets', t.name, 'auth', field])) options.redactor?.add(value);
  }
  return { config, source, warnings: options.offline ? missingLines : [], interpolated: result.value, fromVariables: result.fromVariables };
}

function toConfig(source: Source, value: unknown, sensitive: readonly Path[]): Config {
  const root = value as { targets: Record<string, Record<string, unknown>> };
  // Each hook's sensitive paths, found by its place once: filtering every path for every hook
  // cost the square of the file's size (2,000 hooks with a secret each: 4 million comparisons).
  // Keyed by target, then by the hook's index: no key string is built for each of 10,000 hooks.
  const byHook = new Map<string, Map<number, FieldPath[]>>();
  for (const p of sensitive) {
    if (p[0] !== 'targets' || p[2] !== 'hooks' || p.length <= 4) continue;
    const target = byHook.get(String(p[1])) ?? byHook.set(String(p[1]), new Map()).get(String(p[1]))!;
    const i = Number(p[3]);
    target.set(i, [...(target.get(i) ?? []), p.slice(4).map(String)]);
  }
  const targets: TargetConfig[] = Object.entries(root.targets).map(([name, t]) => {
    const secretsOf = byHook.get(name);
    // An entry's own selection (GitHub's `repositories:`) says where it applies: not a field.
    const selectField = providerOf(t.provider as ProviderKind).target.selection?.field;
    const spec = specFor(t.provider as ProviderKind);
    const hooks = (t.hooks as Record<string, unknown>[]).map((raw, i): DesiredHook => {
      const base: Path = ['targets', name, 'hooks', i];
      const { id, protect, allowSecretRotation, secretTo, ...fields } = raw;
      const select = selectField === undefined ? undefined : fields[selectField];
      if (selectField !== undefined) delete fields[selectField];
      const hookName = keyIn(spec, fields);
      const pinnedId = typeof id === 'string' ? id : typeof id === 'number' ? String(id) : undefined; // GitHub's ids are numbers
      const sensitivePaths: FieldPath[] = secretsOf?.get(i) ?? [];
      return {
        key: hookName ?? `id:${pinnedId ?? ''}`,
        pinnedId,
        fields,
        sensitivePaths,
        // Found when a message needs it: the document with positions is parsed only then.
        get position() {
          return positionOf(source, base);
        },
        protect: protect === true,
        ...(allowSecretRotation === true ? { allowSecretRotation: true } : {}),
        ...(isPlainObject(secretTo) ? { secretTo: secretToOf(secretTo) } : {}),
        ...(isPlainObject(select) ? { select } : {}),
      };
    });
    const auth = t.auth as { clientId?: string; clientSecret?: string; token?: string; tokenUrl?: string };
    const provider = providerOf(t.provider as ProviderKind);
    const own = Object.keys(provider.target.properties ?? {}).filter((k) => t[k] !== undefined);
    return {
      name,
      provider: t.provider as ProviderKind,
      endpoint: String(t.endpoint ?? provider.target.defaultEndpoint).replace(/\/+$/, ''),
      auth: { clientId: auth.clientId, clientSecret: auth.clientSecret, token: auth.token },
      ...(own.length > 0 ? { options: Object.fromEntries(own.map((k) => [k, t[k]])) } : {}),
      tokenUrl: auth.tokenUrl,
      prune: t.prune === true || t.prune === 'all',
      pruneAll: t.prune === 'all',
      maxDeletes: typeof t.maxDeletes === 'number' ? t.maxDeletes : undefined,
      writeGapMs: typeof t.writeGap === 'string' ? parseDuration(t.writeGap) : provider.target.writeGapMs,
      owns: typeof t.owns === 'string' ? t.owns : undefined,
      rateLimit: statedLimit(t.rateLimit),
      hooks,
      get position() {
        return positionOf(source, ['targets', name]);
      },
    };
  });
  return { file: source.file, targets };
}

/** `secretTo:` as the schema let it through: the GitHub endpoint defaults to GitHub's own. */
function secretToOf(raw: Record<string, unknown>): SecretTo {
  const gh = isPlainObject(raw.github) ? raw.github : undefined;
  return {
    ...(typeof raw.env === 'string' ? { env: raw.env } : {}),
    ...(gh
      ? {
          github: {
            repository: String(gh.repository),
            ...(typeof gh.environment === 'string' ? { environment: gh.environment } : {}),
            secret: String(gh.secret),
            token: String(gh.token),
            endpoint: String(gh.endpoint ?? 'https://api.github.com').replace(/\/+$/, ''),
          },
        }
      : {}),
  };
}

function statedLimit(value: unknown): RateLimitPolicy | undefined {
  if (!isPlainObject(value)) return undefined;
  const perMs = parseDuration(String(value.per));
  return perMs === undefined ? undefined : { requests: Number(value.requests), perMs };
}

const count = (n: number, noun: string): string => `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;

/**
 * A path a variable may fill without making it sensitive: a hook field its provider declares
 * plain (events, flags, counts), or a target's own settings that hold no secret.
 */
function plainPath(value: unknown, path: Path): boolean {
  const [root, name, section, index, ...field] = path;
  if (root !== 'targets' || typeof name !== 'string') return false;
  const provider = (value as { targets?: Record<string, { provider?: unknown }> }).targets?.[name]?.provider;
  if (section !== 'hooks') {
    const own = typeof provider === 'string' && isProviderKind(provider) ? (providerOf(provider).target.plain ?? []).map((f) => [f]) : [];
    return [...TARGET_PLAIN, ...own].some((p) => p.length === path.length - 2 && p.every((seg, i) => seg === path[i + 2]));
  }
  if (typeof index !== 'number' || typeof provider !== 'string' || !isProviderKind(provider)) return false;
  return isPlainPath(specFor(provider), field.map(String));
}

const TARGET_PLAIN: readonly (readonly string[])[] = [['provider'], ['prune'], ['maxDeletes'], ['owns'], ['writeGap'], ['rateLimit', 'requests'], ['rateLimit', 'per']];
