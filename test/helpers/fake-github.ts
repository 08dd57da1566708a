/**
 * A local stand-in for the GitHub REST API: the calls the action makes, over real HTTP on
 * 127.0.0.1, with their state (comments, issues) and a log of every request and its body.
 * Like GitHub, it refuses a missing token (401) and a body over 65,536 characters (422).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeComment {
  id: number;
  issue: number;
  body: string;
  /** Its author, as GitHub shows it in `user`. */
  user: { login: string; type: 'User' | 'Bot' };
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  labels: string[];
}

export interface LoggedCall {
  readonly method: string;
  readonly path: string;
  readonly body: string;
}

export class FakeGitHub {
  readonly comments: FakeComment[] = [];
  readonly issues: FakeIssue[] = [];
  /** Commit sha → the pull requests GitHub associates with it (GET /repos/o/r/commits/sha/pulls). */
  readonly pulls = new Map<string, { number: number; merged_at: string | null; state: string }[]>();
  readonly log: LoggedCall[] = [];
  private server: Server | undefined;
  private seq = 100;
  url = '';

  /**
   * `user`: the token is a person's (GET /user answers with this login, and what it posts is
   * theirs); absent, it is the workflow's own token: GET /user is 403 for an integration, and
   * what it posts is github-actions[bot]'s.
   */
  constructor(
    readonly token = 'ghs_fake_token_0123456789',
    readonly user?: string,
  ) {}

  private get author(): FakeComment['user'] {
    return this.user ? { login: this.user, type: 'User' } : { login: 'github-actions[bot]', type: 'Bot' };
  }

  /** A comment someone else wrote on `issue`. */
  commentAs(login: string, issue: number, body: string): FakeComment {
    const c: FakeComment = { id: ++this.seq, issue, body, user: { login, type: 'User' } };
    this.comments.push(c);
    return c;
  }

  writes(): LoggedCall[] {
    return this.log.filter((c) => c.method !== 'GET');
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      let raw = '';
      req.on('data', (c: Buffer) => (raw += c.toString()));
      req.on('end', () => {
        const url = new URL(req.url ?? '/', 'http://x');
        this.log.push({ method: req.method ?? '', path: url.pathname + url.search, body: raw });
        const send = (status: number, body?: unknown) => {
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(body === undefined ? '' : JSON.stringify(body));
        };
        if (req.headers.authorization !== `Bearer ${this.token}`) return send(401, { message: 'Bad credentials' });
        const input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
        if (typeof input.body === 'string' && input.body.length > 65_536) return send(422, { message: 'Validation Failed', errors: [{ field: 'body', code: 'custom', message: 'body is too long (maximum is 65536 characters)' }] });
        if (url.pathname === '/user' && req.method === 'GET') return this.user ? send(200, { login: this.user, type: 'User' }) : send(403, { message: 'Resource not accessible by integration' });
        const p = url.pathname.split('/').filter(Boolean); // repos, owner, name, ...
        const page = Number(url.searchParams.get('page') ?? 1);
        const per = Number(url.searchParams.get('per_page') ?? 30);
        if (p[3] === 'commits' && p[4] && p[5] === 'pulls' && req.method === 'GET') return send(200, this.pulls.get(p[4]) ?? []);
        if (p[3] === 'issues' && p[4] === 'comments' && p[5] && req.method === 'PATCH') {
          const c = this.comments.find((x) => x.id === Number(p[5]));
          if (!c) return send(404, { message: 'Not Found' });
          // Like GitHub for a token that is not the author's and may not moderate: refused.
          if (c.user.login !== this.author.login) return send(403, { message: 'Resource not accessible by integration' });
          c.body = String(input.body);
          return send(200, c);
        }
        if (p[3] === 'issues' && p[4] && p[5] === 'comments') {
          const issue = Number(p[4]);
          if (req.method === 'GET') return send(200, this.comments.filter((c) => c.issue === issue).slice((page - 1) * per, page * per));
          const c: FakeComment = { id: ++this.seq, issue, body: String(input.body), user: this.author };
          this.comments.push(c);
          return send(201, c);
        }
        if (p[3] === 'issues' && p[4] === undefined) {
          if (req.method === 'GET') {
            const label = url.searchParams.get('labels');
            const state = url.searchParams.get('state') ?? 'open';
            return send(200, this.issues.filter((i) => (!label || i.labels.includes(label)) && (state === 'all' || i.state === state)));
          }
          const issue: FakeIssue = { number: ++this.seq, title: String(input.title), body: String(input.body), state: 'open', labels: (input.labels as string[]) ?? [] };
          this.issues.push(issue);
          return send(201, issue);
        }
        if (p[3] === 'issues' && p[4] && req.method === 'PATCH') {
          const issue = this.issues.find((i) => i.number === Number(p[4]));
          if (!issue) return send(404, { message: 'Not Found' });
          if (typeof input.body === 'string') issue.body = input.body;
          if (input.state === 'open' || input.state === 'closed') issue.state = input.state;
          return send(200, issue);
        }
        return send(404, { message: 'Not Found' });
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }
}
