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
  // Letters and digits only (most signing keys and tokens): every form is the value itself.
  if (PLAIN.test(value)) return [value];
  return [...new Set([...writtenForms(value), ...echoedForms(value)])];
}

const PLAIN = /^[A-Za-z0-9]+$/;

/** The forms hooksync itself writes a secret in: as is, in a JSON string, URL- and form-encoded. */
function writtenForms(value: string): string[] {
  if (PLAIN.test(value)) return [value];
  return [value, JSON.stringify(value).slice(1, -1), encodeURIComponent(value), formEncoded(value)];
}

/**
 * application/x-www-form-urlencoded, as URLSearchParams writes it (letters, digits and `*-._`
 * as they are, a space as `+`, the rest percent-encoded), without making one for every secret.
 */
const formEncoded = (value: string): string => encodeURIComponent(value).replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/%20/g, '+');

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

/** The forms by their first characters, each list longest first (the one that covers most). */
function indexOf(secrets: ReadonlySet<string>): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of secrets) {
    const key = s.slice(0, MIN_SECRET_LENGTH);
    const list = index.get(key);
    if (list) list.push(s);
    else index.set(key, [s]);
  }
  for (const list of index.values()) list.sort((a, b) => b.length - a.length);
  return index;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  /** Values added, each with every form: adding one again is a no-op. */
  private readonly registered = new Set<string>();
  /** The forms by their first MIN_SECRET_LENGTH characters: made once, then every text is read once. */
  private index: Map<string, string[]> | undefined;

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
      this.index = undefined;
      if (told.has(form)) this.onSecret?.(form);
    }
  }

  /** Registers every string leaf of a value (a headers map, a secrets list). */
  addDeep(value: unknown): void {
    if (typeof value === 'string') this.add(value);
    else if (Array.isArray(value)) value.forEach((v) => this.addDeep(v));
    else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => this.addDeep(v));
  }

  /**
   * The text with every stretch that any secret's form covers masked, overlapping or adjacent
   * stretches as one. The text is read once, looking up each position's first characters, so the
   * cost does not grow with the number of secrets (10,000 signing keys were 60,000 scans of
   * every line).
   */
  redact(text: string): string {
    if (this.secrets.size === 0 || text.length < MIN_SECRET_LENGTH) return text;
    const index = (this.index ??= indexOf(this.secrets));
    let out = '';
    let copied = 0;
    let maskedTo = -1;
    for (let i = 0; i + MIN_SECRET_LENGTH <= text.length; i++) {
      const candidates = index.get(text.slice(i, i + MIN_SECRET_LENGTH));
      if (!candidates) continue;
      const longest = candidates.find((s) => text.startsWith(s, i));
      if (longest === undefined) continue;
      const end = i + longest.length;
      if (i > maskedTo) {
        if (maskedTo >= 0) out += MASK;
        out += text.slice(copied, i);
      }
      maskedTo = Math.max(maskedTo, end);
      copied = maskedTo;
    }
    if (maskedTo < 0) return text;
    return `${out}${MASK}${text.slice(copied)}`;
  }
}
