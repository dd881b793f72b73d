/** The two national formats: `2019` (国办公开办函〔2019〕60号, report years 2019–2020) and `2021` (国办公开办函〔2021〕30号, 2021 on). */
export type Edition = '2019' | '2021';

/** Every edition, oldest first. */
export const editions: readonly Edition[] = ['2019', '2021'];

/** The edition a report of `year` should use: `2019` for 2019–2020, `2021` from 2021 on; `null` before 2019. */
export function findEditionForYear(year: number): Edition | null {
  if (year >= 2021) return '2021';
  if (year >= 2019) return '2019';
  return null;
}
