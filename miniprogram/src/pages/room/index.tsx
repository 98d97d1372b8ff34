import { Button, Image, Text, Textarea, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow, useRouter } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadEvidence, execute, uploadRoomMedia } from '../../api/client';
import { choosePhotos } from '../../media';
import { newIdempotencyKey } from '../../api/idempotency';
import { Page, RemoteView } from '../../components/page';
import type { RoomMessageItemFragment, RoomMessagePageFragment, RoomStateFragment } from '../../gql/graphql';
import { MarkRoomMessageMutation, MarkRoomReadMutation, PostRoomMessageMutation, RoomMessagesQuery, RoomPageQuery } from '../../graphql/room';
import { useAction } from '../../hooks/use-action';
import { useRemote } from '../../hooks/use-remote';
import { formatDateTime, PARTY_ROLE_LABEL } from '../../labels';
import { go, toast } from '../../navigation';
import { PAGE } from '../../page-paths';
import { askForCaseUpdates, canAskForCaseUpdates } from '../../subscribe';
import { Proposals } from './proposals';
import { ModerationLog, ThreadModeration } from './moderation';

/** New messages are asked for this often while the room is on screen (WeChat has no websocket here). */
const POLL_MS = 5000;
/** Messages shown when a thread opens; older ones on request. */
const FIRST_PAGE = 30;

/**
 * The case's mediation room: the joint thread (面对面) and, for a party, their own private thread
 * with the mediator (背对背) — for the mediator every party's. Newest messages at the bottom, older
 * ones on request, new ones polled while the page is shown.
 */
export default function Room() {
  const { params } = useRouter();
  const caseId = params.id ?? '';
  const [partyId, setPartyId] = useState<string | null>(params.party || null);
  // One round trip opens the room and each thread: its state, the thread's newest messages, its proposals.
  const room = useRemote(async () => ({ partyId, ...(await execute(RoomPageQuery, { caseId, partyId, first: FIRST_PAGE })) }), [caseId, partyId]);
  // The room as the last answer left it: a read mark or the mediator's step returns it whole.
  const [latest, setLatest] = useState<RoomStateFragment | null>(null);
  useEffect(() => setLatest(null), [room.data]);
  return (
    <Page>
      <RemoteView remote={room}>
        {({ caseRoom: loaded, partyId: shown, roomMessages, roomProposals }) => {
          const caseRoom = latest ?? loaded;
          // The thread whose messages arrived; a tapped one shows once its answer is here.
          const thread = caseRoom.threads.find((t) => (t.partyId ?? null) === shown) ?? caseRoom.threads[0];
          const switching = shown !== partyId;
          // A party's own pause holds in the joint thread only.
          const myPause = !shown ? caseRoom.myPause : null;
          return (
            <View>
              <View className='card'>
                <Text className='card__title'>线上调解室</Text>
                <View className='muted'>调解员可以和双方面对面沟通，也可以和每一方单独（背对背）沟通。</View>
                {/* WeChat sends one message per consent, and asks for consent only on a tap. */}
                {canAskForCaseUpdates && caseRoom.canWrite && (
                  <Button className='btn btn--plain btn--small' onClick={() => void askForCaseUpdates()}>
                    有新消息时通知我
                  </Button>
                )}
              </View>
              <View className='row wrap' data-testid='room-threads'>
                {caseRoom.threads.map((t) => (
                  <Text key={t.partyId ?? 'joint'} className={`chip ${(t.partyId ?? null) === partyId ? 'chip--on' : ''}`} onClick={() => setPartyId(t.partyId ?? null)}>
                    {t.title}
                    {t.unreadCount > 0 && (t.partyId ?? null) !== partyId ? `（${t.unreadCount} 条未读）` : ''}
                    {t.closed ? '（已关闭）' : ''}
                  </Text>
                ))}
              </View>
              {switching && <View className='state state--loading'><Text>加载中…</Text></View>}
              <View className='banner banner--info'>
                {shown ? '背对背：只有您和调解员能看到这里的内容，对方当事人看不到。' : '面对面：双方当事人和调解员都能看到这里的内容。'}
              </View>
              {thread.closed && <View className='banner banner--warn' data-testid='room-closed'>调解员已关闭这个对话：{thread.closedReason}。重新打开前只能查阅。</View>}
              {myPause && (
                <View className='banner banner--warn' data-testid='room-paused'>
                  调解员请您暂停在面对面对话中发言至 {formatDateTime(myPause.until)}（{myPause.reason}）。您仍可以在背对背对话中和调解员沟通。
                </View>
              )}
              {caseRoom.canModerate && <ThreadModeration caseId={caseId} room={caseRoom} partyId={shown} onChanged={setLatest} />}
              <Proposals key={`proposals-${shown ?? 'joint'}`} caseId={caseId} partyId={shown} loaded={roomProposals} canPropose={caseRoom.canPropose && !thread.closed} />
              <Thread
                key={shown ?? 'joint'}
                caseId={caseId}
                partyId={shown}
                loaded={roomMessages}
                canWrite={thread.canWrite}
                readOnlyNote={thread.closed || myPause ? null : caseRoom.canWrite ? '' : '调解室只能查阅：案件已办结，或您是查阅卷宗的工作人员。'}
                canMark={caseRoom.canModerate}
                onRoom={setLatest}
                onRefused={() => void room.reload()}
              />
              {caseRoom.moderationLog.length > 0 && <ModerationLog entries={caseRoom.moderationLog} />}
              <Button className='btn btn--plain' onClick={() => void go(PAGE.roomRecord, { id: caseId })}>
                线上调解记录（可打印，存入卷宗）
              </Button>
            </View>
          );
        }}
      </RemoteView>
    </Page>
  );
}

