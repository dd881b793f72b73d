import { createEmptyReport, setCell } from '@disclosure/core';
import { expect, it } from 'vitest';
import { toMarkdown } from './to-markdown.ts';

it('writes GFM tables with merged labels in full and each value once', () => {
  const report = createEmptyReport('2021');
  report.meta.title = '某某县2023年政府信息公开工作年度报告';
  report.sections.overview = { title: '总体情况', text: '# 不是标题 | 也不是表格 *强调*' };
  setCell(report, 'applications.denied.stateSecret.total', 2);
  setCell(report, 'activeDisclosure.art20Item8.administrativeFees.feeAmount', 1.5, '1.50');
  const markdown = toMarkdown(report);
  expect(markdown.startsWith('# 某某县2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n\\# 不是标题 \\| 也不是表格 \\*强调\\*\n')).toBe(true);
  expect(markdown).toContain('| 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密 |  |  |  |  |  |  | 2 |');
  expect(markdown).toContain('| 行政事业性收费 | 1.50 |  |  |');
  expect(markdown).toContain('| 信息内容 | 本年收费金额（单位：万元） |  |  |');
});
