import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { CaseParty } from '../case/case-party.entity';
import { MediationCase } from '../case/case.entity';
import { UserAccount } from '../identity/user-account.entity';

/**
 * A message in a case's mediation room (线上调解室): in the joint thread (面对面: both parties and the
 * mediator) when `privateParty` is null, or in one party's private thread with the mediator
 * (背对背), which the other party never reads. Kept for the case file; never edited.
 */
@Entity({ tableName: 'room_message' })
@Index({ name: 'room_message_thread_idx', properties: ['mediationCase', 'privateParty', 'id'] })
@Unique({ name: 'room_message_author_key_unique', properties: ['author', 'clientKey'] })
export class RoomMessage {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade' })
  mediationCase!: Ref<MediationCase>;

  /** The party whose private thread this is; null: the joint thread. */
  @ManyToOne(() => CaseParty, { ref: true, nullable: true, deleteRule: 'cascade', index: true })
  privateParty?: Ref<CaseParty> | null;

  @ManyToOne(() => UserAccount, { ref: true })
  author!: Ref<UserAccount>;

  /** Who wrote it, in the case: MEDIATOR, APPLICANT or RESPONDENT. */
  @Property({ type: 'string', length: 16 })
  authorRole!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The sending phone's key for this message: a second tap or a retry is the same message. */
  @Property({ type: 'string', length: 64 })
  clientKey!: string;

  /** A photo or voice note sent as the message (the evidence store's content address), its type and size; null for text alone. */
  @Property({ type: 'string', length: 64, nullable: true })
  mediaSha256?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  mediaType?: string | null;

  @Property({ type: 'integer', nullable: true })
  mediaSize?: number | null;

  /** A voice note's length as the phone recorded it, in seconds. */
  @Property({ type: 'smallint', nullable: true })
  mediaSeconds?: number | null;

  /** Marked by the mediator for the case file (存入卷宗); the room_moderation log says who and when. */
  @Property({ type: 'datetime', nullable: true })
  markedForFileAt?: Date | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
