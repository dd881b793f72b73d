import { findEditionForYear, type Edition } from '@disclosure/core/lite';

/**
 * Labels of one edition's tables that the other's lack (spec §10.5): its column headers, and rows only it has (2019's
 * 其他对外管理服务事项 in table 2; 2021's 要求行政机关确认或重新出具 and （六）'s sub-rows in table 3), which still tell the
 * edition where an extraction joins the header's narrow cells into pieces (`信息内本年制本年废现行有`).
 */
const markers2019 = ['本年新制作数量', '本年新公开数量', '对外公开总数量', '上一年项目数量', '第二十条第(九)项', '采购总金额', '其他对外管理服务事项'];
const markers2021 = ['本年制发件数', '本年废止件数', '现行有效件数', '本年收费金额', '逾期未按收费通知', '逾期不补正', '确认或重新出具'];

/** How the edition was decided: from the table labels (spec §10.5), or from the year when no label tells. */
export interface EditionDetection {
  readonly edition: Edition;
  readonly from: 'labels' | 'year' | 'default';
}

/** The edition a document's labels belong to, given its normalised text; the year decides when labels don't. */
export function detectEdition(normalized: string, year: number | null): EditionDetection {
  const score2019 = markers2019.filter((marker) => normalized.includes(marker)).length;
  const score2021 = markers2021.filter((marker) => normalized.includes(marker)).length;
  if (score2019 !== score2021) return { edition: score2019 > score2021 ? '2019' : '2021', from: 'labels' };
  const byYear = year === null ? null : findEditionForYear(year);
  return byYear ? { edition: byYear, from: 'year' } : { edition: '2021', from: 'default' };
}
