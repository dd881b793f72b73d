import { failures, type DocumentResult } from './read-document.ts';

interface Counts {
  documents: number;
  cells: number;
  read: number;
  wrong: number;
  silent: number;
  falseFindings: number;
  published: number;
  found: number;
}

/**
 * The stress scripts' tally: every document read is added under a key (a printer and text, a generator); each wrong
 * cell, cell unread without a diagnostic and false finding is printed as it is found, and `report` prints per key
 * the share of cells read, those counts and the published findings the reading finds.
 */
export class StressTally {
  readonly #counts = new Map<string, Counts>();

  add(key: string, result: DocumentResult, where = ''): void {
    const counts = this.#counts.get(key) ?? { documents: 0, cells: 0, read: 0, wrong: 0, silent: 0, falseFindings: 0, published: 0, found: 0 };
    const verdicts = result.comparison.verdicts;
    counts.documents++;
    counts.cells += verdicts.length;
    counts.read += verdicts.filter((verdict) => verdict.outcome === 'exact' || verdict.outcome === 'blank-exact').length;
    counts.wrong += verdicts.filter((verdict) => verdict.outcome === 'wrong').length;
    counts.silent += verdicts.filter((verdict) => verdict.outcome === 'unread-without-diagnostic').length;
    counts.falseFindings += result.falseFindings.length;
    counts.published += result.publishedFindings.length;
    counts.found += result.publishedFindings.length - result.missedFindings.length;
    this.#counts.set(key, counts);
    const bad = failures(result);
    if (bad.length > 0) console.log(`${result.document.name}${where}: ${bad.join('; ')}`);
  }

  /** Whether any document had a wrong cell, a cell unread without a diagnostic or a false finding. */
  get failed(): boolean {
    return [...this.#counts.values()].some((counts) => counts.wrong + counts.silent + counts.falseFindings > 0);
  }

  report(): void {
    for (const [key, counts] of [...this.#counts].sort(([a], [b]) => a.localeCompare(b))) {
      const share = ((100 * counts.read) / counts.cells).toFixed(1);
      console.log(
        `${key.padEnd(24)} ${counts.documents} documents, ${share} % read, ${counts.wrong} wrong, ${counts.silent} unread without a diagnostic, ${counts.falseFindings} false findings, ${counts.found}/${counts.published} findings found`,
      );
    }
  }
}
