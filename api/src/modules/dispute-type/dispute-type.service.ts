import type { Db } from '../../shared/db';
import { UserInputError } from '../../shared/errors';
import { allDisputeTypes, disputeTypesByCodes } from './dispute-type.queries';
import type { DisputeTypeView } from './dispute-type.view';

export class DisputeTypeService {
  constructor(private readonly db: Db) {}

  list() {
    return this.db.rows<DisputeTypeView>(allDisputeTypes());
  }

  /** Every code must be in the shared vocabulary; duplicates are dropped. */
  async checkCodes(codes: readonly string[], field: string): Promise<string[]> {
    const unique = [...new Set(codes)];
    if (unique.length === 0) return unique;
    const known = new Set((await this.db.rows<{ code: string }>(disputeTypesByCodes(unique))).map((r) => r.code));
    const unknown = unique.filter((c) => !known.has(c));
    if (unknown.length > 0) {
      throw new UserInputError({ field, reason: `未知的纠纷类型代码：${unknown.join('、')}` });
    }
    return unique;
  }
}
