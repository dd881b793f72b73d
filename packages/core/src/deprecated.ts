import { findEditionForYear } from './edition.ts';
import { createEmptyReport } from './empty-report.ts';
import { listCellEntries, listCellPaths } from './paths/cell-path.ts';

/** @deprecated Renamed `listCellPaths`; this alias will be removed in a coming minor release. */
export const cellPaths = listCellPaths;

/** @deprecated Renamed `listCellEntries`; this alias will be removed in a coming minor release. */
export const cellEntries = listCellEntries;

/** @deprecated Renamed `createEmptyReport`; this alias will be removed in a coming minor release. */
export const emptyReport = createEmptyReport;

/** @deprecated Renamed `findEditionForYear`; this alias will be removed in a coming minor release. */
export const editionForYear = findEditionForYear;
