import type { SectionKey } from '@disclosure/core';
import type { Grid } from '../grid/grid.ts';

/** The report's title line. */
export interface TitleBlock {
  readonly type: 'title';
  readonly text: string;
}

/** The text between the title and section 一, as paragraphs. */
export interface PreambleBlock {
  readonly type: 'preamble';
  readonly paragraphs: readonly string[];
}

/** One of the six sections: its heading (`一、总体情况`), its prose as paragraphs, and its table, if it has one. */
export interface SectionBlock {
  readonly type: 'section';
  readonly key: SectionKey;
  /** The ordinal and title, printed even when the report has no such section (then with the catalogue's title). */
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly table?: Grid;
}

/** The closing lines: the reporting body and the date, right-aligned in print. */
export interface SignatureBlock {
  readonly type: 'signature';
  readonly lines: readonly string[];
}

/** A report as an outline of blocks, in printed order: what every serializer walks. */
export type Block = TitleBlock | PreambleBlock | SectionBlock | SignatureBlock;

/** One function per block type: the shape of every serializer (`handle.section(block)` …). */
export type Handlers<T> = { readonly [K in Block['type']]: (block: Extract<Block, { type: K }>) => T };

/** Calls the handler of each block's type. */
export function renderBlocks<T>(blocks: readonly Block[], handle: Handlers<T>): T[] {
  return blocks.map((block) => (handle[block.type] as (block: Block) => T)(block));
}
