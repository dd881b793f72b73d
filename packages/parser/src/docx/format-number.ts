const digits = '零一二三四五六七八九';
const stems = '甲乙丙丁戊己庚辛壬癸';
const romanTable: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];
/** Largest number written in Roman numerals; larger counters are written in digits. */
const maxRoman = 3999;
/** Largest number written in letters (`ZZZ…` thirty times, as Word stops); larger counters are written in digits. */
const maxLetters = 780;

function chineseCounting(n: number): string {
  if (n < 10) return digits[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
  }
  return String(n);
}

/** `n` in Roman numerals for 1 … 3999: at most three letters per table entry, so the loop is bounded. */
function roman(n: number): string {
  if (n < 1 || n > maxRoman) return String(n);
  let out = '';
  let rest = n;
  for (const [value, letters] of romanTable) {
    const times = Math.floor(rest / value);
    out += letters.repeat(times);
    rest -= times * value;
  }
  return out;
}

/** `A` … `Z`, `AA` … `ZZ`, … for 1 … 780; beyond, digits. */
function letters(n: number): string {
  if (n < 1 || n > maxLetters) return String(n);
  const letter = String.fromCharCode(65 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

/**
 * A list counter in a Word number format (`w:numFmt`); decimal for formats not listed and for counters a format
 * cannot write (Roman numerals above 3999, letters above 780, Chinese numbers from 100). Time and length are
 * bounded whatever the counter: a file cannot make it loop.
 */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographDigital':
    case 'japaneseCounting':
      return n >= 0 ? chineseCounting(n) : String(n);
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? stems[n - 1]! : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/gu, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCharCode(0x2460 + n - 1) : String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperLetter':
      return letters(n);
    case 'lowerLetter':
      return letters(n).toLowerCase();
    default:
      return String(n);
  }
}
