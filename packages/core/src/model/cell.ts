import { z } from 'zod';

/** A printed figure: a number, or `null` for a blank or a placeholder (`/`, `-`, `—`, `无`) — never a guessed 0. */
export const CellSchema = z.number().finite().nullable();
export type Cell = z.infer<typeof CellSchema>;