function Thread({ caseId, partyId, loaded, canWrite, readOnlyNote, canMark, onRoom, onRefused }: {
  caseId: string;
  partyId: string | null;
  /** The newest messages, as the room page's one query brought them (again on a pull-down). */
  loaded: RoomMessagePageFragment;
  canWrite: boolean;
  /** Why the box is missing, when no banner above says it already (null: a banner does). */
  readOnlyNote: string | null;
  /** The mediator marks messages for the case file. */
  canMark: boolean;
  /** The room as a read mark left it (unread counts). */
  onRoom: (room: RoomStateFragment) => void;
  /** A message was refused (the thread closed, a pause began): the room's state is worth asking again. */
  onRefused: () => void;
}) {
  const [messages, setMessages] = useState<RoomMessageItemFragment[]>([]);
  const [older, setOlder] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, run } = useAction();
  const shown = useRef(true);
  const readUpTo = useRef<string | null>(null);
  /** How far everyone else has read (已读 under one's own messages); it only moves forward. */
  const [othersRead, setOthersRead] = useState(0);
  const sawRead = useCallback((upTo: string | null | undefined) => setOthersRead((now) => Math.max(now, Number(upTo ?? 0))), []);

  /** Adds messages (newest first from the API) to the list kept oldest first, once each. */
  const merge = useCallback((incoming: RoomMessageItemFragment[]) => {
    setMessages((current) => {
      const byId = new Map(current.map((m) => [m.id, m]));
      for (const m of incoming) byId.set(m.id, m);
      return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
    });
  }, []);

  // The page's answer (first, and after a pull-down): merged, never replacing what polling added.
  useEffect(() => {
    merge(loaded.nodes);
    sawRead(loaded.othersReadUpTo);
    setOlder((now) => now ?? (loaded.pageInfo.hasNextPage ? loaded.pageInfo.endCursor ?? null : null));
  }, [loaded, merge, sawRead]);

  const newestCursor = () => {
    const newest = messages[messages.length - 1];
    return newest ? newest.cursor : null;
  };

  useDidShow(() => (shown.current = true));
  useDidHide(() => (shown.current = false));
  // Polling: only what is newer than the newest message shown.
  useEffect(() => {
    const timer = setInterval(() => {
      const after = newestCursor();
      if (!shown.current || !after) return;
      void execute(RoomMessagesQuery, { caseId, partyId, first: 50, after }).then((page) => {
        merge(page.roomMessages.nodes);
        sawRead(page.roomMessages.othersReadUpTo);
      }, () => undefined);
    }, POLL_MS);
    return () => clearInterval(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, partyId, messages.length]);

  // What is on screen is read: the newest message shown, once each, while the page is shown.
  useEffect(() => {
    const newest = messages[messages.length - 1];
    if (!newest || !shown.current || readUpTo.current === newest.cursor) return;
    readUpTo.current = newest.cursor;
    void execute(MarkRoomReadMutation, { caseId, partyId, cursor: newest.cursor }).then((r) => onRoom(r.markRoomRead), () => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [caseId, partyId, messages]);

  const mark = async (m: RoomMessageItemFragment) => {
    const done = await run(() => execute(MarkRoomMessageMutation, { messageId: m.id, forFile: !m.markedForFile }), m.markedForFile ? '已取消存入卷宗' : '已存入卷宗');
    if (done) merge([done.markRoomMessage]);
  };

  const earlier = async () => {
    if (!older) return;
    const page = await run(() => execute(RoomMessagesQuery, { caseId, partyId, first: FIRST_PAGE, before: older }));
    if (!page) return;
    merge(page.roomMessages.nodes);
    setOlder(page.roomMessages.pageInfo.hasNextPage ? page.roomMessages.pageInfo.endCursor ?? null : null);
  };

  const sendPhoto = async () => {
    const [path] = await choosePhotos(1).catch(() => [] as string[]);
    if (!path) return; // cancelled
    const sent = await run(() => uploadRoomMedia<RoomMessageItemFragment>('photos', caseId, partyId, path, newIdempotencyKey()), '照片已发送');
    if (!sent) return onRefused();
    merge([sent]);
  };

  const sendVoice = async (path: string, seconds: number) => {
    const sent = await run(() => uploadRoomMedia<RoomMessageItemFragment>('voice', caseId, partyId, path, newIdempotencyKey(), seconds), '语音已发送');
    if (!sent) return onRefused();
    merge([sent]);
  };

  const send = async () => {
    if (!text.trim()) return void toast('请输入要说的话');
    const sent = await run(() => execute(PostRoomMessageMutation, { caseId, partyId, text: text.trim(), clientKey: key }));
    if (!sent) return onRefused();
    merge([sent.postRoomMessage]);
    setText('');
    setKey(newIdempotencyKey());
  };

  return (
    <View>
      {older && (
        <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void earlier()}>
          查看更早的消息
        </Button>
      )}
      {messages.length === 0 && loaded.nodes.length === 0 && <View className='state'><Text>还没有消息。{canWrite ? '可以在下面说明您的情况。' : ''}</Text></View>}
      <View data-testid='room-messages'>
        {messages.map((m) => (
          <View key={m.id} className={`card message ${m.isMine ? 'message--mine' : ''}`}>
            <View className='muted'>
              {m.isMine ? '我' : m.authorName}（{ROLE_LABEL[m.authorRole]}） {formatDateTime(m.createdAt)}
              {m.isMine && <Text className='muted'> {Number(m.id) <= othersRead ? '已读' : '未读'}</Text>}
              {m.markedForFile && <Text className='tag tag--active'> 已存入卷宗</Text>}
            </View>
            {m.body && <Text className='pre'>{m.body}</Text>}
            {m.photoUrl && <RoomPhoto url={m.photoUrl} />}
            {m.voiceUrl && <VoiceNote url={m.voiceUrl} seconds={m.voiceSeconds ?? 0} />}
            {canMark && (
              <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void mark(m)}>
                {m.markedForFile ? '取消存入卷宗' : '存入卷宗'}
              </Button>
            )}
          </View>
        ))}
      </View>
      {canWrite ? (
        <View className='card'>
          <Textarea className='textarea' value={text} maxlength={2000} onInput={(e) => setText(e.detail.value)} placeholder={partyId ? '只有调解员能看到' : '双方和调解员都能看到'} />
          <View className='row'>
            <Button className='btn' disabled={busy} onClick={() => void send()}>
              发送
            </Button>
            <Button className='btn btn--ghost' disabled={busy} onClick={() => void sendPhoto()}>
              发照片
            </Button>
          </View>
          {/* Voice notes are recorded with WeChat's recorder; a browser plays them but does not record. */}
          {process.env.TARO_ENV === 'weapp' && <VoiceRecorder busy={busy} onRecorded={(path, seconds) => void sendVoice(path, seconds)} />}
        </View>
      ) : (
        readOnlyNote && <View className='muted'>{readOnlyNote}</View>
      )}
    </View>
  );
}

