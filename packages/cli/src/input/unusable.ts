import type { ParseErrorCode } from '@disclosure/parser/lite';
import type { Lang } from '../lang/choose-lang.ts';

/** Why an input could not be used: the parser's `ParseError` codes, and what the command itself finds. */
export type UnusableCode =
  | ParseErrorCode
  /** the path does not exist */
  | 'NOT_FOUND'
  /** the file exists but cannot be read (permissions, a device) */
  | 'UNREADABLE'
  /** a folder that holds no document */
  | 'NO_DOCUMENTS'
  /** a glob that matches nothing */
  | 'NO_MATCH'
  /** a `.json` file that is not JSON */
  | 'INVALID_JSON'
  /** JSON that is not a report (core's `parseReport` says why) */
  | 'NOT_A_REPORT'
  /** a document in which not one table value was found: prose, or some other document */
  | 'NO_TABLES'
  /** the parser's budgets (`parse`'s `timeoutMs` and `maxSteps`) and page limit; listed here until its `ParseErrorCode` has them all */
  | 'TIMEOUT'
  | 'TOO_COMPLEX'
  | 'TOO_MANY_PAGES'
  /** a bug: the message says what happened; `DISCLOSURE_DEBUG=1` prints the stack */
  | 'INTERNAL';

/** An unusable input as plain data, so it crosses from a worker thread intact. */
export interface Unusable {
  readonly code: UnusableCode;
  /** Extra words for the message (the first schema issue, a system error). Default none. */
  readonly detail?: string;
}

const messages: Record<UnusableCode, { zh: string; en: string }> = {
  NOT_FOUND: { zh: '文件不存在', en: 'no such file or folder' },
  UNREADABLE: { zh: '文件无法读取', en: 'the file cannot be read' },
  NO_DOCUMENTS: { zh: '文件夹中没有报告文件（.pdf .docx .doc .html .htm .txt .json .png .jpg .jpeg .tif .tiff）', en: 'the folder holds no report file (.pdf .docx .doc .html .htm .txt .json .png .jpg .jpeg .tif .tiff)' },
  NO_MATCH: { zh: '没有文件与此模式匹配', en: 'no file matches this pattern' },
  EMPTY_INPUT: { zh: '文件是空的', en: 'the file is empty' },
  NOT_A_DOCUMENT: { zh: '不是 PDF、Word（DOCX 或 DOC）、网页或文本文件（可能是图片或其他格式，只是扩展名不对）', en: 'not a PDF, Word (DOCX or DOC), web page or text file (an image or another format with the wrong extension?)' },
  UNSUPPORTED_KIND: { zh: '不支持的文件格式', en: 'unsupported document format' },
  ENCRYPTED_PDF: { zh: 'PDF 已加密，需要密码才能打开', en: 'the PDF is encrypted and needs a password' },
  CORRUPT_PDF: { zh: 'PDF 文件已损坏，无法打开', en: 'the PDF is damaged and cannot be opened' },
  NEEDS_OCR: { zh: 'PDF 是扫描件，没有文字层，需要先做文字识别（OCR）', en: 'the PDF is a scan without a text layer: it needs OCR first' },
  CORRUPT_ARCHIVE: { zh: 'Word 文件已损坏（压缩包不完整）', en: 'the Word file is damaged (broken ZIP archive)' },
  NOT_DOCX: { zh: '不是 Word（DOCX）文件；旧式 .doc 请先另存为 .docx', en: 'not a Word (DOCX) file; save a legacy .doc as .docx first' },
  TOO_LARGE: { zh: '文件太大（上限 50 MiB），未读取', en: 'the file is too large (the limit is 50 MiB); it was not read' },
  TIMEOUT: { zh: '读取超时：文件过于复杂，未能在时限内读完', en: 'timed out: the document could not be read within the time limit' },
  TOO_COMPLEX: { zh: '文件结构过于复杂（嵌套过深或编号过大），无法读取', en: 'the document is too complex to read (nested too deeply, or numbering too large)' },
  TOO_MANY_PAGES: { zh: 'PDF 页数超过上限', en: 'the PDF has more pages than the limit' },
  INVALID_JSON: { zh: '不是有效的 JSON', en: 'not valid JSON' },
  NOT_A_REPORT: { zh: 'JSON 不是报告模型', en: 'the JSON is not a report' },
  NO_TABLES: { zh: '文件中找不到年度报告的统计表', en: 'no table of an annual report was found in the file' },
  INTERNAL: { zh: '程序内部错误，请报告此问题', en: 'internal error, please report it' },
};

/** The one-line message for an unusable input, with its detail after a colon. */
export function describeUnusable(unusable: Unusable, lang: Lang): string {
  const message = messages[unusable.code][lang];
  if (unusable.detail === undefined) return message;
  return lang === 'zh' ? `${message}：${unusable.detail}` : `${message}: ${unusable.detail}`;
}
