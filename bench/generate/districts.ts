import { sql, type Kysely } from 'kysely';
import type { DB } from '../../src/db/schema.js';
import type { District } from './plan.js';

/** The 878 districts with a Community Development office, each with its subdistricts. */
export async function officeDistricts(db: Kysely<DB>): Promise<District[]> {
  const rows = await sql<{ id: string; subdistricts: string[] }>`
    SELECT d.id, coalesce(array_agg(s.id ORDER BY s.id) FILTER (WHERE s.id IS NOT NULL), '{}') AS subdistricts
    FROM org_unit d LEFT JOIN org_unit s ON s.parent_id = d.id AND s.kind = 'subdistrict'
    WHERE d.kind = 'district' AND d.has_office
    GROUP BY d.id ORDER BY d.id`.execute(db);
  return rows.rows;
}
