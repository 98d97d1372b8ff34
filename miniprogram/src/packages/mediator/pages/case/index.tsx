import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { StatusTag } from '../../../../components/case-list-item';
import { AgreementSection, type CaseDetail, CaseFacts, Timeline } from '../../../../components/case-sections';
import { Chips, Field, TextAreaField, TextField } from '../../../../components/field';
import { Page, RemoteView, Section } from '../../../../components/page';
import { ReasonAction } from '../../../../components/reason-action';
import type { AgreementKind, CaseAction, SessionMode, TermPerformance } from '../../../../gql/graphql';
import {
  CaseDetailQuery,
  DraftAgreementMutation,
  PerformCaseActionMutation,
  RecordSessionMutation,
  RecordTermPerformanceMutation,
  ScheduleSessionMutation,
} from '../../../../graphql/cases';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-action';
import { chinaDateInDays, formatDateTime, SESSION_MODE_LABEL, TERM_PERFORMANCE_LABEL } from '../../../../labels';
import { go, toast } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

const MODES = (Object.keys(SESSION_MODE_LABEL) as SessionMode[]).map((value) => ({ value, label: SESSION_MODE_LABEL[value] }));
const KINDS: { value: AgreementKind; label: string }[] = [
  { value: 'WRITTEN', label: '书面协议' },
  { value: 'ORAL', label: '口头协议' },
];
const PERFORMANCES = (['PERFORMED', 'PARTLY_PERFORMED', 'NOT_PERFORMED'] as TermPerformance[]).map((value) => ({ value, label: TERM_PERFORMANCE_LABEL[value] }));

const tomorrow = () => chinaDateInDays(1);
const inDays = chinaDateInDays;

interface TermDraft {
  content: string;
  method: string;
  performBy: string;
}

/** The mediator's case: accept or decline, schedule and record sessions, draft the agreement, record the outcome and fulfilment. */
export default function MediatorCase() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => execute(CaseDetailQuery, { id }), [id]);
  const { busy, run: perform } = useAction();
  const [panel, setPanel] = useState<'session' | 'agreement' | 'outcome' | null>(null);

  /** A step on the case; on success the open form closes and the case is read again. */
  const run = async (work: () => Promise<unknown>, done: string) => {
    if ((await perform(work, done)) === undefined) return;
    setPanel(null);
    await remote.reload();
  };
  const act = (c: CaseDetail, action: CaseAction, reason?: string) =>
    run(() => execute(PerformCaseActionMutation, { caseId: c.id, action, expectedVersion: c.version, input: reason ? { reason } : null }), '已办理');

  return (
    <Page>
      <RemoteView remote={remote}>
        {({ case: c }) => (
          <View>
            <View className='card'>
              <View className='row row--between'>
                <Text className='card__title'>{c.disputeType.label}纠纷</Text>
                <StatusTag status={c.status} />
              </View>
              <View className='muted'>{c.number}</View>
            </View>

            {c.allowedActions.includes('MEDIATOR_ACCEPT') && (
              <View className='actions'>
                <Button className='btn' disabled={busy} onClick={() => void act(c, 'MEDIATOR_ACCEPT')}>
                  接受派单
                </Button>
                <ReasonAction label='回避或谢绝' placeholder='与当事人有利害关系等情形应当回避，请说明原因' busy={busy} onSubmit={(reason) => act(c, 'MEDIATOR_DECLINE', reason)} />
              </View>
            )}

            {c.status === 'IN_MEDIATION' && (
              <View className='actions'>
                <Button className='btn' onClick={() => void go(PAGE.room, { id: c.id })}>
                  {`线上调解室（面对面、背对背）${c.roomUnreadCount ? `：${c.roomUnreadCount} 条新消息` : ''}`}
                </Button>
                <Button className='btn btn--ghost' onClick={() => setPanel(panel === 'session' ? null : 'session')}>
                  安排调解
                </Button>
                <Button className='btn btn--ghost' onClick={() => setPanel(panel === 'agreement' ? null : 'agreement')}>
                  {c.agreement ? '重新制作调解协议' : '制作调解协议'}
                </Button>
                <Button className='btn btn--ghost' onClick={() => setPanel(panel === 'outcome' ? null : 'outcome')}>
                  记录调解结果
                </Button>
              </View>
            )}
            {panel === 'session' && <SessionForm busy={busy} onSave={(input) => run(() => execute(ScheduleSessionMutation, { caseId: c.id, input }), '已安排')} />}
            {panel === 'agreement' && (
              <AgreementForm current={c.agreement} busy={busy} onSave={(input) => run(() => execute(DraftAgreementMutation, { caseId: c.id, input }), c.agreement ? '协议已修改，须各方重新确认' : '协议已制作，等待当事人确认')} />
            )}
            {panel === 'outcome' && <OutcomeForm c={c} busy={busy} onRecord={(action, reason) => act(c, action, reason)} />}

            {c.sessions.map((s) => (
              <SessionRecord key={s.id} session={s} busy={busy} onSave={(record) => run(() => execute(RecordSessionMutation, { sessionId: s.id, record }), '已记录')} />
            ))}

            <AgreementSection c={c}>
              {c.status === 'SUCCEEDED' &&
                c.agreement?.terms
                  .filter((t) => t.performance === 'PENDING')
                  .map((t) => (
                    <View key={t.id} className='field'>
                      <Text className='field__label'>第 {t.seq} 项履行情况</Text>
                      <Chips options={PERFORMANCES} value={null} onChange={(performance) => void run(() => execute(RecordTermPerformanceMutation, { termId: t.id, performance, note: null }), '已记录履行情况')} />
                    </View>
                  ))}
            </AgreementSection>
            <CaseFacts c={c} />
            <Timeline c={c} />
          </View>
        )}
      </RemoteView>
    </Page>
  );
}

