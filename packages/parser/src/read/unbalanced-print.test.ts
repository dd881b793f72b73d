import { describe, expect, it } from 'vitest';
import { fromText } from '../text/from-text.ts';
import { balancesInSomeOrder } from './unbalanced-print.ts';

/** Table 4 of 洪泽区 2023 as printed: 复议 10 + 1 with a total of 0, 复议后起诉 5 with a total of 0. */
const hongze2023 = [10, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 5, 0, 0, 0];

describe('a table whose figures balance in no order', () => {
  it('finds that no assignment of the figures balances three groups of five', () => {
    expect(balancesInSomeOrder(hongze2023, 5)).toBe(false);
    // 淮安市 2024 in the order its PDF draws it: balances once the groups are found
    expect(balancesInSomeOrder([72, 64, 178, 37, 12, 1, 1, 6, 351, 13, 4, 8, 1, 26, 20], 5)).toBe(true);
    expect(balancesInSomeOrder([3, 0, 0, 0, 3, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0], 5)).toBe(false);
    expect(balancesInSomeOrder(Array<number>(15).fill(0), 5)).toBe(true);
  });

  it('claims nothing for negative figures or a count that is not whole groups', () => {
    expect(balancesInSomeOrder([-1, 0, 0, 0, 0], 5)).toBe(true);
    expect(balancesInSomeOrder([1, 2, 3], 5)).toBe(true);
  });

  it("reports T4.R1 failed from a PDF viewer's text whose table-4 figures balance in no order, under validate's settings", () => {
    const text = [
      '四、政府信息公开行政复议、行政诉讼情况',
      '行政复议',
      '行政诉讼',
      ...['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'],
      ...hongze2023.map(String),
      '五、存在的主要问题及改进情况',
      '无。',
    ].join('\n');
    const proven = (options: Parameters<typeof fromText>[1]) =>
      fromText(text, options).diagnostics.filter((d) => d.rule === 'T4.R1' && d.status === 'fail');
    const [note] = proven({});
    expect(note).toMatchObject({ severity: 'error', paths: expect.arrayContaining(['reviewAndLitigation.administrativeReview.total']) });
    expect(note!.message).toContain('10 1 0 0 0 0 0 0 0 0 0 5 0 0 0');
    expect(proven({ validate: { rules: { 'T4.R1': 'warning' } } })[0]!.severity).toBe('warning');
    expect(proven({ validate: { rules: { 'T4.R1': 'off' } } })).toEqual([]);
    expect(proven({ validate: false })).toEqual([]);
  });

  it('reports T4.R1 failed when digits run together break it under every cut, and only when no shorter reading exists', () => {
    // Crawler text: the row on one line, two cells' separator lost (`00`).
    const table4 = (row: string) =>
      ['四、政府信息公开行政复议、行政诉讼情况', '行政复议 行政诉讼', '结果维持 结果纠正 其他结果 尚未审结 总计', row, '五、存在的主要问题及改进情况', '无。'].join('\n');
    const proven = (row: string) => fromText(table4(row)).diagnostics.filter((d) => d.rule === 'T4.R1' && d.status === 'fail');
    expect(proven('10 1 0 0 0 0 0 0 0 0 5 0 00 0')).toMatchObject([{ severity: 'error', message: expect.stringContaining('10 1 0 0 0 0 0 0 0 0 5 0 00 0') }]);
    // `50` may be one number with a blank dropped: nothing is proven
    expect(proven('10 1 0 0 0 0 0 0 0 0 50 0 0 0')).toEqual([]);
    // a cut that balances is read, not accused
    expect(proven('1 0 0 0 1 0 0 0 0 0 0 0 0 00')).toEqual([]);
  });

  it('reports T3.R3 failed for a row on one line whose digits break its total under every cut', () => {
    const table3 = (row: string) =>
      [
        '三、收到和处理政府信息公开申请情况',
        '申请人情况 自然人 法人或其他组织 总计',
        '商业企业 科研机构 社会公益组织 法律服务机构 其他',
        `一、本年新收政府信息公开申请数量 ${row}`,
        '二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0',
        '四、政府信息公开行政复议、行政诉讼情况',
      ].join('\n');
    const proven = (row: string) => fromText(table3(row)).diagnostics.filter((d) => d.rule === 'T3.R3' && d.status === 'fail');
    expect(proven('21 0 0 0 00 22')).toMatchObject([{ severity: 'error', paths: expect.arrayContaining(['applications.newlyReceived.total']) }]);
    expect(proven('21 0 0 0 50 22')).toEqual([]);
    expect(proven('21 0 0 0 00 21')).toEqual([]);
    // the same figures over two lines between labels (a PDF viewer's text) may not be the row's alone
    expect(proven('21 0 0\n0 00 22')).toEqual([]);
  });
});
