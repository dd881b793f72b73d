import { expect, test } from 'vitest';
import { labelCell } from './cell-label.ts';

test('a cell path reads as table › row › column, in Chinese or English', () => {
  expect(labelCell('applications.denied.stateSecret.naturalPerson', 'zh')).toBe('表三 收到和处理政府信息公开申请情况 › （三）不予公开 › 1.属于国家秘密 › 自然人');
  expect(labelCell('applications.granted.otherOrganization', 'zh')).toBe('表三 收到和处理政府信息公开申请情况 › （一）予以公开 › 法人或其他组织 · 其他');
  expect(labelCell('applications.denied.stateSecret.naturalPerson', 'en')).toBe(
    'Table 3 Applications received and processed › Not disclosed › State secret › Natural persons',
  );
});

test('the 2019 （六） row, a row path and an unknown path', () => {
  expect(labelCell('applications.otherHandling.total', 'zh')).toBe('表三 收到和处理政府信息公开申请情况 › （六）其他处理 › 总计');
  expect(labelCell('applications.newlyReceived', 'zh')).toBe('表三 收到和处理政府信息公开申请情况 › 一、本年新收政府信息公开申请数量');
  expect(labelCell('sections.overview', 'zh')).toBe('sections.overview');
});
