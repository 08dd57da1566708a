/**
 * The command line: commander defines the commands and flags; each command lives in its own file
 * and is imported only when it runs, so `--help` stays fast. This is the one place (with the
 * GitHub Action entry) that turns errors into exit codes: 0 ok, 2 changes (--detailed-exitcode),
 * 1 any error.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CliIo } from './io.js';
import { Output } from './output.js';
import { VERSION } from '../core/version.js';
import { examplePath } from '../core/install.js';
import { PROVIDERS } from '../providers/all.js';
import type { SandboxFlag } from '../providers/provider.js';
import { DEFAULT_PARALLELISM } from '../apply/defaults.js';
import { DEFAULT_MAX_WAIT_MS, DEFAULT_TIMEOUTS } from '../http/defaults.js';
import { DURATION_HINT, parseDuration } from '../core/duration.js';
import { MAX_SHARDS, parseShard, type Shard } from '../core/shard.js';

export const EXIT_OK = 0;
export const EXIT_ERROR = 1;
export const EXIT_CHANGES = 2;

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const number = (min: number, max: number) => (value: string): number => {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(`must be a number from ${min} to ${max}`);
  return n;
};

const shard = (value: string): Shard => {
  const s = parseShard(value);
  if (typeof s === 'string') throw new InvalidArgumentError(s);
  return s;
};

const duration = (value: string): number => {
  const ms = parseDuration(value);
  if (ms === undefined) throw new InvalidArgumentError(`must be ${DURATION_HINT}`);
  return ms;
};

/** The network flags of every command that talks to a vendor. */
const withNetOptions = (cmd: Command): Command =>
  cmd
    .addOption(new Option('--max-wait <duration>', 'longest a single request may take, its tries, rate-limit waits and retries together, before it fails').argParser(duration).default(DEFAULT_MAX_WAIT_MS, '2m'))
    .addOption(new Option('--list-concurrency <n>', 'pages of a paged list fetched side by side after the first page gives the count (1 = one after another)').argParser(number(1, 16)).default(4))
    .addOption(new Option('--request-timeout <duration>', 'give up on one try of a request after this long, however slowly its answer trickles in').argParser(duration).default(DEFAULT_TIMEOUTS.requestMs, '30s'))
    .addOption(new Option('--connect-timeout <duration>', 'give up connecting after this long').argParser(duration).default(DEFAULT_TIMEOUTS.connectMs, '10s'))
    .addOption(new Option('--headers-timeout <duration>', 'give up waiting for an answer to start after this long').argParser(duration).default(DEFAULT_TIMEOUTS.headersMs, '30s'))
    .addOption(new Option('--body-timeout <duration>', 'give up when an answer stalls for this long').argParser(duration).default(DEFAULT_TIMEOUTS.bodyMs, '30s'));

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const output = new Output(io);
  let exitCode = EXIT_OK;
  const program = new Command('hooksync')
    .description('GitOps for webhooks: plan and apply hooks.yaml against vendor management APIs.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s), outputError: (s, write) => write(s) })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', () => `\nExit codes: 0 success or no changes, 2 changes present (plan --detailed-exitcode), 1 any error.\nStart with: hooksync sandbox --write-env sandbox.env &   then: source sandbox.env && hooksync plan -c ${examplePath()}\nStop the sandbox with: kill "$HOOKSYNC_SANDBOX_PID"`);

  /** A command's action: its module is imported only when it runs, so --help stays fast. */
  const command =
    <F>(load: () => Promise<(flags: F, io: CliIo, output: Output) => Promise<number>>) =>
    async (flags: F): Promise<void> => {
      exitCode = await (await load())(flags, io, output);
    };

  const configOption = () => new Option('-c, --config <file>', 'the hooks file').default('hooks.yaml');
  const targetOption = () => new Option('-t, --target <name>', 'only this target (repeat for several)').argParser(collect).default([], 'all');
  const shardOption = () => new Option('--shard <K/N>', "only shard K of N: each selecting target's repositories and each other target fall in one of N shards by name (one job of a matrix each; see hooksync targets --shards)").argParser(shard);

  program
    .command('validate')
    .description('check the file offline: YAML syntax, schema, rules (no network, no secrets needed)')
    .addOption(configOption())
    .action(command(async () => (await import('./commands/validate.js')).validateCommand));

  program
    .command('targets')
    .description("list the file's targets offline (-f json gives a GitHub Actions matrix: one job per target, or per shard with --shards)")
    .addOption(configOption())
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(new Option('--shards <n>', 'make the matrix N jobs, job K running plan --shard K/N: splits selecting targets by repository too').argParser(number(1, MAX_SHARDS)))
    .action(command(async () => (await import('./commands/targets.js')).targetsCommand));

  program
    .command('render')
    .description('render JSON plans (plan -f json, one per job of a matrix) as one text or markdown plan')
    .argument('<plans...>', 'JSON plan files')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown']).default('markdown'))
    .action(async (files: string[], flags: Record<string, unknown>) => command(async () => (await import('./commands/render.js')).renderCommand)({ ...flags, files } as never));

  withNetOptions(
    program
      .command('plan')
      .description('list live hooks and show the field-level changes apply would make')
      .addOption(configOption())
      .addOption(targetOption())
      .addOption(shardOption())
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
      .option('--prune', 'plan deletes of live hooks the file does not list')
      .option('--allow-secret-loss', 'let a replacement drop write-only secrets the file does not give a value for (refused otherwise)')
      .option('--allow-secret-rotation', 'let a replacement make the vendor generate a new signing secret (Stripe: a changed api_version); refused otherwise')
      .addOption(new Option('--max-deletes <n>', 'most deletes per target in one apply; a plan with more refuses them (a target may set maxDeletes)').argParser(number(0, 1_000_000)).default(10))
      .option('--detailed-exitcode', 'exit 2 when there are changes (0 none, 1 error)')
      .option('--out <file>', 'also save the plan, with what it was made from (no secret values), for apply FILE'),
  )
    .action(command(async () => (await import('./commands/plan.js')).planCommand));

  withNetOptions(
    program
      .command('apply')
      .description('compute the plan, show it, and send exactly those requests')
      .addOption(configOption())
      .addOption(targetOption())
      .addOption(shardOption())
      .option('--prune', 'also delete live hooks the file does not list (or set prune: true on a target)')
      .option('--allow-secret-loss', 'let a replacement drop write-only secrets the file does not give a value for (refused otherwise)')
      .option('--allow-secret-rotation', 'let a replacement make the vendor generate a new signing secret (Stripe: a changed api_version); refused otherwise')
      .addOption(new Option('--max-deletes <n>', 'most deletes per target in one apply; a plan with more refuses them (a target may set maxDeletes)').argParser(number(0, 1_000_000)).default(10))
      .option('-y, --yes', 'apply without asking; needed when the input is not a terminal (CI, a pipe), where no one can answer')
      .addOption(new Option('-f, --format <format>', 'output format of the results').choices(['text', 'json']).default('text'))
      .addOption(new Option('--parallelism <n>', 'requests in flight at once per target (the rate limiter still paces them)').argParser(number(1, 64)).default(DEFAULT_PARALLELISM))
      .option('--verify', "after applying, ask the vendor for a test delivery to each hook created or changed (GitHub's ping, Logto's test) and exit 1 if a receiver did not answer 2xx")
      .option('--secrets-file <file>', "write the secret a vendor generates for each hook it creates (Stripe's whsec_, Logto's signing key) as NAME=value, the NAME its secretTo.env gives, to this dotenv file (mode 0600)")
      .option('--force', 'let --secrets-file be a file that exists already (its other lines are kept)'),
  )
    .argument('[plan]', 'a saved plan (plan --out FILE): apply exactly its changes, or refuse, sending nothing, if anything it was made from moved')
    .action(async (planFile: string | undefined, flags: Record<string, unknown>) => command(async () => (await import('./commands/apply.js')).applyCommand)({ ...flags, planFile } as never));

  withNetOptions(
    program
      .command('status')
      .description("each managed hook's recent deliveries as its vendor records them (statuses, times, counts; never payloads); exit 2 when one is failing")
      .addOption(configOption())
      .addOption(targetOption())
      .addOption(shardOption())
      .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text')),
  )
    .action(command(async () => (await import('./commands/status.js')).statusCommand));

  withNetOptions(
    program
      .command('rotate-key')
      .description("have the vendor make a new signing secret for each named hook (Logto's signing key) and hand it to where the hook's secretTo says")
      .addOption(configOption())
      .addOption(targetOption())
      .argument('<hooks...>', 'the hooks, by key (name) or id')
      .option('--secrets-file <file>', 'the dotenv file that secretTo.env lines go to (mode 0600)')
      .option('--force', 'let --secrets-file be a file that exists already (its other lines are kept)'),
  )
    .action(async (hooks: string[], flags: Record<string, unknown>) => command(async () => (await import('./commands/rotate-key.js')).rotateKeyCommand)({ ...flags, hooks } as never));

  withNetOptions(
    program
      .command('test')
      .description("ask each vendor to send its test delivery to the managed hooks (GitHub's ping, Logto's test) and say what each receiver answered; exit 1 when one failed")
      .addOption(configOption())
      .addOption(targetOption())
      .addOption(shardOption())
      .argument('[hooks...]', 'only these hooks, by key (name or url) or id; default: every managed hook'),
  )
    .action(async (hooks: string[], flags: Record<string, unknown>) => command(async () => (await import('./commands/test.js')).testCommand)({ ...flags, hooks } as never));

  withNetOptions(
    program
      .command('export')
      .description("write targets' live hooks as a hooks file that plans clean (secrets the file manages stay ${VAR} references; others stay with the vendor)")
      .addOption(configOption())
      .addOption(new Option('-t, --target <name>', 'the target to export (repeat to export several into one file)').argParser(collect).default([]))
      .option('-o, --output <file>', 'write to this file instead of stdout (never the -c file; an existing file only with --force)')
      .option('--force', 'let -o replace an existing file'),
  )
    .action(command(async () => (await import('./commands/export.js')).exportCommand));

  const sandbox = program
    .command('sandbox')
    .description('run every vendor emulator on 127.0.0.1 and print the variables to reach them')
    .addOption(new Option('-p, --port <n>', `first port: the ${PROVIDERS.length} emulators take PORT to PORT+${PROVIDERS.length - 1} (0 = any free ports)`).argParser(number(0, 65535)).default(0))
    .option('--write-env <file>', `also write the export lines to this file once every emulator is up (it is replaced if it exists and removed when the sandbox stops); source it, and stop the sandbox with kill "$HOOKSYNC_SANDBOX_PID"`)
    .addOption(new Option('--fail-rate <share>', 'share of API requests answered 503 (0..1)').argParser(number(0, 1)).default(0))
    .addOption(new Option('--drop-rate <share>', 'share of API requests whose connection is dropped (0..1)').argParser(number(0, 1)).default(0))
    .addOption(new Option('--rate-limit-rate <share>', 'share of API requests answered 429 (0..1)').argParser(number(0, 1)).default(0))
    .addOption(new Option('--retry-after <seconds>', 'Retry-After on injected 429s (default: none sent)').argParser(number(0, 3600)))
    .addOption(new Option('--delay <ms>', 'delay before every answer').argParser(number(0, 600_000)).default(0));
  // Each provider declares its emulator's own flags (providers/<name>/index.ts).
  for (const flag of PROVIDERS.flatMap((p) => p.sandbox.flags ?? [])) sandbox.addOption(sandboxOption(flag));
  sandbox.action(command(async () => (await import('./commands/sandbox.js')).sandboxCommand));

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version are not failures; every other commander error already printed itself.
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT_OK : EXIT_ERROR;
    }
    output.error(e);
    return EXIT_ERROR;
  }
}

/** A provider's sandbox flag as a commander option. */
function sandboxOption(flag: SandboxFlag): Option {
  if (flag.type === 'boolean') return new Option(`--${flag.name}`, flag.description);
  const option = new Option(`--${flag.name} ${flag.value ?? '<value>'}`, flag.description).argParser(flag.type === 'duration' ? duration : number(flag.type.number[0], flag.type.number[1]));
  return flag.default === undefined ? option : option.default(flag.default, flag.defaultText);
}
