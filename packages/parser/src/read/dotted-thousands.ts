/**
 * True when a figure's dots may part its thousands (`3.001`, `1.234.567`), as some pages and a scan's misread comma
 * print them: one to three digits, then only groups of three after a dot. Read as a decimal it is another number
 * (`5.000` is 5, or 5000), so a count printed so proves neither.
 */
export function dotMayPartThousands(printed: string): boolean {
  // (most figures have no dot: ruled out before the pattern runs, as this is asked of every cell read)
  return printed.includes('.') && dottedThousands.test(printed);
}

const dottedThousands = /^\d{1,3}(?:\.\d{3})+$/u;
