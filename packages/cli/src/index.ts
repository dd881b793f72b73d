export { run } from './run.ts';
export type { RunOptions } from './run.ts';
export type { Output } from './context.ts';
