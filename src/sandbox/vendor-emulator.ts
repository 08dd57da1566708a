/**
 * What every vendor emulator has: one EmulatorServer on 127.0.0.1 and, for the vendors with
 * OAuth2 client credentials, its made-up app and its issued tokens. A subclass only says how its
 * vendor answers (`handle`).
 */
import { EmulatorServer, type EmulatorAnswer, type EmulatorOptions, type EmulatorRequest } from './server.js';
import { TokenStore } from './tokens.js';

export interface CredentialOptions extends EmulatorOptions {
  readonly clientId?: string;
  readonly clientSecret?: string;
}

/** One vendor API on 127.0.0.1: its server, started and stopped; a subclass says how it answers. */
export abstract class EmulatedApi {
  readonly server: EmulatorServer;

  constructor(options: EmulatorOptions) {
    this.server = new EmulatorServer((req) => this.handle(req), options);
  }

  protected abstract handle(req: EmulatorRequest): EmulatorAnswer | Promise<EmulatorAnswer>;

  get url(): string {
    return this.server.url;
  }

  async start(): Promise<this> {
    await this.server.start();
    return this;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }
}

/** A vendor API with OAuth2 client credentials: its made-up app, and the tokens it issued. */
export abstract class VendorEmulator extends EmulatedApi {
  readonly clientId: string;
  readonly clientSecret: string;
  protected readonly tokens = new TokenStore();

  constructor(options: CredentialOptions, makeId: () => string, makeSecret: () => string) {
    super(options);
    this.clientId = options.clientId ?? makeId();
    this.clientSecret = options.clientSecret ?? makeSecret();
  }

  /** Every access token handed out so far (tests search outputs for them). */
  issuedTokens(): string[] {
    return this.tokens.issued();
  }

  /** Expires every issued token, as an expiry or a key rotation on the server would. */
  revokeTokens(): void {
    this.tokens.revoke();
  }
}

