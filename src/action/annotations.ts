/**
 * Findings that name a place (`file:line:col path: what; what to do`) become annotations on that
 * line of the file in the pull request, in the runner's workflow-command syntax. Pure.
 */
export interface Annotation {
  readonly file: string;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

export function annotationOf(problem: string): Annotation | undefined {
  const m = /^(.+?):(\d+):(\d+) (.*)$/.exec(problem.trim());
  if (!m) return undefined;
  return { file: m[1]!, line: Number(m[2]), col: Number(m[3]), message: m[4]! };
}
