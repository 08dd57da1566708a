/** The action's inputs (see action.yml), checked once with messages that say what is allowed. */
import * as core from '@actions/core';
import { HooksyncError } from '../core/errors.js';
import { WORKFLOW_BOT } from './github.js';
import { parseDuration, DURATION_HINT } from '../core/duration.js';
import { parseShard, type Shard } from '../core/shard.js';

export const COMMANDS = ['plan', 'apply', 'drift', 'validate'] as const;
export type ActionCommand = (typeof COMMANDS)[number];

export interface ActionInputs {
  readonly command: ActionCommand;
  readonly config: string;
  readonly targets: string[];
  /** This job's shard of a matrix (`K/N`), as `hooksync plan --shard`. */
  readonly shard: Shard | undefined;
  readonly prune: boolean;
  readonly allowSecretLoss: boolean;
  readonly allowSecretRotation: boolean;
  /** Where `secretTo.env` lines go (a dotenv file a later step reads); lines of other names are kept. */
  readonly secretsFile: string | undefined;
  readonly maxDeletes: number;
  /** apply on push when the plan is not the one its pull request showed: refuse, or apply anyway. */
  readonly onPlanMismatch: 'fail' | 'apply';
  readonly githubToken: string;
  /** Who the action's comments are by, when GET /user cannot say (an App's bot); default github-actions[bot]. */
  readonly commentAuthor: string;
  readonly comment: boolean;
  readonly reconcile: boolean;
  readonly maxWait: number | undefined;
}

export function readInputs(): ActionInputs {
  const githubToken = core.getInput('github-token');
  const command = core.getInput('command') || 'plan';
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new HooksyncError('HOOKSYNC_USAGE', `input command is "${command}"; use one of: ${COMMANDS.join(', ')}`);
  }
  const bool = (name: string, fallback: boolean): boolean => {
    const raw = core.getInput(name).trim().toLowerCase();
    if (raw === '') return fallback;
    if (['true', 'yes', 'on'].includes(raw)) return true;
    if (['false', 'no', 'off'].includes(raw)) return false;
    throw new HooksyncError('HOOKSYNC_USAGE', `input ${name} is "${raw}"; use true or false`);
  };
  const count = (name: string, fallback: number): number => {
    const raw = core.getInput(name).trim();
    if (raw === '') return fallback;
    if (!/^\d+$/.test(raw)) throw new HooksyncError('HOOKSYNC_USAGE', `input ${name} is "${raw}"; use a whole number`);
    return Number(raw);
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const raw = core.getInput(name).trim();
    if (raw === '') return fallback;
    if (!(allowed as readonly string[]).includes(raw)) throw new HooksyncError('HOOKSYNC_USAGE', `input ${name} is "${raw}"; use one of: ${allowed.join(', ')}`);
    return raw as T;
  };
  const maxWaitRaw = core.getInput('max-wait');
  const maxWait = maxWaitRaw ? parseDuration(maxWaitRaw) : undefined;
  if (maxWaitRaw && maxWait === undefined) throw new HooksyncError('HOOKSYNC_USAGE', `input max-wait is "${maxWaitRaw}"; use ${DURATION_HINT}`);
  const shardRaw = core.getInput('shard').trim();
  const shard = shardRaw === '' ? undefined : parseShard(shardRaw);
  if (typeof shard === 'string') throw new HooksyncError('HOOKSYNC_USAGE', `input shard is "${shardRaw}": ${shard}`);
  return {
    command: command as ActionCommand,
    config: core.getInput('config') || 'hooks.yaml',
    commentAuthor: core.getInput('comment-author').trim() || WORKFLOW_BOT,
    targets: core.getInput('targets').split(/[\s,]+/).filter(Boolean),
    shard,
    prune: bool('prune', false),
    allowSecretLoss: bool('allow-secret-loss', false),
    allowSecretRotation: bool('allow-secret-rotation', false),
    secretsFile: core.getInput('secrets-file').trim() || undefined,
    maxDeletes: count('max-deletes', 10),
    onPlanMismatch: oneOf('on-plan-mismatch', ['fail', 'apply'] as const, 'fail'),
    githubToken,
    comment: bool('comment', true),
    reconcile: bool('reconcile', false),
    maxWait,
  };
}
