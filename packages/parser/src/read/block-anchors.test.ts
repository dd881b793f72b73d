import { describe, expect, it } from 'vitest';
import { textToLayout } from '../text/text-to-layout.ts';
import { blockAnchors } from './block-anchors.ts';
import { LineTokens } from './line-tokens.ts';
import { activeDisclosureRows } from './row-catalogue.ts';

const anchorsOf = (text: string, edition: '2019' | '2021' = '2021') => [...blockAnchors(textToLayout(text).lines, activeDisclosureRows(edition), new LineTokens())];

describe('blockAnchors', () => {
  it("anchors the first values right after a block's heading and its own column header", () => {
    const text = '第二十条第（一）项\n本年制发件数\n本年废止件数\n1\n0\n第二十条第（五）项\n本年处理决定数量\n447228\n第二十条第（八）项\n本年收费金额\n（单位：万元）\n96171.6';
    expect(anchorsOf(text)).toEqual([
      [3, '第二十条第(一)项'],
      [7, '第二十条第(五)项'],
      [11, '第二十条第(八)项'],
    ]);
  });

  it("anchors nothing after another block's header, a row label, or a heading printed twice", () => {
    expect(anchorsOf('第二十条第（五）项\n本年处理决定数量\n现行有效件数\n0\n5')).toEqual([]);
    expect(anchorsOf('第二十条第（六）项\n信息内容\n行政处罚\n0')).toEqual([]);
    expect(anchorsOf('第二十条第（五）项\n1\n第二十条第（五）项\n2')).toEqual([]);
  });
});
