import { editions, findEditionForYear } from '../edition.ts';
import type { ReportShape } from './shape.ts';
import type { CheckRule, Finding } from './types.ts';

function listSingleRowPaths(shape: ReportShape): readonly string[] {
  let paths = shape.memo.get('T3.R5') as readonly string[] | undefined;
  if (!paths) shape.memo.set('T3.R5', (paths = shape.paths.filter((path) => /^applications\.otherHandling\.[^.]+$/.test(path))));
  return paths;
}

/** T3.R5: the template fits the year; a 2021 report with one （六） row is read, but flagged as a deviation (spec Part A §7). */
export const t3r5: CheckRule = {
  id: 'T3.R5',
  severity: 'error',
  editions,
  kind: 'report',
  zh: '格式与年度相符：2019、2020 年度用 2019 年版，2021 年度起用 2021 年版；（六）其他处理的行数与格式相符',
  en: 'Template matches the year (2019 edition for 2019–2020, 2021 edition from 2021) and （六） has the edition’s rows',
  check: (report, context) => {
    const findings: Finding[] = [];
    const year = report.meta.year;
    if (year !== null) {
      const expected = findEditionForYear(year);
      if (expected === null) {
        findings.push({
          status: 'fail',
          message: `报告年度 ${year} 早于 2019 年版格式，不适用本格式`,
          messageEn: `A ${year} report predates the 2019 edition; neither edition applies`,
          paths: [],
          expected: null,
          actual: report.edition,
        });
      } else if (expected !== report.edition) {
        findings.push({
          status: 'fail',
          message: `${year} 年度报告应使用 ${expected} 年版格式，实为 ${report.edition} 年版`,
          messageEn: `A ${year} report should use the ${expected} edition, but uses the ${report.edition} edition`,
          paths: [],
          expected,
          actual: report.edition,
        });
      }
    }
    if (context.shape.singleOtherHandling) {
      findings.push({
        status: 'fail',
        severity: 'warning',
        message: '表三（六）其他处理印为一行，缺 2021 年版的三个子行；按一行七个单元格核算',
        messageEn: 'Table 3 row (6) other handling is printed as one row, without the 2021 edition’s three sub-rows; checked as one row of seven cells',
        paths: listSingleRowPaths(context.shape),
        // Rows printed under （六）: numbers read the same in any language.
        expected: 3,
        actual: 1,
      });
    }
    return findings;
  },
};
