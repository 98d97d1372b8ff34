/**
 * The authorization matrix: every query and mutation in schema.graphql, for every role, on an
 * object in the caller's own reach and on one outside it — allowed or denied.
 *
 * Queries (authorization.test.ts) are asked on the objects it makes. Own reach: 黄羊镇 (620602101)
 * — its committee, the 黄羊镇司法所 justice office, the committee admin and mediator demo
 * accounts. Outside: 武南镇 (620602102). An allowed query answers without an error and what it
 * answers is checked against the object (`answer`).
 *
 * Mutations (authorization-effects.test.ts) act on the real objects of test/support/mutation-fixtures.ts,
 * each in the state the mutation needs, at 黄羊镇: "own" says who may act on that object, "other"
 * who may act on it from outside 黄羊镇 (the same role's counterpart at 武南镇). Every allowed cell
 * runs on a fresh object and must have its counted effect; every denied cell must be refused and
 * change nothing.
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
  region: string;
  /** The township's name, as stored. */
  regionName: string;
  /** A case at this township's committee: filed by resident-li inside, by resident-wang outside; waiting for acceptance. */
  caseId: string;
  /** Its case number, （2026）黄羊镇调字第0001号. */
  caseNumber: string;
  /** A second case of the same filer, accepted: its id, invitation code and number. */
  invitation: { id: string; code: string; number: string };
  /** A walk-in the committee admin registered at this committee: its number. */
  registeredNumber: string;
  /** A successful case closed this year (补录 from the ledger): its number, a line in 以案定补. */
  succeededNumber: string;
  /** A case in mediation (the demo mediator's at 黄羊镇) with one message of its filer in the joint thread of its room. */
  room: { caseId: string; body: string };
  /** The early warning a filing of 25 people raised at this committee. */
  warningId: string;
  /** The names of the committee and the mediator, as stored. */
  names: { committee: string; mediator: string };
  /** Each signed-in role's account id. */
  userIds: Record<Exclude<RoleName, 'anonymous'>, string>;
  /** How many cases the demo mediator is assigned, counted in SQL. */
  assignedToMediator: number;
}
export type Doc = (o: Objects) => { query: string; variables?: Record<string, unknown> };
export type Expectation = RoleName[] | 'everyone';
export type Reach = 'own' | 'other';

export interface QueryRow {
  doc: Doc;
  /** Objects outside one's reach are hidden: refused as NOT_FOUND as well as FORBIDDEN. */
  hidden?: boolean;
  /** Roles allowed on their own object; everyone else is denied. */
  own: Expectation;
  /** Roles allowed on an object outside their reach; omitted when the query has no object. */
  other?: Expectation;
  /** What an allowed caller must be answered, about the object asked for. */
  answer: (data: any, o: Objects, role: RoleName, reach: Reach) => void;
}

export interface MutationRow {
  /** Roles allowed on the fixture's object at 黄羊镇; everyone else is denied. */
  own: Expectation;
  /** Roles allowed on it from outside 黄羊镇; omitted when the mutation acts on the caller's own account or makes something new. */
  other?: RoleName[];
}

export const USERS: RoleName[] = ['resident', 'mediator', 'gridOfficer', 'committeeAdmin', 'townshipOffice', 'systemAdmin'];
export const ADMINS: RoleName[] = ['committeeAdmin', 'townshipOffice', 'systemAdmin'];

const numbers = (data: { nodes: { number: string }[] }) => data.nodes.map((n) => n.number);

