import { listCompoundEntries } from './doc/compound-file.ts';
import { listZipEntries } from './docx/read-docx-archive.ts';
import { detectKindWith, type InputKind } from './detect-kind-with.ts';

export type { InputKind } from './detect-kind-with.ts';

/**
 * What kind of document the input is, from its content alone: `pdf` (a `%PDF-` header within the first 1 KB), `docx`
 * (a ZIP holding `word/document.xml`), `html` (markup with `<!doctype html>`, `<html>` or common tags near the start),
 * `doc` (an OLE compound file holding a `WordDocument` stream: Word 97–2003), `text` (anything else that decodes as
 * UTF-8, UTF-16 with a BOM, or GB18030), or `null` (empty, binary, RTF, a ZIP that is not a DOCX, another OLE file).
 */
export function detectKind(input: string | Uint8Array): InputKind | null {
  return detectKindWith(input, { listCompoundEntries, listZipEntries });
}
