import { checkReports, type Report } from '@disclosure/core';
import { AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type FileChild } from 'docx';
import { renderBlocks, type Handlers } from '../document/blocks.ts';
import { reportBlocks } from '../document/report-blocks.ts';
import { docxTable } from './docx-table.ts';
import { docxFonts, runFont } from './fonts.ts';
import { a4Page } from './page.ts';

/** Options of `toDocx`. */
export interface DocxOptions {
  /** Document author in the file's properties. Default: the report's `meta.agency`, or none. */
  readonly creator?: string;
}

/** 固定值 28 pt line spacing of 公文 prose, in twips. */
const proseLine = { line: 560, lineRule: LineRuleType.EXACT } as const;

function prose(text: string, alignment: (typeof AlignmentType)[keyof typeof AlignmentType] = AlignmentType.JUSTIFIED, indent = true): Paragraph {
  return new Paragraph({
    alignment,
    spacing: proseLine,
    ...(indent ? { indent: { firstLine: 640 } } : {}),
    children: [new TextRun({ text, font: runFont(docxFonts.body.font), size: docxFonts.body.size })],
  });
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: runFont(docxFonts.pageNumber.font), size: docxFonts.pageNumber.size })],
      }),
    ],
  });
}

/**
 * A report as a Word document (DOCX bytes) in the official layout: the title, the six sections, and tables 二–四
 * with the same merged cells as the printed form; A4 with GB/T 9704 margins, 仿宋_GB2312 prose, 黑体 headings,
 * 宋体 tables (names only, not embedded), and the page number in the footer.
 * Throws `NotAReportError` (from `@disclosure/core`) when `report` is not a report.
 */
export async function toDocx(report: Report, options: DocxOptions = {}): Promise<Uint8Array> {
  return checkReports('toDocx', [report], () => renderDocx(report, options));
}

async function renderDocx(report: Report, options: DocxOptions): Promise<Uint8Array> {
  const handle: Handlers<FileChild[]> = {
    title: (block) => [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { after: 320, line: 700, lineRule: LineRuleType.EXACT },
        children: [new TextRun({ text: block.text, font: runFont(docxFonts.title.font), size: docxFonts.title.size, bold: true })],
      }),
    ],
    preamble: (block) => block.paragraphs.map((text) => prose(text)),
    section: (block) => [
      new Paragraph({
        outlineLevel: 0,
        spacing: proseLine,
        indent: { firstLine: 640 },
        keepNext: true,
        children: [new TextRun({ text: block.heading, font: runFont(docxFonts.heading.font), size: docxFonts.heading.size })],
      }),
      ...block.paragraphs.map((text) => prose(text)),
      ...(block.table ? [docxTable(block.table), new Paragraph({ spacing: { after: 120 }, children: [] })] : []),
    ],
    signature: (block) => block.lines.map((text) => prose(text, AlignmentType.RIGHT, false)),
  };
  const creator = options.creator ?? report.meta.agency ?? undefined;
  const document = new Document({
    ...(creator ? { creator } : {}),
    title: report.meta.title ?? '',
    sections: [
      {
        properties: { page: a4Page },
        footers: { default: pageNumberFooter() },
        children: renderBlocks(reportBlocks(report), handle).flat(),
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
