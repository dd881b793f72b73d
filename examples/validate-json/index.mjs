// Check a report JSON that came from elsewhere (another tool, a spreadsheet export, a hand edit) with
// @disclosure/core alone: first its shape (`parseReport`), then its arithmetic (`validate`).
// It imports the package by name, exactly as an outside project would, so it runs the built `dist`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { emptyReport, parseReport, setCell, validate } from '@disclosure/core';

const expected = fileURLToPath(new URL('../../fixtures/corpus/expected/2020-yueqing-xianxi-town.json', import.meta.url));

/** The reviewed Xianxi JSON when it is in the checkout, else a small 2019-edition report that balances. */
function loadSample() {
  if (existsSync(expected)) {
    return { name: 'fixtures/corpus/expected/2020-yueqing-xianxi-town.json', json: JSON.parse(readFileSync(expected, 'utf8')) };
  }
  const report = emptyReport('2019');
  setCell(report, 'applications.newlyReceived.naturalPerson', 3);
  setCell(report, 'applications.newlyReceived.total', 3);
  return { name: '（内置示例：仙溪镇期望输出尚未提交）', json: report };
}

function check(name, json) {
  console.log(`== ${name}`);
  const parsed = parseReport(json);
  for (const issue of parsed.diagnostics) console.log(`  [结构] ${issue.rule} ${issue.paths.join('、')}：${issue.message}`);
  if (parsed.report === null) {
    console.log('  结构不符，未做勾稽检查。');
    return;
  }
  const diagnostics = validate(parsed.report).diagnostics;
  for (const d of diagnostics) {
    const values = d.expected !== undefined || d.actual !== undefined ? `（应为 ${d.expected ?? '空'}，实为 ${d.actual ?? '空'}）` : '';
    console.log(`  [${d.severity}/${d.status}] ${d.rule} ${d.paths.join('、')}：${d.message}${values}`);
  }
  console.log(`  结构问题 ${parsed.diagnostics.length} 条，勾稽诊断 ${diagnostics.length} 条。`);
}

const sample = loadSample();
check(sample.name, sample.json);

// A copy broken on purpose, in memory: a cell that is text, not a number, fails the schema.
const misshapen = structuredClone(sample.json);
misshapen.tables.applications.newlyReceived.naturalPerson = '三';
check('故意改坏的副本：单元格写成文字', misshapen);

// A copy whose numbers no longer add up: the total of newly received applications is off by 100.
const unbalanced = structuredClone(sample.json);
const total = unbalanced.tables.applications.newlyReceived.total ?? 0;
unbalanced.tables.applications.newlyReceived.total = total + 100;
check('故意改坏的副本：新收申请合计多了 100', unbalanced);
