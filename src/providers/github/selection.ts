/**
 * Which repositories of an organization a selecting target manages hooks on: the `repositories:`
 * of the target (and, narrower, of a hook entry). Pure: the repositories come from GitHub's lists
 * (expand.ts), the selector from the file.
 *
 * Every condition written must hold (include, exclude, topics, properties, visibility, archived,
 * forks); an unwritten one lets every repository through, except that archived repositories and
 * forks are left out unless the selector asks for them, since nobody wants a CI hook on a fork.
 */
export interface RepoSelector {
  /** Name globs (`*` any run of characters, `?` one); default: every name. */
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Any of these topics. */
  readonly topics?: readonly string[];
  /** Every property written must have this value (or one of these values). */
  readonly properties?: Readonly<Record<string, string | readonly string[]>>;
  readonly visibility?: readonly ('public' | 'private' | 'internal')[];
  /** Default false: archived repositories are left out. `true`: only archived ones. */
  readonly archived?: boolean;
  /** Default false: forks are left out. `true`: forks too. */
  readonly forks?: boolean;
}

/** A repository as the selection sees it. */
export interface RepoFacts {
  readonly name: string;
  readonly topics: readonly string[];
  readonly visibility: string;
  readonly archived: boolean;
  readonly fork: boolean;
  readonly properties: Readonly<Record<string, string | readonly string[] | null>>;
}

export function selects(selector: RepoSelector, repo: RepoFacts): boolean {
  const name = repo.name.toLowerCase();
  if (selector.include && !selector.include.some((g) => glob(g).test(name))) return false;
  if (selector.exclude?.some((g) => glob(g).test(name))) return false;
  if (selector.topics && !selector.topics.some((t) => repo.topics.includes(t.toLowerCase()))) return false;
  if (selector.visibility && !selector.visibility.includes(repo.visibility as 'public')) return false;
  if (repo.archived !== (selector.archived ?? false)) return false;
  if (repo.fork && selector.forks !== true) return false;
  for (const [property, wanted] of Object.entries(selector.properties ?? {})) {
    const has = repo.properties[property];
    const values = has === undefined || has === null ? [] : typeof has === 'string' ? [has] : has;
    const ok = typeof wanted === 'string' ? [wanted] : wanted;
    if (!values.some((v) => ok.includes(v))) return false;
  }
  return true;
}

/** Whether the selector needs the organization's custom property values (another list). */
export const needsProperties = (selectors: readonly RepoSelector[]): boolean => selectors.some((s) => s.properties !== undefined && Object.keys(s.properties).length > 0);

const GLOBS = new Map<string, RegExp>();
/** A name glob as a regular expression: case-insensitive as GitHub's names are. */
function glob(pattern: string): RegExp {
  let re = GLOBS.get(pattern);
  if (!re) {
    re = new RegExp(`^${pattern.toLowerCase().replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
    GLOBS.set(pattern, re);
  }
  return re;
}

/** The selector as the file wrote it (the schema has checked its form). */
export const asSelector = (value: unknown): RepoSelector => (value ?? {}) as RepoSelector;

/** How a selector reads in a plan: `svc-*, api; topics production; not archived`. */
export function describeSelector(s: RepoSelector): string {
  const parts = [
    s.include ? `named ${s.include.join(', ')}` : 'every repository',
    ...(s.exclude ? [`not ${s.exclude.join(', ')}`] : []),
    ...(s.topics ? [`topic ${s.topics.join(' or ')}`] : []),
    ...Object.entries(s.properties ?? {}).map(([k, v]) => `${k} = ${typeof v === 'string' ? v : v.join(' or ')}`),
    ...(s.visibility ? [s.visibility.join(' or ')] : []),
    s.archived === true ? 'archived only' : 'not archived',
    ...(s.forks === true ? ['forks included'] : []),
  ];
  return parts.join('; ');
}
