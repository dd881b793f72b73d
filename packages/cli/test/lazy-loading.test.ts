// What a `disclosure` process loads before it runs a command: the static import graph of the built binary. The
// PDF engine, the HTML and Word readers, zod, the renderer, the statistics and the progress bar are imported only
// by the code that needs them, so `disclosure check report.txt` starts without them.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { expect, test } from 'vitest';
import { root } from './capture.ts';

/** Every module reached from `entry` by static `import … from` and `export … from` (relative chunks and workspace packages followed). */
function staticGraph(entry: string): Set<string> {
  const reached = new Set<string>();
  const visit = (file: string) => {
    if (reached.has(file)) return;
    reached.add(file);
    if (!existsSync(file)) return;
    for (const [, specifier] of readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s(?:[^'";]*?\sfrom\s)?['"]([^'"]+)['"]/gmu)) {
      if (specifier!.startsWith('.')) visit(resolve(dirname(file), specifier!));
      else if (specifier!.startsWith('@disclosure/')) {
        const [name, entry = 'index'] = specifier!.slice('@disclosure/'.length).split('/');
        visit(join(root, 'packages', name!, `dist/${entry}.js`));
      }
      else reached.add(specifier!);
    }
  };
  visit(entry);
  return reached;
}

test('the binary loads PDFium, the HTML and Word readers, zod, worker threads, the renderer, the statistics and the progress bar only when a command needs them', () => {
  const graph = staticGraph(join(root, 'packages/cli/dist/cli.js'));
  expect(graph).toContain(join(root, 'packages/parser/dist/lite.js'));
  const lazyModules = ['@embedpdf/pdfium', 'htmlparser2', 'domhandler', 'fflate', 'cfb', 'zod', 'node:worker_threads', 'cli-progress', 'tinyglobby', 'docx', 'hyparquet-writer'];
  for (const lazy of lazyModules) {
    expect(graph).not.toContain(lazy);
  }
  for (const lazy of ['renderer', 'stats']) expect(graph).not.toContain(join(root, 'packages', lazy, 'dist/index.js'));
});
