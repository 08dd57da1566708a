/**
 * The last line of defence for secrets: every value hooksync learns is secret (variable values,
 * credentials, tokens, header values, signing keys) is registered here, and everything hooksync
 * prints goes through `redact`. The plan already masks sensitive fields on its own; this catches
 * what a vendor error message or an unexpected path might echo back.
 */
import { visible } from './visible.js';

const MIN_SECRET_LENGTH = 4; // shorter values ("1", "on") would mask innocent text everywhere
// A variable holding `true` or `300` is masked field by field in the plan; masking every "true"
// in every line of output would only make the output unreadable. A number of MIN_DIGITS digits or
// more is masked like any secret: PINs and numeric keys are secrets too, ports and counts are short.
const PLAIN_WORD = /^(true|false|null)$/;
const MIN_DIGITS = 6;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Every form in which hooksync itself may write a secret into a request, and so in which a
 * vendor's error body may echo it back: as is; inside a JSON string, as JSON.stringify writes it,
 * with `/` escaped as `\/` (PHP, some Java encoders), and with every character but letters and
 * digits as `\uXXXX` (upper- or lower-case hex); URL-encoded (path, query or form), with upper-
 * or lower-case hex. Base64 pairs (HTTP Basic) are registered where they are made (oauth.ts).
 */
export function encodingsOf(value: string): string[] {
  return [...new Set([...writtenForms(value), ...echoedForms(value)])];
}

/** The forms hooksync itself writes a secret in: as is, in a JSON string, URL- and form-encoded. */
function writtenForms(value: string): string[] {
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value), new URLSearchParams({ v: value }).toString().slice(2)];
}

/** Other encoders' spellings of those forms, as a vendor's error may echo them. */
function echoedForms(value: string): string[] {
  const [, json, uri, form] = writtenForms(value) as [string, string, string, string];
  const escaped = [...value].map((c) => (/^[A-Za-z0-9]$/.test(c) ? c : utf16Escapes(c))).join('');
  // And as hooksync shows foreign text (visible.ts), should a secret hold an invisible character.
  return [visible(value), json.replace(/\//g, '\\/'), escaped, escaped.replace(/\\u([0-9a-f]{4})/g, (_, h: string) => `\\u${h.toUpperCase()}`), lowerHex(uri), lowerHex(form)];
}

/** `\uXXXX` for each UTF-16 unit of `c` (two for a character past U+FFFF), lower-case hex. */
const utf16Escapes = (c: string): string => Array.from({ length: c.length }, (_, i) => `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

const lowerHex = (s: string): string => s.replace(/%[0-9A-F]{2}/g, (h) => h.toLowerCase());

export const MASK = '(sensitive value)';

export class Redactor {
  private readonly secrets = new Set<string>();
  /** Values added, each with every form: adding one again is a no-op. */
  private readonly registered = new Set<string>();
  private ordered: string[] | undefined;

  /** `onSecret` hears of each new secret once (the GitHub Action masks it in the runner's log). */
  constructor(private readonly onSecret?: (value: string) => void) {}

  add(value: unknown): void {
    if (typeof value !== 'string' || value.length < MIN_SECRET_LENGTH || PLAIN_WORD.test(value)) return;
    if (NUMBER.test(value) && value.replace(/\D/g, '').length < MIN_DIGITS) return;
    // Known already, with all its forms: a thousand targets with one credential register it once.
    if (this.registered.has(value)) return;
    this.registered.add(value);
    // The runner is told the forms hooksync writes; what hooksync prints passes this redactor,
    // which masks the echoed spellings too.
    const told = new Set(writtenForms(value));
    for (const form of encodingsOf(value)) {
      if (this.secrets.has(form)) continue;
      this.secrets.add(form);
      this.ordered = undefined;
      if (told.has(form)) this.onSecret?.(form);
    }
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
