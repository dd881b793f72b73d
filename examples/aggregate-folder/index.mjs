// Read a folder of reports — here the corpus, PDFs and text — and write their totals by year with the indicators
// as CSV (opens in Excel) and Parquet (for DuckDB, pandas, R), and an SVG chart of the outcomes. It imports the
// packages by name, exactly as an outside project would. Output goes to examples/aggregate-folder/out/ (gitignored).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse, ParseError } from '@disclosure/parser';
import { aggregate, computeIndicators, toCsv, toOutcomeChart, toParquet, toRecords } from '@disclosure/stats';

const folder = fileURLToPath(new URL('../../fixtures/corpus/', import.meta.url));
const out = fileURLToPath(new URL('./out/', import.meta.url));

const reports = [];
for (const name of (await readdir(folder)).filter((file) => /\.(pdf|docx|html?|txt)$/iu.test(file)).sort()) {
  try {
    const { report } = await parse(new Uint8Array(await readFile(`${folder}${name}`)), { name, validate: false });
    reports.push(report);
  } catch (error) {
    // A file that cannot be read is skipped and named; content problems never throw.
    if (!(error instanceof ParseError)) throw error;
    console.log(`跳过 ${name}：${error.code}`);
  }
}

const byYear = aggregate(reports, { by: 'year' });
await mkdir(out, { recursive: true });
const records = [...toRecords(byYear)];
await writeFile(`${out}by-year.csv`, toCsv(records));
await writeFile(`${out}by-year.parquet`, toParquet(records));
const [all] = aggregate(reports);
await writeFile(`${out}outcomes.svg`, toOutcomeChart(all, { title: `${reports.length} 份报告的办理结果` }));

console.log(`读取 ${reports.length} 份报告，按年度分为 ${byYear.length} 组，导出 ${records.length} 行`);
for (const group of byYear) {
  const rate = computeIndicators(group).find((indicator) => indicator.id === 'disclosureRate');
  const shown = rate?.value === null || rate === undefined ? (rate?.reason?.message ?? '无法计算') : `${(rate.value * 100).toFixed(1)}%`;
  console.log(`  ${group.key.year} 年：${group.reportCount} 份，公开率 ${shown}`);
}
console.log('写出：examples/aggregate-folder/out/by-year.csv、by-year.parquet、outcomes.svg');
