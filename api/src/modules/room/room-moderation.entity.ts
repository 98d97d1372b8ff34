import { Entity, Enum, Index, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { CaseParty } from '../case/case-party.entity';
import { MediationCase } from '../case/case.entity';
import { UserAccount } from '../identity/user-account.entity';
import { RoomMessage } from './room-message.entity';

/** What the mediator did to keep the room in order. */
export enum RoomModerationAction {
  /** A thread closed: nobody writes in it until it is reopened. */
  CLOSE_THREAD = 'CLOSE_THREAD',
  REOPEN_THREAD = 'REOPEN_THREAD',
  /** A party asked to stop writing in the joint thread for a while (冷静一下); their private thread stays open. */
  MUTE = 'MUTE',
  UNMUTE = 'UNMUTE',
  /** A message marked for the case file (存入卷宗), or the mark taken back. */
  MARK_FOR_FILE = 'MARK_FOR_FILE',
  UNMARK_FOR_FILE = 'UNMARK_FOR_FILE',
}

/**
 * The room's own record of how it was run (调解室管理记录), append-only: each closing and reopening
 * of a thread, each pause of a party with its reason and end, each message marked for the case file.
 * What holds now is read from the latest entry (a thread is closed when its latest entry closes it).
 */
@Entity({ tableName: 'room_moderation' })
@Index({ name: 'room_moderation_case_idx', properties: ['mediationCase', 'id'] })
export class RoomModeration {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade' })
  mediationCase!: Ref<MediationCase>;

  @Enum({ items: () => RoomModerationAction, nativeEnumName: 'room_moderation_action' })
  action!: RoomModerationAction;

  /**
   * The party concerned: for a thread, the private thread's party (null: the joint thread); for a
   * pause, the party paused; for a mark, the thread of the message.
   */
  @ManyToOne(() => CaseParty, { ref: true, nullable: true, deleteRule: 'cascade' })
  party?: Ref<CaseParty> | null;

  @ManyToOne(() => RoomMessage, { ref: true, nullable: true, deleteRule: 'cascade' })
  message?: Ref<RoomMessage> | null;

  /** A pause lasts until then. */
  @Property({ type: 'datetime', nullable: true })
  until?: Date | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  @ManyToOne(() => UserAccount, { ref: true })
  actor!: Ref<UserAccount>;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}

/** How far a person has read a thread of a room: the newest message they have seen. Unread counts come from it. */
@Entity({ tableName: 'room_read' })
export class RoomRead {
  @ManyToOne(() => UserAccount, { ref: true, primary: true, deleteRule: 'cascade' })
  user!: Ref<UserAccount>;

  @ManyToOne(() => MediationCase, { ref: true, primary: true, deleteRule: 'cascade' })
  mediationCase!: Ref<MediationCase>;

  /** The private thread's party id; 0: the joint thread (a key, so not a reference). */
  @PrimaryKey({ type: 'integer' })
  thread!: number;

  @Property({ type: 'integer' })
  lastReadId!: number;

  @Property({ type: 'datetime' })
  readAt!: Date;
}
