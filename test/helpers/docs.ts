/**
 * What users copy, checked the way the tool that reads it would: hooks files by `hooksync
 * validate` with every variable set to a dummy, workflows and action.yml by GitHub's own parser.
 * `@actions/workflow-parser` imports JSON without import attributes, which Node 20 refuses; it
 * is loaded here, through vitest's transform, and never from the CLI.
 */
import { parseAction } from '@actions/workflow-parser/actions/index';
import { NoOperationTraceWriter, parseWorkflow, type TemplateParseResult } from '@actions/workflow-parser';
import { runCli, writeTemp } from './cli.js';

/** GitHub's findings for a workflow file, each as `name:line:col message`; empty when valid. */
export function workflowFindings(name: string, content: string): string[] {
  return findings(parseWorkflow({ name, content }, new NoOperationTraceWriter()));
}

/** GitHub's findings for an action metadata file (action.yml). */
export function actionFindings(name: string, content: string): string[] {
  return findings(parseAction({ name, content }, new NoOperationTraceWriter()));
}

function findings(result: TemplateParseResult): string[] {
  const errors = result.context.errors.getErrors();
  return errors.map((e) => e.message);
}

/** A value for each `${NAME}` without a default: a URL for endpoints, owner/name for a repository, a string for the rest. */
export function dummyVariables(text: string): Record<string, string> {
  const env: Record<string, string> = {};
  for (const m of text.matchAll(/(?<!\$)\$\{([A-Za-z_][A-Za-z0-9_]*)(:-)?/g)) {
    const name = m[1]!;
    if (m[2]) continue; // its default applies, as it would for a user who set nothing
    env[name] = /ENDPOINT$/.test(name) ? 'https://tenant.example.com' : /REPOSITORY$/.test(name) ? 'acme/webhooks' : /ORGANIZATION$/.test(name) ? 'acme' : `dummy-${name.toLowerCase()}-value`;
  }
  return env;
}

/** `hooksync validate` on a hooks file, with dummy variables; `path` keeps script paths resolving. */
export async function validateHooksFile(text: string, path?: string): Promise<{ code: number; stderr: string; stdout: string }> {
  const file = path ?? writeTemp(text);
  return runCli(['validate', '-c', file], dummyVariables(text));
}

/** A hooks file, not a workflow or something else that happens to be YAML. */
export const isHooksFile = (text: string): boolean => /^targets:/m.test(text) && /^version:/m.test(text);
/** A GitHub workflow. */
export const isWorkflow = (text: string): boolean => /^jobs:/m.test(text) && /^on:/m.test(text);
