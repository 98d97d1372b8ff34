import { Button, Picker, Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { execute } from '../../api/client';
import { newIdempotencyKey } from '../../api/idempotency';
import { TextAreaField, TextField } from '../../components/field';
import { Section } from '../../components/page';
import { ReasonAction } from '../../components/reason-action';
import type { RoomProposalItemFragment } from '../../gql/graphql';
import { AnswerProposalMutation, DraftAgreementFromProposalMutation, PutProposalMutation } from '../../graphql/room';
import { useAction } from '../../hooks/use-action';
import { chinaDateInDays } from '../../labels';
import { toast } from '../../navigation';

const STATE_LABEL: Record<RoomProposalItemFragment['state'], string> = { OPEN: '等待答复', ACCEPTED: '各方已接受', REJECTED: '有当事人不接受' };

/**
 * The thread's proposals (调解方案): the mediator puts one; the parties it is put to accept it or
 * say why not; a joint one every party accepted becomes the draft agreement with one tap.
 */
export function Proposals({ caseId, partyId, loaded, canPropose }: {
  caseId: string;
  partyId: string | null;
  /** The thread's proposals as the room page's one query brought them. */
  loaded: RoomProposalItemFragment[];
  canPropose: boolean;
}) {
  const [proposals, setProposals] = useState(loaded);
  useEffect(() => setProposals(loaded), [loaded]);
  /** Each step answers with the proposal as it now stands: it replaces the one shown, or joins the list at the top (newest first). */
  const show = (p: RoomProposalItemFragment) => setProposals((now) => (now.some((q) => q.id === p.id) ? now.map((q) => (q.id === p.id ? p : q)) : [p, ...now]));
  const { busy, run } = useAction();
  const answer = async (p: RoomProposalItemFragment, accept: boolean, note: string | null = null) => {
    const done = await run(() => execute(AnswerProposalMutation, { proposalId: p.id, accept, note }), accept ? '已接受方案' : '已告诉调解员您的意见');
    if (done) show(done.answerProposal);
    return !!done;
  };
  const draft = async (p: RoomProposalItemFragment, facts: string) => {
    const done = await run(() => execute(DraftAgreementFromProposalMutation, { proposalId: p.id, factsAndResponsibilities: facts }), '已按方案起草调解协议，请双方在案件页确认');
    return !!done;
  };
  return (
    <View>
      {proposals.map((p) => (
        <Section key={p.id} title={`调解方案（${STATE_LABEL[p.state]}）`}>
          {p.terms.map((t, i) => (
            <View key={i} className='term'>
              <Text className='pre'>{`${i + 1}. ${t.content}`}</Text>
              <View className='muted'>履行方式：{t.method}；履行期限：{t.performBy}</View>
            </View>
          ))}
          {p.note && <View className='muted'>说明：{p.note}</View>}
          {p.answers.map((a) => (
            <View key={a.partyId} className='muted'>
              {a.partyName}：{a.accepted ? '接受' : `不接受${a.note ? `（${a.note}）` : ''}`}
            </View>
          ))}
          {p.canAnswer && (
            <View className='actions'>
              {p.myAnswer !== null && <View className='muted'>{p.myAnswer ? '您已接受这个方案。' : '您已告诉调解员不接受。'}可以改变主意：</View>}
              {p.myAnswer !== true && (
                <Button className='btn btn--small' disabled={busy} onClick={() => void answer(p, true)}>
                  接受方案
                </Button>
              )}
              {p.myAnswer !== false && (
                <ReasonAction label='不接受，说说我的意见' placeholder='请说明不接受的原因或您的意见' confirmLabel='告诉调解员' busy={busy} onSubmit={(note) => answer(p, false, note)} />
              )}
            </View>
          )}
          {canPropose && !p.partyId && p.state === 'ACCEPTED' && (
            <ReasonAction
              label='按此方案起草调解协议'
              className='btn'
              placeholder='纠纷的主要事实、争议事项和各方责任'
              confirmLabel='起草协议'
              busy={busy}
              onSubmit={(facts) => draft(p, facts)}
            />
          )}
        </Section>
      ))}
      {canPropose && <ProposalForm caseId={caseId} partyId={partyId} onPut={show} />}
    </View>
  );
}

function ProposalForm({ caseId, partyId, onPut }: { caseId: string; partyId: string | null; onPut: (proposal: RoomProposalItemFragment) => void }) {
  const [open, setOpen] = useState(false);
  const [content, setContent] = useState('');
  const [method, setMethod] = useState('');
  const [performBy, setPerformBy] = useState(chinaDateInDays(30));
  const [note, setNote] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const { busy, run } = useAction();
  if (!open) {
    return (
      <Button className='btn btn--ghost' onClick={() => setOpen(true)}>
        {partyId ? '背对背征询一个方案' : '向双方提出调解方案'}
      </Button>
    );
  }
  const put = async () => {
    if (content.trim().length < 2 || method.trim().length < 2) return void toast('请写明方案内容和履行方式');
    const done = await run(() => execute(PutProposalMutation, { caseId, partyId, terms: [{ content: content.trim(), method: method.trim(), performBy }], note: note.trim() || null, clientKey: key }), '方案已发出');
    if (!done) return;
    setOpen(false);
    setContent('');
    setMethod('');
    setNote('');
    setKey(newIdempotencyKey());
    onPut(done.putProposal);
  };
  return (
    <Section title={partyId ? '背对背征询方案（只有这一方能看到）' : '向双方提出调解方案'}>
      <TextAreaField label='方案内容' required value={content} onChange={setContent} placeholder='例如：被申请人赔偿申请人修墙费用 2000 元' />
      <TextField label='履行方式' required value={method} onChange={setMethod} placeholder='例如：微信转账一次付清' />
      <Picker mode='date' value={performBy} start={chinaDateInDays(0)} onChange={(e) => setPerformBy(e.detail.value)}>
        <View className='picker'>履行期限 {performBy}</View>
      </Picker>
      <TextAreaField label='说明（可不填）' value={note} onChange={setNote} placeholder='例如：双方各让一步' />
      <View className='actions'>
        <Button className='btn' disabled={busy} onClick={() => void put()}>
          发出方案
        </Button>
        <Button className='btn btn--plain' onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </Section>
  );
}
