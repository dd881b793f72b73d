import { checkContinuity, setCell, validate, type CellPath, type Diagnostic, type Report } from '@disclosure/core';
import type { Coverage, Readings, SourceMap } from '@disclosure/parser';
import { toHtml } from '@disclosure/renderer';
import { readCellText } from './cell-text.ts';
import { describeCoverage, markReadings } from './coverage-view.ts';
import { markCells, renderFindings, toFindings, type Finding } from './findings.ts';
import { describeFailure, describeProgress, t, type Language, type MessageKey } from './i18n.ts';
import { officialCss } from './official-css.ts';
import { canShowSource, showSource, type SourceDocument } from './source-view.ts';
import './style.css';
import type { ParsedDocument } from './protocol.ts';
import { startWorker, WorkerError } from './worker-client.ts';

/** A report read from a file: the model being edited, and the reader's notes on how it was read. */
interface LoadedReport {
  readonly name: string;
  readonly kind: ParsedDocument['kind'];
  readonly report: Report;
  readonly parserNotes: readonly Diagnostic[];
  /** Where each cell was read, to place the findings of every re-check. */
  readonly sourceMap: SourceMap;
  /** How each cell was read, and how much of the tables was: shown above the findings and on the cells. */
  readonly readings: Readings;
  readonly coverage: Coverage;
  /** The original, to show a finding's place in it. */
  readonly source: SourceDocument;
}

const $ = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const statusLine = $<HTMLParagraphElement>('status');
const workspace = $<HTMLElement>('workspace');
const reportView = $<HTMLDivElement>('report');
const findingsView = $<HTMLDivElement>('findings');
const summary = $<HTMLParagraphElement>('summary');
const coverageLine = $<HTMLParagraphElement>('coverage');
const sourceDialog = $<HTMLDialogElement>('source');
const sourceBody = $<HTMLDivElement>('source-body');

const worker = startWorker();
let language: Language = initialLanguage();
let current: LoadedReport | undefined;
let previous: LoadedReport | undefined;
let findings: Finding[] = [];
/** The status line's last message, kept as a function so that switching language re-says it. */
let status: (language: Language) => string = (l) => t(l, 'idle');

const style = document.createElement('style');
style.textContent = officialCss();
document.head.append(style);
applyLanguage();

// ── input: drop, pick, paste ──────────────────────────────────────────────────────────────────────────────

for (const eventName of ['dragover', 'drop'] as const) {
  // Without this the browser would open a file dropped beside the drop zones, leaving the page.
  document.addEventListener(eventName, (event) => event.preventDefault());
}
for (const zone of document.querySelectorAll<HTMLElement>('.drop')) {
  zone.addEventListener('dragover', () => zone.classList.add('drop-over'));
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-over'));
  zone.addEventListener('drop', (event) => {
    zone.classList.remove('drop-over');
    const files = Array.from(event.dataTransfer?.files ?? []);
    if (files.length > 0) void openFiles(files, zone.dataset['slot'] === 'previous' ? 'previous' : 'current');
  });
}
$<HTMLInputElement>('file-current').addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const files = Array.from(input.files ?? []);
  input.value = '';
  if (files.length > 0) void openFiles(files, 'current');
});
$<HTMLInputElement>('file-previous').addEventListener('change', (event) => {
  const input = event.currentTarget as HTMLInputElement;
  const files = Array.from(input.files ?? []);
  input.value = '';
  if (files.length > 0) void openFiles(files.slice(0, 1), 'previous');
});
$<HTMLButtonElement>('paste-check').addEventListener('click', () => {
  const text = $<HTMLTextAreaElement>('paste-text').value;
  if (text.trim() !== '') void openDocuments([{ name: t(language, 'pastedName'), read: async () => text }], 'current');
});
$<HTMLButtonElement>('previous-clear').addEventListener('click', () => {
  previous = undefined;
  showPrevious();
  recheck();
});
$<HTMLButtonElement>('source-close').addEventListener('click', () => sourceDialog.close());
$<HTMLButtonElement>('language').addEventListener('click', () => {
  language = language === 'zh' ? 'en' : 'zh';
  try {
    localStorage.setItem('disclosure-language', language);
  } catch {
    // Storage can be off (private windows); the toggle still works for this visit.
  }
  applyLanguage();
});

