import { describe, expect, it } from 'vitest';
import { textToLayout } from '../text/text-to-layout.ts';
import { lineText } from './line-text.ts';
import { preambleLines } from './preamble.ts';

const preamble = (text: string): string[] => {
  const lines = textToLayout(text).lines;
  return preambleLines(lines, { line: lines.length - 1, start: 0 }).map(lineText);
};

describe('preambleLines', () => {
  it('leaves out header fields of any site, and the page chrome printed before them', () => {
    const page = [
      '首页 政务公开 热门搜索：',
      '某县2024年度政府信息公开工作年度报告',
      '来源：某县人民政府办公室 时间：2025-01-20 09:00',
      '相关链接：',
      '本报告根据《条例》编制，统计期限为2024年1月1日至2024年12月31日。',
      '一、总体情况',
    ].join('\n');
    expect(preamble(page)).toEqual(['本报告根据《条例》编制，统计期限为2024年1月1日至2024年12月31日。']);
  });

  it('keeps the short lines of prose hard-wrapped on a narrow screen, and leaves out a wrapped title and a shorter page line', () => {
    const page = [
      '来源：某县人民政府办公室 时间：2025-01-20',
      '某县人民政府2024年政府信息公开工作年度',
      '报告',
      '打印本页 关闭',
      '本报告根据《中华人民',
      '共和国政府信息公开条',
      '例》编制，统计期限为',
      '2024年1月1日至',
      '2024年12月31日。',
      '一、总体情况',
    ].join('\n');
    expect(preamble(page).join('')).toBe('本报告根据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日至2024年12月31日。');
  });

  it('never takes a line of a sentence that ends in 年度报告 for the title', () => {
    const page = ['来源：某县人民政府办公室', '本报告根据《关于印发〈中华人民', '共和国政府信息公开工作年度报告', '格式〉的通知》编制。', '一、总体情况'].join('\n');
    expect(preamble(page).join('')).toBe('本报告根据《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。');
  });
});
