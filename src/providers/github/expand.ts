/**
 * A GitHub target that selects repositories, made into one target per selected repository: the
 * organization's repository list (and its custom property values, when a selector names one)
 * read from GitHub at plan time, paged and bounded like every list, then each repository given
 * the hook entries whose own selection takes it. Everything after (listing, planning, applying)
 * sees ordinary one-repository targets, each with `parent` naming the target the file wrote.
 */
import { HooksyncError } from '../../core/errors.js';
import { isPlainObject, type DesiredHook, type TargetConfig } from '../../core/model.js';
import type { AdapterDeps } from '../adapter-deps.js';
import type { Expansion } from '../provider.js';
import { githubCaller, githubPages } from './adapter.js';
import { asSelector, describeSelector, needsProperties, selects, type RepoFacts } from './selection.js';


export async function expandSelection(target: TargetConfig, deps: AdapterDeps): Promise<Expansion> {
  const org = String(target.options?.organization ?? '');
  const selector = asSelector(target.options?.repositories);
  const call = githubCaller(target, deps, { org: true, name: org });
  const base = `${target.endpoint}/orgs/${encodeURIComponent(org)}`;
  const repos = await githubPages(call, `${base}/repos?type=all&`, `the repository list of ${org}`, deps.pagesAtOnce, `nothing was planned or changed for target ${target.name}`);
  const selectors = [selector, ...target.hooks.flatMap((h) => (h.select ? [asSelector(h.select)] : []))];
  const properties = needsProperties(selectors) ? await propertyValues(call, base, org, target.name, deps) : new Map<string, Record<string, string | string[] | null>>();

  const facts = repos.map((r) => repoFacts(r, org, target.name, properties));
  const selected = facts.filter((r) => selects(selector, r.facts));
  if (selected.length === 0) {
    throw new HooksyncError(
      'HOOKSYNC_CONFIG_INVALID',
      `target ${target.name}: its repositories select none of the ${facts.length} repositories of ${org} (${describeSelector(selector)}); a selection that matches nothing is far more often a wrong selector or token than an intent, so nothing was planned or changed`,
    );
  }
  const members: TargetConfig[] = [];
  const skipped: { repository: string; why: string }[] = [];
  for (const r of selected) {
    if (!r.admin) {
      skipped.push({ repository: r.fullName, why: 'the token is not an admin of it (GitHub\'s repository list says so), so it may not read or change its webhooks' });
      continue;
    }
    members.push({ ...target, name: `${target.name}/${r.facts.name}`, parent: target.name, options: { repository: r.fullName }, hooks: hooksFor(target, r) });
  }
  return { members, skipped, of: facts.length, described: describeSelector(selector) };
}

/** The entries that apply to one repository; two of one key there is a mistake of the file. */
function hooksFor(target: TargetConfig, r: { facts: RepoFacts; fullName: string }): DesiredHook[] {
  const hooks = target.hooks.filter((h) => h.select === undefined || selects(asSelector(h.select), r.facts));
  const seen = new Map<string, DesiredHook>();
  for (const h of hooks) {
    const first = seen.get(h.key);
    if (first) {
      throw new HooksyncError(
        'HOOKSYNC_CONFIG_INVALID',
        `target ${target.name}: repository ${r.fullName} is taken by two entries for ${h.key} (lines ${first.position.line} and ${h.position.line}); narrow their repositories so that one applies; nothing was planned or changed`,
      );
    }
    seen.set(h.key, h);
  }
  return hooks;
}

interface RepoRow {
  readonly fullName: string;
  readonly admin: boolean;
  readonly facts: RepoFacts;
}

function repoFacts(raw: unknown, org: string, target: string, properties: ReadonlyMap<string, Record<string, string | string[] | null>>): RepoRow {
  if (!isPlainObject(raw) || typeof raw.name !== 'string') throw new HooksyncError('HOOKSYNC_API', `GitHub answered the repository list of ${org} with an entry that is not a repository (no "name"); nothing was planned or changed for target ${target}`);
  const fullName = typeof raw.full_name === 'string' ? raw.full_name : `${org}/${raw.name}`;
  const permissions = isPlainObject(raw.permissions) ? raw.permissions : {};
  const visibility = typeof raw.visibility === 'string' ? raw.visibility : raw.private === true ? 'private' : 'public';
  return {
    fullName,
    // Without a permissions object (an unusual token), try: the hook list says 404 if not.
    admin: permissions.admin !== false,
    facts: {
      name: raw.name,
      topics: Array.isArray(raw.topics) ? raw.topics.filter((t): t is string => typeof t === 'string') : [],
      visibility,
      archived: raw.archived === true,
      fork: raw.fork === true,
      properties: properties.get(fullName.toLowerCase()) ?? {},
    },
  };
}

/** `GET /orgs/{org}/properties/values`: each repository's custom property values, by full name. */
async function propertyValues(call: ReturnType<typeof githubCaller>, base: string, org: string, target: string, deps: AdapterDeps): Promise<Map<string, Record<string, string | string[] | null>>> {
  const rows = await githubPages(call, `${base}/properties/values?`, `the custom property values of ${org}`, deps.pagesAtOnce, `nothing was planned or changed for target ${target}`);
  const out = new Map<string, Record<string, string | string[] | null>>();
  for (const row of rows) {
    if (!isPlainObject(row) || typeof row.repository_full_name !== 'string' || !Array.isArray(row.properties)) continue;
    const values: Record<string, string | string[] | null> = Object.create(null) as Record<string, string | string[] | null>;
    for (const p of row.properties) {
      if (!isPlainObject(p) || typeof p.property_name !== 'string') continue;
      const v = p.value;
      values[p.property_name] = typeof v === 'string' ? v : Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;
    }
    out.set(row.repository_full_name.toLowerCase(), values);
  }
  return out;
}