interface Source {
  readonly name: string;
  read(): Promise<Uint8Array | string>;
}

function openFiles(files: readonly File[], slot: 'current' | 'previous') {
  return openDocuments(
    files.map((file) => ({ name: file.name, read: async () => new Uint8Array(await file.arrayBuffer()) })),
    slot,
  );
}

/**
 * Reads documents in the worker. One document goes to its slot; two or more dropped together are ordered by
 * report year: the latest is this year's, the one before it last year's (cross-year checks run on the pair).
 */
async function openDocuments(sources: readonly Source[], slot: 'current' | 'previous') {
  const started = performance.now();
  const names = sources.map((source) => source.name).join('、');
  setStatus('reading', (l) => `${t(l, 'reading')} ${names} …`);
  // A scan's first pages may be shown while it is read; if reading then fails, what was shown before comes back.
  const before = current;
  let loaded: LoadedReport[];
  try {
    loaded = await Promise.all(
      sources.map(async (source): Promise<LoadedReport> => {
        const content = await source.read();
        let recognising = { page: 1, pages: 1 };
        let shownPages = 0;
        // The worker gets a copy of a file's bytes: the page keeps the original to show places in it.
        const result = await worker.parse(source.name, typeof content === 'string' ? content : content.slice(), (progress, partial) => {
          if (!partial) recognising = progress;
          else if (sources.length === 1 && slot === 'current') {
            // A scan dropped alone shows what its first pages hold while the rest is read (the coverage line says
            // the report is not complete, so no list of findings reads as a verdict yet).
            shownPages = progress.page;
            current = toLoaded(source.name, content, partial);
            render();
            statusLine.dataset['partial'] = String(shownPages);
          }
          const { page, pages } = recognising;
          setStatus('reading', (l) => `${source.name}：${describeProgress(l, page, pages, shownPages)} …`);
        });
        return toLoaded(source.name, content, result);
      }),
    );
  } catch (error) {
    if (current !== before) {
      current = before;
      if (current) render();
      else workspace.hidden = true;
      delete statusLine.dataset['partial'];
    }
    const code = error instanceof WorkerError ? error.code : 'INTERNAL';
    const message = error instanceof Error ? error.message : String(error);
    setStatus('error', (l) => `${names}：${describeFailure(l, code, message)}`);
    return;
  }
  if (slot === 'previous') previous = loaded[0];
  else {
    loaded.sort((a, b) => (a.report.meta.year ?? 0) - (b.report.meta.year ?? 0));
    current = loaded.at(-1);
    if (loaded.length > 1) previous = loaded.at(-2);
  }
  showPrevious();
  if (slot === 'current' || current) render();
  const elapsed = Math.round(performance.now() - started);
  statusLine.dataset['ms'] = String(elapsed);
  delete statusLine.dataset['partial'];
  const shown = current;
  if (shown) {
    setStatus('ready', (l) => {
      const edition = t(l, shown.report.edition === '2019' ? 'edition2019' : 'edition2021');
      const who = [shown.report.meta.agency, shown.report.meta.year].filter((part) => part !== null && part !== undefined).join(' ');
      const took = l === 'zh' ? `用时 ${elapsed} 毫秒` : `${elapsed} ms`;
      return `${shown.name}（${shown.kind?.toUpperCase() ?? '?'}）· ${who} · ${edition} · ${took}`;
    });
  }
}

