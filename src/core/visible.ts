/**
 * Text that did not come from hooksync (a vendor's names, ids and error messages, a hooks file's
 * strings) shown so that it cannot act on a terminal or pass for hooksync's own words: control
 * characters (C0, DEL, C1), line and paragraph separators, bidi overrides and isolates, and the
 * other invisible format characters become visible escapes (`\n`, `\u001b`, `\u202e`). Each line
 * hooksync prints goes through it once whole, so a foreign line break can never start a line.
 */
// eslint-disable-next-line no-control-regex, no-misleading-character-class -- matching these characters one by one is the point
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u2028-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\ufff9-\ufffb]/g;
const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export const visible = (text: string): string => text.replace(INVISIBLE, (c) => SHORT[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
