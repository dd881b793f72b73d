import { listCellEntries, type CellPath, type Diagnostic, type Report, type Severity } from '@disclosure/core';
import { t, type Language } from './i18n.ts';

/** Where a finding comes from: how the file was read, this report's rules, or the comparison with last year. */
export type FindingGroup = 'reader' | 'rules' | 'continuity';

/** A diagnostic as the page shows it: its group and the cells of *this* report that it marks. */
export interface Finding {
  readonly diagnostic: Diagnostic;
  readonly group: FindingGroup;
  readonly cells: readonly CellPath[];
}

/**
 * Groups diagnostics for display. A cross-year diagnostic names cells of both years under the same paths
 * (this year's 上年结转 and last year's 结转下年度); only its first path is this year's cell, so only it is marked.
 */
export function toFindings(parserNotes: readonly Diagnostic[], rules: readonly Diagnostic[], continuity: readonly Diagnostic[]): Finding[] {
  return [
    ...parserNotes.map((diagnostic) => ({ diagnostic, group: 'reader' as const, cells: diagnostic.paths })),
    ...rules.map((diagnostic) => ({ diagnostic, group: 'rules' as const, cells: diagnostic.paths })),
    ...continuity.map((diagnostic) => ({ diagnostic, group: 'continuity' as const, cells: diagnostic.paths.slice(0, 1) })),
  ];
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const markClasses = ['dx-error', 'dx-warning', 'dx-info'];

/**
 * Marks the cells of a rendered report as the renderer does (worst severity wins, `rule message` lines in the
 * title), in the interface language. Called after every edit, so the marks follow the checks without re-rendering
 * the tables (which would take the caret out of the cell being typed in).
 */
export function markCells(root: ParentNode, findings: readonly Finding[], language: Language): void {
  const marks = new Map<CellPath, { severity: Severity; lines: string[] }>();
  for (const { diagnostic, cells } of findings) {
    const line = `${diagnostic.rule} ${language === 'zh' ? diagnostic.message : diagnostic.messageEn}`;
    for (const path of cells) {
      const mark = marks.get(path);
      if (!mark) marks.set(path, { severity: diagnostic.severity, lines: [line] });
      else {
        if (rank[diagnostic.severity] > rank[mark.severity]) mark.severity = diagnostic.severity;
        if (!mark.lines.includes(line)) mark.lines.push(line);
      }
    }
  }
  for (const cell of root.querySelectorAll<HTMLElement>('td[data-path]')) {
    const mark = marks.get(cell.dataset['path']!);
    cell.classList.remove(...markClasses);
    if (mark) {
      cell.classList.add(`dx-${mark.severity}`);
      cell.title = mark.lines.join('\n');
    } else cell.removeAttribute('title');
  }
}

/** Printed labels of every cell of a report: `（一）予以公开 · 自然人`. */
export function cellLabels(report: Report, language: Language): Map<CellPath, string> {
  const labels = new Map<CellPath, string>();
  for (const entry of listCellEntries(report)) {
    const row = language === 'zh' ? entry.row.zh : entry.row.en;
    const column = language === 'zh' ? entry.column.zh : entry.column.en;
    const group = entry.row.group ? `${language === 'zh' ? entry.row.group.zh : entry.row.group.en} · ` : '';
    labels.set(entry.path, `${group}${row} · ${column}`);
  }
  return labels;
}

/** What the list does when a person clicks. */
export interface FindingActions {
  /** Show the finding's cells in the report. */
  select(finding: Finding): void;
  /** Put a suggested value into its cell. */
  apply(path: CellPath, value: number): void;
}

const groupTitle = { reader: 'readerNotes', rules: 'ruleFindings', continuity: 'continuityFindings' } as const;

/** Lists the findings beside the tables: rule, message, expected vs actual, and the suggested value if any. */
export function renderFindings(
  list: HTMLElement,
  findings: readonly Finding[],
  labels: ReadonlyMap<CellPath, string>,
  language: Language,
  actions: FindingActions,
  continuityChecked: boolean,
): void {
  list.replaceChildren();
  for (const group of ['rules', 'continuity', 'reader'] as const) {
    const members = findings.filter((finding) => finding.group === group);
    // An empty group is said out loud when it ran (the rules always do), so "nothing listed" never looks like "not checked".
    const passed = group === 'rules' ? 'noFindings' : group === 'continuity' && continuityChecked ? 'continuityPasses' : undefined;
    if (members.length === 0 && passed) {
      list.append(element('h3', 'dx-group-title', `${t(language, groupTitle[group])}（0）`), element('p', 'dx-none', t(language, passed)));
    }
    if (members.length === 0) continue;
    list.append(element('h3', 'dx-group-title', `${t(language, groupTitle[group])}（${members.length}）`));
    const ol = element('ol', 'dx-findings');
    for (const finding of members) ol.append(findingItem(finding, labels, language, actions));
    list.append(ol);
  }
}

function findingItem(finding: Finding, labels: ReadonlyMap<CellPath, string>, language: Language, actions: FindingActions): HTMLElement {
  const { diagnostic } = finding;
  const item = element('li', `dx-finding dx-finding-${diagnostic.severity}`);
  item.dataset['rule'] = diagnostic.rule;
  item.dataset['paths'] = finding.cells.join(' ');
  item.tabIndex = 0;
  const head = element('div', 'dx-finding-head');
  head.append(
    element('span', `dx-badge dx-badge-${diagnostic.severity}`, t(language, diagnostic.severity)),
    element('code', 'dx-rule', diagnostic.rule),
    element('span', 'dx-status', t(language, diagnostic.status)),
  );
  item.append(head, element('p', 'dx-message', language === 'zh' ? diagnostic.message : diagnostic.messageEn));
  if (diagnostic.expected !== undefined || diagnostic.actual !== undefined) {
    // String values (`one row`, `元 | 万元`) come from core as written there, not translated.
    const show = (value: number | string | null | undefined) => (value === null || value === undefined ? t(language, 'blank') : String(value));
    item.append(
      element(
        'p',
        'dx-values',
        `${t(language, 'expected')} ${show(diagnostic.expected)} · ${t(language, 'actual')} ${show(diagnostic.actual)}`,
      ),
    );
  }
  const suggestion = diagnostic.suggestion;
  if (suggestion) {
    const line = element('p', 'dx-suggestion', `${t(language, 'suggestion')}：${labels.get(suggestion.path) ?? suggestion.path} → ${suggestion.value} `);
    const button = element('button', 'dx-apply', t(language, 'apply'));
    button.type = 'button';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      actions.apply(suggestion.path, suggestion.value);
    });
    line.append(button);
    item.append(line);
  }
  const select = () => actions.select(finding);
  item.addEventListener('click', select);
  item.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      select();
    }
  });
  return item;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
