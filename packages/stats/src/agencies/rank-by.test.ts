import { expect, test } from 'vitest';
import { makeReport } from '../../test/reports.ts';
import { aggregate } from '../aggregate/aggregate.ts';
import { rankBy } from './rank-by.ts';

const report = (agency: string, granted: number | null, processed: number) =>
  makeReport('2021', { agency, year: 2024, region: agency.slice(0, 1) }, {
    'applications.granted.total': granted,
    'applications.partiallyGranted.total': 0,
    'applications.totalProcessed.total': processed,
  });
const reports = [report('甲', 5, 10), report('乙', 9, 10), report('丙', 1, 2), report('丁', null, 10), report('戊', 0, 0)];

test('ranks by an indicator, largest first, ties sharing a rank; nulls listed apart with the reason', () => {
  const ranking = rankBy(reports, 'disclosureRate');
  expect(ranking.entries).toEqual([
    { rank: 1, id: '乙 2024', value: 0.9 },
    { rank: 2, id: '丙 2024', value: 0.5 },
    { rank: 2, id: '甲 2024', value: 0.5 },
  ]);
  expect(ranking.unranked.map((u) => [u.id, u.reason.code])).toEqual([
    ['丁 2024', 'blank'],
    ['戊 2024', 'zeroDenominator'],
  ]);
});

test('ascending order and a limit', () => {
  expect(rankBy(reports, 'processed', { order: 'ascending', limit: 2 }).entries.map((e) => [e.rank, e.id])).toEqual([
    [1, '戊 2024'],
    [2, '丙 2024'],
  ]);
});

test('ranks aggregates by their label', () => {
  const groups = aggregate(reports.slice(0, 3), { by: 'region' });
  expect(rankBy(groups, 'processed').entries.map((e) => e.id)).toEqual(['region=甲', 'region=乙', 'region=丙']);
});
