#!/usr/bin/env node
// The release, rehearsed against a real npm registry on 127.0.0.1 (verdaccio, a devDependency):
//   1. a scratch copy of the repository (the working tree as git sees it, as one commit) is installed from the
//      pnpm store, versioned with `changeset version`, built, and published with `changeset publish`;
//   2. every public package is installed from that registry into a fresh project with npm, and into another with
//      pnpm, and used there as a user does (the consumer checks of consumer-checks.mjs, `npx disclosure check`);
//   3. each published tarball is listed: only its `files` whitelist (dist, README, LICENSE, CHANGELOG), no tests,
//      fixtures or their source maps, and its size is printed against its budget.
// Verdaccio proxies everything but @disclosure/* to the registry npm is configured with. Everything lives in one
// temporary folder, removed at the end with verdaccio stopped, whatever happened; KEEP=1 keeps the folder.
// Needs `pnpm install` (for verdaccio and changesets) and nothing else: the scratch copy builds itself.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  assertOutsideWorkspace,
  checkConsumer,
  consumerDevPackages,
  consumerEnv,
  createReporter,
  pnpmArgs,
  publicPackages,
  root,
  run,
  writeConsumerManifest,
} from './consumer-checks.mjs';

/**
 * Largest gzipped tarball each package may publish, in kB (1000 bytes). Raise one on purpose, in the commit that
 * needs it, saying why.
 */
const sizeBudgets = {
  '@disclosure/cli': 120,
  '@disclosure/core': 150,
  // 177 kB measured, then 200.4 kB once the reader learnt rows that lack fields, last year's report as evidence
  // and OCR alternatives, 211.4 kB with an HTML tree of its own, bounded tables and column-major blocks: the Word 97
  // reader, OCR page rendering and the lazily loaded PDF chunks (with their maps); 218.8 kB once the
  // compound-file directory check, table 4's OCR proof and the OCR time kept apart from the budget came in; 224.1 kB
  // with DOCX parts read into a tree of their own (domhandler gone from the dependencies); 240.6 kB once text read
  // the HTML tables Markdown extractions write (a table scanner of its own, so that text loads no HTML library),
  // table 4's balance proven from the print and the new placement rules came in (about 8 kB of code, with its maps);
  // 255.0 kB with the Kangxi-radical fold (Firefox's copy of a PDF), full-width figures, header lines per table-2
  // block, docling's repeated spans, the balance proven from runs of digits and table 4's outcomes stated in the
  // prose (about 4 kB of code, with its maps); 262.6 kB with rows printed blank, labels torn into a table of their
  // own, table 4 in three small tables, column positions learned per table and blank cells merged over columns
  // (`colspan`), and the PDF layout's faster sorts (about 3 kB of code, with its maps); 271.0 kB with page margins
  // (`第 N 页`, a browser's header and footer, pages by form feed), figures wrapped in a PDF's cells, merged copies in
  // rows that span, and table 2's block anchors for reading by row order (about 8 kB of code, with its maps); 280.3 kB
  // with bare page numbers (proven by the prose's rising numbers, or the tables read every way they may fall) and the
  // page numbers of paged documents (about 9 kB of code, with its maps); 287.7 kB with wrapped section titles, rows
  // printed twice, the label nearest the values, OCR's faint blanks, superscripts in web pages and invisible PDF
  // text (about 7 kB of code, with its maps); 298.3 kB (299.9 kB in the release test, with its changelog) with
  // headers that print the columns in another order, columns the format lacks, cells that do not read as figures and
  // figures signed with a plus (about 10 kB of code, with its maps); 319.7 kB in the release test with tables drawn
  // with their rules in text (the East Asian Width of each character from get-east-asian-width, a dependency, not
  // bundled) and rows cut by page breaks; 323.8 kB packed (before its changelog) with titles and headings torn by a
  // narrow screen, the CJK Radicals Supplement's ideographs and pipe tables without their outer bars (about 4 kB of
  // code, with its maps); 329.5 kB with Python's PDF libraries' text (figures before their labels, headers joined
  // across cells, page numbers glued to a line); 341.0 kB in the release test (with its changelog) with table 4
  // wider than its page, tables a page's margin cut or that run past its edge, and the parts of a page's fields that
  // part figures of neighbouring cells (about 4 kB of code, with its maps); 361.1 kB packed (before its changelog)
  // with table 4's groups that read either way, rows shown as rows where a table does not balance, and table 3's runs
  // of digits cut from their total back (about 4 kB of code, with its maps).
  '@disclosure/parser': 370,
  // 40 kB measured: the page reading shared by the Node and browser entries (one chunk since they split).
  '@disclosure/ocr': 50,
  '@disclosure/renderer': 40,
  '@disclosure/stats': 90,
};

