/**
 * Problems found in graph-data/. The loader collects every problem before it gives up, so a
 * curator fixes a whole batch in one run instead of one error per restart.
 */

/** One thing wrong in graph-data/, located as precisely as the loader could. */
export interface DataProblem {
  /** Path relative to graph-data/, POSIX separators ("entities/countries.yaml"). */
  file: string;
  /** The entry's key, or null when the problem is not about one entry (or the entry has no key). */
  key: string | null;
  /** The field, as a path such as "citations[0].quote", or null for the file or entry as a whole. */
  field: string | null;
  message: string;
}

/**
 * Formats one problem as `file › key › field: message`, leaving out the parts that are null.
 */
function formatDataProblem(problem: DataProblem): string {
  const location = [problem.file, problem.key, problem.field].filter((part): part is string => part !== null);
  return `${location.join(' › ')}: ${problem.message}`;
}

/** Thrown when graph-data/ has any problem; carries all of them, not just the first. */
export class GraphDataError extends Error {
  readonly problems: DataProblem[];

  constructor(problems: DataProblem[]) {
    const count = `graph-data has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}:`;
    super([count, ...problems.map(formatDataProblem)].join('\n'));
    this.name = 'GraphDataError';
    this.problems = [...problems];
  }
}
