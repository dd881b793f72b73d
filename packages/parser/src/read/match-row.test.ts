import { describe, expect, it } from 'vitest';
import { matchRow } from './match-row.ts';
import { normalizeText } from './normalize.ts';
import { applicationRows } from './row-catalogue.ts';

const rows = applicationRows('2021');
const row = (path: string) => rows.find((target) => target.path === path)!;

describe('matchRow', () => {
  it("gives the values to the label nearest them: a sub-row's label that OCR misread, after （六）'s own", () => {
    const text = normalizeText('（六）其他处理1，中请人无正当理由逾期不补正，行政机关不再处理其致府信息公开中请');
    const match = matchRow(text, rows, row('otherHandling').order);
    expect(match?.target.path).toBe('otherHandling.overdueCorrection');
  });

  it("takes a read row's whole label printed again for that row, never for another row one misprint away", () => {
    const read = [row('newlyReceived')];
    const open = rows.filter((target) => target !== read[0]);
    const text = normalizeText('一、本年新收政府信息公开申请数量');
    expect(matchRow(text, open, 1, Number.POSITIVE_INFINITY, read)?.target.path).toBe('newlyReceived');
    // without the rows read, the nearest open label is 上年结转's: what the reader did before
    expect(matchRow(text, open, 1)?.target.path).toBe('carriedOverFromLastYear');
  });
});