export const QUERIES: Record<string, QueryRow> = {
  // Public reads: the network and the mediator menu are published information.
  'Query.disputeTypes': {
    doc: () => ({ query: '{ disputeTypes { code } }' }),
    own: 'everyone',
    answer: (data) => expect(data.map((d: { code: string }) => d.code)).toEqual(expect.arrayContaining(['NEIGHBOURHOOD', 'DAMAGES'])),
  },
  'Query.regions': {
    doc: () => ({ query: '{ regions { code } }' }),
    own: 'everyone',
    answer: (data) => expect(data.map((d: { code: string }) => d.code)).toEqual(['62']), // the demo province
  },
  'Query.region': {
    doc: (o) => ({ query: 'query($c: String!) { region(code: $c) { name } }', variables: { c: o.region } }),
    own: 'everyone',
    other: 'everyone',
    answer: (data, o) => expect(data.name).toBe(o.regionName),
  },
  'Query.committees': {
    doc: () => ({ query: '{ committees(first: 2) { totalCount nodes { id } } }' }),
    own: 'everyone',
    answer: (data) => {
      expect(data.nodes).toHaveLength(2);
      expect(data.totalCount).toBeGreaterThan(20);
    },
  },
  'Query.committee': {
    doc: (o) => ({ query: 'query($id: ID!) { committee(id: $id) { name members { role } } }', variables: { id: o.committee } }),
    own: 'everyone',
    other: 'everyone',
    answer: (data, o) => {
      expect(data.name).toBe(o.names.committee);
      expect(data.members.length).toBeGreaterThan(0);
    },
  },
  'Query.mediators': {
    doc: () => ({ query: '{ mediators(first: 2) { totalCount nodes { id } } }' }),
    own: 'everyone',
    answer: (data) => {
      expect(data.nodes).toHaveLength(2);
      expect(data.totalCount).toBeGreaterThan(100);
    },
  },
  'Query.mediatorLanguages': {
    doc: () => ({ query: '{ mediatorLanguages { label mediatorCount } }' }),
    own: 'everyone',
    answer: (data) => expect(data).toEqual(expect.arrayContaining([expect.objectContaining({ label: '普通话', mediatorCount: expect.any(Number) })])),
  },
  'Query.mediator': {
    doc: (o) => ({ query: 'query($id: ID!) { mediator(id: $id) { name } }', variables: { id: o.mediator } }),
    own: 'everyone',
    other: 'everyone',
    answer: (data, o) => expect(data.name).toBe(o.names.mediator),
  },
  'Query.gridUnits': {
    doc: () => ({ query: '{ gridUnits(first: 2) { nodes { id name } } }' }),
    own: 'everyone',
    answer: (data) => expect(data.nodes).toHaveLength(2),
  },
  'Query.me': {
    doc: () => ({ query: '{ me { id } }' }),
    own: USERS,
    answer: (data, o, role) => expect(data.id).toBe(o.userIds[role as Exclude<RoleName, 'anonymous'>]),
  },
  'Query.myOpenCaseAgainst': {
    doc: () => ({ query: '{ myOpenCaseAgainst(respondentName: "孙某") { id } }' }),
    own: USERS,
    // resident-li filed against 孙某; nobody else did.
    answer: (data, o, role) => (role === 'resident' ? expect(data?.id).toBe(o.caseId) : expect(data).toBeNull()),
  },
  // Cases: visible to their parties, the handling committee's staff (and the justice office above), the assigned mediator.
  'Query.case': {
    // The accepted case, waiting for the respondent: its invitation is the handling committee's (and the justice office's over it) alone.
    doc: (o) => ({ query: 'query($id: ID!) { case(id: $id) { number parties { name phone } timeline { action } allowedActions invitationState invitation { code } } }', variables: { id: o.invitation.id } }),
    own: ['resident', 'committeeAdmin', 'townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    hidden: true,
    answer: (data, o, role) => {
      expect(data.number).toBe(o.invitation.number);
      expect(data.timeline.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['FILE', 'ACCEPT']));
      if (role === 'resident') {
        expect(data.allowedActions).toEqual(['WITHDRAW']);
        expect([data.invitationState, data.invitation]).toEqual([null, null]);
      } else {
        expect([data.invitationState, data.invitation]).toEqual(['SENT', { code: o.invitation.code }]);
      }
    },
  },
  // The mediation room: the case's parties and mediator, and the committee's staff (who read it for the case file).
  'Query.caseRoom': {
    doc: (o) => ({ query: 'query($id: ID!) { caseRoom(caseId: $id) { caseId threads { partyId messageCount } } }', variables: { id: o.room.caseId } }),
    own: ['resident', 'mediator', 'committeeAdmin', 'townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    hidden: true,
    answer: (data, o, role) => {
      expect(data.caseId).toBe(o.room.caseId);
      expect(data.threads[0]).toEqual({ partyId: null, messageCount: 1 });
      // A party sees the joint thread and their own; the mediator and staff every party's.
      expect(data.threads.length).toBe(role === 'resident' ? 2 : 3);
    },
  },
  'Query.roomMessages': {
    doc: (o) => ({ query: 'query($id: ID!) { roomMessages(caseId: $id) { totalCount nodes { body authorRole isMine } } }', variables: { id: o.room.caseId } }),
    own: ['resident', 'mediator', 'committeeAdmin', 'townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    hidden: true,
    answer: (data, o, role) => expect(data.nodes).toEqual([{ body: o.room.body, authorRole: 'APPLICANT', isMine: role === 'resident' }]),
  },
  'Query.roomProposals': {
    doc: (o) => ({ query: 'query($id: ID!) { roomProposals(caseId: $id) { terms { content } canAnswer } }', variables: { id: o.room.caseId } }),
    own: ['resident', 'mediator', 'committeeAdmin', 'townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    hidden: true,
    // The filer answers it; the mediator and staff read it.
    answer: (data, o, role) => expect(data).toEqual([{ terms: [{ content: expect.stringMatching(/^清理通道，/) }], canAnswer: role === 'resident' }]),
  },
  'Query.myCases': {
    doc: () => ({ query: '{ myCases { totalCount nodes { number } } }' }),
    own: USERS,
    answer: (data, o, role) => (role === 'resident' ? expect(numbers(data)).toEqual(expect.arrayContaining([o.caseNumber, o.invitation.number])) : expect(data.totalCount).toBe(0)),
  },
  // Cases the caller registered (walk-ins, grid reports): staff who register; the list is their own, so there is no "other".
  'Query.myRegisteredCases': {
    doc: () => ({ query: '{ myRegisteredCases { totalCount nodes { number } } }' }),
    own: ['gridOfficer', ...ADMINS],
    answer: (data, o, role) => (role === 'committeeAdmin' ? expect(numbers(data)).toContain(o.registeredNumber) : expect(numbers(data)).not.toContain(o.registeredNumber)),
  },
  // Only the signed-in mediator's own cases exist for the query, so there is no "other".
  'Query.assignedCases': {
    doc: () => ({ query: '{ assignedCases { totalCount nodes { number } } }' }),
    own: ['mediator'],
    answer: (data, o) => expect(data.totalCount).toBe(o.assignedToMediator),
  },
  'Query.committeeCases': {
    doc: (o) => ({ query: 'query($c: ID!) { committeeCases(committeeId: $c) { nodes { number } } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    answer: (data, o) => expect(numbers(data)).toEqual(expect.arrayContaining([o.caseNumber, o.registeredNumber])),
  },
  'Query.oversightCases': {
    doc: (o) => ({ query: 'query($c: ID!) { oversightCases(filter: { committeeId: $c, includeSubordinates: true }) { nodes { number } } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    answer: (data, o) => expect(numbers(data)).toContain(o.caseNumber),
  },
  'Query.caseBacklog': {
    doc: (o) => ({ query: 'query($r: String!) { caseBacklog(regionCode: $r) { awaitingAcceptance } }', variables: { r: o.region } }),
    // By region: the justice office's view (a committee admin asks by committee).
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    answer: (data) => expect(data.awaitingAcceptance).toBeGreaterThanOrEqual(2), // the matrix's case and the warning's filing
  },
  'Query.statistics': {
    doc: (o) => ({ query: 'query($c: ID!) { statistics(from: "2026-01-01", to: "2027-01-01", committeeId: $c) { accepted } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    answer: (data) => expect(data.accepted).toBeGreaterThanOrEqual(2), // the invitation's case and the assessed one
  },
  'Query.warnings': {
    doc: (o) => ({ query: 'query($r: String!) { warnings(regionCode: $r) { id committee { name } } }', variables: { r: o.region } }),
    own: ADMINS,
    other: ['committeeAdmin', 'systemAdmin'], // a committee admin sees only its own committee's, anywhere
    answer: (data, o, role, reach) => {
      const ids = data.map((w: { id: string }) => w.id);
      if (role === 'committeeAdmin' && reach === 'other') expect(ids).not.toContain(o.warningId);
      else expect(ids).toContain(o.warningId);
    },
  },
  'Query.subsidies': {
    doc: (o) => ({ query: 'query($r: String!) { subsidies(from: "2026-01-01", to: "2027-01-01", regionCode: $r) { total lines { amount number } } }', variables: { r: o.region } }),
    own: ['townshipOffice', 'systemAdmin'],
    other: ['systemAdmin'],
    answer: (data, o) => {
      expect(data.lines.map((l: { number: string }) => l.number)).toContain(o.succeededNumber);
      expect(data.total).toBe(data.lines.reduce((sum: number, l: { amount: number }) => sum + l.amount, 0));
      // Only the region's own committees' cases: their numbers carry the township's name.
      for (const line of data.lines) expect(line.number).toContain(o.regionName);
    },
  },
  'Query.mediatorAssessment': {
    doc: (o) => ({ query: 'query($c: ID!) { mediatorAssessment(half: "2026H2", committeeId: $c) { mediatorId score } }', variables: { c: o.committee } }),
    own: ADMINS,
    other: ['systemAdmin'],
    answer: (data, o) => expect(data.map((a: { mediatorId: string }) => a.mediatorId)).toContain(o.mediator),
  },
  'Query.caseInvitation': {
    doc: (o) => ({ query: 'query($c: String!) { caseInvitation(code: $c) { number } }', variables: { c: o.invitation.code } }),
    own: 'everyone',
    answer: (data, o) => expect(data.number).toBe(o.invitation.number),
  },
};

/** Every mutation; who may act is proven on fixture objects (see the header). */
export const MUTATIONS: Record<string, MutationRow> = {
  // On the caller's own account: signing in is open to everyone, the rest to anyone signed in.
  'Mutation.loginWithWeChat': { own: 'everyone' },
  'Mutation.devLogin': { own: 'everyone' },
  'Mutation.refreshSession': { own: 'everyone' }, // the refresh token is the credential, whoever sends it
  'Mutation.acceptPrivacyPolicy': { own: USERS },
  'Mutation.bindPhoneNumber': { own: USERS },
  'Mutation.setRealNameIdentity': { own: USERS },
  'Mutation.redeemStaffInvitation': { own: USERS },
  'Mutation.fileCase': { own: USERS },
  // The invitation makes its holder the respondent, unless they are staff on the case already.
  'Mutation.respondToInvitation': { own: ['resident', 'mediator', 'gridOfficer'] },
  'Mutation.revealPersonalData': { own: ['systemAdmin'] },

  // Maintaining the network: within one's committee or region.
  'Mutation.createCommittee': { own: ['townshipOffice', 'systemAdmin'], other: ['systemAdmin'] },
  'Mutation.updateCommittee': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.setCommitteeActive': { own: ['townshipOffice', 'systemAdmin'], other: ['systemAdmin'] },
  'Mutation.createMediator': { own: ADMINS },
  'Mutation.updateMediator': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.setMediatorActive': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.markMediatorForRemoval': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.createStaffInvitation': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.addMembership': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.setMembershipRole': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.endMembership': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.acknowledgeWarning': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.resolveWarning': { own: ADMINS, other: ['systemAdmin'] },

  // A case's workflow: the handling committee's staff (and the justice office above), its parties, its mediator.
  'Mutation.registerCase': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.recordPastCase': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.performCaseAction': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.reissueInvitation': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.revokeInvitation': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.inviteJointCommittee': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.inviteJointDepartment': { own: ADMINS, other: ['systemAdmin'] },
  // From above the handling committee: the fixture's case is at a village below 黄羊镇, so the
  // township's admin supervises it too (its own committee's admin is refused: case-oversight tests).
  'Mutation.superviseCase': { own: ADMINS, other: ['systemAdmin'] },
  // The fixture's case is not yet assigned: its mediator logs contacts once it is (case-outcomes.test.ts).
  'Mutation.logContact': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.answerMediatorRequest': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.scheduleSession': { own: ['mediator', ...ADMINS], other: ['systemAdmin'] },
  'Mutation.recordSession': { own: ['mediator', ...ADMINS], other: ['systemAdmin'] },
  'Mutation.draftAgreement': { own: ['mediator'], other: [] }, // only the case's own mediator
  'Mutation.recordJudicialResult': { own: ADMINS, other: ['systemAdmin'] },
  'Mutation.recordTermPerformance': { own: ['mediator', ...ADMINS], other: ['systemAdmin'] },
  'Mutation.resolveFollowUpTask': { own: ADMINS, other: ['systemAdmin'] },
  // "resident" here is the case's own party.
  'Mutation.applyForJudicialConfirmation': { own: ['resident', ...ADMINS], other: ['systemAdmin'] },
  'Mutation.rankMediators': { own: ['resident'], other: [] },
  'Mutation.requestMediator': { own: ['resident'], other: [] },
  'Mutation.submitStatement': { own: ['resident'], other: [] },
  'Mutation.postRoomMessage': { own: ['resident', 'mediator'], other: [] },
  'Mutation.putProposal': { own: ['mediator'], other: [] },
  // Everyone who reads the room marks how far they have read; only its mediator runs it.
  'Mutation.markRoomRead': { own: ['resident', 'mediator', 'committeeAdmin', 'townshipOffice', 'systemAdmin'], other: ['systemAdmin'] },
  'Mutation.moderateRoom': { own: ['mediator'], other: [] },
  'Mutation.markRoomMessage': { own: ['mediator'], other: [] },
  'Mutation.answerProposal': { own: ['resident'], other: [] },
  'Mutation.draftAgreementFromProposal': { own: ['mediator'], other: [] },
  'Mutation.confirmAgreement': { own: ['resident'], other: [] },
  'Mutation.rateCase': { own: ['resident'], other: [] },
  'Mutation.answerFollowUp': { own: ['resident'], other: [] },
};

export const allows = (expectation: Expectation | undefined, role: RoleName) => expectation === 'everyone' || (expectation ?? []).includes(role);
