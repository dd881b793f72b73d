import { sectionCatalogue, type CellPath, type ProseKey, type ReportProse } from '@disclosure/core/lite';
import type { StatedCell } from './stated-cells.ts';

/** A figure of a table cell as the prose may state it: the cell, and patterns whose first group is the figure. */
interface StatedPattern {
  readonly path: CellPath;
  readonly patterns: readonly RegExp[];
}

const documents = '(?:行政)?规范性文件';
const verbs = '(?:制发|印发|出台|制定|发布|新增)';

/** What report prose says of table cells (spec §8 XT): the kinds of sentence reports use, not one report's wording. */
const statedPatterns: readonly StatedPattern[] = [
  {
    path: 'activeDisclosure.art20Item1.normativeDocuments.issuedThisYear',
    patterns: [new RegExp(`${verbs}了?(?:的)?${documents}(\\d+)件`, 'gu'), new RegExp(`${verbs}了?(\\d+)件${documents}`, 'gu')],
  },
  {
    path: 'activeDisclosure.art20Item1.normativeDocuments.repealedThisYear',
    patterns: [new RegExp(`废止了?(?:的)?${documents}(\\d+)件`, 'gu'), new RegExp(`废止了?(\\d+)件${documents}`, 'gu')],
  },
  {
    path: 'activeDisclosure.art20Item1.normativeDocuments.currentlyValid',
    patterns: [new RegExp(`现行有效(?:的)?${documents}(\\d+)件`, 'gu'), new RegExp(`现行有效(?:的)?(\\d+)件${documents}`, 'gu')],
  },
  { path: 'activeDisclosure.art20Item1.regulations.issuedThisYear', patterns: [new RegExp(`${verbs}了?(?:的)?规章(\\d+)件`, 'gu')] },
  { path: 'activeDisclosure.art20Item1.regulations.currentlyValid', patterns: [/现行有效(?:的)?规章(\d+)件/gu] },
  { path: 'applications.totalProcessed.total', patterns: [/(?:办结|答复)(?:了)?(?:政府信息公开)?申请(?:共)?(\d+)件/gu, /共(?:办结|答复)(?:了)?(\d+)件/gu] },
  { path: 'applications.carriedForwardToNextYear.total', patterns: [/结转(?:至)?下(?:一)?年度(?:继续)?(?:办理)?(\d+)件/gu] },
];

/** The whole prose: the preamble and every section, in the format's order. */
const allProse: readonly ProseKey[] = ['preamble', ...sectionCatalogue.map((entry) => entry.key)];

/**
 * Figures the report's prose states for table cells, by cell path (several where the prose states several).
 * The reader uses them only to choose among readings the print and the identities already allow.
 */
export function findStatedCells(prose: ReportProse): Map<CellPath, StatedCell> {
  const text = prose.text(allProse);
  const stated = new Map<CellPath, StatedCell>();
  for (const { path, patterns } of statedPatterns) {
    const values = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => Number(match[1])));
    if (values.length > 0) stated.set(path, { values: [...new Set(values)], by: 'prose' });
  }
  return stated;
}
