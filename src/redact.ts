/**
 * The last line of defence for secrets: every value hooksync learns is secret (variable values,
 * credentials, tokens, header values, signing keys) is registered here, and everything hooksync
 * prints goes through `redact`. The plan already masks sensitive fields on its own; this catches
 * what a vendor error message or an unexpected path might echo back.
 */
const MIN_SECRET_LENGTH = 4; // shorter values ("1", "on") would mask innocent text everywhere
// A variable holding `true` or `300` is masked field by field in the plan; masking every "true"
// in every line of output would only make the output unreadable.
const PLAIN_SCALAR = /^(true|false|null|-?\d+(\.\d+)?)$/;

export const MASK = '(sensitive value)';

export class Redactor {
  private readonly secrets = new Set<string>();
  private ordered: string[] | undefined;

  /** `onSecret` hears of each new secret once (the GitHub Action masks it in the runner's log). */
  constructor(private readonly onSecret?: (value: string) => void) {}

  add(value: unknown): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || PLAIN_SCALAR.test(value)) return;
    if (this.secrets.has(value)) return;
    this.secrets.add(value);
    this.ordered = undefined;
    this.onSecret?.(value);
  }

  /** Registers every string leaf of a value (a headers map, a secrets list). */
  addDeep(value: unknown): void {
    if (typeof value === 'string') this.add(value);
    else if (Array.isArray(value)) value.forEach((v) => this.addDeep(v));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => this.addDeep(v));
  }

  redact(text: string): string {
    if (this.secrets.size === 0) return text;
    // Longest first, so a secret that contains another is masked whole.
    this.ordered ??= [...this.secrets].sort((a, b) => b.length - a.length);
    let out = text;
    for (const s of this.ordered) if (out.includes(s)) out = out.split(s).join(MASK);
    return out;
  }
}
