import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays, chinaDate } from '../../shared/china-time';
import { Committee } from '../committee/committee.entity';
import { CommitteeKind, HostInstitution } from '../committee/committee-kind';
import { Agreement, AgreementTerm } from './agreement.entity';
import { CaseStatus } from './case-enums';
import type { MediationCase } from './case.entity';
import { JUDICIAL_WINDOW_DAYS } from './outcome.service';
import { AgreementKind, TermPerformance } from './outcome-enums';

export interface NextStep {
  title: string;
  detail: string;
  /** Who to turn to, with an address or phone, when known. */
  contact: string | null;
}

/** Disputes that go to arbitration first or may (劳动争议仲裁前置; a contract's arbitration clause). */
const ARBITRATION: Record<string, string> = {
  LABOUR: '劳动争议须先向劳动人事争议仲裁委员会申请仲裁（一般自知道权利被侵害之日起一年内），对仲裁裁决不服的再向人民法院起诉。',
  CONTRACT: '如合同约定了仲裁条款，可以向约定的仲裁委员会申请仲裁。',
  PRODUCTION_BUSINESS: '如合同约定了仲裁条款，可以向约定的仲裁委员会申请仲裁。',
  CONSUMER: '可以向消费者协会投诉，或依约定申请仲裁。',
  FINANCE: '如合同约定了仲裁条款，可以向约定的仲裁委员会申请仲裁；也可以向金融监管部门投诉。',
  INSURANCE: '如合同约定了仲裁条款，可以向约定的仲裁委员会申请仲裁；也可以向金融监管部门投诉。',
};
/** Disputes an administrative body decides or handles (山林土地权属争议先由人民政府处理). */
const ADMINISTRATIVE: Record<string, string> = {
  LAND_FOREST: '土地、山林权属争议，可以申请乡镇人民政府或县级人民政府处理。',
  LAND_ACQUISITION: '征地补偿安置争议，可以向县级人民政府或自然资源部门反映，依法申请复议或提起诉讼。',
  ENVIRONMENT: '可以向生态环境部门投诉举报，请求依法处理。',
  TRAFFIC: '可以请求公安机关交通管理部门就损害赔偿进行调解，或直接向人民法院起诉。',
  MEDICAL: '可以向卫生健康部门申请处理，也可以申请医疗损害鉴定后起诉。',
  PROPERTY_MANAGEMENT: '可以向住房和城乡建设部门或街道办事处反映处理。',
};

/**
 * What a closed case tells a resident to do next (调解不是终点): after a refusal, a failure or a
 * withdrawal, the other routes with a local contact; after success, the judicial-confirmation
 * window and the dates the agreement must be performed by. Empty while the case is open.
 */
export async function nextStepsOf(em: EntityManager, mediationCase: MediationCase): Promise<NextStep[]> {
  if (!mediationCase.closedAt) return [];
  const committee = await em.findOneOrFail(Committee, mediationCase.committee.id);
  const county = committee.region.code.slice(0, 6);
  const court = await em.findOne(Committee, { kind: CommitteeKind.DISPATCHED_ROOM, hostInstitution: HostInstitution.COURT, active: true, region: { code: { $like: `${county}%` } } });
  const courtContact = court ? `${court.hostName ?? '当地人民法院'}（${court.name}，${court.address}，电话 ${court.phone}）` : null;
  const committeeContact = `${committee.name}（${committee.address}，电话 ${committee.phone}）`;

  if (mediationCase.status === CaseStatus.SUCCEEDED) {
    const agreement = await em.findOne(Agreement, { mediationCase: mediationCase.id });
    const steps: NextStep[] = [];
    if (agreement?.kind === AgreementKind.WRITTEN && agreement.sealedAt && !agreement.judicialAppliedOn) {
      const until = addDays(chinaDate(agreement.sealedAt), JUDICIAL_WINDOW_DAYS);
      steps.push({
        title: '司法确认',
        detail: `双方可以自协议生效之日起 30 日内（${until} 前）共同向人民法院申请司法确认；确认后，一方不履行的，另一方可以申请强制执行。`,
        contact: courtContact,
      });
    }
    const terms = agreement ? await em.find(AgreementTerm, { agreement: agreement.id, performance: TermPerformance.PENDING }, { orderBy: { performBy: 'asc' } }) : [];
    if (terms.length) {
      steps.push({
        title: '按期履行协议',
        detail: `还有 ${terms.length} 项待履行，最近一项应于 ${terms[0].performBy} 前履行：${terms[0].content}。对方不履行的，可以请调委会督促履行，或向人民法院起诉。`,
        contact: committeeContact,
      });
    }
    return steps;
  }

  const type = mediationCase.disputeType.code;
  const steps: NextStep[] = [];
  if (ARBITRATION[type]) steps.push({ title: '申请仲裁', detail: ARBITRATION[type], contact: null });
  if (ADMINISTRATIVE[type]) steps.push({ title: '请求行政机关处理', detail: ADMINISTRATIVE[type], contact: null });
  if (type !== 'LABOUR') {
    steps.push({ title: '向人民法院起诉', detail: '可以依法向人民法院提起诉讼。人民法院立案前一般会询问是否愿意先行调解（诉前调解），不收费。', contact: courtContact });
  }
  steps.push({
    title: '再次申请调解',
    detail: mediationCase.status === CaseStatus.WITHDRAWN ? '撤回后，如仍需调解，可以随时重新申请。' : '情况变化、双方愿意再谈时，可以重新申请人民调解。',
    contact: committeeContact,
  });
  return steps;
}
