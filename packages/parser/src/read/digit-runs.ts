/** Longest digit run that is split; longer runs are left unread rather than enumerated. */
const maxDigits = 24;

/**
 * Every way to cut a run of digits whose cell separators were lost into `parts` numbers, none with a leading
 * zero (`640020470` → 64,0,0,2,0,4,70 …). Empty when the run is too long to enumerate.
 */
export function splitDigitRun(digits: string, parts: number): number[][] {
  if (digits.length < parts || digits.length > maxDigits || !/^\d+$/u.test(digits)) return [];
  const out: number[][] = [];
  const current: number[] = [];
  const walk = (from: number, left: number): void => {
    if (left === 0) {
      if (from === digits.length) out.push([...current]);
      return;
    }
    const remaining = digits.length - from;
    if (remaining < left) return;
    const longest = digits[from] === '0' ? 1 : remaining - (left - 1);
    for (let length = 1; length <= longest; length++) {
      current.push(Number(digits.slice(from, from + length)));
      walk(from + length, left - 1);
      current.pop();
    }
  };
  walk(0, parts);
  return out;
}