/** What a tarball may hold besides `dist/`: the manifest and the files npm always adds. */
const alwaysPacked = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
/** Names that must never be published: tests, fixtures, benchmarks and their source maps. */
const notPublished = /(^|\/)(test|tests|__tests__|fixtures|bench)\/|\.(test|spec|bench)\.[cm]?[jt]sx?(\.map)?$/u;

const started = Date.now();
const { check, total, failures } = createReporter();
const work = mkdtempSync(join(tmpdir(), 'disclosure-release-'));
let registryProcess;
/** What verdaccio printed, shown when something fails. */
const registryLog = [];
process.on('exit', () => registryProcess?.kill('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => finish(130));

const seconds = () => `${((Date.now() - started) / 1000).toFixed(0)} s`;
const step = (title) => console.log(`\n== ${title} (at ${seconds()})`);

try {
  assertOutsideWorkspace(work);
  console.log(`release test with Node ${process.version} in ${work}`);
  await rehearse();
} catch (error) {
  check(false, 'release test', error instanceof Error ? (error.stack ?? error.message) : String(error));
}
await finish(failures() === 0 ? 0 : 1);

async function rehearse() {
  // `changeset publish` runs `pnpm publish`, so `pnpm` must be a command: the pinned one, through npx.
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'pnpm'), `#!/bin/sh\nexec npx ${pnpmArgs.join(' ')} "$@"\n`);
  chmodSync(join(bin, 'pnpm'), 0o755);
  const path = `${bin}:${process.env.PATH}`;

  step('start the registry');
  const registry = await startRegistry();
  const registryEnv = { PATH: path, npm_config_registry: registry.url, npm_config_userconfig: registry.npmrc };
  console.log(`verdaccio on ${registry.url}`);

  step('a scratch copy of the repository, installed from the pnpm store');
  const scratch = join(work, 'repository');
  copyWorkingTree(scratch);
  const sh = (command, args, env = {}) => run(command, args, scratch, { ...process.env, PATH: path, CI: '1', TURBO_TELEMETRY_DISABLED: '1', ...env });
  const git = (...args) => sh('git', args, { GIT_AUTHOR_NAME: 'release test', GIT_AUTHOR_EMAIL: 'release@test.invalid', GIT_COMMITTER_NAME: 'release test', GIT_COMMITTER_EMAIL: 'release@test.invalid' });
  if (!check(git('init', '-q', '-b', 'main').ok && git('add', '-A').ok && git('commit', '-q', '-m', 'scratch copy').ok, 'the scratch copy is one git commit on main')) return;
  const install = sh('npx', [...pnpmArgs, 'install', '--frozen-lockfile', '--prefer-offline', '--reporter=silent']);
  if (!check(install.ok, 'pnpm install --frozen-lockfile in the scratch copy', install.output)) return;

  step('changeset version');
  const before = versionsOf(scratch);
  const versioned = sh(process.execPath, ['node_modules/@changesets/cli/bin.js', 'version']);
  const after = versionsOf(scratch);
  const released = [...new Set(Object.values(after))];
  if (
    !check(
      versioned.ok && released.length === 1,
      `changeset version: ${Object.keys(after).length} public packages at one version, ${[...new Set(Object.values(before))].join(', ')} → ${released.join(', ')}`,
      versioned.ok ? JSON.stringify(after, null, 2) : versioned.output,
    )
  ) {
    return;
  }
  const version = released[0];
  for (const name of Object.keys(after)) {
    const changelog = join(scratch, 'packages', name.split('/')[1], 'CHANGELOG.md');
    if (after[name] !== before[name]) check(readFileSync(changelog, 'utf8').includes(`## ${version}`), `${name}: CHANGELOG.md has ${version}`);
  }
  git('commit', '-q', '-am', `Release v${version}`);

  step('build the released packages');
  const build = sh('node_modules/.bin/turbo', ['run', 'build', '--filter=./packages/*', '--output-logs=errors-only']);
  if (!check(build.ok, 'turbo run build (the public packages)', build.ok ? '' : build.output)) return;

  step('changeset publish');
  const publish = sh(process.execPath, ['node_modules/@changesets/cli/bin.js', 'publish'], registryEnv);
  console.log(publish.output.trim().replace(/^/gmu, '      '));
  if (!check(publish.ok, `changeset publish to ${registry.url}`)) return;
  const tags = sh('git', ['tag', '--list']).output.split('\n');
  for (const name of Object.keys(after)) {
    const manifest = await registry.manifest(name, version);
    const ranges = Object.entries({ ...manifest?.dependencies, ...manifest?.peerDependencies }).filter(([, range]) => /^(workspace|catalog):/u.test(range));
    check(
      manifest?.version === version && ranges.length === 0 && tags.includes(`${name}@${version}`),
      `${name}@${version} is on the registry with real dependency ranges, and tagged in git`,
      ranges.map(([dep, range]) => `${dep}: ${range}`).join('\n'),
    );
  }

  step('what each tarball holds, and its size');
  for (const name of Object.keys(after)) {
    const manifest = await registry.manifest(name, version);
    if (!manifest) continue;
    const tarball = Buffer.from(await (await fetchAgain(manifest.dist.tarball)).arrayBuffer());
    const files = listTarball(tarball);
    const strays = files.filter(({ name: file }) => !(file.startsWith('dist/') || alwaysPacked.has(file)) || notPublished.test(file));
    const mappedTests = files
      .filter(({ name: file }) => file.endsWith('.map'))
      .flatMap(({ name: file, content }) => (JSON.parse(content.toString('utf8')).sources ?? []).filter((source) => notPublished.test(source)).map((source) => `${file}: ${source}`));
    check(strays.length === 0 && mappedTests.length === 0, `${name}: ${files.length} files, all from the files whitelist; no tests, fixtures or their maps`, [...strays.map(({ name: file }) => file), ...mappedTests].join('\n'));
    const kB = tarball.length / 1000;
    const budget = sizeBudgets[name];
    const unpacked = files.reduce((sum, file) => sum + file.content.length, 0) / 1000;
    check(
      budget !== undefined && kB <= budget,
      `${name}: tarball ${kB.toFixed(1)} kB (unpacked ${unpacked.toFixed(1)} kB), budget ${budget ?? '(none: add one to sizeBudgets)'} kB`,
    );
  }

  const names = Object.keys(after).map((name) => `${name}@${version}`);
  const packages = publicPackages();
  for (const manager of ['npm', 'pnpm']) {
    step(`install from the registry with ${manager}, and use the packages`);
    const project = join(work, `${manager}-project`);
    mkdirSync(project);
    writeConsumerManifest(project);
    const env = consumerEnv(registryEnv);
    const caches = join(work, `${manager}-cache`);
    const installed =
      manager === 'npm'
        ? run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', `--cache=${caches}`, ...names, ...consumerDevPackages()], project, env)
        : run('npx', [...pnpmArgs, 'add', `--store-dir=${caches}/store`, `--cache-dir=${caches}/metadata`, '--reporter=silent', ...names, ...consumerDevPackages()], project, env);
    if (!check(installed.ok, `${manager}: install ${names.join(', ')} from the registry`, installed.ok ? '' : installed.output)) continue;
    checkConsumer({ project, packages, check: (ok, what, detail) => check(ok, `${manager}: ${what}`, detail), env });
  }
}

