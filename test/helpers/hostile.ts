/**
 * A deliberately broken vendor on 127.0.0.1: it hands out tokens like any of ours, and answers
 * everything else as the test scripts it — lists that do not add up, endless or trickling
 * bodies, answers that never come, far-future rate-limit resets. Every request is logged, so a
 * test can count what hooksync sent. Stopped by the test that started it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

export type HostileAnswer =
  | { readonly status: number; readonly headers?: Record<string, string>; readonly json?: unknown; readonly text?: string; readonly delayMs?: number }
  /** `bytes` of filler, streamed with no Content-Length. */
  | { readonly stream: number }
  /** One byte every `everyMs`, forever (until the client gives up). */
  | { readonly trickle: number }
  /** Headers never come. */
  | { readonly never: true };

export interface Hostile {
  readonly url: string;
  readonly requests: HostileRequest[];
  /** Requests to the API (not the token endpoint). */
  api(): HostileRequest[];
  /** The most API requests it had open at once. */
  readonly maxInFlight: () => number;
  stop(): Promise<void>;
}

const TOKEN_PATHS = ['/oidc/token', '/oauth/token', '/auth/token', '/oidc/oauth/token'];

/** `answersTokens`: the script answers token requests too (by default they get a token). */
export async function startHostile(answer: (req: HostileRequest) => HostileAnswer, answersTokens = false): Promise<Hostile> {
  const requests: HostileRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let open = 0;
  let most = 0;
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const logged = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    requests.push(logged);
    if (TOKEN_PATHS.includes(url.pathname) && !answersTokens) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: 'hostile-token-value', expires_in: 3600, token_type: 'Bearer', scope: 'all' }));
      return;
    }
    const a = answer(logged);
    if ('never' in a) return;
    if ('stream' in a) {
      res.writeHead(200, { 'content-type': 'application/json' });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < a.stream) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        res.end();
      };
      res.on('close', () => (sent = a.stream));
      pump();
      return;
    }
    if ('trickle' in a) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      const timer = setInterval(() => res.write(' '), a.trickle);
      timers.add(timer);
      res.on('close', () => clearInterval(timer));
      return;
    }
    const body = a.json !== undefined ? JSON.stringify(a.json) : (a.text ?? '');
    open++;
    most = Math.max(most, open);
    if (a.delayMs) await new Promise((r) => setTimeout(r, a.delayMs));
    open--;
    res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    api: () => requests.filter((r) => !TOKEN_PATHS.includes(r.path)),
    maxInFlight: () => most,
    stop: async () => {
      timers.forEach((t) => clearInterval(t));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