function SessionForm({ busy, onSave }: { busy: boolean; onSave: (input: { mode: SessionMode; place: string; scheduledAt: string; participants: string[]; meetingUrl: string | null }) => Promise<unknown> }) {
  const [mode, setMode] = useState<SessionMode>('IN_PERSON');
  const [place, setPlace] = useState('');
  const [meetingUrl, setMeetingUrl] = useState('');
  const [date, setDate] = useState(tomorrow());
  const [time, setTime] = useState('09:00');
  return (
    <Section title='安排调解'>
      <Field label='方式' required>
        <Chips options={MODES} value={mode} onChange={setMode} />
      </Field>
      <TextField label={mode === 'ONLINE' ? '会议名称或会议号' : '地点'} required value={place} onChange={setPlace} placeholder={mode === 'ONLINE' ? '例如：腾讯会议 123 456 789' : '例如：黄羊镇调解室'} />
      {mode === 'ONLINE' && (
        <TextField label='会议链接（当事人在案件页复制打开）' value={meetingUrl} onChange={setMeetingUrl} placeholder='https://meeting.tencent.com/dm/…' />
      )}
      <View className='row'>
        <Picker mode='date' value={date} start={inDays(0)} onChange={(e) => setDate(e.detail.value)}>
          <View className='picker'>日期 {date}</View>
        </Picker>
        <Picker mode='time' value={time} onChange={(e) => setTime(e.detail.value)}>
          <View className='picker'>时间 {time}</View>
        </Picker>
      </View>
      <Button className='btn' disabled={busy} onClick={() => (place.trim() ? void onSave({ mode, place: place.trim(), scheduledAt: new Date(`${date}T${time}:00+08:00`).toISOString(), participants: [], meetingUrl: mode === 'ONLINE' && meetingUrl.trim() ? meetingUrl.trim() : null }) : void toast('请填写地点'))}>
        保存安排
      </Button>
    </Section>
  );
}

function SessionRecord({ session, busy, onSave }: { session: CaseDetail['sessions'][number]; busy: boolean; onSave: (record: string) => Promise<unknown> }) {
  const [record, setRecord] = useState(session.record ?? '');
  return (
    <Section title={`调解记录 · ${formatDateTime(session.scheduledAt)}`}>
      <View className='muted'>
        {SESSION_MODE_LABEL[session.mode]} · {session.place}
      </View>
      {session.recordedAt ? (
        <Text className='pre'>{session.record}</Text>
      ) : (
        <View>
          <Textarea className='textarea' value={record} placeholder='调解经过、双方意见、达成的共识' onInput={(e) => setRecord(e.detail.value)} />
          <Button className='btn btn--small' disabled={busy} onClick={() => (record.trim() ? void onSave(record.trim()) : void toast('请填写调解记录'))}>
            保存记录
          </Button>
        </View>
      )}
    </Section>
  );
}

