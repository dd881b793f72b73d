import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { isPageMargin, proseOf, withoutPageChrome } from './section-text.ts';

const place = { kind: 'pdf', page: 1, bbox: [0, 0, 0, 0] } as const;
/** A page line of prose from `left` to `right` (points). */
const line = (text: string, left: number, right: number): Line => ({ fields: [{ text, place, x: [left, right] }], place, page: 1 });

describe('proseOf on a page', () => {
  it('continues a paragraph broken at the right margin, even after a sentence end, and keeps a run-in heading with its text', () => {
    const lines = [
      line('（五）政府信息公开监督保障情况。根据省政务公开年度和季度监测指标，全年组织', 90, 510),
      line('4 次检查，并出具各县区、各部门的检查通报，督促整改问题。', 90, 510),
      line('确保各项工作落到实处。', 90, 300),
      line('（六）下一段另起一行。', 110, 300),
    ];
    expect(proseOf(lines).split('\n')).toEqual([
      '（五）政府信息公开监督保障情况。根据省政务公开年度和季度监测指标，全年组织4 次检查，并出具各县区、各部门的检查通报，督促整改问题。确保各项工作落到实处。',
      '（六）下一段另起一行。',
    ]);
  });

  it('ends a paragraph at a short line and at an indented next line', () => {
    const lines = [line('第一段到此为止。', 90, 300), line('第二段首行缩进。', 110, 510)];
    expect(proseOf(lines).split('\n')).toHaveLength(2);
  });
});

describe('withoutPageChrome', () => {
  it("drops a saved page's links and footer after the report's last sentence", () => {
    expect(withoutPageChrome('2025年，无收取信息处理费情况。附件下载扫一扫在手机上查看当前页面版权所有')).toBe('2025年，无收取信息处理费情况。');
  });

  it('keeps a sentence that only mentions such words', () => {
    const text = '我们在网站上增加了附件下载功能。';
    expect(withoutPageChrome(text)).toBe(text);
  });
});

describe('isPageMargin', () => {
  it('takes a page number among even dashes anywhere, and among uneven dashes only as the last line of a page', () => {
    for (const text of ['-3-', '— 3 —', '－12－']) expect(isPageMargin(text)).toBe(true);
    for (const text of ['-5——', '——3', '— 5']) {
      expect(isPageMargin(text)).toBe(false);
      expect(isPageMargin(text, true)).toBe(true);
    }
    for (const text of ['3', '12 3', '-5- 第二段', '2025']) expect(isPageMargin(text, true)).toBe(false);
  });

  it('takes a page number in words, with or without the page count, and nothing more', () => {
    for (const text of ['第2页', ' 第 12 页 ', '第2页 共5页', '第 2 页，共 5 页', '第2页/共5页', '共5页 第2页']) expect(isPageMargin(text)).toBe(true);
    for (const text of ['第2页 行政许可 5', '第二页', '共5页', '本年第2页面 3']) expect(isPageMargin(text)).toBe(false);
  });

  it('never takes a bare number for a page number by itself: a table prints such lines', () => {
    expect([isPageMargin('2'), isPageMargin(' 12 ', true)]).toEqual([false, false]);
  });

  it("takes what a browser prints around a web page: the date and time, the address, the page count", () => {
    for (const text of ['12/3/26, 10:58 AM', '2026/12/3 10:58', '2026/12/3 下午10:58', '2026-12-03 10:58:07', 'file:///tmp/page.html', 'https://www.pingtan.gov.cn/zwgk/2025/0310/123.html', '2/8', '12/12'])
      expect(isPageMargin(text), text).toBe(true);
    for (const text of ['2 / 8', '9/8', '0/3', '12/3/26', '2026年3月1日', '详见 https://www.gov.cn/1.html', '3 12 10:58']) expect(isPageMargin(text), text).toBe(false);
  });
});
