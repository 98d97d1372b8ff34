import { sql } from '../../shared/sql';

const columns = sql`r.code, r.name, r.level, r.parent_code as "parentCode"`;

export const regionsByCodes = (codes: readonly string[]) =>
  sql`select ${columns} from region r where r.code = any(${codes}::text[])`;

export const regionsByParentCodes = (parentCodes: readonly string[]) =>
  sql`select ${columns} from region r where r.parent_code = any(${parentCodes}::text[]) order by r.code`;

export const rootRegions = () => sql`select ${columns} from region r where r.parent_code is null order by r.code`;
