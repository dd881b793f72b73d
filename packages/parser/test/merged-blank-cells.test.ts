import { describe, expect, it } from 'vitest';
import { fromHtml } from '@disclosure/parser';

const outcomes = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'];

/** A page's table 4 whose data row is `cells` (HTML `<td>`s), under the format's two header rows. */
function table4Page(cells: string): string {
  const head =
    '<tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr>' +
    `<tr>${outcomes.map((label) => `<td rowspan="2">${label}</td>`).join('')}<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>` +
    `<tr>${[...outcomes, ...outcomes].map((label) => `<td>${label}</td>`).join('')}</tr>`;
  return `<html><body><h1>某区2024年政府信息公开工作年度报告</h1><p>四、政府信息公开行政复议、行政诉讼情况</p><table>${head}<tr>${cells}</tr></table><p>五、存在的主要问题及改进情况</p></body></html>`;
}

describe('a blank cell merged over several columns of a web page’s table (`colspan`)', () => {
  it('stands for each column of table 4 it covers: a group printed blank in one merged cell', () => {
    const figures = [1, 0, 0, 0, 1, 2, 0, 1, 0, 3].map((value) => `<td>${value}</td>`).join('');
    const { report, coverage } = fromHtml(table4Page(`<td colspan="5"></td>${figures}`), { validate: false });
    expect(coverage.unreadPaths.filter((path) => path.startsWith('reviewAndLitigation.'))).toEqual([]);
    expect(report.tables.reviewAndLitigation).toEqual({
      administrativeReview: { upheld: null, corrected: null, otherOutcome: null, pending: null, total: null },
      litigationWithoutReview: { upheld: 1, corrected: 0, otherOutcome: 0, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 2, corrected: 0, otherOutcome: 1, pending: 0, total: 3 },
    });
  });

  it('counts for each column it covers in a row printed blank (table 3’s 上年结转 as one empty merged cell)', () => {
    const head =
      '<tr><td rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>' +
      '<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>';
    const rows =
      '<tr><td>一、本年新收政府信息公开申请数量</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>4</td></tr>' +
      '<tr><td>二、上年结转政府信息公开申请数量</td><td colspan="7"></td></tr>';
    const page = `<html><body><h1>某区2024年政府信息公开工作年度报告</h1><p>三、收到和处理政府信息公开申请情况</p><table>${head}${rows}</table><p>四、政府信息公开行政复议、行政诉讼情况</p></body></html>`;
    const { report, coverage } = fromHtml(page, { validate: false });
    expect(coverage.unreadPaths.filter((path) => path.startsWith('applications.carriedOverFromLastYear.'))).toEqual([]);
    expect(Object.values(report.tables.applications.carriedOverFromLastYear)).toEqual([null, null, null, null, null, null, null]);
    expect(report.tables.applications.newlyReceived.total).toBe(4);
  });
});
