import { sectionCatalogue, tableCatalogue, type Report } from '@disclosure/core';
import { tableGrids } from '../grid/table-grids.ts';
import type { Block, SectionBlock } from './blocks.ts';

/** Title printed when the report's own is unknown. */
export const fallbackTitle = '政府信息公开工作年度报告';

/** Paragraphs of a prose text: one per line, blank lines dropped. */
export function paragraphsOf(text: string | undefined): string[] {
  return (text ?? '')
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** `2026-01-23` → `2026年1月23日`, as reports date their signature; other text is kept as it is. */
export function chineseDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  return match ? `${match[1]}年${Number(match[2])}月${Number(match[3])}日` : date;
}

/**
 * A report as the outline of the official format: title, preamble, the six sections in order, and the signature
 * (body and date). Every section is printed whether or not the report has prose for it — its heading (the ordinal
 * and the title as printed, or the catalogue's title when the report has none), its prose, then its table for
 * 二–四 — so a report composed from data (`createEmptyReport` + `setCell`) comes out in the whole official skeleton.
 */
export function reportBlocks(report: Report): Block[] {
  const blocks: Block[] = [{ type: 'title', text: report.meta.title ?? fallbackTitle }];
  const preamble = paragraphsOf(report.preamble);
  if (preamble.length > 0) blocks.push({ type: 'preamble', paragraphs: preamble });
  for (const entry of sectionCatalogue) {
    const section = report.sections[entry.key];
    const table = tableCatalogue.find((candidate) => candidate.key === entry.key);
    const block: SectionBlock = {
      type: 'section',
      key: entry.key,
      heading: `${entry.ordinal}、${section?.title ?? entry.zh}`,
      paragraphs: paragraphsOf(section?.text),
      ...(table ? { table: tableGrids[table.key](report) } : {}),
    };
    blocks.push(block);
  }
  const signature = [report.meta.agency, report.meta.publishedAt ? chineseDate(report.meta.publishedAt) : null].filter(
    (line): line is string => typeof line === 'string' && line.trim() !== '',
  );
  if (signature.length > 0) blocks.push({ type: 'signature', lines: signature });
  return blocks;
}
