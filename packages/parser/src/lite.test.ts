import { expect, test } from 'vitest';
import { listRuntimeModules } from '../../core/test/runtime-graph.ts';
import * as parser from './index.ts';
import * as lite from './lite.ts';

test('the lite entry is the main entry without detectKind and the synchronous HTML, DOCX and Word 97 readers, the same objects', () => {
  const synchronous = ['decodeHtml', 'detectKind', 'docxToLayout', 'fromDoc', 'fromDocx', 'fromHtml', 'htmlToLayout'];
  expect(Object.keys(lite).sort()).toEqual(Object.keys(parser).filter((name) => !synchronous.includes(name)).sort());
  for (const [name, value] of Object.entries(lite)) expect(parser[name as keyof typeof parser]).toBe(value);
});

test('the lite entry loads no format library and no zod; the main entry loads the HTML and Word ones', () => {
  const lean = listRuntimeModules(new URL('./lite.ts', import.meta.url));
  for (const library of ['htmlparser2', 'domhandler', 'fflate', 'cfb', '@embedpdf/pdfium', '@disclosure/core', 'zod']) expect(lean).not.toContain(library);
  expect(lean).toContain('@disclosure/core/lite');
  const full = listRuntimeModules(new URL('./index.ts', import.meta.url));
  for (const library of ['htmlparser2', 'fflate', 'cfb']) expect(full).toContain(library);
});
