/** The two interface languages: Chinese by default, English on request (`?lang=en` or the toggle). */
export type Language = 'zh' | 'en';

const strings = {
  title: { zh: '政府信息公开工作年度报告检查器', en: 'Annual disclosure report checker' },
  tagline: {
    zh: '拖入报告，在官方版式中查看错误、直接修改，再下载 Word。文件只在本机处理，不会上传。',
    en: 'Drop a report, see its errors in the official layout, fix them, download Word. Files stay on this computer.',
  },
  switchLanguage: { zh: 'English', en: '中文' },
  currentYear: { zh: '本年度报告', en: 'This year’s report' },
  previousYear: { zh: '上年度报告（可选，用于跨年度核对）', en: 'Last year’s report (optional, for cross-year checks)' },
  dropHint: {
    zh: '把 PDF（扫描件也可以）、图片（PNG、JPEG、TIFF）、Word（DOCX）、网页或文本文件拖到这里，或',
    en: 'Drop a PDF (a scan too), an image (PNG, JPEG, TIFF), Word (DOCX), HTML or text file here, or',
  },
  pick: { zh: '选择文件', en: 'choose a file' },
  pasteLabel: { zh: '或粘贴报告文字', en: 'or paste the report’s text' },
  pasteButton: { zh: '检查粘贴的文字', en: 'Check the pasted text' },
  pastedName: { zh: '粘贴的文字', en: 'pasted text' },
  reading: { zh: '正在读取', en: 'Reading' },
  idle: { zh: '尚未载入报告。', en: 'No report loaded yet.' },
  diagnostics: { zh: '检查结果', en: 'Findings' },
  noFindings: { zh: '所有规则均通过。', en: 'Every rule passes.' },
  downloads: { zh: '下载修改后的报告', en: 'Download the corrected report' },
  expected: { zh: '应为', en: 'expected' },
  actual: { zh: '实为', en: 'actual' },
  suggestion: { zh: '建议', en: 'suggested' },
  apply: { zh: '采用', en: 'apply' },
  readAt: { zh: '原文位置：', en: 'In the document: ' },
  showSource: { zh: '查看原文', en: 'show' },
  sourceTitle: { zh: '原文', en: 'The document' },
  close: { zh: '关闭', en: 'close' },
  sourceMissing: { zh: '原文中找不到这个位置。', en: 'This place is not in the document.' },
  readerNotes: { zh: '读取说明', en: 'Reading notes' },
  ruleFindings: { zh: '规则检查', en: 'Rule checks' },
  continuityFindings: { zh: '跨年度核对', en: 'Cross-year checks' },
  continuityPasses: { zh: '与上年度报告衔接一致。', en: 'Consistent with last year’s report.' },
  notANumber: { zh: '不是数字：', en: 'Not a number:' },
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'note' },
  fail: { zh: '不通过', en: 'fails' },
  notAssessable: { zh: '无法判断', en: 'not assessable' },
  edition2019: { zh: '2019 年版格式（国办公开办函〔2019〕60号）', en: '2019 edition (国办公开办函〔2019〕60号)' },
  edition2021: { zh: '2021 年版格式（国办公开办函〔2021〕30号）', en: '2021 edition (国办公开办函〔2021〕30号)' },
  previousLoaded: { zh: '上年度：', en: 'Last year:' },
  clearPrevious: { zh: '移除', en: 'remove' },
  editHint: {
    zh: '表格中的数字可以直接修改，检查结果随输入更新；点击一条结果可定位到单元格。',
    en: 'Numbers in the tables are editable and the checks re-run as you type; click a finding to go to its cells.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof strings;

/** The interface text for `key` in `language`. */
export function t(language: Language, key: MessageKey): string {
  return strings[key][language];
}

/** The status while a scan is read: page `page` of `pages` is being recognised; the findings of the first `shown` pages are on screen. */
export function describeProgress(language: Language, page: number, pages: number, shown = 0): string {
  if (language === 'zh') return `正在识别第 ${page}/${pages} 页${shown > 0 ? `（下方已显示前 ${shown} 页的检查结果，尚不完整）` : ''}`;
  return `Recognising page ${page}/${pages}${shown > 0 ? ` (the findings of the first ${shown} shown below, not complete yet)` : ''}`;
}

/** The parser's `ParseError` codes, said for a person. */
const failures: Record<string, Record<Language, string>> = {
  NOT_A_DOCUMENT: { zh: '这不是可识别的报告文件。', en: 'This is not a report file that can be read.' },
  UNSUPPORTED_KIND: { zh: '不支持这种文件格式。', en: 'This file format is not supported.' },
  ENCRYPTED_PDF: { zh: 'PDF 已加密，无法读取。', en: 'The PDF is encrypted and cannot be read.' },
  CORRUPT_PDF: { zh: 'PDF 文件已损坏。', en: 'The PDF file is damaged.' },
  NEEDS_OCR: {
    zh: '这是扫描件 PDF，没有文字层，需要先做文字识别（OCR）。',
    en: 'This PDF is a scan without a text layer; it needs OCR first.',
  },
  CORRUPT_ARCHIVE: { zh: 'Word 文件已损坏。', en: 'The Word file is damaged.' },
  NOT_DOCX: { zh: '这不是 DOCX 格式的 Word 文件（旧版 .doc 请先另存为 .docx）。', en: 'This is not a DOCX file (save an old .doc as .docx first).' },
  TOO_LARGE: { zh: '文件太大。', en: 'The file is too large.' },
  EMPTY_INPUT: { zh: '文件是空的。', en: 'The file is empty.' },
};

/** A sentence for a worker failure code; unknown codes fall back to the technical message. */
export function describeFailure(language: Language, code: string, message: string): string {
  return failures[code]?.[language] ?? `${language === 'zh' ? '读取失败：' : 'Reading failed: '}${message}`;
}
