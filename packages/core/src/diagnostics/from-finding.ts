import { ruleCatalogue, type RuleId } from '../catalogue/rules.ts';
import type { Finding } from '../rules/types.ts';
import type { ValidateOptions } from '../validate/options.ts';
import type { Diagnostic, Severity, Suggestion } from './diagnostic.ts';

const defaultSeverity = new Map(ruleCatalogue.map((rule) => [rule.id, rule.severity]));

/**
 * The severity of a finding: when it could not be assessed, its own or `info` (a blank operand is a note, not a
 * failure; T3.R6, the rule about blanks, warns); else the user's setting, else the finding's own, else the catalogue's.
 */
export function resolveSeverity(rule: RuleId, finding: Pick<Finding, 'status' | 'severity'>, options: ValidateOptions): Severity {
  if (finding.status === 'notAssessable') return finding.severity ?? 'info';
  const setting = options.rules?.[rule];
  if (setting === 'error' || setting === 'warning') return setting;
  return finding.severity ?? defaultSeverity.get(rule) ?? 'warning';
}

/** A finding as a diagnostic of `rule`. */
export function fromFinding(rule: RuleId, finding: Finding, options: ValidateOptions, suggestion?: Suggestion): Diagnostic {
  const diagnostic: {
    -readonly [K in keyof Diagnostic]: Diagnostic[K];
  } = {
    rule,
    severity: resolveSeverity(rule, finding, options),
    status: finding.status,
    message: finding.message,
    messageEn: finding.messageEn,
    paths: finding.paths,
  };
  if (finding.expected !== undefined) diagnostic.expected = finding.expected;
  if (finding.actual !== undefined) diagnostic.actual = finding.actual;
  if (suggestion) diagnostic.suggestion = suggestion;
  return diagnostic;
}
