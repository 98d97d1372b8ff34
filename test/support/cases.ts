import { randomUUID } from 'node:crypto';
import type { TestApi } from './api';

/** Where a case is filed: the committee's name, the place's region code, the dispute type. */
export interface FiledAt {
  committee?: string;
  regionCode?: string;
  disputeType?: string;
}

/**
 * Walks real cases through the API to the state a test needs, as the people involved would:
 * the applicant files, the township justice office accepts, the respondent consents through the
 * invitation, the committee assigns the demo mediator, who takes the case.
 */
export class CaseWalker {
  private readonly tokens: Record<string, string> = {};

  constructor(private readonly api: TestApi) {}

  as = async (name: string) => (this.tokens[name] ??= await this.api.login(name));

  static readonly ACT = `mutation($id: ID!, $action: CaseAction!, $v: Int!, $input: CaseActionInput) {
    performCaseAction(caseId: $id, action: $action, expectedVersion: $v, input: $input) { invitationCode case { id version status } } }`;

  async version(caseId: string): Promise<number> {
    const [row] = await this.api.sql<{ version: number }>('select version from mediation_case where id = ?', [Number(caseId)]);
    return row.version;
  }

  async act(caseId: string, action: string, who: string, input?: Record<string, unknown>) {
    const res = await this.api.gql(CaseWalker.ACT, { id: caseId, action, v: await this.version(caseId), input }, await this.as(who));
    if (res.errors) throw new Error(`${action} by ${who}: ${JSON.stringify(res.errors)}`);
    return res.data.performCaseAction as { invitationCode: string | null; case: { id: string; version: number; status: string } };
  }

  /** Filed at 黄羊镇人民调解委员会 (or `at` another committee and place) by `applicant` against 吴德明. */
  async filed(applicant: string, at: FiledAt = {}): Promise<string> {
    const [committee] = await this.api.sql<{ id: number }>('select id from committee where name = ?', [at.committee ?? '黄羊镇人民调解委员会']);
    const res = await this.api.gql('mutation($input: CaseInput!) { fileCase(input: $input) { id } }', {
      input: {
        idempotencyKey: randomUUID(), disputeType: at.disputeType ?? 'DAMAGES', regionCode: at.regionCode ?? '620602101', committeeId: String(committee.id),
        facts: '被申请人驾驶农用车倒车时撞坏申请人家院墙约三米。', claims: '赔偿修墙费用 3000 元', amountInvolved: '3000',
        applicants: [{ name: '周海燕' }], respondents: [{ name: '吴德明' }],
      },
    }, await this.as(applicant));
    if (res.errors) throw new Error(`fileCase: ${JSON.stringify(res.errors)}`);
    return res.data.fileCase.id as string;
  }

  /** Accepted: returns the respondent's invitation code. */
  async accepted(applicant: string, at: FiledAt = {}) {
    const id = await this.filed(applicant, at);
    const { invitationCode } = await this.act(id, 'ACCEPT', 'huangyang-sifasuo');
    return { id, invitationCode: invitationCode as string };
  }

  async choosingMediator(applicant: string, respondent: string, at: FiledAt = {}): Promise<string> {
    const { id, invitationCode } = await this.accepted(applicant, at);
    const res = await this.api.gql('mutation($c: String!) { respondToInvitation(code: $c, consent: true) { id } }', { c: invitationCode }, await this.as(respondent));
    if (res.errors) throw new Error(`respondToInvitation: ${JSON.stringify(res.errors)}`);
    return id;
  }

  async demoMediatorId(): Promise<string> {
    const [account] = await this.api.sql<{ mediator_id: number }>("select s.mediator_id from staff_assignment s join user_account u on u.id = s.user_id where u.openid = 'dev:mediator'");
    return String(account.mediator_id);
  }

  async inMediation(applicant: string, respondent: string): Promise<string> {
    const id = await this.choosingMediator(applicant, respondent);
    await this.act(id, 'ASSIGN_MEDIATOR', 'huangyang-sifasuo', { mediatorId: await this.demoMediatorId() });
    await this.act(id, 'MEDIATOR_ACCEPT', 'mediator');
    return id;
  }

  static readonly DRAFT = `mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: WRITTEN,
    factsAndResponsibilities: "被申请人倒车撞坏申请人院墙约三米，应承担全部修复费用。",
    terms: [{ content: "被申请人赔偿申请人修墙费用人民币贰仟伍佰元", method: "微信转账一次付清", performBy: "2026-12-10" }] }) { id } }`;

  /** In mediation with a written agreement drafted (not yet confirmed). */
  async drafted(applicant: string, respondent: string): Promise<string> {
    const id = await this.inMediation(applicant, respondent);
    const res = await this.api.gql(CaseWalker.DRAFT, { id }, await this.as('mediator'));
    if (res.errors) throw new Error(`draftAgreement: ${JSON.stringify(res.errors)}`);
    return id;
  }

  /** Closed with success on a written agreement both parties confirmed. */
  async succeeded(applicant: string, respondent: string): Promise<string> {
    const id = await this.drafted(applicant, respondent);
    for (const party of [applicant, respondent]) {
      const res = await confirmAgreement(this.api, id, await this.as(party));
      if (res.errors) throw new Error(`confirmAgreement: ${JSON.stringify(res.errors)}`);
    }
    await this.act(id, 'RECORD_SUCCESS', 'mediator', { reason: '达成书面协议' });
    return id;
  }
}

/** What a party's page does: read the agreement as it stands (id and content hash), then confirm exactly that. */
export async function confirmAgreement(api: TestApi, caseId: string, token: string, select = 'id') {
  const read = await api.gql('query($id: ID!) { case(id: $id) { agreement { id contentHash } } }', { id: caseId }, token);
  const agreement = read.data?.case?.agreement as { id: string; contentHash: string } | null | undefined;
  return api.gql(`mutation($id: ID!, $a: ID!, $h: String!) { confirmAgreement(caseId: $id, agreementId: $a, contentHash: $h) { ${select} } }`, {
    id: caseId,
    a: agreement?.id ?? '0',
    h: agreement?.contentHash ?? '',
  }, token);
}

/** Sends `count` calls with at most `inFlight` at once; returns every answer. */
export async function concurrently<T>(count: number, inFlight: number, call: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await call(i);
      }
    }),
  );
  return results;
}
