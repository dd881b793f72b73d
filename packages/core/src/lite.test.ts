import { expect, test } from 'vitest';
import { listRuntimeModules } from '../test/runtime-graph.ts';
import * as core from './index.ts';
import * as lite from './lite.ts';

test('the lite entry is the main entry without the zod schemas, parseReport and createReportJsonSchema, the same objects', () => {
  const withZod = (name: string) => name.endsWith('Schema') || name === 'parseReport' || name === 'createReportJsonSchema';
  expect(Object.keys(lite).sort()).toEqual(Object.keys(core).filter((name) => !withZod(name)).sort());
  for (const [name, value] of Object.entries(lite)) expect(core[name as keyof typeof core]).toBe(value);
});

test('the lite entry does not load zod; the main entry does', () => {
  expect(listRuntimeModules(new URL('./lite.ts', import.meta.url))).not.toContain('zod');
  expect(listRuntimeModules(new URL('./index.ts', import.meta.url))).toContain('zod');
});
