import type { Generator } from './document.ts';
import { columnBlocks } from './generators/column-blocks.ts';
import { convertedMarkdown } from './generators/converted-markdown.ts';
import { crawlerText } from './generators/crawler-text.ts';
import { cutRows } from './generators/cut-rows.ts';
import { drawnTables } from './generators/drawn-tables.ts';
import { extraColumn } from './generators/extra-column.ts';
import { narrowCells } from './generators/narrow-cells.ts';
import { narrowProse } from './generators/narrow-prose.ts';
import { htmlTableMarkdown } from './generators/html-table-markdown.ts';
import { joinedCells } from './generators/joined-cells.ts';
import { localAdditions } from './generators/local-additions.ts';
import { mergedCells } from './generators/merged-cells.ts';
import { pagedMarkdown } from './generators/paged-markdown.ts';
import { pagedViewerText } from './generators/paged-viewer-text.ts';
import { pdfViewerText } from './generators/pdf-viewer-text.ts';
import { reorderedColumns } from './generators/reordered-columns.ts';
import { repeatedSpans } from './generators/repeated-spans.ts';
import { shuffledRows } from './generators/shuffled-rows.ts';
import { sortedBlocks } from './generators/sorted-blocks.ts';
import { splitTables } from './generators/split-tables.ts';
import { tornMarkdown } from './generators/torn-markdown.ts';
import { turnedRows } from './generators/turned-rows.ts';
import { typedFigures } from './generators/typed-figures.ts';
import { unreadableCells } from './generators/unreadable-cells.ts';
import { webPage } from './generators/web-page.ts';

/** Every degradation generator that runs in Node alone (the PDF classes' real files are committed by scripts/derive.ts). */
export const generators: readonly Generator[] = [pdfViewerText, columnBlocks, webPage, crawlerText, tornMarkdown, shuffledRows, mergedCells, htmlTableMarkdown, repeatedSpans, typedFigures, splitTables, pagedMarkdown, pagedViewerText, localAdditions, unreadableCells, reorderedColumns, extraColumn, narrowCells, drawnTables, cutRows, narrowProse, convertedMarkdown, sortedBlocks, joinedCells, turnedRows];
