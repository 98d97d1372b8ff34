import { Button, Text, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { execute } from '../../api/client';
import { Section } from '../../components/page';
import { ReasonAction } from '../../components/reason-action';
import type { RoomModerationInput, RoomStateFragment } from '../../gql/graphql';
import { ModerateRoomMutation } from '../../graphql/room';
import { useAction } from '../../hooks/use-action';
import { formatDateTime } from '../../labels';
import { toast } from '../../navigation';

/** How long a party may be asked to pause, as chips an elder can tap. */
const PAUSE_CHOICES = [10, 30, 60];

/**
 * The mediator's hand on the room, for the thread on screen: close it or reopen it; in the joint
 * thread, ask a party to pause for a while (冷静一下) with the reason, or let them speak again.
 */
export function ThreadModeration({ caseId, room, partyId, onChanged }: { caseId: string; room: RoomStateFragment; partyId: string | null; onChanged: (room: RoomStateFragment) => void }) {
  const { busy, run } = useAction();
  const thread = room.threads.find((t) => (t.partyId ?? null) === partyId);
  const moderate = async (input: RoomModerationInput, done: string) => {
    const result = await run(() => execute(ModerateRoomMutation, { caseId, input }), done);
    if (result) onChanged(result.moderateRoom);
    return !!result;
  };
  if (!thread) return null;
  const parties = room.threads.filter((t) => t.partyId && t.partyName);
  return (
    <View className='card' data-testid='room-moderation'>
      <View className='muted'>调解员操作（记入调解室管理记录）</View>
      <View className='actions'>
        {thread.closed ? (
          <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void moderate({ action: 'REOPEN_THREAD', partyId }, '对话已重新打开')}>
            重新打开这个对话
          </Button>
        ) : (
          <ReasonAction
            label='关闭这个对话'
            className='btn btn--plain btn--small'
            placeholder='关闭的原因（能看到这个对话的人都会看到），如：双方情绪激动，改为背对背沟通'
            confirmLabel='关闭对话'
            busy={busy}
            onSubmit={(reason) => moderate({ action: 'CLOSE_THREAD', partyId, reason }, '对话已关闭')}
          />
        )}
      </View>
      {!partyId &&
        parties.map((p) => {
          const pause = room.pauses.find((x) => x.partyId === p.partyId);
          return pause ? (
            <View key={p.partyId ?? ''} className='row wrap'>
              <Text className='text-2'>{p.partyName}暂停发言至 {formatDateTime(pause.until)}（{pause.reason}）</Text>
              <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void moderate({ action: 'UNMUTE', partyId: p.partyId }, `${p.partyName}可以发言了`)}>
                恢复{p.partyName}发言
              </Button>
            </View>
          ) : (
            <PauseAction key={p.partyId ?? ''} name={p.partyName ?? ''} busy={busy} onSubmit={(minutes, reason) => moderate({ action: 'MUTE', partyId: p.partyId, minutes, reason }, `已请${p.partyName}暂停发言`)} />
          );
        })}
    </View>
  );
}

/** Ask one party to pause in the joint thread: for how long, and why (the party reads the reason; the other party does not). */
function PauseAction({ name, busy, onSubmit }: { name: string; busy: boolean; onSubmit: (minutes: number, reason: string) => Promise<boolean> }) {
  const [open, setOpen] = useState(false);
  const [minutes, setMinutes] = useState(PAUSE_CHOICES[1]);
  const [reason, setReason] = useState('');
  if (!open)
    return (
      <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => setOpen(true)}>
        请{name}暂停发言
      </Button>
    );
  const submit = async () => {
    if (!reason.trim()) return void toast('请写明原因');
    if (await onSubmit(minutes, reason.trim())) {
      setOpen(false);
      setReason('');
    }
  };
  return (
    <View className='card'>
      <Text className='text-2'>请{name}暂停在面对面对话中发言（背对背对话不受影响）：</Text>
      <View className='row wrap'>
        {PAUSE_CHOICES.map((m) => (
          <Text key={m} className={`chip ${m === minutes ? 'chip--on' : ''}`} onClick={() => setMinutes(m)}>
            {m} 分钟
          </Text>
        ))}
      </View>
      <Textarea className='textarea' value={reason} placeholder={`原因（只有${name}和工作人员能看到），如：情绪激动，请先冷静一下`} onInput={(e) => setReason(e.detail.value)} />
      <View className='row'>
        <Button className='btn btn--small' disabled={busy} onClick={() => void submit()}>
          暂停发言
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </View>
  );
}

/** The room's moderation log, for the mediator and the committee: who was paused, which thread closed, what went into the file. */
export function ModerationLog({ entries }: { entries: RoomStateFragment['moderationLog'] }) {
  return (
    <Section title='调解室管理记录'>
      {entries.map((e, i) => (
        <View key={i} className='muted'>
          {formatDateTime(e.at)} {e.label}：{e.subject}
          {e.until ? `，至 ${formatDateTime(e.until)}` : ''}
          {e.reason ? `（${e.reason}）` : ''}
        </View>
      ))}
    </Section>
  );
}
