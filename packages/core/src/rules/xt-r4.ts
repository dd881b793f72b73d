import { editions } from '../edition.ts';
import type { ApplicantColumns } from '../model/applications.ts';
import type { Report } from '../model/report.ts';
import { disagreement, statedFigures, sumOf, type Stated } from './prose.ts';
import type { ReportProse } from './report-prose.ts';
import type { CheckRule, Finding } from './types.ts';

interface Category {
  readonly zh: string;
  readonly en: string;
  readonly pattern: RegExp;
  readonly rows: (applications: Report['tables']['applications']) => readonly ApplicantColumns[];
}

const count = String.raw`[^。；，,\d]{0,4}?(\d+)(?:件|份)`;
const rowsOf = (group: object) => Object.values(group) as ApplicantColumns[];

// The combined category first: its phrase contains 部分公开, which is masked before the single categories run.
const categories: readonly Category[] = [
  {
    zh: '予以公开及部分公开',
    en: 'granted and partially granted',
    pattern: new RegExp(String.raw`予以公开(?:及|和|与|、)部分公开${count}`, 'gu'),
    rows: (a) => [a.granted, a.partiallyGranted],
  },
  { zh: '予以公开', en: 'granted', pattern: new RegExp(String.raw`(?<!不)予以公开${count}`, 'gu'), rows: (a) => [a.granted] },
  { zh: '部分公开', en: 'partially granted', pattern: new RegExp(String.raw`部分公开${count}`, 'gu'), rows: (a) => [a.partiallyGranted] },
  { zh: '不予公开', en: 'not disclosed', pattern: new RegExp(String.raw`不予以?公开${count}`, 'gu'), rows: (a) => rowsOf(a.denied) },
  { zh: '无法提供', en: 'unable to provide', pattern: new RegExp(String.raw`无法提供${count}`, 'gu'), rows: (a) => rowsOf(a.unableToProvide) },
  { zh: '不予处理', en: 'not processed', pattern: new RegExp(String.raw`不予处理${count}`, 'gu'), rows: (a) => rowsOf(a.notProcessed) },
  {
    zh: '其他处理',
    en: 'other handling',
    pattern: new RegExp(String.raw`其他处理${count}`, 'gu'),
    rows: (a) => ('naturalPerson' in a.otherHandling ? [a.otherHandling as ApplicantColumns] : rowsOf(a.otherHandling)),
  },
];

const percentAfter = /^[，,]?(?:占[^。；，\d]{0,8}?)?(\d+(?:\.\d+)?)%/u;

/** Table rows of a category as cell paths of their total column. */
function totalPaths(report: Report, rows: readonly ApplicantColumns[]): string[] {
  const applications = report.tables.applications as unknown as Record<string, unknown>;
  const paths: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    if (rows.includes(node as ApplicantColumns)) paths.push(`${prefix}.total`);
    else if (node !== null && typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(child, `${prefix}.${key}`);
  };
  walk(applications, 'applications');
  return paths;
}

/** A category's figures in the prose and, for each, the percentage printed right after it (`null` when none is). */
interface CategoryCount {
  readonly stated: readonly Stated[];
  readonly percents: readonly (RegExpExecArray | null)[];
}

/** Per category (in `categories` order), the figures the prose states for it. */
function categoryCounts(prose: ReportProse): CategoryCount[] {
  let text = prose.text(['preamble', 'overview', 'applications']);
  return categories.map((category) => {
    const stated = statedFigures(text, category.pattern);
    const percents = stated.map((s) => percentAfter.exec(text.slice(s.end)));
    // mask what matched so that 予以公开及部分公开 is not read again as 部分公开
    if (stated.length > 0) text = text.replace(category.pattern, (match) => '□'.repeat(match.length));
    return { stated, percents };
  });
}

/** XT.R4: result categories stated in the prose (and their percentages of （七）总计, ±0.1 point) match table 3. */
export const xtr4: CheckRule = {
  id: 'XT.R4',
  severity: 'warning',
  editions,
  kind: 'text',
  zh: '正文所述各类办理结果件数及百分比与表三相符',
  en: 'Result categories and percentages in the text match table 3',
  check: (report, { prose }) => {
    const counts = categoryCounts(prose);
    const findings: Finding[] = [];
    const processed = report.tables.applications.totalProcessed.total;
    for (const [index, category] of categories.entries()) {
      const { stated, percents } = counts[index]!;
      if (stated.length === 0) continue;
      const rows = category.rows(report.tables.applications);
      const table = sumOf(...rows.map((row) => row.total));
      const paths = totalPaths(report, rows);
      const what = { zh: `表三“${category.zh}”合计`, en: `table 3 ${category.en}` };
      const finding = disagreement(stated, table, paths, what);
      if (finding) findings.push(finding);
      else if (table !== null && processed !== null && processed > 0) {
        for (const [i, s] of stated.entries()) {
          const percent = percents[i];
          if (!percent) continue;
          const share = (table / processed) * 100;
          const printed = Number(percent[1]);
          if (Math.abs(share - printed) > 0.1 + 1e-9) {
            findings.push({
              status: 'fail',
              message: `正文“${s.phrase}${percent[0]}”的百分比与表三不符：正文为 ${printed}%，按表三应为 ${share.toFixed(1)}%`,
              messageEn: `The text “${s.phrase}${percent[0]}” states ${printed}%, table 3 gives ${share.toFixed(1)}%`,
              paths: [...paths, 'applications.totalProcessed.total'],
              expected: Number(share.toFixed(1)),
              actual: printed,
            });
          }
        }
      }
    }
    return findings;
  },
};
