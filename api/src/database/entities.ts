import { CommitteeDisputeType } from '../modules/committee/committee-dispute-type.entity';
import { Committee } from '../modules/committee/committee.entity';
import { DisputeType } from '../modules/dispute-type/dispute-type.entity';
import { GridOfficer } from '../modules/grid/grid-officer.entity';
import { GridUnit } from '../modules/grid/grid-unit.entity';
import { MediatorSpecialty } from '../modules/mediator/mediator-specialty.entity';
import { Mediator } from '../modules/mediator/mediator.entity';
import { Membership } from '../modules/membership/membership.entity';
import { Region } from '../modules/region/region.entity';
import { AuditLog } from '../modules/audit/audit-log.entity';
import { Agreement, AgreementConfirmation, AgreementDraft, AgreementTerm } from '../modules/case/agreement.entity';
import { CaseEvent } from '../modules/case/case-event.entity';
import { MediationSession } from '../modules/case/session.entity';
import { CaseEvidence } from '../modules/case/evidence.entity';
import { CaseJointCommittee, CaseJointDepartment } from '../modules/case/joint-committee.entity';
import { CaseNumberCounter } from '../modules/case/case-number-counter.entity';
import { CaseParty } from '../modules/case/case-party.entity';
import { MediationCase } from '../modules/case/case.entity';
import { MediatorRanking } from '../modules/case/mediator-ranking.entity';
import { MediatorRequest } from '../modules/case/mediator-request.entity';
import { Notification } from '../modules/notification/notification.entity';
import { CaseRating } from '../modules/feedback/case-rating.entity';
import { FollowUp, FollowUpTask } from '../modules/feedback/follow-up.entity';
import { Warning, WarningCase, WarningRule } from '../modules/warning/warning.entity';
import { SubsidyRate } from '../modules/subsidy/subsidy.entity';
import { PrivacyConsent } from '../modules/identity/privacy-consent.entity';
import { RefreshToken } from '../modules/identity/refresh-token.entity';
import { UserAccount } from '../modules/identity/user-account.entity';
import { StaffAssignment } from '../modules/staff/staff-assignment.entity';
import { IdempotentRequest } from '../modules/idempotency/idempotent-request.entity';
import { RateLimitCounter } from '../rate-limit.entity';
import { RoomMessage } from '../modules/room/room-message.entity';
import { RoomProposal, RoomProposalAnswer } from '../modules/room/room-proposal.entity';
import { RoomModeration, RoomRead } from '../modules/room/room-moderation.entity';
import { CaseContribution, CaseStatistics, StatisticsMeasures, StatisticsRollup, StatisticsRollupDaily, CaseStatisticsDelta } from '../modules/statistics/statistics-rollup.entity';

/** Listed explicitly: no folder discovery, so built JS, swc-run tests and the CLI see the same set. */
export const entities = [DisputeType, Region, Committee, CommitteeDisputeType, Mediator, MediatorSpecialty, Membership, GridUnit, GridOfficer,
  UserAccount, RefreshToken, PrivacyConsent, StaffAssignment, AuditLog,
  MediationCase, CaseParty, CaseEvent, MediatorRanking, MediatorRequest, CaseNumberCounter, MediationSession, Agreement, AgreementTerm, AgreementConfirmation, AgreementDraft,
  Notification, CaseEvidence, CaseJointCommittee, CaseJointDepartment, CaseRating,
  FollowUp, FollowUpTask, WarningRule, Warning, WarningCase, SubsidyRate,
  StatisticsMeasures, CaseContribution, CaseStatistics, StatisticsRollup, StatisticsRollupDaily, CaseStatisticsDelta, IdempotentRequest, RateLimitCounter, RoomMessage, RoomProposal, RoomProposalAnswer, RoomModeration, RoomRead];
