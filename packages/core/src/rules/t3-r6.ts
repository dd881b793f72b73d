import { editions } from '../edition.ts';
import type { CheckRule } from './types.ts';

/** T3.R6: blank or placeholder cells of table 3 stay unknown (or, with `blankAsZero`, are counted as 0 — say so). */
export const t3r6: CheckRule = {
  id: 'T3.R6',
  severity: 'warning',
  editions,
  kind: 'report',
  zh: '表三空白或占位符（/、-、—、无）单元格记为空值而非 0，相关勾稽关系无法判断',
  en: 'Table 3 cells printed blank or as a placeholder are unknown, not 0; identities using them are not assessable',
  check: (_report, context) => {
    const blanks: string[] = [];
    const [start, end] = context.shape.ranges.applications;
    for (let i = start; i < end; i++) {
      const value = context.values[i]!;
      if (value !== value) blanks.push(context.shape.paths[i]!);
    }
    if (blanks.length === 0) return [];
    return [
      context.blankAsZero
        ? {
            status: 'fail',
            message: `表三有 ${blanks.length} 个空白或占位符单元格，按“空白计为 0”的设置以 0 计算`,
            messageEn: `Table 3 has ${blanks.length} blank or placeholder cells, counted as 0 by the “blank as zero” setting`,
            paths: blanks,
            actual: blanks.length,
          }
        : {
            status: 'notAssessable',
            // The rule exists to warn about blanks (spec §8, W); the identities they block are only noted (info).
            severity: 'warning',
            message: `表三有 ${blanks.length} 个空白或占位符单元格，按未知处理，涉及的勾稽关系无法判断`,
            messageEn: `Table 3 has ${blanks.length} blank or placeholder cells, kept unknown; identities using them are not assessable`,
            paths: blanks,
            actual: blanks.length,
          },
    ];
  },
};
