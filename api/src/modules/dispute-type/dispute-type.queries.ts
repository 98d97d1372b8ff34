import { sql } from '../../shared/sql';

export const allDisputeTypes = () => sql`select code, label from dispute_type order by sort_order`;

export const disputeTypesByCodes = (codes: readonly string[]) =>
  sql`select code from dispute_type where code = any(${codes}::text[])`;
