/**
 * The Actions secrets of the GitHub emulator's repositories and their environments, as GitHub's
 * REST API has them: `GET .../actions/secrets/public-key` → `{key_id, key}` (a libsodium box
 * public key, base64), and `PUT .../actions/secrets/{name}` `{encrypted_value, key_id}` → 201
 * when created, 204 when updated; the same under `/environments/{env}/`. The emulator keeps each
 * repository's private key, so a test can open what was stored and see the vendor's secret.
 */
import type { EmulatorAnswer, EmulatorRequest } from '../../sandbox/server.js';
import { randomId } from '../../sandbox/tokens.js';

interface Box {
  readonly keyId: string;
  readonly publicKey: Uint8Array;
  readonly privateKey: Uint8Array;
}

type Sodium = (typeof import('libsodium-wrappers'))['default'];

const PATH = /^\/repos\/([^/]+\/[^/]+)(?:\/environments\/([^/]+))?\/actions\/secrets\/(public-key|[A-Za-z_][A-Za-z0-9_]*)$/;

export class GithubSecrets {
  private readonly boxes = new Map<string, Box>();
  private readonly stored = new Map<string, { encrypted: string; keyId: string }>();
  private sodium: Sodium | undefined;

  /** Whether this request is for the secrets API. */
  static matches(path: string): boolean {
    return PATH.test(path);
  }

  async answer(req: EmulatorRequest, repositoryExists: (fullName: string) => boolean, canWrite: boolean): Promise<EmulatorAnswer> {
    const m = PATH.exec(req.path)!;
    const repo = m[1]!.toLowerCase();
    const env = m[2] === undefined ? '' : decodeURIComponent(m[2]);
    if (!repositoryExists(repo)) return { status: 404, body: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest/actions/secrets', status: '404' } };
    if (!canWrite) return { status: 403, body: { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/rest/actions/secrets', status: '403' } };
    const scope = `${repo}#${env}`;
    const box = await this.box(scope);
    if (m[3] === 'public-key') {
      if (req.method !== 'GET') return { status: 404, body: { message: 'Not Found' } };
      return { status: 200, body: { key_id: box.keyId, key: Buffer.from(box.publicKey).toString('base64') } };
    }
    if (req.method !== 'PUT') return { status: 404, body: { message: 'Not Found' } };
    let body: { encrypted_value?: unknown; key_id?: unknown };
    try {
      body = JSON.parse(req.rawBody) as typeof body;
    } catch {
      return { status: 400, body: { message: 'Problems parsing JSON' } };
    }
    if (typeof body.encrypted_value !== 'string' || typeof body.key_id !== 'string') return { status: 422, body: { message: 'Invalid request.\n\n"encrypted_value" and "key_id" are required.' } };
    if (body.key_id !== box.keyId) return { status: 422, body: { message: 'Bad request: key_id does not match the public key' } };
    const name = `${scope}#${m[3]!.toUpperCase()}`;
    const existed = this.stored.has(name);
    this.stored.set(name, { encrypted: body.encrypted_value, keyId: body.key_id });
    return existed ? { status: 204 } : { status: 201, body: {} };
  }

  /** What a secret holds, opened with the repository's private key; undefined if none was stored. */
  async open(repository: string, name: string, environment = ''): Promise<string | undefined> {
    const scope = `${repository.toLowerCase()}#${environment}`;
    const stored = this.stored.get(`${scope}#${name.toUpperCase()}`);
    if (!stored) return undefined;
    const box = await this.box(scope);
    const sodium = await this.load();
    return sodium.to_string(sodium.crypto_box_seal_open(Buffer.from(stored.encrypted, 'base64'), box.publicKey, box.privateKey));
  }

  private async box(scope: string): Promise<Box> {
    let box = this.boxes.get(scope);
    if (!box) {
      const pair = (await this.load()).crypto_box_keypair();
      box = { keyId: randomId(20, '0123456789'), publicKey: pair.publicKey, privateKey: pair.privateKey };
      this.boxes.set(scope, box);
    }
    return box;
  }

  private async load(): Promise<Sodium> {
    if (!this.sodium) {
      const { default: sodium } = await import('libsodium-wrappers');
      await sodium.ready;
      this.sodium = sodium;
    }
    return this.sodium;
  }
}