/** A document the worker read (whole, or the pages of a scan read so far), ready to show and edit. */
function toLoaded(name: string, content: Uint8Array | string, result: ParsedDocument): LoadedReport {
  return {
    name,
    kind: result.kind,
    report: result.report,
    parserNotes: result.diagnostics.filter((diagnostic) => diagnostic.rule.startsWith('parser/')),
    sourceMap: result.sourceMap,
    readings: result.readings,
    coverage: result.coverage,
    source: { kind: result.kind, content },
  };
}

// ── the report: render, edit, check ───────────────────────────────────────────────────────────────────────

function render() {
  if (!current) return;
  workspace.hidden = false;
  reportView.innerHTML = toHtml(current.report, { fragment: true, diagnostics: validate(current.report) });
  for (const cell of reportView.querySelectorAll<HTMLTableCellElement>('td[data-path]')) {
    cell.contentEditable = 'plaintext-only';
    // Browsers without plaintext-only fall back to the ordinary editable mode (the value is read as text anyway).
    if (cell.contentEditable !== 'plaintext-only') cell.contentEditable = 'true';
    cell.spellcheck = false;
    cell.inputMode = 'decimal';
  }
  recheck();
}

/** Runs core's rules (and the cross-year rules when last year is loaded) and updates marks and list. */
function recheck() {
  if (!current) return;
  const rules = validate(current.report);
  const continuity = previous ? checkContinuity(previous.report, current.report) : [];
  findings = toFindings(current.parserNotes, rules, continuity, current.sourceMap);
  showFindings();
}

function showFindings() {
  if (!current) return;
  markCells(reportView, findings, language);
  markReadings(reportView, current.readings, language);
  coverageLine.textContent = describeCoverage(current.coverage, language);
  coverageLine.dataset['complete'] = String(current.coverage.complete);
  coverageLine.dataset['unread'] = String(current.coverage.unread);
  for (const cell of reportView.querySelectorAll<HTMLElement>('td.dx-invalid')) cell.title = `${t(language, 'notANumber')} ${cell.textContent ?? ''}`;
  const actions = canShowSource(current.source) ? { select, apply, show } : { select, apply };
  renderFindings(findingsView, findings, language, actions, previous !== undefined);
  const count = (severity: Diagnostic['severity']) => findings.filter((finding) => finding.diagnostic.severity === severity).length;
  summary.dataset['errors'] = String(count('error'));
  summary.dataset['warnings'] = String(count('warning'));
  summary.dataset['infos'] = String(count('info'));
  summary.dataset['total'] = String(findings.length);
  summary.textContent = (['error', 'warning', 'info'] as const).map((severity) => `${t(language, severity)} ${count(severity)}`).join(' · ');
}

reportView.addEventListener('input', (event) => {
  const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-path]');
  if (!cell || !current) return;
  const typed = readCellText(cell.textContent ?? '');
  if (!typed.ok) {
    cell.classList.add('dx-invalid');
    cell.title = `${t(language, 'notANumber')} ${cell.textContent ?? ''}`;
    return;
  }
  cell.classList.remove('dx-invalid');
  setCell(current.report, cell.dataset['path']!, typed.value, typed.printed);
  recheck();
});
reportView.addEventListener('keydown', (event) => {
  const cell = (event.target as HTMLElement).closest<HTMLTableCellElement>('td[data-path]');
  if (!cell || event.key !== 'Enter') return;
  // A cell holds one value: Enter moves to the next cell instead of breaking the line.
  event.preventDefault();
  const cells = Array.from(reportView.querySelectorAll<HTMLElement>('td[data-path]'));
  cells[cells.indexOf(cell) + (event.shiftKey ? -1 : 1)]?.focus();
});

function cellsOf(paths: readonly CellPath[]): HTMLElement[] {
  return paths.flatMap((path) => Array.from(reportView.querySelectorAll<HTMLElement>(`td[data-path="${CSS.escape(path)}"]`)));
}

