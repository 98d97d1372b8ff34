import { registerEnumType } from 'type-graphql';
import { describedBy } from '../../shared/labels';
import { CaseActor } from './case-workflow';

/** Who reads a line of the case's timeline. */
export enum EventAudience {
  /** Both parties and the staff on the case. */
  EVERYONE = 'EVERYONE',
  /** The party who wrote it (a follow-up answer) and the staff. */
  AUTHOR_AND_STAFF = 'AUTHOR_AND_STAFF',
  /** The committee, the justice office above it, joint committees and the case's mediator. */
  STAFF = 'STAFF',
}
registerEnumType(EventAudience, {
  name: 'EventAudience',
  description: '时间线记录的可见范围',
  valuesConfig: describedBy({ EVERYONE: '双方当事人和工作人员', AUTHOR_AND_STAFF: '填写的当事人本人和工作人员', STAFF: '仅工作人员' }),
});

/**
 * The audience of every kind of event, in one place. What staff write about the parties (contact
 * notes, supervision, early-warning summaries, follow-up tasks) and what one party gives privately
 * (a rating, a follow-up answer) never reaches the other party. A kind not listed is staff-only:
 * private by default.
 */
export const EVENT_AUDIENCE: Record<string, EventAudience> = {
  FILE: EventAudience.EVERYONE,
  ACCEPT: EventAudience.EVERYONE,
  CONSENT: EventAudience.EVERYONE,
  REFUSE: EventAudience.EVERYONE,
  TRANSFER: EventAudience.EVERYONE,
  ESCALATE: EventAudience.EVERYONE,
  MUTUAL_CHOICE: EventAudience.EVERYONE,
  NO_MUTUAL_CHOICE: EventAudience.EVERYONE,
  ASSIGN_MEDIATOR: EventAudience.EVERYONE,
  MEDIATOR_ACCEPT: EventAudience.EVERYONE,
  MEDIATOR_DECLINE: EventAudience.EVERYONE,
  REQUEST_REPLACEMENT: EventAudience.EVERYONE,
  RECORD_SUCCESS: EventAudience.EVERYONE,
  RECORD_FAILURE: EventAudience.EVERYONE,
  WITHDRAW: EventAudience.EVERYONE,
  SESSION_SCHEDULED: EventAudience.EVERYONE,
  SESSION_RECORDED: EventAudience.EVERYONE,
  AGREEMENT_DRAFTED: EventAudience.EVERYONE,
  AGREEMENT_CONFIRMED: EventAudience.EVERYONE,
  JUDICIAL_APPLIED: EventAudience.EVERYONE,
  JUDICIAL_DECIDED: EventAudience.EVERYONE,
  JUDICIAL_REMINDER: EventAudience.EVERYONE,
  TERM_DUE: EventAudience.EVERYONE,
  TERM_PERFORMANCE: EventAudience.EVERYONE,
  EVIDENCE_ADDED: EventAudience.EVERYONE,
  STATEMENT: EventAudience.EVERYONE,
  BACKFILLED: EventAudience.EVERYONE,
  JOINT_INVITED: EventAudience.EVERYONE,
  INVITATION_REISSUED: EventAudience.EVERYONE,
  INVITATION_REVOKED: EventAudience.EVERYONE,
  IDENTITY_VOUCHED: EventAudience.STAFF,
  FOLLOW_UP: EventAudience.AUTHOR_AND_STAFF,
  // Whom a party named stays private, like their ranking; the committee's answer reaches them on the request itself.
  MEDIATOR_REQUESTED: EventAudience.AUTHOR_AND_STAFF,
  MEDIATOR_REQUEST_DECLINED: EventAudience.STAFF,
  RATED: EventAudience.STAFF,
  CONTACT: EventAudience.STAFF,
  WARNING: EventAudience.STAFF,
  OVERDUE: EventAudience.STAFF,
  ACCEPTANCE_OVERDUE: EventAudience.STAFF,
  SUPERVISION: EventAudience.STAFF,
  FOLLOW_UP_TASK: EventAudience.STAFF,
  FOLLOW_UP_TASK_DONE: EventAudience.STAFF,
};

export const audienceOf = (action: string): EventAudience => EVENT_AUDIENCE[action] ?? EventAudience.STAFF;

const STAFF_ACTORS = [CaseActor.COMMITTEE, CaseActor.JOINT_COMMITTEE, CaseActor.SUPERVISING_COMMITTEE, CaseActor.ASSIGNED_MEDIATOR];

/** Staff on the case: its committee (and the justice office above), a joint committee, a committee above it, its mediator. */
export const isStaffOnCase = (actors: Set<CaseActor>) => STAFF_ACTORS.some((a) => actors.has(a));

/** Whether a viewer, with the roles they play in the case, reads this event. */
export function seesEvent(event: { action: string; actorUserId?: number | null }, viewerUserId: number, actors: Set<CaseActor>): boolean {
  if (isStaffOnCase(actors)) return true;
  const audience = audienceOf(event.action);
  return audience === EventAudience.EVERYONE || (audience === EventAudience.AUTHOR_AND_STAFF && event.actorUserId === viewerUserId);
}

/** audienceOf in SQL, over an event row aliased `e`: the same table, unlisted kinds staff-only. */
export const audienceSql = (e: string) =>
  `case ${e}.action ${Object.entries(EVENT_AUDIENCE).map(([action, audience]) => `when '${action}' then '${audience}'`).join(' ')} else '${EventAudience.STAFF}' end`;

/**
 * seesEvent for a viewer who is only a party of the case, in SQL over an event row `e` and the
 * viewer's account id `viewer` (the compiled case page): what is for everyone, and what they wrote.
 */
export const partySeesEventSql = (e: string, viewer: string) =>
  `(${audienceSql(e)} = '${EventAudience.EVERYONE}' or (${audienceSql(e)} = '${EventAudience.AUTHOR_AND_STAFF}' and ${e}.actor_user_id = ${viewer}))`;
