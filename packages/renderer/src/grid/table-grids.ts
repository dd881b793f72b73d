import type { Report, TableEntry } from '@disclosure/core';
import { activeDisclosureGrid } from './active-disclosure.ts';
import { applicationsGrid } from './applications.ts';
import type { Grid } from './grid.ts';
import { reviewAndLitigationGrid } from './review-and-litigation.ts';

/** One handler per statistics table: each lays its table out as the official format prints it. */
export const tableGrids: Record<TableEntry['key'], (report: Report) => Grid> = {
  activeDisclosure: activeDisclosureGrid,
  applications: applicationsGrid,
  reviewAndLitigation: reviewAndLitigationGrid,
};
