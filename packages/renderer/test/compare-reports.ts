import { listCellPaths, getCell, hasSingleOtherHandlingRow, type Report, type SectionKey } from '@disclosure/core';

/** Text without any whitespace: section prose is compared modulo line breaks and spacing. */
export function withoutSpace(text: string | undefined | null): string {
  return (text ?? '').replace(/[\s\u00a0\u3000]+/gu, '');
}

/**
 * What differs in the tables between a report and the one read back from its rendering — the edition, the shape of
 * （六）, every cell and its printed text — as `field: expected → actual` lines.
 */
export function cellDifferences(expected: Report, actual: Report): string[] {
  const out: string[] = [];
  if (actual.edition !== expected.edition) out.push(`edition: ${expected.edition} → ${actual.edition}`);
  if (hasSingleOtherHandlingRow(actual) !== hasSingleOtherHandlingRow(expected)) {
    out.push(`（六） as one row: ${hasSingleOtherHandlingRow(expected)} → ${hasSingleOtherHandlingRow(actual)}`);
  }
  for (const path of listCellPaths(expected)) {
    const want = getCell(expected, path);
    const got = getCell(actual, path);
    if (!Object.is(want, got)) out.push(`${path}: ${String(want)} → ${String(got)}`);
    const printedWant = expected.printed?.[path];
    const printedGot = actual.printed?.[path];
    if (printedWant !== printedGot) out.push(`printed ${path}: ${String(printedWant)} → ${String(printedGot)}`);
  }
  return out;
}

/** What differs between a report and the one read back from its rendering: the cells, then the sections. */
export function differences(expected: Report, actual: Report): string[] {
  const out = cellDifferences(expected, actual);
  for (const key of Object.keys(expected.sections) as SectionKey[]) {
    const want = expected.sections[key];
    const got = actual.sections[key];
    if (want?.title !== got?.title) out.push(`section ${key} title: ${String(want?.title)} → ${String(got?.title)}`);
    if (withoutSpace(want?.text) !== withoutSpace(got?.text)) {
      out.push(`section ${key} text: ${JSON.stringify(want?.text ?? null)} → ${JSON.stringify(got?.text ?? null)}`);
    }
  }
  return out;
}
