#!/usr/bin/env node
// Install the public packages the way a user does — from packed tarballs, with plain npm, into a project
// outside this workspace — and use them from ESM, from CommonJS (Node's require(esm)) and from TypeScript
// (the checks of consumer-checks.mjs, which the release test runs too). Needs the packages built first
// (`pnpm build`). Plain Node, no dependencies.
// Set KEEP=1 to keep the temporary project for inspection; it is kept anyway when a check fails.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  assertOutsideWorkspace,
  checkConsumer,
  consumerDevPackages,
  createReporter,
  pnpmArgs,
  publicPackages,
  root,
  run,
  writeConsumerManifest,
} from './consumer-checks.mjs';

const packages = publicPackages();
const { check, total, failures } = createReporter();

const work = mkdtempSync(join(tmpdir(), 'disclosure-consumer-'));
try {
  assertOutsideWorkspace(work);
} catch (error) {
  console.log(`FAIL  ${error.message}`);
  process.exit(1);
}
console.log(`consumer test with Node ${process.version} in ${work}`);

// 1. Pack. pnpm rewrites `workspace:` and `catalog:` ranges to real versions, as `pnpm publish` does.
const tarballs = join(work, 'tarballs');
mkdirSync(tarballs);
let packed = true;
for (const { dir, name } of packages) {
  if (!existsSync(join(dir, 'dist'))) {
    packed = check(false, `pack ${name}`, `${relative(root, dir)}/dist is missing: run the build first (pnpm build)`) && packed;
    continue;
  }
  const { ok, output } = run('npx', [...pnpmArgs, 'pack', '--pack-destination', tarballs], dir);
  packed = check(ok, `pack ${name}`, ok ? '' : output) && packed;
}
if (!packed) finish();

// 2. A fresh project that knows nothing about the workspace.
const project = join(work, 'project');
mkdirSync(project);
writeConsumerManifest(project);
const install = run(
  'npm',
  ['install', '--no-audit', '--no-fund', '--loglevel=error', ...readdirSync(tarballs).map((file) => join(tarballs, file)), ...consumerDevPackages()],
  project,
);
if (!check(install.ok, 'npm install the tarballs, zod, typescript and @types/node', install.ok ? '' : install.output)) finish();

// 3. Use them as a user does.
checkConsumer({ project, packages, check });
finish();

function finish() {
  const failed = failures();
  if (failed === 0 && !process.env.KEEP) rmSync(work, { recursive: true, force: true });
  else console.log(`temporary project kept in ${work}`);
  console.log(failed === 0 ? `consumer test: all ${total()} checks passed` : `consumer test: ${failed} of ${total()} checks FAILED`);
  process.exit(failed === 0 ? 0 : 1);
}
