/**
 * Colour for a person at a terminal, never for a pipe, a file or a log: on when the stream is a
 * terminal, off with NO_COLOR (https://no-color.org: any non-empty value) or TERM=dumb, and on
 * anywhere with FORCE_COLOR (unless it is "0" or "false"). NO_COLOR wins over FORCE_COLOR: a
 * person who asked for none gets none. Colours are added to finished text, line by line, so the
 * renderers stay plain and what is coloured is exactly what a pipe would get.
 */
export function colourWanted(env: Readonly<Record<string, string | undefined>>, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  return isTTY === true && env.TERM !== 'dumb';
}

const paint = (code: string, text: string): string => `\x1b[${code}m${text}\x1b[0m`;

/** Plan and apply text: additions green, removals red, changes yellow, refusals and failures red. */
const PLAN_RULES: readonly [RegExp, string][] = [
  [/^(\s*)(-\/\+ .*)$/, '35'],
  [/^(\s*)(\+ .*)$/, '32'],
  [/^(\s*)(- .*)$/, '31'],
  [/^(\s*)(~ .*)$/, '33'],
  [/^(\s*)(! REFUSED.*)$/, '1;31'],
  [/^()(# .*)$/, '1'],
  [/^()(Plan: .*)$/, '1'],
  [/^()(No changes\..*)$/, '1;32'],
  [/^(\s*)(ok {6}.*)$/, '32'],
  [/^(\s*)(FAILED .*)$/, '1;31'],
  [/^()(Apply complete!.*)$/, '1;32'],
  [/^()(Apply incomplete:.*)$/, '1;31'],
];

/** Error and warning lines: their prefix only, so the message stays easy to read. */
const STDERR_RULES: readonly [RegExp, string][] = [
  [/^()(error:)(.*)$/, '1;31'],
  [/^()(warning:)(.*)$/, '33'],
];

export function colourPlanText(text: string): string {
  return colourLines(text, PLAN_RULES);
}

export function colourStderr(text: string): string {
  return colourLines(text, STDERR_RULES);
}

function colourLines(text: string, rules: readonly [RegExp, string][]): string {
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, code] of rules) {
        const m = pattern.exec(line);
        if (m) return `${m[1]}${paint(code, m[2]!)}${m[3] ?? ''}`;
      }
      return line;
    })
    .join('\n');
}
