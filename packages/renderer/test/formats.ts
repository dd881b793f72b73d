import type { Report } from '@disclosure/core';
import { fromDocx, fromHtml, fromText, type ParseResult } from '@disclosure/parser';
import { toDocx, toHtml, toMarkdown, toText } from '../src/index.ts';

/** One output format and the parser entry point that reads it back: the shared conformance suite's driver. */
export interface Format {
  readonly name: 'html' | 'docx' | 'markdown' | 'text';
  readonly roundTrip: (report: Report) => Promise<ParseResult>;
}

/** Every output format of the renderer, each paired with the parser entry point for it. */
export const formats: readonly Format[] = [
  { name: 'html', roundTrip: async (report) => fromHtml(toHtml(report)) },
  { name: 'docx', roundTrip: async (report) => fromDocx(await toDocx(report)) },
  { name: 'markdown', roundTrip: async (report) => fromText(toMarkdown(report)) },
  { name: 'text', roundTrip: async (report) => fromText(toText(report)) },
];