/** Scrolls to a finding's cells and highlights them until the next selection. */
function select(finding: Finding) {
  for (const cell of reportView.querySelectorAll('.dx-focus')) cell.classList.remove('dx-focus');
  for (const item of findingsView.querySelectorAll('.dx-selected')) item.classList.remove('dx-selected');
  const index = findings.indexOf(finding);
  findingsView.querySelectorAll('.dx-finding')[orderInList(index)]?.classList.add('dx-selected');
  const cells = cellsOf(finding.cells);
  for (const cell of cells) cell.classList.add('dx-focus');
  cells[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  cells[0]?.focus({ preventScroll: true });
}

/** The list shows rule findings first, then cross-year, then reader notes: map a finding's index to its item. */
function orderInList(index: number): number {
  const order = ['rules', 'continuity', 'reader'];
  const sorted = findings.map((finding, i) => ({ finding, i })).sort((a, b) => order.indexOf(a.finding.group) - order.indexOf(b.finding.group));
  return sorted.findIndex((entry) => entry.i === index);
}

/** Opens the original at the finding's place: the PDF page with the cell's box, the text line, the HTML row. */
function show(finding: Finding) {
  if (!current || !finding.place) return;
  select(finding);
  $<HTMLElement>('source-title').textContent = `${t(language, 'sourceTitle')} · ${current.name}`;
  sourceDialog.dataset['state'] = 'loading';
  sourceDialog.showModal();
  showSource(sourceBody, current.source, finding.place, language, worker).then(
    () => (sourceDialog.dataset['state'] = 'shown'),
    (error: unknown) => {
      sourceBody.textContent = describeFailure(language, 'INTERNAL', error instanceof Error ? error.message : String(error));
      sourceDialog.dataset['state'] = 'error';
    },
  );
}

function apply(path: CellPath, value: number) {
  if (!current) return;
  setCell(current.report, path, value);
  for (const cell of cellsOf([path])) {
    cell.textContent = String(value);
    cell.classList.remove('dx-invalid');
  }
  recheck();
}

// ── downloads ─────────────────────────────────────────────────────────────────────────────────────────────

function stem(): string {
  return (current?.name ?? 'report').replace(/\.[^.]+$/u, '');
}

function download(name: string, type: string, content: BlobPart) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

$<HTMLButtonElement>('download-docx').addEventListener('click', async () => {
  if (!current) return;
  const bytes = await worker.toDocx(current.report);
  download(`${stem()}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes as BlobPart);
});
$<HTMLButtonElement>('download-html').addEventListener('click', () => {
  if (current) download(`${stem()}.html`, 'text/html;charset=utf-8', toHtml(current.report));
});
$<HTMLButtonElement>('download-json').addEventListener('click', () => {
  if (current) download(`${stem()}.json`, 'application/json', `${JSON.stringify(current.report, null, 2)}\n`);
});

// ── language and status ───────────────────────────────────────────────────────────────────────────────────

function initialLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh') return asked;
  try {
    return localStorage.getItem('disclosure-language') === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

function applyLanguage() {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  document.title = t(language, 'title');
  for (const node of document.querySelectorAll<HTMLElement>('[data-i18n]')) node.textContent = t(language, node.dataset['i18n'] as MessageKey);
  const toggle = $<HTMLButtonElement>('language');
  toggle.textContent = t(language, 'switchLanguage');
  toggle.lang = language === 'zh' ? 'en' : 'zh-CN';
  statusLine.textContent = status(language);
  showPrevious();
  showFindings();
}

function setStatus(state: 'reading' | 'ready' | 'error', say: (language: Language) => string) {
  status = say;
  statusLine.dataset['state'] = state;
  statusLine.textContent = say(language);
}

function showPrevious() {
  const info = $<HTMLParagraphElement>('previous-info');
  info.hidden = !previous;
  $<HTMLSpanElement>('previous-name').textContent = previous
    ? `${t(language, 'previousLoaded')} ${previous.name} · ${previous.report.meta.agency ?? ''} ${previous.report.meta.year ?? ''}`
    : '';
}
