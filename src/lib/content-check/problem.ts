/** One thing wrong with one content file, phrased for the editor who must fix it. */
export interface Problem {
  /** Path relative to the repository, e.g. "content/articles/foo.mdx". */
  file: string;
  /** 1-based line of the offending key or tag, where known. */
  line?: number | undefined;
  /** The field ("related[1]", "title") or part ("body", "file") at fault. */
  field: string;
  /** What is wrong and how to fix it, e.g. 'no article "x". Fix: ...'. */
  message: string;
}

/** `content/articles/foo.mdx:4: related[1]: no article "bar". Fix: ...` */
export function formatProblem({ file, line, field, message }: Problem): string {
  return `${file}${line ? `:${line}` : ""}: ${field}: ${message}`;
}

export function formatReport(problems: readonly Problem[], filesChecked: number): string {
  const lines = problems.map(formatProblem);
  const count = problems.length;
  lines.push(`${filesChecked} files checked, ${count} problem${count === 1 ? "" : "s"}`);
  return lines.join("\n");
}

/** Thrown by the build so that a content mistake stops it with every problem listed. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[], filesChecked: number) {
    super(`Content check failed:\n${formatReport(problems, filesChecked)}`);
    this.problems = problems;
    this.name = "ContentError";
  }
}