/** Copies the working tree as git sees it (tracked and untracked files, not ignored ones) to `to`. */
function copyWorkingTree(to) {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of new Set(listed.stdout.split('\0').filter(Boolean))) {
    const from = join(root, file);
    let stats;
    try {
      stats = statSync(from);
    } catch {
      continue; // deleted in the working tree but not yet in the index
    }
    if (!stats.isFile()) continue;
    mkdirSync(dirname(join(to, file)), { recursive: true });
    copyFileSync(from, join(to, file));
    chmodSync(join(to, file), stats.mode);
  }
}

/** The version of each public package of the repository at `dir`. */
function versionsOf(dir) {
  const versions = {};
  for (const { dir: packageDir } of publicPackages()) {
    const manifest = JSON.parse(readFileSync(join(dir, 'packages', packageDir.split('/').pop(), 'package.json'), 'utf8'));
    versions[manifest.name] = manifest.version;
  }
  return versions;
}

/**
 * `fetch`, tried a second time when the first fails: a kept-alive socket can be closed by the registry while a
 * synchronous step (a build, an install) blocks this process's event loop, and the first request on it fails.
 */
async function fetchAgain(url, init) {
  try {
    return await fetch(url, init);
  } catch {
    return fetch(url, init);
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts verdaccio with its storage in the temporary folder: @disclosure/* only from what is published to it, every
 * other package proxied to the registry npm is configured with. Creates a user, and returns the registry's URL, an
 * npmrc with that user's token, and `manifest(name, version)` from the registry.
 */
async function startRegistry() {
  const dir = join(work, 'registry');
  mkdirSync(dir);
  const upstream = spawnSync('npm', ['config', 'get', 'registry'], { encoding: 'utf8', env: consumerEnv() }).stdout.trim() || 'https://registry.npmjs.org/';
  writeFileSync(
    join(dir, 'config.yaml'),
    `storage: ./storage
auth:
  htpasswd:
    file: ./htpasswd
    max_users: 1
uplinks:
  upstream:
    url: ${upstream}
    timeout: 60s
packages:
  '@disclosure/*':
    access: $all
    publish: $authenticated
  '**':
    access: $all
    publish: $authenticated
    proxy: upstream
# Signed tokens (JWT), so that a request is authorised without checking the password again (bcrypt, slow).
security:
  api:
    legacy: false
    jwt:
      sign:
        expiresIn: 1h
web:
  enable: false
server:
  keepAliveTimeout: 60
log: { type: stdout, format: pretty, level: error }
`,
  );
  const port = await freePort();
  const url = `http://127.0.0.1:${port}/`;
  registryProcess = spawn(process.execPath, [join(root, 'node_modules/verdaccio/bin/verdaccio'), '--config', join(dir, 'config.yaml'), '--listen', `127.0.0.1:${port}`], {
    cwd: dir,
    env: consumerEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  registryProcess.stdout.on('data', (chunk) => registryLog.push(String(chunk)));
  registryProcess.stderr.on('data', (chunk) => registryLog.push(String(chunk)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (registryProcess.exitCode !== null) throw new Error(`verdaccio exited with ${registryProcess.exitCode}`);
    try {
      if ((await fetch(`${url}-/ping`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`verdaccio did not answer on ${url} within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const user = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'release', password: 'release-test-only', email: 'release@test.invalid' }),
  });
  const { token } = await user.json();
  if (!user.ok || !token) throw new Error(`could not create a registry user: ${user.status}`);
  const npmrc = join(dir, 'npmrc');
  writeFileSync(npmrc, `//127.0.0.1:${port}/:_authToken=${token}\n`);
  const manifest = async (name, version) => {
    const response = await fetchAgain(`${url}${name.replace('/', '%2f')}`);
    return response.ok ? ((await response.json()).versions?.[version] ?? null) : null;
  };
  return { url, npmrc, manifest };
}

/** The files of a gzipped tar (a published package), with their paths inside `package/` and their contents. */
function listTarball(gzipped) {
  const tar = gunzipSync(gzipped);
  const files = [];
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.subarray(start, start + length).toString('utf8').replace(/\0.*$/su, '');
    const size = Number.parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const name = [field(345, 155), field(0, 100)].filter(Boolean).join('/');
    if (type === '0' || type === '') files.push({ name: name.replace(/^package\//u, ''), content: tar.subarray(offset + 512, offset + 512 + size) });
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** Stops verdaccio, removes the temporary folder (unless KEEP=1), prints the outcome and exits. */
async function finish(code) {
  const registryState = `exit ${registryProcess?.exitCode ?? 'none'}, signal ${registryProcess?.signalCode ?? 'none'}`;
  if (registryProcess && registryProcess.exitCode === null) {
    registryProcess.kill('SIGTERM');
    await Promise.race([new Promise((resolve) => registryProcess.once('exit', resolve)), new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (registryProcess.exitCode === null) registryProcess.kill('SIGKILL');
  }
  if (process.env.KEEP) console.log(`temporary folder kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
  const failed = failures();
  if (failed > 0 && registryLog.length > 0) console.log(`\nverdaccio's output (${registryState} before the end):\n${registryLog.join('').trim()}`);
  console.log(`\nrelease test took ${seconds()}`);
  console.log(failed === 0 && code === 0 ? `release test: all ${total()} checks passed` : `release test: ${failed} of ${total()} checks FAILED`);
  process.exit(code === 0 && failed === 0 ? 0 : code || 1);
}
