import { ArrayType, Entity, Enum, ManyToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { MediationCase } from './case.entity';
import { SessionMode } from './outcome-enums';

/** 调解会 — a scheduled session and, once held, its record (调解笔录). */
@Entity({ tableName: 'mediation_session' })
export class MediationSession {
  [OptionalProps]?: 'participants';

  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => MediationCase, { ref: true, deleteRule: 'cascade', index: true })
  mediationCase!: Ref<MediationCase>;

  @Property({ type: 'datetime' })
  scheduledAt!: Date;

  @Property({ type: 'string', length: 200 })
  place!: string;

  @Enum({ items: () => SessionMode, nativeEnumName: 'session_mode' })
  mode!: SessionMode;

  /** For a video session (线上视频调解): the meeting's link (e.g. 腾讯会议), which the parties open from the case page. */
  @Property({ type: 'string', length: 500, nullable: true })
  meetingUrl?: string | null;

  @Property({ type: ArrayType, default: '{}' })
  participants: string[] = [];

  /** 调解笔录; set once the session is held. */
  @Property({ type: 'text', nullable: true })
  record?: string;

  @Property({ type: 'datetime', nullable: true })
  recordedAt?: Date;
}
