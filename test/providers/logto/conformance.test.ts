/**
 * The real Logto server is the judge: every probe it was asked (recorded/logto-1.42.json, its
 * answers on 2026-12-01, core 1.42.0) is asked of the emulator here, and the emulator must give
 * the same status, error code and body, except where a difference is listed below with its
 * reason. CI checks the emulator against the real thing without the real thing;
 * `npm run test:real-logto` runs hooksync itself against a real server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LogtoEmulator } from '../../../src/providers/logto/emulator.js';
import { runProbes } from './probes.js';

interface Recorded {
  readonly point: string;
  readonly real: Record<string, unknown>;
}

const recorded = JSON.parse(readFileSync(new URL('./recorded/logto-1.42.json', import.meta.url), 'utf8')) as Recorded[];

/** Parts of an answer that differ on purpose, each with why; everything else must match. */
const DELIBERATE: readonly { readonly path: readonly string[]; readonly points?: RegExp; readonly why: string }[] = [
  { path: ['body', 'access_token'], why: "the real server signs its JWTs; the emulator's are unsigned and of another length (hooksync reads only a token's issuer, never its signature)" },
  { path: ['body', 'data'], why: "zod's issue list (and jose's error name for a bad token) is the server's internals; the code and message match, and hooksync never reads data" },
  { path: ['body', 'details'], why: 'the guard detail is shown to users as the vendor wrote it; the emulator writes the same form for the cases hooksync meets (an unknown event) but not every zod wording' },
  { path: ['body', 'message'], points: /invalid JSON/, why: "JSON.parse's own words: the real server runs on Node 22, which adds (line 1 column 2)" },
  { path: ['headers', 'www-authenticate'], why: 'it names the server\'s own origin; the emulator sends the same challenge for its own' },
];

function without(value: unknown, path: readonly string[]): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const [head, ...rest] = path as [string, ...string[]];
  if (!(head in value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  if (rest.length === 0) delete copy[head];
  else copy[head] = without(copy[head], rest);
  return copy;
}

const compared = (point: string, value: Record<string, unknown>) => DELIBERATE.filter((d) => !d.points || d.points.test(point)).reduce<unknown>((v, d) => without(v, d.path), value);

describe('the Logto emulator answers as the real Logto server did', () => {
  let emu: LogtoEmulator;
  let answers: Map<string, Record<string, unknown>>;
  beforeAll(async () => {
    emu = await new LogtoEmulator().start();
    answers = await runProbes({ base: emu.url, clientId: emu.clientId, clientSecret: emu.clientSecret });
  });
  afterAll(() => emu.stop());

  it('asks every recorded probe, and no other', () => {
    expect([...answers.keys()].sort()).toEqual(recorded.map((r) => r.point).sort());
  });

  it.each(recorded.map((r) => [r.point, r] as const))('%s', (point, r) => {
    expect(compared(point, answers.get(point) ?? {})).toEqual(compared(point, r.real));
  });

  it('sends a challenge with a wrong secret, as the real server does', () => {
    const answer = answers.get('token: wrong secret') as { headers: Record<string, string> };
    expect(answer.headers['www-authenticate']).toBe(`Basic realm="${emu.url}/oidc", error="invalid_client", error_description="client authentication failed"`);
  });
});
