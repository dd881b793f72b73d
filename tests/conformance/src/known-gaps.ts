/**
 * Where the reader on main fails the conformance suite today (wrong cells, or cells left unread without a
 * diagnostic): each entry turns its test into `it.fails`, so the day the reader passes it the suite turns red and
 * the entry must be deleted. This list only shrinks: never add to it to make a reader change pass (issue 10).
 */
export const knownGaps = {
  /** Real and committed documents, by name (`2024-huaian-city.pdf`, `pdf-viewer-text/2024-huaian-city.txt`). */
  documents: [] as readonly string[],
  /** Generated from an expected corpus report, as `generator-id:report-name`. */
  generated: [] as readonly string[],
  /** Generators whose property over random reports fails, by generator id. */
  random: [] as readonly string[],
};
