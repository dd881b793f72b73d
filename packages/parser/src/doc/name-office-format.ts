import { listZipEntries } from '../docx/read-docx-archive.ts';
import { listCompoundEntries } from './compound-file.ts';
import { isCompoundFile } from './is-compound-file.ts';

/** Office formats the parser does not read, each known by the streams or archive entries it holds. */
const formats: ReadonlyArray<{ readonly name: string; readonly holds: (entries: readonly string[]) => boolean }> = [
  { name: 'Excel 97–2003 workbook (.xls)', holds: (e) => e.includes('Workbook') || e.includes('Book') },
  { name: 'PowerPoint 97–2003 presentation (.ppt)', holds: (e) => e.includes('PowerPoint Document') },
  { name: 'Microsoft Works document (.wps)', holds: (e) => e.includes('CONTENTS') && e.includes('MatOST') },
  { name: 'Excel workbook (.xlsx)', holds: (e) => e.some((name) => /^xl\/workbook\d*\.xml$/u.test(name)) },
  { name: 'PowerPoint presentation (.pptx)', holds: (e) => e.includes('ppt/presentation.xml') },
  { name: 'OpenDocument file (.odt, .ods, .odp)', holds: (e) => e.includes('mimetype') && e.includes('content.xml') },
];

/**
 * Names the office format of a document the parser does not read — `'Microsoft Works document (.wps)'`, Excel,
 * PowerPoint (97–2003 or Open XML), OpenDocument, RTF, or another OLE compound file — or `null` when it is none of
 * these.
 */
export function nameOfficeFormat(bytes: Uint8Array): string | null {
  if (/^\{\\rtf/u.test(String.fromCharCode(...bytes.subarray(0, 5)))) return 'Rich Text Format document (.rtf)';
  const entries = listCompoundEntries(bytes) ?? listZipEntries(bytes);
  const known = entries ? formats.find((format) => format.holds(entries)) : undefined;
  if (known) return known.name;
  return isCompoundFile(bytes) ? 'OLE compound file without a Word document (an old WPS or Works file, say)' : null;
}
