import { expect, test } from 'vitest';
import { corpusReports, makeReport } from '../../test/reports.ts';
import { aggregate } from '../aggregate/aggregate.ts';
import { rankBy } from '../agencies/rank-by.ts';
import { toOutcomeChart } from './outcome-chart.ts';
import { toRankingChart } from './ranking-chart.ts';
import { toSeriesChart } from './series-chart.ts';
import { escapeXml, chooseTicks } from './svg-document.ts';

/** Every tag opened is closed, and no raw `&` or `<` is left in text: enough to catch escaping mistakes. */
function expectWellFormed(svg: string): void {
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  const stack: string[] = [];
  for (const [, close, name, , selfClosing] of svg.matchAll(/<(\/?)([a-z]+)((?:\s+[A-Za-z:-]+="[^"<]*")*)\s*(\/?)>/g)) {
    if (close) expect(stack.pop()).toBe(name);
    else if (!selfClosing) stack.push(name!);
  }
  expect(stack).toEqual([]);
  const text = svg.replace(/<[^>]*>/g, '');
  expect(text).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|apos);)/);
}

const corpus = corpusReports();
const city = corpus.get('2024-huaian-city')!;

test('escapes text for XML', () => {
  expect(escapeXml(`<b a="1">&'\u0001`)).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&apos;');
});

test('nice ticks cover the range with round steps', () => {
  expect(chooseTicks(0, 95)).toEqual([0, 20, 40, 60, 80, 100]);
  expect(chooseTicks(0, 0.621)).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  expect(chooseTicks(0, 0)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
});

test('outcome breakdown: six bars with count and share', () => {
  const svg = toOutcomeChart(city);
  expectWellFormed(svg);
  expect(svg).toContain('<title>淮安市人民政府 2024 申请办理结果（共办结 3,050 件）</title>');
  expect(svg.match(/<rect x=/g)).toHaveLength(6);
  expect(svg).toContain('1,362 件 · 44.7%');
  const aggregateSvg = toOutcomeChart(aggregate(corpus.values())[0]!);
  expect(aggregateSvg).toContain('6 份报告合计 申请办理结果');
});

test('hostile names are escaped, unknown values say 无数据', () => {
  const svg = toOutcomeChart(makeReport('2021', { agency: '<script>alert("x")</script> & Co', year: 2024 }));
  expectWellFormed(svg);
  expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
  expect(svg).not.toContain('<script>');
  expect(svg.match(/无数据/g)!.length).toBeGreaterThanOrEqual(6);
});

test('a series: one point per known year, the line broken at unknown or missing years', () => {
  const received = 'applications.newlyReceived.total';
  const reports = [
    makeReport('2021', { agency: 'A', year: 2021 }, { [received]: 10 }),
    makeReport('2021', { agency: 'A', year: 2022 }, { [received]: 14 }),
    makeReport('2021', { agency: 'A', year: 2023 }, { [received]: null }),
    makeReport('2021', { agency: 'A', year: 2024 }, { [received]: 9 }),
    makeReport('2021', { agency: 'A', year: 2026 }, { [received]: 20 }),
  ];
  const svg = toSeriesChart(reports, received);
  expectWellFormed(svg);
  expect(svg.match(/<circle/g)).toHaveLength(4);
  expect(svg).toContain('无数据');
  const path = /<path d="([^"]+)"/.exec(svg)![1]!;
  expect(path.match(/M/g)).toHaveLength(3);
  expect(path.match(/L/g)).toHaveLength(1);
  expect(() => toSeriesChart(reports, 'nope')).toThrow(TypeError);
});

test('a ranking: one bar per entry in rank order', () => {
  const svg = toRankingChart(rankBy(corpus.values(), 'disclosureRate'));
  expectWellFormed(svg);
  expect(svg).toContain('<title>公开率排名</title>');
  expect(svg.indexOf('1. 淮安市洪泽区人民政府 2024')).toBeLessThan(svg.indexOf('2. 淮安市人民政府 2024'));
  expect(svg).toContain('62.1%');
});
