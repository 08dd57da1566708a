/** What the runner tells a step about where it runs, read once from its environment. */
import { readFileSync } from 'node:fs';
import { HooksyncError } from '../core/errors.js';
import { isPlainObject } from '../core/model.js';

export interface RunContext {
  readonly apiUrl: string;
  readonly repository: string;
  readonly eventName: string;
  readonly event: Record<string, unknown>;
  readonly sha: string;
  readonly runUrl: string;
  /** The pull request this run is for, if any. */
  readonly pullRequest: number | undefined;
  /** A pull request from a fork: no secrets there, so only validate can run. */
  readonly fromFork: boolean;
}

export function readContext(env: Readonly<Record<string, string | undefined>>): RunContext {
  const need = (name: string): string => {
    const v = env[name];
    if (!v) throw new HooksyncError('HOOKSYNC_USAGE', `${name} is not set; hooksync's action runs inside a GitHub Actions job, which sets it`);
    return v;
  };
  const repository = need('GITHUB_REPOSITORY');
  let event: Record<string, unknown> = {};
  const path = env.GITHUB_EVENT_PATH;
  if (path) {
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (isPlainObject(parsed)) event = parsed;
    } catch (e) {
      throw new HooksyncError('HOOKSYNC_USAGE', `cannot read the event payload at ${path} (${(e as Error).message})`);
    }
  }
  const pr = isPlainObject(event.pull_request) ? event.pull_request : undefined;
  const head = pr && isPlainObject(pr.head) && isPlainObject(pr.head.repo) ? pr.head.repo.full_name : undefined;
  const server = env.GITHUB_SERVER_URL ?? 'https://github.com';
  return {
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/+$/, ''),
    repository,
    eventName: env.GITHUB_EVENT_NAME ?? '',
    event,
    sha: (pr && isPlainObject(pr.head) && typeof pr.head.sha === 'string' ? pr.head.sha : undefined) ?? env.GITHUB_SHA ?? '',
    runUrl: `${server}/${repository}/actions/runs/${env.GITHUB_RUN_ID ?? '0'}`,
    pullRequest: pr && typeof pr.number === 'number' ? pr.number : undefined,
    fromFork: typeof head === 'string' && head !== repository,
  };
}
