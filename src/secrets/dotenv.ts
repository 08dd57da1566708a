/**
 * The --secrets-file: a dotenv file, one `NAME=value` line per hook whose generated secret it
 * holds, the way a receiver's deployment reads its environment. Lines of other names are kept as
 * they are; a name written again replaces its line.
 */

/** A value as a dotenv line writes it: bare when it is plain, else single-quoted (no escapes in dotenv's single quotes). */
export function dotenvLine(name: string, value: string): string {
  if (/^[A-Za-z0-9_.\-+/=:@]+$/.test(value)) return `${name}=${value}`;
  if (!value.includes("'") && !/[\r\n]/.test(value)) return `${name}='${value}'`;
  throw new Error(`the secret for ${name} holds a quote or a line break, which a dotenv line cannot carry`);
}

/** `text` with each name's line set to its new value (replaced where it was, added at the end otherwise). */
export function mergeDotenv(text: string, entries: ReadonlyMap<string, string>): string {
  const left = new Map(entries);
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const out = lines.map((line) => {
    const name = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=/.exec(line)?.[1];
    if (name === undefined || !left.has(name)) return line;
    const value = left.get(name)!;
    left.delete(name);
    return dotenvLine(name, value);
  });
  for (const [name, value] of left) out.push(dotenvLine(name, value));
  return `${out.join('\n')}\n`;
}
