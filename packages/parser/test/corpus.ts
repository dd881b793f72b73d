import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listCellPaths, getCell, ReportSchema, type Report } from '@disclosure/core';

/** The corpus folder: real published reports, never edited, and their hand-checked expected reports. */
export const corpusDir = fileURLToPath(new URL('../../../fixtures/corpus/', import.meta.url));

/** One corpus document with its expected report. */
export interface CorpusCase {
  readonly name: string;
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly expected: Report;
}

/** Every corpus document that has an expected report in `fixtures/corpus/expected/`. */
export function corpusCases(): CorpusCase[] {
  const documents = readdirSync(corpusDir).filter((file) => /\.(?:txt|pdf|html?|docx)$/u.test(file));
  return documents.flatMap((file) => {
    const name = file.replace(/\.[^.]+$/u, '');
    let json: string;
    try {
      json = readFileSync(`${corpusDir}expected/${name}.json`, 'utf8');
    } catch {
      return [];
    }
    const expected = ReportSchema.parse(JSON.parse(json));
    return [{ name, file, bytes: new Uint8Array(readFileSync(corpusDir + file)), expected }];
  });
}

/** How a parsed report compares with the expected one, cell by cell. */
export interface CellComparison {
  cells: number;
  readonly equal: string[];
  /** Read as a different number than printed: the parser's worst failure. */
  readonly wrong: Array<{ path: string; expected: number | null; actual: number | null | undefined }>;
  /** Left `null` although the document prints a number. */
  readonly missing: string[];
}

/** Compares every cell of the expected report's shape. */
export function compareCells(expected: Report, actual: Report): CellComparison {
  const result: CellComparison = { cells: 0, equal: [], wrong: [], missing: [] };
  for (const path of listCellPaths(expected)) {
    result.cells++;
    const want = getCell(expected, path) ?? null;
    const got = getCell(actual, path);
    if (got === want) result.equal.push(path);
    else if (got === null && want !== null) result.missing.push(path);
    else result.wrong.push({ path, expected: want, actual: got });
  }
  return result;
}

/** Text with every kind of whitespace removed, as section texts are compared. */
export function withoutSpace(text: string | undefined): string {
  return (text ?? '').replace(/[\s\u3000]+/gu, '');
}
