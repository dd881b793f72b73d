import { describePlace, type Place } from '@disclosure/core';
import { decodeHtml, decodeText } from '@disclosure/parser';
import { element } from './element.ts';
import { t, type Language } from './i18n.ts';
import type { ParsedDocument } from './protocol.ts';
import { htmlRowCells, linesAround } from './source-text.ts';
import type { WorkerClient } from './worker-client.ts';

/** The original document as read: its bytes (a file) or text (pasted), and the format it was read as. */
export interface SourceDocument {
  readonly kind: ParsedDocument['kind'];
  readonly content: Uint8Array | string;
}

/** PDF pages are drawn at this many pixels per point (1.5 ≈ 108 dpi: table text stays legible). */
const pageScale = 1.5;

/** Whether `showSource` can show places of this document (PDF pages, text lines, HTML table rows; not DOCX). */
export function canShowSource(source: SourceDocument): boolean {
  return source.kind === 'pdf' || source.kind === 'text' || source.kind === 'html';
}

/**
 * Shows `place` of the original in `body`: a PDF page drawn by PDFium with the cell's box outlined, the text's
 * line among its neighbours, or the HTML table row with the cell outlined. Resolves when it is shown.
 */
export async function showSource(body: HTMLElement, source: SourceDocument, place: Place, language: Language, worker: WorkerClient): Promise<void> {
  body.replaceChildren(element('p', 'source-place', describePlace(place, language)));
  body.dataset['kind'] = place.kind;
  if (place.kind === 'pdf' && typeof source.content !== 'string') {
    // the worker takes its own copy: the page keeps the file for the next place
    const image = await worker.renderPage(source.content.slice(), place.page, pageScale);
    const frame = element('div', 'source-page');
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    canvas.getContext('2d')!.putImageData(new ImageData(image.pixels, image.width, image.height), 0, 0);
    const [left, top, right, bottom] = place.bbox;
    const box = element('div', 'source-box');
    const pad = 3;
    Object.assign(box.style, {
      left: `${left * image.scale - pad}px`,
      top: `${top * image.scale - pad}px`,
      width: `${(right - left) * image.scale + 2 * pad}px`,
      height: `${(bottom - top) * image.scale + 2 * pad}px`,
    });
    frame.dataset['page'] = String(place.page);
    frame.append(canvas, box);
    body.append(frame);
    box.scrollIntoView({ block: 'center', inline: 'center' });
    return;
  }
  // decoded as the parser decoded it, so that its line and table numbers point at the same place
  const bytes = source.content;
  const text = typeof bytes === 'string' ? bytes : source.kind === 'html' ? decodeHtml(bytes) : decodeText(bytes);
  if (place.kind === 'text') {
    const pre = element('pre', 'source-text');
    for (const line of linesAround(text, place.line)) {
      const row = element('span', line.number === place.line ? 'source-line source-here' : 'source-line');
      row.dataset['line'] = String(line.number);
      row.append(element('span', 'source-number', String(line.number)), document.createTextNode(line.text));
      pre.append(row);
    }
    body.append(pre);
    return;
  }
  if (place.kind === 'html' && place.table > 0) {
    const cells = htmlRowCells(text, place.table, place.row);
    if (cells) {
      const table = element('table', 'source-row');
      const tr = document.createElement('tr');
      cells.forEach((cellText, i) => tr.append(element('td', i + 1 === place.cell ? 'source-here' : '', cellText)));
      table.append(tr);
      body.append(table);
      return;
    }
  }
  body.append(element('p', 'source-missing', t(language, 'sourceMissing')));
}
