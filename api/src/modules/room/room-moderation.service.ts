import type { Context } from '../../context';
import { ConflictError, ForbiddenError, NotFoundError, UserInputError } from '../../shared/errors';
import { parseId } from '../../shared/ids';
import { sql } from '../../shared/sql';
import { inTransaction, lockRow } from '../../shared/transaction';
import { chinaDateTime } from '../../shared/china-time';
import { CaseStatus } from '../case/case-enums';
import { RoomModerationAction } from './room-moderation.entity';
import { MESSAGE_COLUMNS, type RoomAccess, RoomService, type StoredMessage, threadKey } from './room.service';
import type { RoomModerationInput } from './room.views';

export const PAUSE_MINUTES = { min: 5, max: 1440 };
const REASON = { min: 2, max: 200 };

/**
 * The mediator keeps the room in order: closes a thread and reopens it, asks a party to stop
 * writing in the joint thread for a while (冷静一下, with the reason, until a set time), and marks
 * messages for the case file. Each is an entry in the room's append-only moderation log, written
 * with the case row locked, so a second tap finds the first one done.
 */
export class RoomModerationService {
  private readonly room: RoomService;

  constructor(private readonly ctx: Context) {
    this.room = new RoomService(ctx);
  }

  async moderate(caseId: string, input: RoomModerationInput) {
    const reason = input.reason?.trim() || null;
    const problems = [];
    const pausing = input.action === RoomModerationAction.MUTE;
    const needsReason = pausing || input.action === RoomModerationAction.CLOSE_THREAD;
    const aboutParty = pausing || input.action === RoomModerationAction.UNMUTE;
    if (input.action === RoomModerationAction.MARK_FOR_FILE || input.action === RoomModerationAction.UNMARK_FOR_FILE) {
      problems.push({ field: 'input.action', reason: '存入卷宗请用 markRoomMessage' });
    }
    if (needsReason && (!reason || reason.length < REASON.min || reason.length > REASON.max)) problems.push({ field: 'input.reason', reason: `请写明原因（${REASON.min} 到 ${REASON.max} 字）` });
    if (pausing && (input.minutes == null || !Number.isInteger(input.minutes) || input.minutes < PAUSE_MINUTES.min || input.minutes > PAUSE_MINUTES.max)) {
      problems.push({ field: 'input.minutes', reason: `暂停发言 ${PAUSE_MINUTES.min} 到 ${PAUSE_MINUTES.max} 分钟` });
    }
    if (aboutParty && !input.partyId) problems.push({ field: 'input.partyId', reason: '请选择暂停或恢复发言的当事人' });
    if (problems.length) throw new UserInputError(problems);
    const id = parseId(caseId, 'caseId');
    return inTransaction(this.ctx.em, async () => {
      await lockRow(this.ctx.em, 'mediation_case', id);
      const access = await this.mediatorIn(String(id));
      const party = this.room.thread(access, input.partyId);
      const state = await this.room.state(access.mediationCase.id);
      const key = threadKey(party);
      switch (input.action) {
        case RoomModerationAction.CLOSE_THREAD:
          if (state.closed.has(key)) throw new ConflictError('这个对话已经关闭', 'input.action');
          break;
        case RoomModerationAction.REOPEN_THREAD:
          if (!state.closed.has(key)) throw new ConflictError('这个对话没有关闭', 'input.action');
          break;
        case RoomModerationAction.MUTE: {
          const pause = party && state.paused.get(party.id);
          if (pause) throw new ConflictError(`${party.name}已暂停发言至 ${chinaDateTime(pause.until)}，请先恢复再重新设置`, 'input.action');
          break;
        }
        case RoomModerationAction.UNMUTE:
          if (!party || !state.paused.has(party.id)) throw new ConflictError('这位当事人没有被暂停发言', 'input.action');
          break;
      }
      await this.ctx.db.rows(sql`insert into room_moderation (mediation_case_id, action, party_id, until, reason, actor_id)
        values (${access.mediationCase.id}, ${input.action}, ${party?.id ?? null},
          ${pausing ? sql`now() + make_interval(mins => ${input.minutes as number})` : sql`null`}, ${reason}, ${access.viewerId})`);
      return this.room.roomOf(access);
    });
  }

  /** Marks a message for the case file (存入卷宗) or takes the mark back; asking for what already holds changes nothing. */
  async mark(messageId: string, forFile: boolean) {
    const id = parseId(messageId, 'messageId');
    const [found] = await this.ctx.db.rows<{ caseId: number }>(sql`select mediation_case_id as "caseId" from room_message where id = ${id}`);
    if (!found) throw new NotFoundError('消息', id);
    return inTransaction(this.ctx.em, async () => {
      await lockRow(this.ctx.em, 'mediation_case', found.caseId);
      let access: RoomAccess;
      try {
        access = await this.mediatorIn(String(found.caseId));
      } catch (error) {
        // Someone who cannot see the case learns nothing of the message.
        if ((error as { extensions?: { code?: string } }).extensions?.code === 'NOT_FOUND') throw new NotFoundError('消息', id);
        throw error;
      }
      const changed = await this.ctx.db.rows<{ partyId: number | null }>(sql`update room_message set marked_for_file_at = ${forFile ? sql`now()` : sql`null`}
        where id = ${id} and (marked_for_file_at is null) = ${forFile} returning private_party_id as "partyId"`);
      if (changed.length) {
        await this.ctx.db.rows(sql`insert into room_moderation (mediation_case_id, action, party_id, message_id, actor_id)
          values (${found.caseId}, ${forFile ? RoomModerationAction.MARK_FOR_FILE : RoomModerationAction.UNMARK_FOR_FILE}, ${changed[0].partyId}, ${id}, ${access.viewerId})`);
      }
      const [message] = await this.ctx.db.rows<StoredMessage>(sql`select ${MESSAGE_COLUMNS} from room_message m where m.id = ${id}`);
      return this.room.view(access, message, await this.room.mediatorName(access.mediationCase));
    });
  }

  /** The room as its mediator, while the case is in mediation: nobody else runs it. */
  private async mediatorIn(caseId: string) {
    const access = await this.room.access(caseId);
    if (!access.mediator) throw new ForbiddenError('只有本案调解员可以管理调解室');
    if (access.mediationCase.status !== CaseStatus.IN_MEDIATION) throw new ConflictError('案件已不在调解中，调解室只能查阅', 'caseId');
    return access;
  }
}
