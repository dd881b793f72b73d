import { createEmptyReport, setCell } from '@disclosure/core';
import { expect, it } from 'vitest';
import { toText } from './to-text.ts';

it('writes prose one paragraph a line and tables as tab-separated grid rows', () => {
  const report = createEmptyReport('2019');
  report.meta.title = '某某镇2020年政府信息公开工作年度报告';
  report.meta.agency = '某某镇人民政府';
  report.meta.publishedAt = '2021-01-20';
  report.sections.otherMatters = { title: '其他需要报告的事项', text: '无。\n\n' };
  setCell(report, 'applications.otherHandling.total', 4);
  setCell(report, 'activeDisclosure.art20Item5.administrativeLicensing.changeThisYear', -417);
  const text = toText(report);
  expect(text).toContain('\n\t（六）其他处理\t\t\t\t\t\t\t\t4\n');
  expect(text).toContain('\n行政许可\t\t-417\t\n');
  expect(text.endsWith('六、其他需要报告的事项\n无。\n某某镇人民政府\n2021年1月20日\n')).toBe(true);
});
