import type { Edition } from '../edition.ts';

/** The rule IDs of spec §8, in catalogue order. */
export type RuleId =
  | 'T3.R1' | 'T3.R2' | 'T3.R3' | 'T3.R4' | 'T3.R5' | 'T3.R6'
  | 'T4.R1' | 'T4.R2' | 'T4.R3'
  | 'T2.R1' | 'T2.R2' | 'T2.R3' | 'T2.R4' | 'T2.R5' | 'T2.R6'
  | 'XY.R1' | 'XY.R2' | 'XY.R3' | 'XY.R4'
  | 'AG.R1' | 'AG.R2' | 'AG.R3'
  | 'XT.R1' | 'XT.R2' | 'XT.R3' | 'XT.R4' | 'XT.R5' | 'XT.R6' | 'XT.R7' | 'XT.R8' | 'XT.R9';

/**
 * What a rule looks at: one report's tables (`report`), two consecutive years (`continuity`), an aggregate and
 * its members (`aggregate`), the prose against the tables (`text`), or a value derived for other rules (`derived`).
 */
export type RuleKind = 'report' | 'continuity' | 'aggregate' | 'text' | 'derived';

/** One rule of spec §8 as data: its ID, default severity (E → error, W → warning), editions and meaning. */
export interface RuleEntry {
  readonly id: RuleId;
  readonly severity: 'error' | 'warning';
  readonly editions: readonly Edition[];
  readonly kind: RuleKind;
  readonly zh: string;
  readonly en: string;
}

const both = ['2019', '2021'] as const;
const only2019 = ['2019'] as const;
const only2021 = ['2021'] as const;

