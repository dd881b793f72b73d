import { expect, test } from 'vitest';
import { corpusReports, makeReport } from '../../test/reports.ts';
import type { Report } from '@disclosure/core';
import { compareReports } from './compare-reports.ts';
import { findSimilarPairs } from './find-similar-pairs.ts';
import { normaliseText } from './normalise-text.ts';

function withText(report: Report, overview: string, problems = ''): Report {
  report.sections.overview = { title: '总体情况', text: overview };
  if (problems) report.sections.problemsAndImprovements = { title: '存在的主要问题及改进情况', text: problems };
  return report;
}

const base = '本机关坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。';

test('normalising drops punctuation and whitespace, widths and figures', () => {
  expect(normaliseText('2024年，全区 共收到（申请）75件。').text).toBe('#年全区共收到申请#件');
  expect(normaliseText('２０２４ 年', false).text).toBe('2024年');
  expect(normaliseText('ＡＢ，c').offsets).toEqual([0, 1, 3]);
});

test('a copy with other punctuation, spacing and year is 100% repeated', () => {
  const a = withText(makeReport('2021', { agency: 'A', year: 2023 }), `2023年，${base}`);
  const b = withText(makeReport('2021', { agency: 'B', year: 2024 }), `2024年 ${base.replaceAll('，', ',').replaceAll('。', '. ')}`);
  const result = compareReports(a, b);
  const overview = result.sections.find((s) => s.section === 'overview')!;
  expect(overview).toMatchObject({ shareA: 1, shareB: 1, share: 1 });
  expect(overview.passages[0]!.text).toBe(`2023年，${base.slice(0, -1)}`);
  expect(result.textShare).toBe(1);
  expect(result.sections.find((s) => s.section === 'otherMatters')).toMatchObject({ share: null, passages: [] });
});

test('measures the share that repeats and lists the repeated passages', () => {
  const fresh = '今年新建了依申请公开登记台账并逐件跟踪办理进度';
  const a = withText(makeReport('2021', { agency: 'A' }), `${base}${fresh}`);
  const b = withText(makeReport('2021', { agency: 'B' }), base);
  const overview = compareReports(a, b).sections[0]!;
  const baseLength = normaliseText(base).text.length;
  expect(overview.shareA).toBeCloseTo(baseLength / (baseLength + fresh.length), 12);
  expect(overview.shareB).toBe(1);
  expect(overview.passages).toEqual([{ text: base.slice(0, -1), length: baseLength }]);
});

test('unrelated text shares nothing, even with the stock phrase 政府信息公开', () => {
  const a = withText(makeReport('2021', { agency: 'A' }), '政府信息公开工作由办公室负责，配备专职人员两名。');
  const b = withText(makeReport('2021', { agency: 'B' }), '今年政府信息公开申请数量明显增加，主要涉及征地拆迁。');
  expect(compareReports(a, b).textShare).toBe(0);
});

test('identical table cells, all and non-zero', () => {
  const cells = { 'applications.newlyReceived.total': 5, 'applications.granted.total': 0, 'applications.totalProcessed.total': 5 };
  const a = makeReport('2021', { agency: 'A' }, cells);
  const b = makeReport('2021', { agency: 'B' }, { ...cells, 'applications.totalProcessed.total': 4 });
  expect(compareReports(a, b).tables).toEqual({ compared: 3, identical: 2, share: 2 / 3, comparedNonZero: 2, identicalNonZero: 1, shareNonZero: 0.5 });
});

test('over the corpus, the two 洪泽区 reports (2023, 2024) repeat each other most', () => {
  const pairs = findSimilarPairs(corpusReports().values(), { limit: 3, threshold: 0.15 });
  expect([pairs[0]!.a, pairs[0]!.b]).toEqual(['淮安市洪泽区人民政府 2023', '淮安市洪泽区人民政府 2024']);
  expect(pairs[0]!.textShare).toBeGreaterThan(0.4);
  // no other pair repeats 15% of its text
  expect(pairs).toHaveLength(1);
  const [a, b] = [corpusReports().get('2023-huaian-hongze-district')!, corpusReports().get('2024-huaian-hongze-district')!];
  // section 六 is the same sentence with a new year
  expect(compareReports(a, b).sections.find((s) => s.section === 'otherMatters')!.share).toBe(1);
});
