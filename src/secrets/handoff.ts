/**
 * Generated secrets, handed over: when apply creates a hook whose vendor generates the secret
 * its receivers verify with (Stripe's `whsec_…`, shown only in the create answer; Logto's
 * signing key; Nursa's secrets), the hook's `secretTo` says where it goes: a line of the dotenv
 * file given by --secrets-file (mode 0600), and/or a GitHub Actions secret, sealed with the
 * repository's public key and written with GitHub's API. The value goes nowhere else: not to
 * the plan, the output, the log or the saved plan. A secret that cannot be handed over makes its
 * hook a failed one, with where the secret can still be found (or that it cannot).
 */
import { chmod, open, readFile, rename } from 'node:fs/promises';
import { HooksyncError } from '../core/errors.js';
import type { DesiredHook, LiveHook, SecretTo } from '../core/model.js';
import type { Plan } from '../plan/model.js';
import type { TargetState } from '../plan/options.js';
import type { ProviderSpec } from '../core/spec.js';
import type { Redactor } from '../core/redact.js';
import { DEFAULT_TIMEOUTS } from '../http/defaults.js';
import { Transport } from '../http/transport.js';
import { mergeDotenv } from './dotenv.js';
import { sealForGithub } from './sealed.js';

export interface HandoffOptions {
  /** --secrets-file: where `secretTo.env` lines go. */
  readonly file?: string | undefined;
  /** --force: the file may exist already (its other lines are kept). */
  readonly force?: boolean;
  readonly redactor: Redactor;
}

/** A hook about to be created, with the spec of its vendor. */
export interface Creating {
  readonly target: string;
  readonly hook: DesiredHook;
  readonly spec: ProviderSpec;
}

export class SecretHandoff {
  private readonly transport = new Transport(DEFAULT_TIMEOUTS, 2);
  /** Written one at a time: two creates finishing together must not lose each other's line. */
  private writing: Promise<unknown> = Promise.resolve();
  private fileChecked = false;

  constructor(private readonly options: HandoffOptions) {}

  /**
   * Before anything is sent: every hook to be created that sends its secret to the file has a
   * file to send it to, and the file is not one that would be overwritten without --force.
   */
  async preflight(creating: readonly Creating[]): Promise<void> {
    const toFile = creating.filter((c) => c.hook.secretTo?.env && generates(c.spec, c.hook));
    if (toFile.length === 0) return;
    if (this.options.file === undefined) {
      const names = toFile.map((c) => `${c.target}/${c.hook.key} (${c.hook.secretTo!.env!})`).join(', ');
      throw new HooksyncError('HOOKSYNC_USAGE', `${names} ${toFile.length === 1 ? 'sends its' : 'send their'} generated secret to the --secrets-file, and none was given; pass --secrets-file FILE; nothing was sent`);
    }
    const exists = await readFile(this.options.file, 'utf8').then(
      () => true,
      (e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? false : Promise.reject(new HooksyncError('HOOKSYNC_USAGE', `cannot read --secrets-file ${this.options.file} (${e.code ?? e.message}); nothing was sent`))),
    );
    if (exists && !this.options.force) throw new HooksyncError('HOOKSYNC_USAGE', `--secrets-file ${this.options.file} exists; pass --force to add to it (its other lines are kept), or name a new file; nothing was sent`);
    this.fileChecked = true;
  }

  /** Hands `secret` to where the hook says; a message when it could not be, saying where it can still be found. */
  async deliver(c: Creating, id: string, secret: string): Promise<string | undefined> {
    this.options.redactor.add(secret);
    const to = c.hook.secretTo;
    if (!to || !generates(c.spec, c.hook)) return undefined;
    const failures: string[] = [];
    if (to.env) {
      try {
        await this.toFile(to.env, secret);
      } catch (e) {
        failures.push(`could not be written to ${to.env} in ${this.options.file ?? 'the --secrets-file'} (${(e as Error).message})`);
      }
    }
    if (to.github) {
      try {
        await this.toGithub(to.github, secret);
      } catch (e) {
        failures.push(`could not be written to the GitHub secret ${to.github.secret} of ${to.github.repository} (${this.options.redactor.redact((e as Error).message)})`);
      }
    }
    if (failures.length === 0) return undefined;
    const g = c.spec.generatedSecret!;
    const still = g.shownOnce
      ? `${c.spec.displayName} showed it only in the create answer, so it cannot be found again: roll the endpoint's secret in the ${c.spec.displayName} dashboard, or delete endpoint ${id} and apply again`
      : `it can still be read ${g.readAgain ?? `from ${c.spec.displayName}`}`;
    return `created (id ${id}), but its ${g.what} ${failures.join(', and ')}; ${still}`;
  }

