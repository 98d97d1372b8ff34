import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError } from '../../shared/errors';
import { Agreement, AgreementConfirmation } from './agreement.entity';
import type { MediationCase } from './case.entity';
import { AgreementKind } from './outcome-enums';

/**
 * Before a success is recorded: an agreement exists and, if written, every party with an
 * account has confirmed it in WeChat. Then the mediator's signature and the committee's seal
 * are dated, in the same transaction as the status change.
 */
export async function sealAgreementForSuccess(em: EntityManager, mediationCase: MediationCase) {
  const agreement = await em.findOne(Agreement, { mediationCase: mediationCase.id });
  if (!agreement) throw new ConflictError('请先起草调解协议（书面或口头）', 'action');
  if (agreement.kind === AgreementKind.WRITTEN) {
    // Only confirmations of the text as it stands count: a re-draft voided the earlier ones.
    const confirmed = new Set((await em.find(AgreementConfirmation, { agreement, agreementVersion: agreement.version })).map((c) => c.party.id));
    const missing = mediationCase.parties.getItems().filter((p) => p.user && !confirmed.has(p.id));
    if (missing.length) throw new ConflictError(`尚待确认调解协议的当事人：${missing.map((p) => p.name).join('、')}`, 'action');
  }
  agreement.signedByMediatorAt = new Date();
  agreement.sealedAt = new Date();
}
