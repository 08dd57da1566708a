/** The salted scrypt hash a saved plan keeps of every secret: the randomness and the cost live here. */
import { randomBytes, scryptSync } from 'node:crypto';

/** Salted, deliberately slow hashes, each value hashed once per run. */
export class Hasher {
  private readonly cache = new Map<string, string>();
  constructor(readonly salt: string = randomBytes(16).toString('base64')) {}

  hash(value: string): string {
    let h = this.cache.get(value);
    if (h === undefined) {
      h = scryptSync(value, this.salt, 32, { N: 2 ** 14, r: 8, p: 1 }).toString('base64');
      this.cache.set(value, h);
    }
    return h;
  }
}