/** Every rule of spec §8, in the order `validate`, `checkContinuity` and `checkAggregate` run them. */
export const ruleCatalogue: readonly RuleEntry[] = [
  {
    id: 'T3.R1',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表三每一列：本年新收加上年结转，等于本年度办理结果总计加结转下年度（表中注明的勾稽关系）',
    en: 'Table 3, each column: newly received + carried over = total processed + carried forward (the printed note)',
  },
  {
    id: 'T3.R2',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表三每一列：（七）总计等于（一）至（六）各项之和',
    en: 'Table 3, each column: total processed (7) = the sum of results (1) to (6)',
  },
  {
    id: 'T3.R3',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表三每一行：总计等于六类申请人之和',
    en: 'Table 3, each row: the total column = the sum of the six applicant columns',
  },
  {
    id: 'T3.R4',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表三所有单元格为非负整数',
    en: 'Table 3: every cell is a whole number ≥ 0',
  },
  {
    id: 'T3.R5',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '格式与年度相符：2019、2020 年度用 2019 年版，2021 年度起用 2021 年版；（六）其他处理的行数与格式相符',
    en: 'Template matches the year (2019 edition for 2019–2020, 2021 edition from 2021) and （六） has the edition’s rows',
  },
  {
    id: 'T3.R6',
    severity: 'warning',
    editions: both,
    kind: 'report',
    zh: '表三空白或占位符（/、-、—、无）单元格记为空值而非 0，相关勾稽关系无法判断',
    en: 'Table 3 cells printed blank or as a placeholder are unknown, not 0; identities using them are not assessable',
  },
  {
    id: 'T4.R1',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表四每组：总计等于结果维持、结果纠正、其他结果、尚未审结之和',
    en: 'Table 4, each group: total = upheld + corrected + other outcome + pending',
  },
  {
    id: 'T4.R2',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表四所有 15 个单元格为非负整数',
    en: 'Table 4: all 15 cells are whole numbers ≥ 0',
  },
  {
    id: 'T4.R3',
    severity: 'warning',
    editions: both,
    kind: 'derived',
    zh: '推算行政诉讼总数：未经复议直接起诉总计加复议后起诉总计（仅供正文核对，不是表中单元格）',
    en: 'Derived litigation total = litigation without review + litigation after review (for text checks; not a printed cell)',
  },
  {
    id: 'T2.R1',
    severity: 'error',
    editions: both,
    kind: 'report',
    zh: '表二件数为非负整数（2019 年版“本年增/减”可为负）；2021 年版收费金额为非负数（万元）',
    en: 'Table 2 counts are whole numbers ≥ 0 (the 2019 change column may be negative); the 2021 fee amount is ≥ 0 (万元)',
  },
  {
    id: 'T2.R2',
    severity: 'warning',
    editions: only2021,
    kind: 'report',
    zh: '表二（一）：现行有效件数通常不小于本年制发件数',
    en: 'Table 2 (1): currently valid is normally ≥ issued this year',
  },
  {
    id: 'T2.R3',
    severity: 'warning',
    editions: only2021,
    kind: 'report',
    zh: '表二（八）收费金额单位为万元：写作“元”或数额对该机关明显过大时，疑为按元填报',
    en: 'Table 2 (8) fee amount is in 万元: a cell printed in 元, or an implausibly large figure, suggests yuan entered as 万元',
  },
  {
    id: 'T2.R4',
    severity: 'warning',
    editions: only2019,
    kind: 'report',
    zh: '表二（一）：本年新公开数量不大于对外公开总数量',
    en: 'Table 2 (1): newly published ≤ total published',
  },
  {
    id: 'T2.R5',
    severity: 'warning',
    editions: only2019,
    kind: 'report',
    zh: '表二：上一年项目数量加本年增/减不小于 0',
    en: 'Table 2: items last year + change this year ≥ 0',
  },
  {
    id: 'T2.R6',
    severity: 'warning',
    editions: only2019,
    kind: 'report',
    zh: '表二（九）采购总金额须能识别单位（元或万元）；表头未印单位',
    en: 'Table 2 (9) procurement amount needs a recognisable unit (元 or 万元); the header prints none',
  },
  {
    id: 'XY.R1',
    severity: 'warning',
    editions: both,
    kind: 'continuity',
    zh: '本年“上年结转”等于上年“结转下年度继续办理”（每一列）',
    en: 'This year’s carried over = last year’s carried forward (each column)',
  },
  {
    id: 'XY.R2',
    severity: 'warning',
    editions: only2021,
    kind: 'continuity',
    zh: '现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数（到期、修改可致不等）',
    en: 'Currently valid = last year’s currently valid + issued − repealed (expiry or amendment can break it)',
  },
  {
    id: 'XY.R3',
    severity: 'warning',
    editions: only2019,
    kind: 'continuity',
    zh: '2020 年“上一年项目数量”等于 2019 年“上一年项目数量”加“本年增/减”',
    en: '2020 items last year = 2019 items last year + 2019 change this year',
  },
  {
    id: 'XY.R4',
    severity: 'warning',
    editions: both,
    kind: 'continuity',
    zh: '跨格式（2020→2021）时表二列已改变，XY.R2、XY.R3 不适用',
    en: 'Across the edition boundary (2020→2021) table 2’s columns changed, so XY.R2 and XY.R3 do not apply',
  },
  {
    id: 'AG.R1',
    severity: 'warning',
    editions: both,
    kind: 'aggregate',
    zh: '汇总报告表二、表三、表四每个件数单元格等于各成员报告同一单元格之和',
    en: 'Every count cell of an aggregate’s tables 2–4 = the sum of the same cell over its members',
  },
  {
    id: 'AG.R2',
    severity: 'warning',
    editions: both,
    kind: 'aggregate',
    zh: '汇总报告金额等于各成员之和，允许按所印小数位的半个单位舍入',
    en: 'An aggregate’s money amounts = the members’ sum, within half a unit of each printed decimal',
  },
  {
    id: 'AG.R3',
    severity: 'warning',
    editions: both,
    kind: 'aggregate',
    zh: '汇总报告本身也须通过表三、表四的规则',
    en: 'The aggregate itself must also pass the table 3 and table 4 rules',
  },
  {
    id: 'XT.R1',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '正文所述收到申请件数等于表三本年新收总计（“含上年结转”时加上年结转）',
    en: 'Applications received in the text = table 3 newly received total (plus carried over when the text says so)',
  },
  {
    id: 'XT.R2',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '正文所述办结、答复件数等于表三（七）总计',
    en: 'Applications answered in the text = table 3 total processed',
  },
  {
    id: 'XT.R3',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '正文所述结转下年度件数等于表三结转下年度继续办理总计',
    en: 'Applications carried forward in the text = table 3 carried forward total',
  },
  {
    id: 'XT.R4',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '正文所述各类办理结果件数及百分比与表三相符',
    en: 'Result categories and percentages in the text match table 3',
  },
  {
    id: 'XT.R5',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '正文所述行政复议、行政诉讼件数与表四相符；“均获维持”“零败诉”意味着没有结果纠正',
    en: 'Review and litigation counts in the text match table 4; “all upheld” implies no corrected outcome',
  },
  {
    id: 'XT.R6',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '正文所述制发规章、规范性文件件数与表二（一）相符',
    en: 'Rules and normative documents issued in the text match table 2 (1)',
  },
  {
    id: 'XT.R7',
    severity: 'warning',
    editions: only2021,
    kind: 'text',
    zh: '有逾期未缴费不再处理的申请时，第六部分应说明信息处理费及收费通知，通知件数不少于该行总计',
    en: 'With applications closed for unpaid fees, section 6 should report the fees and at least that many fee notices',
  },
  {
    id: 'XT.R8',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '“全文由……六部分组成”的自述与实际出现的标题一致',
    en: 'The report’s description of its own parts agrees with the headings present',
  },
  {
    id: 'XT.R9',
    severity: 'warning',
    editions: both,
    kind: 'text',
    zh: '统计期限一句写明的年份为报告年度',
    en: 'The reporting-period sentence names the report year',
  },
];
