import DataLoader from 'dataloader';
import { groupBy } from '../../shared/batch';
import type { Db } from '../../shared/db';
import { sql } from '../../shared/sql';

export interface WarnedCaseRow {
  warningId: number;
  id: number;
  number: string;
}

/** The cases of each warning on a page, in one query. */
export const warningLoaders = (db: Db) => ({
  casesOfWarning: new DataLoader<number, WarnedCaseRow[]>(async (ids) =>
    groupBy(
      await db.rows<WarnedCaseRow>(sql`select wc.warning_id as "warningId", mc.id, mc.number from warning_case wc join mediation_case mc on mc.id = wc.mediation_case_id
        where wc.warning_id = any(${ids}::int[]) order by wc.warning_id, mc.id`),
      ids,
      (row) => row.warningId,
    ),
  ),
});
