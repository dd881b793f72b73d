import { describe, expect, it } from 'vitest';
import { detectEdition } from './detect-edition.ts';
import { normalizeText } from './normalize.ts';

describe('detectEdition', () => {
  // pypdf joins the lines of table 2's narrow header cells across cells: no column label is whole
  const joined = '信息内本年制本年废现行有容发件数止件数效件数规章1043';

  it("tells the edition by a row only it has where the header's labels are torn", () => {
    expect(detectEdition(normalizeText(`${joined}5.要求行政机关确认或重新出具已获取信息0000000`), 2020)).toEqual({ edition: '2021', from: 'labels' });
    expect(detectEdition(normalizeText('信息内上一年本年增处理决定容项目数量/减数量其他对外管理服务事项3 1 0'), 2022)).toEqual({ edition: '2019', from: 'labels' });
  });

  it('falls back on the year when no label tells', () => {
    expect(detectEdition(normalizeText(joined), 2020)).toEqual({ edition: '2019', from: 'year' });
    expect(detectEdition(normalizeText(joined), 2024)).toEqual({ edition: '2021', from: 'year' });
  });
});
