import { describeCell, describePlace, describeValue, type CellPath, type Diagnostic, type Place, type Severity } from '@disclosure/core';
import type { SourceMap } from '@disclosure/parser';
import { element } from './element.ts';
import { t, type Language } from './i18n.ts';

/** Where a finding comes from: how the file was read, this report's rules, or the comparison with last year. */
export type FindingGroup = 'reader' | 'rules' | 'continuity';

/** A diagnostic as the page shows it: its group, the cells of *this* report that it marks, and where it was read. */
export interface Finding {
  readonly diagnostic: Diagnostic;
  readonly group: FindingGroup;
  readonly cells: readonly CellPath[];
  /** Where in the source document: the diagnostic's own place, else where its first cell with one was read. */
  readonly place: Place | undefined;
}

/**
 * Groups diagnostics for display. A cross-year diagnostic names cells of both years under the same paths
 * (this year's 上年结转 and last year's 结转下年度); only its first path is this year's cell, so only it is marked.
 * `sourceMap` (the parser's, for this year's document) places the findings that the page's own checks made.
 */
export function toFindings(
  parserNotes: readonly Diagnostic[],
  rules: readonly Diagnostic[],
  continuity: readonly Diagnostic[],
  sourceMap: SourceMap,
): Finding[] {
  const finding = (diagnostic: Diagnostic, group: FindingGroup, cells: readonly CellPath[]): Finding => ({
    diagnostic,
    group,
    cells,
    place: diagnostic.place ?? cells.map((path) => sourceMap[path]).find(Boolean),
  });
  return [
    ...parserNotes.map((diagnostic) => finding(diagnostic, 'reader', diagnostic.paths)),
    ...rules.map((diagnostic) => finding(diagnostic, 'rules', diagnostic.paths)),
    ...continuity.map((diagnostic) => finding(diagnostic, 'continuity', diagnostic.paths.slice(0, 1))),
  ];
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const markClasses = ['dx-error', 'dx-warning', 'dx-info'];

/**
 * Marks the cells of a rendered report as the renderer does (worst severity wins, the cell's label and then
 * `rule message` lines in the title), in the interface language. Called after every edit, so the marks follow the checks without re-rendering
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
      cell.title = [describeCell(cell.dataset['path']!, language), ...mark.lines].join('\n');
    } else cell.removeAttribute('title');
  }
}

/** What the list does when a person clicks. */
export interface FindingActions {
  /** Show the finding's cells in the report. */
  select(finding: Finding): void;
  /** Put a suggested value into its cell. */
  apply(path: CellPath, value: number): void;
  /** Show the finding's place in the original document; absent when the document cannot be shown (DOCX). */
  show?(finding: Finding): void;
}

const groupTitle = { reader: 'readerNotes', rules: 'ruleFindings', continuity: 'continuityFindings' } as const;

/** Lists the findings beside the tables: rule, message, expected vs actual, and the suggested value if any. */
export function renderFindings(
  list: HTMLElement,
  findings: readonly Finding[],
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
    for (const finding of members) ol.append(findingItem(finding, language, actions));
    list.append(ol);
  }
}

function findingItem(finding: Finding, language: Language, actions: FindingActions): HTMLElement {
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
  const first = finding.cells[0];
  if (first !== undefined) item.append(element('p', 'dx-cell', describeCell(first, language)));
  item.append(element('p', 'dx-message', language === 'zh' ? diagnostic.message : diagnostic.messageEn));
  if (diagnostic.expected !== undefined || diagnostic.actual !== undefined) {
    const expected = describeValue(diagnostic.expected, language);
    const actual = describeValue(diagnostic.actual, language);
    item.append(element('p', 'dx-values', `${t(language, 'expected')} ${expected} · ${t(language, 'actual')} ${actual}`));
  }
  const suggestion = diagnostic.suggestion;
  if (suggestion) {
    const line = element('p', 'dx-suggestion', `${t(language, 'suggestion')}：${describeCell(suggestion.path, language)} → ${suggestion.value} `);
    const button = element('button', 'dx-apply', t(language, 'apply'));
    button.type = 'button';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      actions.apply(suggestion.path, suggestion.value);
    });
    line.append(button);
    item.append(line);
  }
  if (finding.place) {
    const place = element('p', 'dx-place', `${t(language, 'readAt')}${describePlace(finding.place, language)} `);
    place.dataset['kind'] = finding.place.kind;
    const show = actions.show;
    if (show) {
      const button = element('button', 'dx-show', t(language, 'showSource'));
      button.type = 'button';
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        show(finding);
      });
      place.append(button);
    }
    item.append(place);
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
