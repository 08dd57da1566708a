/**
 * The part every emulator shares: a real HTTP server on 127.0.0.1, a request log served at
 * /__sandbox/requests, fault injection, and small helpers to answer JSON. The vendor behaviour
 * itself lives in each emulator's handler.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { nextFault, noFaults, type FaultSettings } from './faults.js';

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly body: unknown;
  /** When it arrived, `performance.now()` milliseconds: for benchmarks' phase timings. */
  readonly at: number;
}

export interface EmulatorRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly headers: IncomingMessage['headers'];
  readonly rawBody: string;
}

export interface EmulatorAnswer {
  readonly status: number;
  readonly body?: unknown;
  /** A list value is sent as that many headers of the name (Logto: one Link header per relation). */
  readonly headers?: Readonly<Record<string, string | readonly string[]>>;
  /** What the request log shows as the request body (lets the token endpoint hide credentials). */
  readonly logBody?: unknown;
}

/** A vendor's answer; a promise where the vendor first makes a request of its own (a test delivery). */
export type Handler = (req: EmulatorRequest) => EmulatorAnswer | Promise<EmulatorAnswer>;

export interface EmulatorOptions {
  readonly port?: number;
  readonly random?: () => number;
}

export class EmulatorServer {
  readonly faults: FaultSettings = noFaults();
  private held: { readonly until: Promise<void>; readonly method?: string; readonly path?: string } | undefined;

  /**
   * Holds the answers to matching requests (a method, a path prefix; absent: any) until the
   * returned release is called: a request in flight for as long as a test needs, without a
   * delay measured in real time.
   */
  hold(match: { readonly method?: string; readonly path?: string } = {}): () => void {
    let release!: () => void;
    const held = { until: new Promise<void>((resolve) => (release = resolve)), ...match };
    this.held = held;
    return () => {
      if (this.held === held) this.held = undefined;
      release();
    };
  }
  readonly log: LoggedRequest[] = [];
  /** `POST /__sandbox/trigger {event, ...}`: set by an emulator that delivers events. */
  trigger: ((input: { readonly event: string } & Record<string, unknown>) => Promise<void>) | undefined;
  private server: Server | undefined;
  private readonly random: () => number;

  constructor(
    private readonly handler: Handler,
    private readonly options: EmulatorOptions = {},
  ) {
    this.random = options.random ?? Math.random;
  }

  get url(): string {
    const addr = this.server?.address() as AddressInfo | null | undefined;
    if (!addr) throw new Error('emulator is not listening');
    return `http://127.0.0.1:${addr.port}`;
  }

  async start(): Promise<this> {
    const server = createServer((req, res) => void this.serve(req, res));
    server.keepAliveTimeout = 5_000;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.options.port ?? 0, '127.0.0.1', () => resolve());
    });
    this.server = server;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Requests to the vendor API (not the control routes), optionally filtered. */
  requests(filter?: { method?: string; pathPrefix?: string }): LoggedRequest[] {
    return this.log.filter((r) => (!filter?.method || r.method === filter.method) && (!filter?.pathPrefix || r.path.startsWith(filter.pathPrefix)));
  }

  /** Forgets every logged request, as `DELETE /__sandbox/requests` does. */
  clearRequests(): void {
    this.log.length = 0;
  }

  private async serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    const path = `${url.pathname}${url.search}`;

    if (url.pathname === '/__sandbox/requests') {
      if (method === 'DELETE') {
        this.clearRequests();
        return send(res, { status: 204 });
      }
      return send(res, { status: 200, body: this.log });
    }
    if (url.pathname === '/__sandbox/trigger' && method === 'POST') {
      // An event happens at the vendor: the emulator delivers it to every hook subscribed.
      if (!this.trigger) return send(res, { status: 404, body: { message: 'this emulator sends no deliveries' } });
      let input: unknown;
      try {
        input = JSON.parse(rawBody || '{}');
      } catch {
        return send(res, { status: 400, body: { message: 'the trigger must be a JSON object: {"event": "..."}' } });
      }
      if (typeof input !== 'object' || input === null || typeof (input as { event?: unknown }).event !== 'string') return send(res, { status: 400, body: { message: 'the trigger must be a JSON object: {"event": "..."}' } });
      await this.trigger(input as { event: string });
      return send(res, { status: 200, body: { triggered: (input as { event: string }).event } });
    }
    if (url.pathname === '/__sandbox/faults' && method === 'PUT') {
      try {
        Object.assign(this.faults, JSON.parse(rawBody) as Partial<FaultSettings>);
        return send(res, { status: 200, body: this.faults });
      } catch {
        return send(res, { status: 400, body: { message: 'faults must be a JSON object' } });
      }
    }

    const held = this.held;
    if (held && (held.method === undefined || held.method === method) && (held.path === undefined || url.pathname.startsWith(held.path))) await held.until;
    if (this.faults.delayMs > 0) await new Promise((r) => setTimeout(r, this.faults.delayMs));
    const fault = nextFault(this.faults, method, url.pathname, this.random);
    const at = performance.now();
    const record = (status: number, body: unknown) => this.log.push({ method, path, status, body, at });

    if (fault?.kind === 'drop') {
      record(0, parseLogged(rawBody));
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'status') {
      record(fault.status, parseLogged(rawBody));
      if (fault.html !== undefined) return send(res, { status: fault.status, body: fault.html, headers: { 'content-type': 'text/html' } });
      return send(res, { status: fault.status, body: { message: 'Internal server error.' } });
    }
    if (fault?.kind === 'rate-limit') {
      record(429, parseLogged(rawBody));
      const headers: Record<string, string> = fault.retryAfterSeconds === undefined ? {} : { 'retry-after': String(fault.retryAfterSeconds) };
      return send(res, { status: 429, headers, body: { message: 'Too Many Requests' } });
    }
    if (fault?.kind === 'garbage') {
      record(200, parseLogged(rawBody));
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>502 Bad Gateway</body></html>');
      return;
    }

    let answer: EmulatorAnswer;
    try {
      answer = await this.handler({ method, path: url.pathname, query: url.searchParams, headers: req.headers, rawBody });
    } catch {
      answer = { status: 500, body: { message: 'Internal server error.' } };
    }
    record(answer.status, answer.logBody !== undefined ? answer.logBody : parseLogged(rawBody));
    if (fault?.kind === 'drop-after') {
      req.socket.destroy();
      return;
    }
    send(res, answer);
  }
}

function send(res: ServerResponse, answer: EmulatorAnswer): void {
  const headers: Record<string, string | readonly string[]> = { ...answer.headers };
  if (answer.body === undefined || answer.status === 204) {
    res.writeHead(answer.status, headers as Record<string, string | string[]>).end();
    return;
  }
  const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'content-type')) headers['content-type'] = 'application/json; charset=utf-8';
  res.writeHead(answer.status, headers as Record<string, string | string[]>).end(text);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}

function parseLogged(raw: string): unknown {
  if (raw === '') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return raw;
  }
}