  private toFile(name: string, secret: string): Promise<void> {
    const file = this.options.file;
    if (file === undefined || !this.fileChecked) return Promise.reject(new Error('no --secrets-file was checked for this apply'));
    const step = this.writing.then(async () => {
      const before = await readFile(file, 'utf8').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? '' : Promise.reject(e)));
      // Written whole beside it with mode 0600 from the first byte, then renamed into place.
      const partial = `${file}.${process.pid}.partial`;
      const handle = await open(partial, 'w', 0o600);
      try {
        await handle.writeFile(mergeDotenv(before, new Map([[name, secret]])));
      } finally {
        await handle.close();
      }
      await chmod(partial, 0o600);
      await rename(partial, file);
    });
    this.writing = step.catch(() => undefined);
    return step;
  }

  private async toGithub(to: NonNullable<SecretTo['github']>, secret: string): Promise<void> {
    const base = `${to.endpoint}/repos/${to.repository}${to.environment ? `/environments/${encodeURIComponent(to.environment)}` : ''}/actions/secrets`;
    const headers = { authorization: `Bearer ${to.token}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28', 'user-agent': 'hooksync' };
    const key = await this.transport.once({ method: 'GET', url: `${base}/public-key`, headers }, DEFAULT_TIMEOUTS.requestMs);
    if (key.status !== 200) throw new Error(`GitHub answered ${key.status} to the public key${key.status === 404 || key.status === 403 ? ': the token may not write its Actions secrets' : ''}`);
    const parsed = parseKey(key.text);
    const sealed = await sealForGithub(secret, parsed.key);
    const put = await this.transport.once({ method: 'PUT', url: `${base}/${encodeURIComponent(to.secret)}`, headers, json: { encrypted_value: sealed, key_id: parsed.key_id } }, DEFAULT_TIMEOUTS.requestMs);
    if (put.status !== 201 && put.status !== 204) throw new Error(`GitHub answered ${put.status} to writing the secret`);
  }

  close(): Promise<void> {
    return this.transport.close();
  }
}

/** Whether the vendor generates this hook's secret (Nursa does only when the file gives none). */
function generates(spec: ProviderSpec, hook: DesiredHook): boolean {
  const g = spec.generatedSecret;
  return g !== undefined && (g.unlessGiven === undefined || hook.fields[g.unlessGiven] === undefined || hook.fields[g.unlessGiven] === null);
}

/** GitHub's `{key_id, key}`, checked: a vendor's answer is untrusted input. */
function parseKey(text: string): { key_id: string; key: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error('GitHub answered the public key with something that is not JSON');
  }
  const v = value as { key_id?: unknown; key?: unknown };
  if (typeof v?.key_id !== 'string' || typeof v.key !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(v.key)) throw new Error('GitHub answered the public key without a key_id and a 32-byte base64 key');
  return { key_id: v.key_id, key: v.key };
}

/** The hooks the plan creates (or makes anew), by target and key, with their file entries and specs. */
function creatingOf(plan: Plan, states: readonly TargetState[]): Map<string, Creating> {
  const out = new Map<string, Creating>();
  for (const t of plan.targets) {
    const state = states.find((s) => s.target.name === t.target);
    for (const c of t.changes) {
      if (c.action !== 'create' && c.action !== 'replace') continue;
      const hook = state?.target.hooks.find((h) => h.key === c.key);
      if (state && hook) out.set(`${t.target}\u0000${c.key}`, { target: t.target, hook, spec: state.spec });
    }
  }
  return out;
}

/** One apply's handoff: checked before anything is sent, then told of each hook as it is created. */
export interface PlanHandoff {
  /** For executePlan: a message when the new hook's generated secret could not be handed over. */
  readonly onCreated: (target: string, key: string, hook: LiveHook) => Promise<string | undefined>;
  close(): Promise<void>;
}

/** The handoff of a plan's creates; refuses (nothing sent) a secret that would have nowhere to go. */
export async function handoffFor(plan: Plan, states: readonly TargetState[], options: HandoffOptions): Promise<PlanHandoff> {
  const handoff = new SecretHandoff(options);
  const creating = creatingOf(plan, states);
  try {
    await handoff.preflight([...creating.values()]);
  } catch (e) {
    await handoff.close();
    throw e;
  }
  return {
    onCreated: async (target, key, hook) => {
      const c = creating.get(`${target}\u0000${key}`);
      return c && hook.generatedSecret !== undefined ? handoff.deliver(c, hook.id, hook.generatedSecret) : undefined;
    },
    close: () => handoff.close(),
  };
}
