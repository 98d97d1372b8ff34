/**
 * The authorization matrix: every query and mutation in schema.graphql, for every role, on an
 * object in the caller's own reach and on one outside it — allowed or denied. authorization.test.ts
 * runs every cell; authorization-effects.test.ts proves, for every mutation, that each staff role
 * allowed on its own object has the effect on a fresh real object and each denied one changes nothing.
 *
 * Own reach: 黄羊镇 (620602101) — its committee, the 黄羊镇司法所 justice office, the committee
 * admin and mediator demo accounts. Outside: 武南镇 (620602102).
 */
export const ROLES = ['anonymous', 'resident', 'mediator', 'gridOfficer', 'committeeAdmin', 'townshipOffice', 'systemAdmin'] as const;
export type RoleName = (typeof ROLES)[number];
export const LOGINS: Record<Exclude<RoleName, 'anonymous'>, string> = {
  resident: 'resident-li',
  mediator: 'mediator',
  gridOfficer: 'grid',
  committeeAdmin: 'huangyang-admin',
  townshipOffice: 'huangyang-sifasuo',
  systemAdmin: 'admin',
};

export interface Objects {
  committee: string;
  mediator: string;
  spareMediator: string;
  membership: string;
  region: string;
  residentId: string;
  /** A new, unused refresh token of the demo resident. */
  freshRefreshToken(): Promise<string>;
  /** A case at this township's committee: filed by resident-li inside, by resident-wang outside. */
  caseId: string;
  /** Its case number, （2026）黄羊镇调字第0001号. */
  caseNumber: string;
  caseVersion(): Promise<number>;
  /** Some other committee, to be asked to join. */
  otherCommittee: string;
  /** A second case of the same filer, accepted: its invitation code and number. */
  invitation: { code: string; number: string };
  /** The names of the committee and the mediator, as stored. */
  names: { committee: string; mediator: string };
}
export type Doc = (o: Objects) => { query: string; variables?: Record<string, unknown> } | Promise<{ query: string; variables?: Record<string, unknown> }>;
export type Expectation = RoleName[] | 'everyone';
export interface Row {
  doc: Doc;
  /** Objects outside one's reach are hidden: refused as NOT_FOUND as well as FORBIDDEN. */
  hidden?: boolean;
  /** Roles allowed on their own object; everyone else is denied. */
  own: Expectation;
  /** Roles allowed on an object outside their reach; omitted when the operation has no object. */
  other?: Expectation;
  /** What an allowed query must answer about the object (beyond answering without an error). */
  answer?: (data: any, o: Objects) => void | Promise<void>;
  /** A query whose allowed callers are answered BAD_USER_INPUT here (its argument is made up), not refused. */
  answersInputError?: true;
}

export const USERS: RoleName[] = ['resident', 'mediator', 'gridOfficer', 'committeeAdmin', 'townshipOffice', 'systemAdmin'];
export const ADMINS: RoleName[] = ['committeeAdmin', 'townshipOffice', 'systemAdmin'];

