// Check a report JSON that came from elsewhere (another tool, a spreadsheet export, a hand edit) with
// @disclosure/core alone: first its shape (`parseReport`), then its arithmetic (`validate`).
// It imports the package by name, exactly as an outside project would, so it runs the built `dist`.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeCell, describeCells, describeValue, parseReport, validate } from '@disclosure/core';

const expected = (name) => fileURLToPath(new URL(`../../fixtures/corpus/expected/${name}.json`, import.meta.url));

/** The reviewed Xianxi JSON when it is in the checkout, else the reviewed 淮安市 2024 one. */
function loadSample() {
  const name = ['2020-yueqing-xianxi-town', '2024-huaian-city'].find((candidate) => existsSync(expected(candidate)));
  if (name === undefined) throw new Error('no expected report JSON in fixtures/corpus/expected');
  return { name: `fixtures/corpus/expected/${name}.json`, json: JSON.parse(readFileSync(expected(name), 'utf8')) };
}

const severityZh = { error: '错误', warning: '警告', info: '提示' };
const statusZh = { fail: '不通过', notAssessable: '无法判断' };

function check(name, json) {
  console.log(`== ${name}`);
  const parsed = parseReport(json);
  if (!parsed.success) {
    for (const issue of parsed.issues) {
      // a cell under `tables` by its printed label; anything else by its key path
      const where = issue.path[0] === 'tables' ? describeCell(issue.path.slice(1).join('.'), 'zh') : issue.path.join('.') || '（根）';
      console.log(`  [结构] ${where}：${issue.message}`);
    }
    console.log(`  结构不符（${parsed.issues.length} 处），未做勾稽检查。`);
    return;
  }
  const diagnostics = validate(parsed.report);
  for (const d of diagnostics) {
    const values =
      d.expected !== undefined || d.actual !== undefined ? `（应为 ${describeValue(d.expected, 'zh')}，实为 ${describeValue(d.actual, 'zh')}）` : '';
    console.log(`  [${severityZh[d.severity]}·${statusZh[d.status]}] ${d.rule} ${d.message}${values}`);
    if (d.status === 'fail' && d.paths.length > 0) console.log(`      单元格：${describeCells(d.paths, 'zh')}`);
  }
  console.log(`  结构符合；勾稽诊断 ${diagnostics.length} 条。`);
}

const sample = loadSample();
check(sample.name, sample.json);

// A copy broken on purpose, in memory: a cell that is text, not a number, fails the schema.
const misshapen = structuredClone(sample.json);
misshapen.tables.applications.newlyReceived.naturalPerson = '三';
check('故意改坏的副本：单元格写成文字', misshapen);

// A copy whose numbers no longer add up: the total of newly received applications is 100 too many.
const unbalanced = structuredClone(sample.json);
const total = unbalanced.tables.applications.newlyReceived.total ?? 0;
unbalanced.tables.applications.newlyReceived.total = total + 100;
check('故意改坏的副本：新收申请合计多了 100', unbalanced);
