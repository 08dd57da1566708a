import { describe, expect, it } from 'vitest';
import { quoteFlowVariables } from '../../src/config/syntax.js';

describe('quoteFlowVariables', () => {
  it.each([
    ['auth: { clientId: ${A}, clientSecret: ${B} }', 'auth: { clientId: "${A}", clientSecret: "${B}" }'],
    ['headers: { Authorization: Bearer ${T} }', 'headers: { Authorization: "Bearer ${T}" }'],
    ['events: [${EVENT:-PostRegister}, User.Created]', 'events: ["${EVENT:-PostRegister}", User.Created]'],
    ['x: { a: ${A}x"y }  # note ${B}', 'x: { a: "${A}x\\"y" }  # note ${B}'],
    ['x: { a: { b: ${A} } }', 'x: { a: { b: "${A}" } }'],
  ])('quotes %s', (line, fixed) => {
    expect(quoteFlowVariables(line)).toBe(fixed);
  });

  it.each([
    'endpoint: ${LOGTO_ENDPOINT}',
    'auth: { clientId: "${A}", clientSecret: \'${B}\' }',
    'events: [PostRegister, User.Created]',
    'url: https://x.example.com/{id}  # ${NOT_IN_FLOW}',
  ])('leaves %s alone', (line) => {
    expect(quoteFlowVariables(line)).toBeUndefined();
  });
});
