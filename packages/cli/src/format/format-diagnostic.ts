import { describeCell, describePlace, describeValue, type Diagnostic } from '@disclosure/core/lite';
import type { Lang } from '../lang/choose-lang.ts';

const severityWords = {
  zh: { error: '错误', warning: '警告', info: '提示' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/**
 * One diagnostic as a few indented lines: severity, rule and the cell (table › row › column); the message;
 * expected and actual; the suggested value when core's localisation names one cell; where it was read.
 */
export function formatDiagnostic(diagnostic: Diagnostic, lang: Lang, indent = '  '): string {
  const zh = lang === 'zh';
  const pad = `${indent}    `;
  const status = diagnostic.status === 'notAssessable' ? (zh ? '·无法判断' : ', not assessable') : '';
  const [first, ...others] = diagnostic.paths;
  const more = others.length === 0 ? '' : zh ? `（及另外 ${others.length} 格）` : ` (and ${others.length} more)`;
  const cell = first === undefined ? '' : `  ${describeCell(first, lang)}${more}`;
  const lines = [`${indent}[${severityWords[lang][diagnostic.severity]}${status}] ${diagnostic.rule}${cell}`];
  lines.push(`${pad}${zh ? diagnostic.message : diagnostic.messageEn}`);
  if (diagnostic.expected !== undefined || diagnostic.actual !== undefined) {
    lines.push(
      zh
        ? `${pad}应为 ${describeValue(diagnostic.expected, lang)}，实为 ${describeValue(diagnostic.actual, lang)}`
        : `${pad}expected ${describeValue(diagnostic.expected, lang)}, actual ${describeValue(diagnostic.actual, lang)}`,
    );
  }
  if (diagnostic.suggestion) {
    const { path, value } = diagnostic.suggestion;
    const where = path === first ? '' : `${describeCell(path, lang)} `;
    lines.push(zh ? `${pad}建议：${where}改为 ${value}（只改这一格，本表各项勾稽关系即全部成立）` : `${pad}suggested: set ${where}to ${value} (this one change balances the whole table)`);
  }
  if (diagnostic.place) lines.push(`${pad}${zh ? '位置：' : 'at '}${describePlace(diagnostic.place, lang)}`);
  return lines.join('\n');
}

/** Counts of diagnostics by severity. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** How many diagnostics of each severity. */
export function countSeverities(diagnostics: readonly Diagnostic[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of diagnostics) counts[diagnostic.severity]++;
  return counts;
}

/** `错误 1 条，警告 2 条，提示 0 条` / `1 error, 2 warnings, 0 info`. */
export function formatCounts(counts: SeverityCounts, lang: Lang): string {
  if (lang === 'zh') return `错误 ${counts.error} 条，警告 ${counts.warning} 条，提示 ${counts.info} 条`;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${counts.info} info`;
}
