import { describe, expect, it } from 'vitest';
import type { Line } from '../layout/layout.ts';
import { isPageFooter, proseOf, withoutPageChrome } from './section-text.ts';

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

describe('isPageFooter', () => {
  it('takes a page number among even dashes anywhere, and among uneven dashes only as the last line of a page', () => {
    for (const text of ['-3-', '— 3 —', '－12－']) expect(isPageFooter(text)).toBe(true);
    for (const text of ['-5——', '——3', '— 5']) {
      expect(isPageFooter(text)).toBe(false);
      expect(isPageFooter(text, true)).toBe(true);
    }
    for (const text of ['3', '12 3', '-5- 第二段', '2025']) expect(isPageFooter(text, true)).toBe(false);
  });
});
