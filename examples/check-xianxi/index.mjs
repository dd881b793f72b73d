// Parse the bundled 乐清市仙溪镇 2020 report and print what the checks found, in Chinese.
// It imports the packages by name, exactly as an outside project would, so it runs their built `dist`.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describeCells, describePlace, describeValue } from '@disclosure/core';
import { parse } from '@disclosure/parser';

const sample = fileURLToPath(new URL('../../fixtures/corpus/2020-yueqing-xianxi-town.txt', import.meta.url));

const severityZh = { error: '错误', warning: '警告', info: '提示' };
const statusZh = { fail: '不通过', notAssessable: '无法判断' };

const { report, diagnostics } = await parse(await readFile(sample, 'utf8'));

console.log(`文件：fixtures/corpus/2020-yueqing-xianxi-town.txt`);
console.log(`机关：${report.meta.agency ?? '（未识别）'}`);
console.log(`年度：${report.meta.year ?? '（未识别）'}`);
console.log(`格式：${report.edition} 年版`);
console.log('');

for (const diagnostic of diagnostics) {
  const severity = severityZh[diagnostic.severity] ?? diagnostic.severity;
  const status = statusZh[diagnostic.status] ?? diagnostic.status;
  console.log(`[${severity}·${status}] ${diagnostic.rule}  ${diagnostic.message}`);
  // cells by their printed labels and values in words (core's describe… functions); the paths are for programs
  if (diagnostic.paths.length > 0) console.log(`    单元格：${describeCells(diagnostic.paths, 'zh')}`);
  if (diagnostic.place) console.log(`    原文位置：${describePlace(diagnostic.place, 'zh')}`);
  if (diagnostic.expected !== undefined || diagnostic.actual !== undefined) {
    console.log(`    应为：${describeValue(diagnostic.expected, 'zh')}　实为：${describeValue(diagnostic.actual, 'zh')}`);
  }
}

const count = (severity) => diagnostics.filter((diagnostic) => diagnostic.severity === severity).length;
console.log('');
console.log(
  `共 ${diagnostics.length} 条诊断：错误 ${count('error')} 条，警告 ${count('warning')} 条，提示 ${count('info')} 条；` +
    `其中无法判断 ${diagnostics.filter((diagnostic) => diagnostic.status === 'notAssessable').length} 条。`,
);
