/**
 * What every vendor emulator has: its made-up client credentials, its issued tokens, and one
 * EmulatorServer on 127.0.0.1. A subclass only says how its vendor answers (`handle`).
 */
import { EmulatorServer, type EmulatorAnswer, type EmulatorOptions, type EmulatorRequest } from './server.js';
import { TokenStore } from './tokens.js';

export interface CredentialOptions extends EmulatorOptions {
  readonly clientId?: string;
  readonly clientSecret?: string;
}

export abstract class VendorEmulator {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly server: EmulatorServer;
  protected readonly tokens = new TokenStore();

  constructor(options: CredentialOptions, makeId: () => string, makeSecret: () => string) {
    this.clientId = options.clientId ?? makeId();
    this.clientSecret = options.clientSecret ?? makeSecret();
    this.server = new EmulatorServer((req) => this.handle(req), options);
  }

  protected abstract handle(req: EmulatorRequest): EmulatorAnswer;

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

  /** Every access token handed out so far (tests search outputs for them). */
  issuedTokens(): string[] {
    return this.tokens.issued();
  }

  /** Expires every issued token, as an expiry or a key rotation on the server would. */
  revokeTokens(): void {
    this.tokens.revoke();
  }
}