/** Drafting, or re-drafting from the current text (a re-draft voids the parties' confirmations, so it starts from what they saw). */
function AgreementForm({ current, busy, onSave }: { current: CaseDetail['agreement']; busy: boolean; onSave: (input: { kind: AgreementKind; factsAndResponsibilities: string; terms: TermDraft[] }) => Promise<unknown> }) {
  const [kind, setKind] = useState<AgreementKind>(current?.kind ?? 'WRITTEN');
  const [facts, setFacts] = useState(current?.factsAndResponsibilities ?? '');
  const [terms, setTerms] = useState<TermDraft[]>(
    current?.terms.length ? current.terms.map((t) => ({ content: t.content, method: t.method, performBy: t.performBy })) : [{ content: '', method: '', performBy: inDays(30) }],
  );
  const setTerm = (i: number, patch: Partial<TermDraft>) => setTerms(terms.map((t, k) => (k === i ? { ...t, ...patch } : t)));
  const save = () => {
    if (facts.trim().length < 5) return void toast('请写明纠纷事实和各方责任');
    const filled = terms.filter((t) => t.content.trim());
    if (kind === 'WRITTEN' && filled.length === 0) return void toast('书面协议请至少写一项协议内容');
    if (filled.some((t) => !t.method.trim())) return void toast('请写明每项协议的履行方式');
    void onSave({ kind, factsAndResponsibilities: facts.trim(), terms: kind === 'WRITTEN' ? filled.map((t) => ({ ...t, content: t.content.trim(), method: t.method.trim() })) : [] });
  };
  return (
    <Section title='调解协议'>
      <Field label='协议形式' required>
        <Chips options={KINDS} value={kind} onChange={setKind} />
      </Field>
      <TextAreaField label='纠纷的主要事实、争议事项和各方责任' required value={facts} onChange={setFacts} placeholder='例如：被申请人在通道堆放杂物，影响申请人通行，负主要责任' />
      {kind === 'WRITTEN' &&
        terms.map((t, i) => (
          <View key={i} className='card' style={{ border: '1px solid #e8e4dc' }}>
            <TextAreaField label={`第 ${i + 1} 项：协议内容`} value={t.content} onChange={(content) => setTerm(i, { content })} placeholder='例如：王某于期限内赔偿李某 500 元' />
            <TextField label='履行方式' value={t.method} onChange={(method) => setTerm(i, { method })} placeholder='例如：微信转账' />
            <Picker mode='date' value={t.performBy} start={inDays(0)} onChange={(e) => setTerm(i, { performBy: e.detail.value })}>
              <View className='picker'>履行期限 {t.performBy}</View>
            </Picker>
          </View>
        ))}
      {kind === 'WRITTEN' && (
        <Text className='muted' onClick={() => setTerms([...terms, { content: '', method: '', performBy: inDays(30) }])}>
          ＋ 再加一项
        </Text>
      )}
      <Button className='btn' disabled={busy} onClick={save}>
        保存协议，请当事人确认
      </Button>
    </Section>
  );
}

function OutcomeForm({ c, busy, onRecord }: { c: CaseDetail; busy: boolean; onRecord: (action: CaseAction, reason: string) => Promise<unknown> }) {
  const [note, setNote] = useState('');
  const sealed = !!c.agreement && (c.agreement.kind === 'ORAL' || !!c.agreement.sealedAt);
  return (
    <Section title='调解结果'>
      <TextAreaField label='结案说明' required value={note} onChange={setNote} placeholder='例如：双方达成书面协议，当场履行第一项' />
      {!sealed && <View className='banner banner--info'>调解成功须先有调解协议；书面协议须双方当事人确认。</View>}
      <View className='actions'>
        <Button className='btn' disabled={busy || !sealed} onClick={() => (note.trim() ? void onRecord('RECORD_SUCCESS', note.trim()) : void toast('请填写结案说明'))}>
          调解成功，结案
        </Button>
        <Button className='btn btn--plain' disabled={busy} onClick={() => (note.trim() ? void onRecord('RECORD_FAILURE', note.trim()) : void toast('请填写调解不成的原因'))}>
          调解不成，终止调解
        </Button>
      </View>
    </Section>
  );
}
