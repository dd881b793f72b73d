import { applicantColumns } from './columns.ts';
import type { GroupEntry, RowEntry, TableEntry } from './types.ts';

const both = ['2019', '2021'] as const;
const results: GroupEntry = { key: 'results', zh: '三、本年度办理结果', en: 'Results this year' };
const denied: GroupEntry = { key: 'denied', zh: '（三）不予公开', en: 'Not disclosed' };
const unable: GroupEntry = { key: 'unableToProvide', zh: '（四）无法提供', en: 'Unable to provide' };
const notProcessed: GroupEntry = { key: 'notProcessed', zh: '（五）不予处理', en: 'Not processed' };
const otherHandling: GroupEntry = { key: 'otherHandling', zh: '（六）其他处理', en: 'Other handling' };

function row(path: string, zh: string, en: string, group?: GroupEntry, editions: RowEntry['editions'] = both): RowEntry {
  return group ? { path, zh, en, editions, columns: applicantColumns, group } : { path, zh, en, editions, columns: applicantColumns };
}

/** Table 3 (收到和处理政府信息公开申请情况), spec §5: 23 data rows in 2019, 25 in 2021. */
export const applicationsTable: TableEntry = {
  key: 'applications',
  zh: '收到和处理政府信息公开申请情况',
  en: 'Applications received and processed',
  rows: [
    row('newlyReceived', '一、本年新收政府信息公开申请数量', 'New applications this year'),
    row('carriedOverFromLastYear', '二、上年结转政府信息公开申请数量', 'Carried over from last year'),
    row('granted', '（一）予以公开', 'Granted', results),
    row('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'Partially granted', results),
    row('denied.stateSecret', '1.属于国家秘密', 'State secret', denied),
    row('denied.prohibitedByLaw', '2.其他法律行政法规禁止公开', 'Prohibited by other laws and regulations', denied),
    row('denied.endangersSecurityStability', '3.危及“三安全一稳定”', 'Endangers security or stability', denied),
    row('denied.thirdPartyRights', '4.保护第三方合法权益', 'Protects third-party rights', denied),
    row('denied.internalAffairs', '5.属于三类内部事务信息', 'Internal affairs', denied),
    row('denied.processInformation', '6.属于四类过程性信息', 'Process information', denied),
    row('denied.enforcementCaseFile', '7.属于行政执法案卷', 'Enforcement case file', denied),
    row('denied.administrativeQuery', '8.属于行政查询事项', 'Administrative query', denied),
    row('unableToProvide.notHeld', '1.本机关不掌握相关政府信息', 'Information not held', unable),
    row('unableToProvide.needsCreation', '2.没有现成信息需要另行制作', 'Would need to be created', unable),
    row('unableToProvide.unclearAfterCorrection', '3.补正后申请内容仍不明确', 'Still unclear after correction', unable),
    row('notProcessed.complaintOrPetition', '1.信访举报投诉类申请', 'Complaint or petition', notProcessed),
    row('notProcessed.duplicate', '2.重复申请', 'Duplicate application', notProcessed),
    row('notProcessed.publication', '3.要求提供公开出版物', 'Asks for a publication', notProcessed),
    row('notProcessed.excessiveRepeated', '4.无正当理由大量反复申请', 'Excessive repeated applications', notProcessed),
    row(
      'notProcessed.confirmOrReissue',
      '5.要求行政机关确认或重新出具已获取信息',
      'Asks to confirm or reissue information already obtained',
      notProcessed,
    ),
    row('otherHandling', '（六）其他处理', 'Other handling', results, ['2019']),
    row(
      'otherHandling.overdueCorrection',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      'Applicant did not complete the application in time',
      otherHandling,
      ['2021'],
    ),
    row(
      'otherHandling.overdueFee',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      'Applicant did not pay the fee in time',
      otherHandling,
      ['2021'],
    ),
    row('otherHandling.other', '3.其他', 'Other', otherHandling, ['2021']),
    row('totalProcessed', '（七）总计', 'Total processed', results),
    row('carriedForwardToNextYear', '四、结转下年度继续办理', 'Carried forward to next year'),
  ],
};