export const MATRIX: Record<string, Row> = {
  // Public reads: the network and the mediator menu are published information.
  'Query.disputeTypes': { doc: () => ({ query: '{ disputeTypes { code } }' }), own: 'everyone' },
  'Query.regions': { doc: () => ({ query: '{ regions { code } }' }), own: 'everyone' },
  'Query.region': { doc: (o) => ({ query: 'query($c: String!) { region(code: $c) { name } }', variables: { c: o.region } }), own: 'everyone', other: 'everyone' },
  'Query.committees': { doc: () => ({ query: '{ committees(first: 2) { nodes { id } } }' }), own: 'everyone' },
  'Query.committee': {
    doc: (o) => ({ query: 'query($id: ID!) { committee(id: $id) { name members { role } } }', variables: { id: o.committee } }),
    own: 'everyone',
    other: 'everyone',
    answer: (data, o) => expect(data.name).toBe(o.names.committee),
  },
  'Query.mediators': { doc: () => ({ query: '{ mediators(first: 2) { nodes { id } } }' }), own: 'everyone' },
  'Query.mediatorLanguages': { doc: () => ({ query: '{ mediatorLanguages { label mediatorCount } }' }), own: 'everyone' },
  'Query.mediator': {
    doc: (o) => ({ query: 'query($id: ID!) { mediator(id: $id) { name } }', variables: { id: o.mediator } }),
    own: 'everyone',
    other: 'everyone',
    answer: (data, o) => expect(data.name).toBe(o.names.mediator),
  },
  'Query.gridUnits': { doc: () => ({ query: '{ gridUnits(first: 2) { nodes { id } } }' }), own: 'everyone' },
  'Query.me': { doc: () => ({ query: '{ me { id } }' }), own: USERS },
  'Query.myOpenCaseAgainst': { doc: () => ({ query: '{ myOpenCaseAgainst(respondentName: "孙某") { id } }' }), own: USERS },

  // Signing in is open to everyone; what follows needs a signed-in user.
  'Mutation.loginWithWeChat': { doc: () => ({ query: 'mutation { loginWithWeChat(code: "bad") { accessToken } }' }), own: 'everyone' },
  'Mutation.devLogin': { doc: () => ({ query: 'mutation { devLogin(name: "someone") { accessToken } }' }), own: 'everyone' },
  'Mutation.refreshSession': {
    doc: async (o) => ({ query: 'mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }', variables: { t: await o.freshRefreshToken() } }),
    own: 'everyone',
  },
  'Mutation.acceptPrivacyPolicy': { doc: () => ({ query: 'mutation { acceptPrivacyPolicy(version: "2026-11-01") { id } }' }), own: USERS },
  'Mutation.bindPhoneNumber': { doc: () => ({ query: 'mutation { bindPhoneNumber(code: "c") { id } }' }), own: USERS },
  'Mutation.setRealNameIdentity': { doc: () => ({ query: 'mutation { setRealNameIdentity(realName: "李四", idNumber: "620102199001011241") { id } }' }), own: USERS },
  'Mutation.redeemStaffInvitation': { doc: () => ({ query: 'mutation { redeemStaffInvitation(code: "NOPE") { id } }' }), own: USERS },
  'Mutation.revealPersonalData': {
    doc: (o) => ({ query: 'mutation($u: ID!) { revealPersonalData(userId: $u, field: PHONE, reason: "核实联系方式") }', variables: { u: o.residentId } }),
    own: ['systemAdmin'],
  },

  // Maintaining the network: within one's committee or region.
  'Mutation.createCommittee': {
    doc: (o) => ({
      query: 'mutation($r: String!) { createCommittee(input: { name: "某村人民调解委员会", kind: VILLAGE, regionCode: $r, address: "村委会", phone: "0935-1111111" }) { id } }',
      variables: { r: o.region },
    }),
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
  },
  'Mutation.updateCommittee': {
    doc: (o) => ({ query: 'mutation($id: ID!) { updateCommittee(id: $id, input: { serviceHours: "周一至周日 9:00-17:00" }) { id } }', variables: { id: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.setCommitteeActive': {
    doc: (o) => ({ query: 'mutation($id: ID!) { setCommitteeActive(id: $id, active: true) { id } }', variables: { id: o.committee } }),
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
  },
  'Mutation.createMediator': {
    doc: () => ({ query: 'mutation { createMediator(input: { name: "新调解员", sex: FEMALE, background: TEACHER, employment: PART_TIME, grade: 4 }) { id } }' }),
    own: ADMINS,
  },
  'Mutation.updateMediator': {
    doc: (o) => ({ query: 'mutation($id: ID!) { updateMediator(id: $id, input: { bio: "热心调解" }) { id } }', variables: { id: o.mediator } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.setMediatorActive': {
    doc: (o) => ({ query: 'mutation($id: ID!) { setMediatorActive(id: $id, active: true) { id } }', variables: { id: o.mediator } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.createStaffInvitation': {
    doc: (o) => ({
      query: 'mutation($c: ID!, $m: ID!) { createStaffInvitation(input: { role: MEDIATOR, displayName: "调解员甲", committeeId: $c, mediatorId: $m }) { code } }',
      variables: { c: o.committee, m: o.mediator },
    }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.addMembership': {
    doc: (o) => ({ query: 'mutation($c: ID!, $m: ID!) { addMembership(input: { committeeId: $c, mediatorId: $m }) { id } }', variables: { c: o.committee, m: o.spareMediator } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.setMembershipRole': {
    doc: (o) => ({ query: 'mutation($id: ID!) { setMembershipRole(id: $id, role: MEMBER) { id } }', variables: { id: o.membership } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  // Cases: visible to their parties, the handling committee's staff (and the justice office above), the assigned mediator.
  'Query.case': {
    doc: (o) => ({ query: 'query($id: ID!) { case(id: $id) { number parties { name phone } timeline { action } allowedActions } }', variables: { id: o.caseId } }),
    own: ['resident', 'committeeAdmin', 'townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    hidden: true,
    answer: (data, o) => expect(data.number).toBe(o.caseNumber),
  },
  'Query.myCases': { doc: () => ({ query: '{ myCases { totalCount nodes { number } } }' }), own: USERS },
  // Cases the caller registered (walk-ins, grid reports): staff who register; the list is their own, so there is no "other".
  'Query.myRegisteredCases': { doc: () => ({ query: '{ myRegisteredCases { totalCount nodes { number } } }' }), own: ['gridOfficer', ...ADMINS] },
  // Only the signed-in mediator's own cases exist for the query, so there is no "other".
  'Query.assignedCases': { doc: () => ({ query: '{ assignedCases { totalCount nodes { number } } }' }), own: ['mediator'] },
  'Query.committeeCases': {
    doc: (o) => ({ query: 'query($c: ID!) { committeeCases(committeeId: $c) { nodes { number } } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    answer: (data, o) => expect(data.nodes.map((n: { number: string }) => n.number)).toContain(o.caseNumber),
  },
  'Query.oversightCases': {
    doc: (o) => ({ query: 'query($c: ID!) { oversightCases(filter: { committeeId: $c, includeSubordinates: true }) { nodes { number } } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    answer: (data, o) => expect(data.nodes.map((n: { number: string }) => n.number)).toContain(o.caseNumber),
  },
  'Query.caseBacklog': {
    doc: (o) => ({ query: 'query($r: String!) { caseBacklog(regionCode: $r) { awaitingAcceptance } }', variables: { r: o.region } }),
    // By region: the justice office's view (a committee admin asks by committee).
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
  },
  'Query.statistics': {
    doc: (o) => ({ query: 'query($c: ID!) { statistics(from: "2026-01-01", to: "2027-01-01", committeeId: $c) { accepted } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Query.warnings': {
    doc: (o) => ({ query: 'query($r: String!) { warnings(regionCode: $r) { id } }', variables: { r: o.region } }),
    own: ADMINS,
    other: ['committeeAdmin', 'systemAdmin'], // a committee admin sees only its own committee's, anywhere
  },
  // Warnings are reached by id; whose is whose is in warnings.test.ts.
  'Mutation.acknowledgeWarning': { doc: () => ({ query: 'mutation { acknowledgeWarning(id: "999999") { id } }' }), own: ADMINS },
  'Mutation.resolveWarning': { doc: () => ({ query: 'mutation { resolveWarning(id: "999999", resolution: "已化解") { id } }' }), own: ADMINS },
  'Query.subsidies': {
    doc: (o) => ({ query: 'query($r: String!) { subsidies(from: "2026-01-01", to: "2027-01-01", regionCode: $r) { total } }', variables: { r: o.region } }),
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
  },
  'Query.mediatorAssessment': {
    doc: (o) => ({ query: 'query($c: ID!) { mediatorAssessment(half: "2026H2", committeeId: $c) { score } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Query.caseInvitation': {
    doc: (o) => ({ query: 'query($c: String!) { caseInvitation(code: $c) { number } }', variables: { c: o.invitation.code } }),
    own: 'everyone',
    answer: (data, o) => expect(data.number).toBe(o.invitation.number),
  },
  'Mutation.fileCase': {
    doc: (o) => ({
      query: 'mutation($input: CaseInput!) { fileCase(input: $input) { id } }',
      variables: { input: { idempotencyKey: `matrix-${Math.random().toString(36).slice(2)}`, disputeType: 'NEIGHBOURHOOD', regionCode: `${o.region}201`, facts: '邻里之间因排水沟发生争执。', claims: '疏通排水沟', respondents: [{ name: '张某' }] } },
    }),
    own: USERS,
  },
  'Mutation.registerCase': {
    doc: (o) => ({
      query: 'mutation($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
      variables: { input: { channel: 'WALK_IN', committeeId: o.committee, idempotencyKey: `matrix-${Math.random().toString(36).slice(2)}`, disputeType: 'NEIGHBOURHOOD', regionCode: o.region, facts: '来访群众反映邻居占用通道。', claims: '恢复通行', applicants: [{ name: '赵某' }], respondents: [{ name: '钱某' }] } },
    }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.respondToInvitation': { doc: () => ({ query: 'mutation { respondToInvitation(code: "NOPE", consent: true) { id } }' }), own: USERS },
  // Before performCaseAction: ranking is for the case's parties only, and only while they choose.
  'Mutation.rankMediators': {
    doc: (o) => ({ query: 'mutation($id: ID!, $m: ID!) { rankMediators(caseId: $id, mediatorIds: [$m]) { id } }', variables: { id: o.caseId, m: o.mediator } }),
    own: ['resident'],
    other: [],
    hidden: true,
  },
  'Mutation.performCaseAction': {
    doc: async (o) => ({
      query: 'mutation($id: ID!, $v: Int!) { performCaseAction(caseId: $id, action: ACCEPT, expectedVersion: $v) { invitationCode } }',
      variables: { id: o.caseId, v: await o.caseVersion() },
    }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },

  // Around the workflow (the case is awaiting consent by now, so allowed callers get CONFLICT, not a change).
  'Mutation.scheduleSession': {
    doc: (o) => ({ query: 'mutation($id: ID!) { scheduleSession(caseId: $id, input: { scheduledAt: "2026-12-01T02:00:00Z", place: "调解室", mode: IN_PERSON }) { id } }', variables: { id: o.caseId } }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.draftAgreement': {
    doc: (o) => ({ query: 'mutation($id: ID!) { draftAgreement(caseId: $id, input: { kind: ORAL, factsAndResponsibilities: "双方同意互相谅解，不再追究。" }) { id } }', variables: { id: o.caseId } }),
    own: [], // only the assigned mediator; nobody here is
    other: [],
    hidden: true,
  },
  'Mutation.confirmAgreement': {
    doc: (o) => ({ query: 'mutation($id: ID!) { confirmAgreement(caseId: $id, agreementId: "1", contentHash: "0") { id } }', variables: { id: o.caseId } }),
    own: ['resident'],
    other: [],
    hidden: true,
  },
  'Mutation.applyForJudicialConfirmation': {
    doc: (o) => ({ query: 'mutation($id: ID!) { applyForJudicialConfirmation(caseId: $id, input: { court: "凉州区人民法院", appliedOn: "2026-11-23" }) { id } }', variables: { id: o.caseId } }),
    own: ['resident', ...ADMINS],
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.recordJudicialResult': {
    doc: (o) => ({ query: 'mutation($id: ID!) { recordJudicialResult(caseId: $id, result: CONFIRMED, reference: "（2026）甘0602民特1号") { id } }', variables: { id: o.caseId } }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.reissueInvitation': {
    doc: (o) => ({ query: 'mutation($id: ID!) { reissueInvitation(caseId: $id) { invitationCode } }', variables: { id: o.caseId } }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.inviteJointCommittee': {
    doc: (o) => ({ query: 'mutation($id: ID!, $c: ID!) { inviteJointCommittee(caseId: $id, committeeId: $c) { id } }', variables: { id: o.caseId, c: o.otherCommittee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.recordPastCase': {
    doc: (o) => ({
      query: 'mutation($input: PastCaseInput!) { recordPastCase(input: $input) { id } }',
      variables: { input: { idempotencyKey: `matrix-past-${o.committee}-${Math.random().toString(36).slice(2)}`, channel: 'WALK_IN', committeeId: o.committee, disputeType: 'NEIGHBOURHOOD', regionCode: o.region,
        facts: '两户因院墙排水问题发生争执。', claims: '改造排水沟', applicants: [{ name: '赵桂兰' }], respondents: [{ name: '钱德明' }], acceptedOn: '2025-03-10', closedOn: '2025-03-25', outcome: 'SUCCEEDED' } },
    }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.superviseCase': {
    doc: (o) => ({ query: 'mutation($id: ID!) { superviseCase(caseId: $id, note: "请尽快受理") { id } }', variables: { id: o.caseId } }),
    // From above the handling committee: the justice offices over it (its own admin is refused).
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.inviteJointDepartment': {
    doc: (o) => ({ query: 'mutation($id: ID!) { inviteJointDepartment(caseId: $id, name: "凉州区住房和城乡建设局") { id } }', variables: { id: o.caseId } }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },
  'Mutation.rateCase': {
    doc: (o) => ({ query: 'mutation($id: ID!) { rateCase(caseId: $id, input: { outcomeScore: 5, mediatorScore: 5 }) { id } }', variables: { id: o.caseId } }),
    own: ['resident'], // the case is not closed yet: the party gets CONFLICT, everyone else is refused
    other: [],
    hidden: true,
  },
  'Mutation.markMediatorForRemoval': {
    doc: (o) => ({ query: 'mutation($m: ID!) { markMediatorForRemoval(mediatorId: $m, reason: "考核不合格") }', variables: { m: o.mediator } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
  'Mutation.logContact': {
    doc: (o) => ({ query: 'mutation($id: ID!) { logContact(caseId: $id, channel: PHONE, partyName: "孙某", summary: "电话联系，告知受理情况") }', variables: { id: o.caseId } }),
    own: ADMINS,
    other: ['systemAdmin'],
    hidden: true,
  },
  // Sessions, terms and follow-ups are reached through their case; who may touch which is in
  // case-outcomes.test.ts and follow-ups.test.ts.
  'Mutation.recordSession': { doc: () => ({ query: 'mutation { recordSession(sessionId: "999999", record: "调解笔录内容若干") { id } }' }), own: USERS },
  'Mutation.answerFollowUp': { doc: () => ({ query: 'mutation { answerFollowUp(followUpId: "999999", input: { channel: SELF, flaredUp: false, satisfaction: 5 }) { id } }' }), own: USERS },
  'Mutation.resolveFollowUpTask': { doc: () => ({ query: 'mutation { resolveFollowUpTask(taskId: "999999", resolution: "已处理") { id } }' }), own: USERS },
  'Mutation.answerMediatorRequest': { doc: () => ({ query: 'mutation { answerMediatorRequest(requestId: "999999", arrange: true) { id } }' }), own: ADMINS },
  'Mutation.submitStatement': {
    doc: (o) => ({ query: 'mutation($id: ID!) { submitStatement(caseId: $id, statement: "我方认为通道是两家共用的。") { id } }', variables: { id: o.caseId } }),
    own: ['resident'],
    other: [],
    hidden: true,
  },
  'Mutation.requestMediator': {
    // The filer's case is not yet choosing: the party gets CONFLICT, everyone else is refused.
    doc: (o) => ({ query: 'mutation($id: ID!, $m: ID!) { requestMediator(caseId: $id, mediatorId: $m) { id } }', variables: { id: o.caseId, m: o.mediator } }),
    own: ['resident'],
    other: [],
    hidden: true,
  },
  'Mutation.recordTermPerformance': { doc: () => ({ query: 'mutation { recordTermPerformance(termId: "999999", performance: PERFORMED) { id } }' }), own: USERS },

  // Last: it ends the membership the rows above use.
  'Mutation.endMembership': {
    doc: (o) => ({ query: 'mutation($id: ID!) { endMembership(id: $id) { id } }', variables: { id: o.membership } }),
    own: ADMINS,
    other: ['systemAdmin'],
  },
};
