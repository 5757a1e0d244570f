import { href } from '../../router.js';

/** The dashboard of a unit (null: the unit chosen in the top bar) as of a date. */
export const overviewPath = (unit: string | null, asOf?: string) => href('/groups/overview', { unit, asOf });
