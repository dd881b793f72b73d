// Check the 2023 and 2024 reports of 淮安市洪泽区 as one series: last year's carried-forward applications against
// this year's carried-over ones (core's XY rules, through stats' compareYears), and how the main figures changed.
// It imports the packages by name, exactly as an outside project would, so it runs their built `dist`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse } from '@disclosure/parser';
import { compareYears } from '@disclosure/stats';

const files = ['2024-huaian-hongze-district.pdf', '2023-huaian-hongze-district.pdf'];
const reports = [];
for (const name of files) {
  const path = fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));
  reports.push((await parse(new Uint8Array(await readFile(path)), { name })).report);
}

// compareYears sorts the series by year itself, so the order above does not matter.
const series = compareYears(reports, { indicators: ['received', 'processed', 'disclosureRate'] });
console.log(`机关：${reports[0].meta.agency}；年度：${series.years.join('、')}`);
for (const check of series.continuity) {
  console.log(`${check.fromYear} → ${check.toYear}：${check.checked ? `跨年度核对 ${check.diagnostics.length} 条诊断` : '年度不相邻，未核对'}`);
  for (const d of check.diagnostics) console.log(`  [${d.severity}] ${d.rule} ${d.message}`);
}
for (const change of series.changes.filter((item) => item.kind === 'indicator')) {
  const show = (value) => (value === null ? '空' : Number.isInteger(value) ? String(value) : value.toFixed(3));
  console.log(`  ${change.key}：${show(change.previous)} → ${show(change.current)}`);
}
for (const note of series.notes) console.log(`注意：${note}`);
