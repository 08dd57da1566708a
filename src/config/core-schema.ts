/**
 * YAML 1.2's core schema for js-yaml, exactly as the `yaml` library reads it: js-yaml's own CORE
 * schema also takes 0b101, -0x10 and +0o7 for numbers and leaves -.5e3 a string, so a file would
 * mean one thing to the quick read and another to the positioned parser.
 */
import jsyaml from 'js-yaml';

const scalar = (tag: string, resolve: (s: string) => boolean, construct: (s: string) => unknown) => new jsyaml.Type(`tag:yaml.org,2002:${tag}`, { kind: 'scalar', resolve: (s: string | null) => s !== null && resolve(s), construct: (s: string) => construct(s) });

export const CORE_1_2 = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar('null', (s) => /^(?:~|null|Null|NULL)?$/.test(s), () => null),
    scalar('bool', (s) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(s), (s) => /^t/i.test(s)),
    scalar('int', (s) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(s), (s) => (s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : Number(s))),
    scalar(
      'float',
      (s) => /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/.test(s),
      (s) => (/inf/i.test(s) ? (s.startsWith('-') ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s)),
    ),
  ],
});
