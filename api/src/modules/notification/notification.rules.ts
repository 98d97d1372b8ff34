import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MediationCase } from '../case/case.entity';
import { UserAccount } from '../identity/user-account.entity';
import { StaffRole } from '../staff/staff-role';
import { Notification } from './notification.entity';
import { casePage, PAGE, type PagePath } from '../../shared/page-paths';

/** Steps the parties are told about (a subscription message each). */
const PARTY_KINDS = new Set([
  'ACCEPT', 'TRANSFER', 'ESCALATE', 'CONSENT', 'REFUSE', 'MUTUAL_CHOICE', 'NO_MUTUAL_CHOICE', 'ASSIGN_MEDIATOR', 'MEDIATOR_ACCEPT',
  'MEDIATOR_DECLINE', 'REQUEST_REPLACEMENT', 'RECORD_SUCCESS', 'RECORD_FAILURE', 'WITHDRAW', 'SESSION_SCHEDULED',
  'AGREEMENT_DRAFTED', 'JUDICIAL_DECIDED', 'JUDICIAL_REMINDER', 'TERM_DUE', 'STATEMENT',
]);
/** Steps the case's mediator is told about: a new dispatch, a party's account of the dispute. */
const MEDIATOR_KINDS = new Set(['MUTUAL_CHOICE', 'ASSIGN_MEDIATOR', 'STATEMENT']);
/** Steps the committee's staff (and the justice office above) are told about. */
const STAFF_KINDS = new Set(['FILE', 'MEDIATOR_REQUESTED', 'TRANSFER', 'ESCALATE', 'ACCEPTANCE_OVERDUE', 'SUPERVISION', 'OVERDUE', 'REQUEST_REPLACEMENT', 'MEDIATOR_DECLINE', 'TERM_DUE', 'FOLLOW_UP_TASK', 'WARNING']);

/**
 * Queues the notifications an event owes, in the caller's unit of work, so they commit (or
 * roll back) together with the event itself.
 */
export async function queueCaseNotifications(em: EntityManager, mediationCase: MediationCase, kind: string, summary: string, exceptUserId?: number | null) {
  // Each recipient and the page their message opens: parties their case page, staff their own screen for it.
  const recipients = new Map<number, PagePath>();
  if (PARTY_KINDS.has(kind)) {
    if (!mediationCase.parties.isInitialized()) await mediationCase.parties.init();
    for (const party of mediationCase.parties.getItems()) if (party.user) recipients.set(party.user.id, PAGE.partyCase);
  }
  const staff = await em.getConnection().execute<{ userId: number; role: StaffRole }[]>(
    `select s.user_id as "userId", s.role, s.mediator_id as "mediatorId" from staff_assignment s
     where s.active and s.user_id is not null and (
       (s.role = ? and s.mediator_id = ?)
       or (s.role = ? and s.committee_id = ?)
       or (s.role = ? and ? like s.region_code || '%'))`,
    [StaffRole.MEDIATOR, mediationCase.mediator?.id ?? 0, StaffRole.COMMITTEE_ADMIN, mediationCase.committee.id, StaffRole.JUSTICE_OFFICE, await committeeRegion(em, mediationCase)],
    'all',
    em.getTransactionContext(),
  );
  for (const s of staff) {
    if (s.role === StaffRole.MEDIATOR ? MEDIATOR_KINDS.has(kind) : STAFF_KINDS.has(kind)) recipients.set(s.userId, s.role === StaffRole.MEDIATOR ? PAGE.mediatorCase : PAGE.committeeCase);
  }
  if (exceptUserId) recipients.delete(exceptUserId); // nobody is told about what they just did
  for (const [userId, page] of recipients) {
    em.create(Notification, { user: ref(UserAccount, userId), mediationCase: ref(mediationCase), kind, summary: summary.slice(0, 200), page: casePage(page, mediationCase.id) });
  }
}

async function committeeRegion(em: EntityManager, mediationCase: MediationCase): Promise<string> {
  const [row] = await em.getConnection().execute<[{ region_code: string }]>('select region_code from committee where id = ?', [mediationCase.committee.id], 'all', em.getTransactionContext());
  return row.region_code;
}
