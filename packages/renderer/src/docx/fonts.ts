/**
 * Fonts and sizes of Chinese government documents (GB/T 9704 党政机关公文格式): names only, never embedded, so
 * Word and WPS use the installed fonts and LibreOffice its substitutes. Sizes are in half-points, as OOXML counts.
 */
export const docxFonts = {
  /** Title: 宋体, 二号 (22 pt), bold. */
  title: { font: '宋体', size: 44 },
  /** Section headings: 黑体, 三号 (16 pt). */
  heading: { font: '黑体', size: 32 },
  /** Prose: 仿宋_GB2312, 三号 (16 pt). */
  body: { font: '仿宋_GB2312', size: 32 },
  /** Tables: 宋体, 五号 (10.5 pt). */
  table: { font: '宋体', size: 21 },
  /** Page numbers: 宋体, 四号 (14 pt), as `— 1 —`. */
  pageNumber: { font: '宋体', size: 28 },
} as const;

/** A run's font: the Chinese name for CJK text, Times New Roman for Latin letters and digits, as 公文 set them. */
export function runFont(name: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: name, cs: name };
}