const ROLE_LABEL: Record<RoomMessageItemFragment['authorRole'], string> = { MEDIATOR: '调解员', ...PARTY_ROLE_LABEL };

/** A photo in the room: fetched with the sign-in (an <Image src> cannot send it), opened full screen on a tap. */
function RoomPhoto({ url }: { url: string }) {
  const [path, setPath] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let cancelled = false;
    downloadEvidence(url).then((p) => !cancelled && setPath(p), () => !cancelled && setFailed(true));
    return () => {
      cancelled = true;
    };
  }, [url]);
  if (failed) return <Text className='muted'>照片暂时打不开</Text>;
  if (!path) return <Text className='muted'>照片加载中…</Text>;
  return <Image className='evidence-thumb' src={path} mode='aspectFill' aria-label='查看大图' onClick={() => void Taro.previewImage({ current: path, urls: [path] })} />;
}

/** Hold to talk (按住说话), let go to send: WeChat's recorder, MP3, at most 60 seconds. */
function VoiceRecorder({ busy, onRecorded }: { busy: boolean; onRecorded: (path: string, seconds: number) => void }) {
  const [recording, setRecording] = useState(false);
  const recorder = useRef<Taro.RecorderManager | null>(null);
  useEffect(() => {
    const manager = Taro.getRecorderManager();
    recorder.current = manager;
    manager.onStop((res) => {
      setRecording(false);
      if (res.duration < 1000) return void toast('说话时间太短');
      onRecorded(res.tempFilePath, Math.min(60, Math.round(res.duration / 1000)));
    });
    manager.onError(() => {
      setRecording(false);
      void toast('没有录上，请允许使用麦克风后重试');
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <Button
      className={`btn ${recording ? '' : 'btn--ghost'}`}
      disabled={busy}
      onTouchStart={() => {
        setRecording(true);
        recorder.current?.start({ duration: 60_000, format: 'mp3', sampleRate: 16000, numberOfChannels: 1, encodeBitRate: 48000 });
      }}
      onTouchEnd={() => recorder.current?.stop()}
    >
      {recording ? '松开发送' : '按住说话'}
    </Button>
  );
}

/** A voice note: fetched with the sign-in, played on a tap. */
function VoiceNote({ url, seconds }: { url: string; seconds: number }) {
  const [playing, setPlaying] = useState(false);
  const play = async () => {
    if (playing) return;
    try {
      const path = await downloadEvidence(url);
      const audio = Taro.createInnerAudioContext();
      audio.src = path;
      audio.onEnded(() => {
        setPlaying(false);
        audio.destroy();
      });
      audio.onError(() => {
        setPlaying(false);
        void toast('语音暂时放不出来');
      });
      setPlaying(true);
      audio.play();
    } catch {
      void toast('语音暂时打不开');
    }
  };
  return (
    <Button className='btn btn--plain btn--small' aria-label={`语音 ${seconds} 秒`} onClick={() => void play()}>
      {playing ? `正在播放 ${seconds}″` : `▶ 语音 ${seconds}″`}
    </Button>
  );
}
