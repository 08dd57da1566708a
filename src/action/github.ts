/**
 * The few GitHub REST calls the action makes: a pull request's comments, and the drift issue.
 * Every body sent has passed the redactor first (the callers' job); errors name the call and
 * GitHub's own message, and say which permission is likely missing.
 */
import { HooksyncError } from '../core/errors.js';
import { isPlainObject } from '../core/model.js';

export interface Comment {
  readonly id: number;
  readonly body: string;
  /** Who wrote it (`user.login`): only the action's own comments are the plan comment. */
  readonly author: string;
}

/** Who the workflow's own token (GITHUB_TOKEN) writes as. */
export const WORKFLOW_BOT = 'github-actions[bot]';

export interface Issue {
  readonly number: number;
  readonly body: string;
}

const PER_PAGE = 100;

export class GitHub {
  constructor(
    private readonly apiUrl: string,
    private readonly token: string,
    private readonly repository: string,
  ) {}

  /** The merged pull request a pushed commit came from, if any. */
  async mergedPullOf(sha: string): Promise<number | undefined> {
    const list = await this.call('GET', `/repos/${this.repository}/commits/${sha}/pulls`, 'the pull requests of the pushed commit', 'pull-requests: read');
    const merged = (Array.isArray(list) ? list : []).filter((p) => isPlainObject(p) && typeof p.number === 'number' && p.merged_at);
    return merged.length > 0 ? Number((merged[0] as { number: number }).number) : undefined;
  }

  async comments(issue: number): Promise<Comment[]> {
    const MAX_COMMENT_PAGES = 100;
    const all: Comment[] = [];
    for (let page = 1; ; page++) {
      const batch = await this.call('GET', `/repos/${this.repository}/issues/${issue}/comments?per_page=${PER_PAGE}&page=${page}`, 'the pull request comments', 'pull-requests: read');
      const list = Array.isArray(batch) ? batch : [];
      for (const c of list.filter(isPlainObject)) all.push({ id: Number(c.id), body: String(c.body ?? ''), author: isPlainObject(c.user) ? String(c.user.login ?? '') : '' }); // no spread of an answer
      // A page longer than asked for, or more pages than any pull request has, is not followed.
      if (list.length < PER_PAGE || list.length > PER_PAGE || page >= MAX_COMMENT_PAGES) return all;
    }
  }

  async createComment(issue: number, body: string): Promise<void> {
    await this.call('POST', `/repos/${this.repository}/issues/${issue}/comments`, 'the plan comment', 'pull-requests: write', { body });
  }

  async updateComment(id: number, body: string): Promise<void> {
    await this.call('PATCH', `/repos/${this.repository}/issues/comments/${id}`, 'the plan comment', 'pull-requests: write', { body });
  }

  /** Open issues with `label`: the drift issue is looked for among them only. */
  async openIssues(label: string): Promise<Issue[]> {
    const list = await this.call('GET', `/repos/${this.repository}/issues?labels=${encodeURIComponent(label)}&state=open&per_page=${PER_PAGE}`, 'the drift issues', 'issues: read');
    return Array.isArray(list) ? list.filter(isPlainObject).filter((i) => !('pull_request' in i)).map((i) => ({ number: Number(i.number), body: String(i.body ?? '') })) : [];
  }

  async createIssue(title: string, body: string, label: string): Promise<number> {
    const made = await this.call('POST', `/repos/${this.repository}/issues`, 'the drift issue', 'issues: write', { title, body, labels: [label] });
    return isPlainObject(made) ? Number(made.number) : 0;
  }

  async updateIssue(issue: number, patch: { body?: string; state?: 'open' | 'closed'; state_reason?: string }): Promise<void> {
    await this.call('PATCH', `/repos/${this.repository}/issues/${issue}`, 'the drift issue', 'issues: write', patch);
  }

  async commentIssue(issue: number, body: string): Promise<void> {
    await this.call('POST', `/repos/${this.repository}/issues/${issue}/comments`, 'a comment on the drift issue', 'issues: write', { body });
  }

  /**
   * The login this token writes as: a user's token reads it from GET /user; the workflow's token
   * and an App's installation token cannot (403 "Resource not accessible by integration") and
   * write as a bot: github-actions[bot] for the workflow's, which is what `fallback` says unless
   * the comment-author input names an App's bot.
   */
  async self(fallback: string): Promise<string> {
    const { status, parsed } = await this.send('GET', '/user', 'the token\'s user');
    if (status === 200 && isPlainObject(parsed) && typeof parsed.login === 'string') return parsed.login;
    return fallback;
  }

  private async call(method: string, path: string, what: string, permission: string, body?: unknown): Promise<unknown> {
    const { status, parsed, text } = await this.send(method, path, what, body);
    if (status >= 200 && status < 300) return parsed;
    const message = isPlainObject(parsed) && typeof parsed.message === 'string' ? parsed.message : text.slice(0, 200);
    const hint = status === 403 || status === 404 ? `; the job needs \`permissions: ${permission}\` and a github-token that has it` : '';
    throw new HooksyncError('HOOKSYNC_API', `GitHub answered ${status} to ${method} ${what}: ${message}${hint}`);
  }

  private async send(method: string, path: string, what: string, body?: unknown): Promise<{ status: number; parsed: unknown; text: string }> {
    let res: Response;
    try {
      res = await fetch(`${this.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${this.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'content-type': 'application/json', 'user-agent': 'hooksync-action' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new HooksyncError('HOOKSYNC_NETWORK', `could not reach the GitHub API at ${this.apiUrl} for ${what} (${(e as Error).message})`);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, parsed, text };
  }
}
