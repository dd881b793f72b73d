/** One identity as the evaluator left it: its cells (total first), coefficients, outcome and `total − Σ` residual. */
export interface AssessedEquation {
  readonly cells: ArrayLike<number>;
  readonly coefficients: ArrayLike<number>;
  readonly status: 'holds' | 'fail' | 'notAssessable';
  readonly residual: number;
}

/** The one cell that explains every failure, and the value that would make all of them hold. */
export interface Localisation {
  readonly cell: number;
  readonly value: number;
}

function positionOf(equation: AssessedEquation, cell: number): number {
  for (let k = 0; k < equation.cells.length; k++) if (equation.cells[k] === cell) return k;
  return -1;
}

/**
 * Error localisation over one table's identities: a cell is the answer when every failing identity contains
 * it, every assessable identity containing it fails, and all of them imply the same correction δ. Only a unique
 * answer is returned: table 4's cells sit in one identity each, so any of a failing group's five cells would
 * explain it and nothing is singled out.
 */
export function localise(equations: readonly AssessedEquation[], values: ArrayLike<number>): Localisation | null {
  const failing = equations.filter((equation) => equation.status === 'fail');
  const first = failing[0];
  if (!first) return null;
  let found: Localisation | null = null;
  for (let c = 0; c < first.cells.length; c++) {
    const cell = first.cells[c]!;
    if (!failing.every((equation) => positionOf(equation, cell) >= 0)) continue;
    let delta: number | null = null;
    let explains = true;
    for (const equation of equations) {
      const k = positionOf(equation, cell);
      if (k < 0 || equation.status === 'notAssessable') continue;
      if (equation.status === 'holds') {
        explains = false;
        break;
      }
      // total = Σ c·v; moving the total by δ changes the residual by δ, moving component k by δ changes it by −c_k·δ.
      const implied = k === 0 ? -equation.residual : equation.residual / equation.coefficients[k]!;
      if (delta === null) delta = implied;
      else if (delta !== implied) {
        explains = false;
        break;
      }
    }
    if (!explains || delta === null || delta === 0) continue;
    if (found) return null;
    const current = values[cell]!;
    found = { cell, value: (current === current ? current : 0) + delta };
  }
  return found;
}
