/** Everything a command prints goes through here, and so through the redactor. */
import { isHooksyncError } from '../core/errors.js';
import { Redactor } from '../core/redact.js';
import { visible } from '../core/visible.js';
import { colourPlanText, colourStderr } from './colour.js';
import type { CliIo } from './io.js';

export class Output {
  constructor(
    private readonly io: CliIo,
    /** The GitHub Action passes one that also masks each secret in the runner's log. */
    readonly redactor: Redactor = new Redactor(),
  ) {}

  out(text: string): void {
    this.io.stdout.write(this.redactor.redact(text));
  }

  /** Plan or apply text, coloured when stdout is a terminal that wants colour. */
  outPlan(text: string): void {
    const plain = this.redactor.redact(text);
    this.io.stdout.write(this.io.colour?.stdout ? colourPlanText(plain) : plain);
  }

  err(text: string): void {
    const plain = this.redactor.redact(text);
    this.io.stderr.write(this.io.colour?.stderr ? colourStderr(plain) : plain);
  }

  /** One error, worded for a person: code, message, one line per problem. Never a stack trace. */
  error(e: unknown): void {
    if (isHooksyncError(e)) {
      // A message and each problem are one line: anything in them that would act on a terminal
      // or start a line of its own came from a vendor or a file, and is shown as an escape.
      const lines = [`error: ${e.code}: ${visible(e.message)}`, ...e.problems.map((p) => `  ${visible(p)}`)];
      this.err(`${lines.join('\n')}\n`);
      return;
    }
    const message = visible(e instanceof Error ? e.message : String(e));
    const debug = this.io.env.HOOKSYNC_DEBUG === '1' && e instanceof Error ? `\n${e.stack ?? ''}` : '';
    this.err(`error: HOOKSYNC_INTERNAL: ${message}\n  This is a bug in hooksync; please report it (HOOKSYNC_DEBUG=1 shows where it happened).${debug}\n`);
  }
}
