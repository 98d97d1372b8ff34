import { Button, Input, Switch, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { StatusTag } from '../../../../components/case-list-item';
import { AgreementSection, type CaseDetail, CaseFacts, Timeline } from '../../../../components/case-sections';
import { Chips, TextAreaField } from '../../../../components/field';
import { Page, RemoteView, Section } from '../../../../components/page';
import { ReasonAction } from '../../../../components/reason-action';
import type { CaseAction, CaseActionInput } from '../../../../gql/graphql';
import {
  AnswerMediatorRequestMutation, CaseDetailQuery, CaseInvitationLinkQuery, CaseMediatorMenuQuery, PerformCaseActionMutation, ReissueInvitationMutation, RevokeInvitationMutation, SuperviseCaseMutation,
} from '../../../../graphql/cases';
import { CommitteesQuery } from '../../../../graphql/network';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-action';
import { ACCEPTANCE_LABEL, DEADLINE_LABEL, formatDate, formatDateTime, PARTY_ROLE_LABEL } from '../../../../labels';
import { confirmDialog, go, toast } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

/** Triage of one case: accept (and invite the respondent), transfer, escalate, assign a mediator. */
export default function CommitteeCase() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => execute(CaseDetailQuery, { id }), [id]);
  const { busy, run } = useAction();
  // The respondent's invitation as it stands: the committee shows, copies and sends it again until it is answered.
  const invitation = useRemote(() => execute(CaseInvitationLinkQuery, { id, weChat: process.env.TARO_ENV === 'weapp' }), [id]);
  const link = invitation.data?.case.invitation ?? null;
  const state = invitation.data?.case.invitationState ?? null;
  const [panel, setPanel] = useState<CaseAction | null>(null);

  // The share card opens the invitation; with no invitation to send, the menu's 转发 shares the home page.
  useShareAppMessage(() => (link ? { title: '您收到一份人民调解邀请', path: `/${link.path}` } : { title: '人民调解', path: `/${PAGE.home}` }));

  /** A new invitation link at any time while the respondent has not answered; the old link stops working. */
  const reissue = async (c: CaseDetail, identityCheck: string | null = null) => {
    const done = await run(() => execute(ReissueInvitationMutation, { caseId: c.id, identityCheck }), '已生成新的邀请，原链接失效');
    await Promise.all([remote.reload(), invitation.reload()]);
    return !!done;
  };

  /** Withdraws the invitation (sent to the wrong person): the link stops working until a new one is made. */
  const revoke = async (c: CaseDetail) => {
    const { confirm } = await confirmDialog('撤回邀请', '撤回后，已发出的邀请链接和卡片随即失效，被申请人无法再用它答复。需要时可以重新生成邀请。');
    if (!confirm) return;
    if (await run(() => execute(RevokeInvitationMutation, { caseId: c.id }), '已撤回邀请')) await Promise.all([remote.reload(), invitation.reload()]);
  };

  const act = async (c: CaseDetail, action: CaseAction, input: CaseActionInput | null = null) => {
    const done = await run(() => execute(PerformCaseActionMutation, { caseId: c.id, action, expectedVersion: c.version, input }), '已办理');
    if (!done) return;
    setPanel(null);
    await Promise.all([remote.reload(), invitation.reload()]);
  };

  const answerRequest = async (requestId: string, arrange: boolean, answer: string | null) => {
    if (await run(() => execute(AnswerMediatorRequestMutation, { requestId, arrange, answer }), arrange ? '已安排' : '已答复当事人')) await remote.reload();
  };

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
              {c.acceptanceState && c.acceptanceDueAt && (
                <View className={c.acceptanceState === 'OVERDUE' ? 'tag tag--danger' : 'muted'}>
                  受理期限 {formatDateTime(c.acceptanceDueAt)}（{ACCEPTANCE_LABEL[c.acceptanceState]}）；逾期未受理将自动移交上级调委会
                </View>
              )}
              {c.dueAt && !c.closedAt && (
                <View className={c.deadlineState === 'OVERDUE' ? 'tag tag--danger' : 'muted'}>
                  办理期限 {formatDate(c.dueAt)}
                  {c.deadlineState ? `（${DEADLINE_LABEL[c.deadlineState]}）` : ''}
                </View>
              )}
            </View>

            {invitation.error && c.status === 'AWAITING_CONSENT' && (
              <Section title='邀请被申请人'>
                <View className='banner banner--warn' data-testid='invitation-error'>{invitation.error}</View>
                <Button className='btn btn--plain btn--small' onClick={() => void invitation.reload()}>重试</Button>
              </Section>
            )}
            {/* Only for those who may send, withdraw or re-issue it (not a joint or supervising committee). */}
            {state && (link ? <InvitationShare link={link} /> : (
              <Section title='邀请被申请人'>
                <View className='banner banner--warn' data-testid='invitation-none'>
                  {state === 'WITHDRAWN' ? '邀请已撤回，被申请人无法用原链接答复。需要时请重新生成邀请。' : '邀请已在系统升级前发出，仍然有效，但无法再次查看。需要再次发送时，请重新生成邀请（原链接随即失效）。'}
                </View>
              </Section>
            ))}
            {state && (
              <Section title='等待被申请人答复'>
                <Text className='muted'>
                  {state === 'WITHDRAWN' ? '重新生成邀请后即可发送。' : '被申请人答复前，邀请随时可以再次发送。原链接发错了人的，可以撤回或重新生成邀请，原链接随即失效。'}
                </Text>
                <Button className='btn btn--plain' disabled={busy} onClick={() => void reissue(c)}>
                  重新生成邀请链接
                </Button>
                {state !== 'WITHDRAWN' && (
                  <Button className='btn btn--plain' disabled={busy} onClick={() => void revoke(c)}>
                    撤回邀请
                  </Button>
                )}
                <Text className='muted'>
                  申请时填写了被申请人电话的，被申请人须绑定同一手机号才能答复。号码不一致或无法绑定时，请先电话或当面核实本人，写明核实方式后生成邀请，持此邀请的人即作为被申请人答复。
                </Text>
                <ReasonAction
                  label='核实身份后生成邀请'
                  placeholder='写明如何核实了被申请人身份，如：电话核实本人，姓名与申请一致'
                  confirmLabel='生成邀请'
                  busy={busy}
                  onSubmit={(check) => reissue(c, check)}
                />
              </Section>
            )}

            <View className='actions'>
              {c.allowedActions.includes('ACCEPT') && (
                <Button className='btn' disabled={busy} onClick={() => setPanel('ACCEPT')}>
                  受理
                </Button>
              )}
              {c.allowedActions.includes('ASSIGN_MEDIATOR') && (
                <Button className='btn btn--ghost' disabled={busy} onClick={() => setPanel('ASSIGN_MEDIATOR')}>
                  指派调解员
                </Button>
              )}
              {c.allowedActions.includes('TRANSFER') && (
                <Button className='btn btn--plain' disabled={busy} onClick={() => setPanel('TRANSFER')}>
                  转办其他调委会
                </Button>
              )}
              {c.allowedActions.includes('ESCALATE') && (
                <Button className='btn btn--plain' disabled={busy} onClick={() => setPanel('ESCALATE')}>
                  上报上级调委会
                </Button>
              )}
            </View>
            {panel === 'ACCEPT' && <AcceptPanel busy={busy} onAccept={(fastTrack) => void act(c, 'ACCEPT', { fastTrack })} />}
            {panel === 'ASSIGN_MEDIATOR' && <AssignPanel c={c} busy={busy} onAssign={(mediatorId) => void act(c, 'ASSIGN_MEDIATOR', { mediatorId })} />}
            {panel === 'TRANSFER' && <TransferPanel c={c} busy={busy} onTransfer={(committeeId, reason) => void act(c, 'TRANSFER', { committeeId, reason })} />}
            {panel === 'ESCALATE' && <ReasonAction label='上报上级调委会' placeholder='请说明上报原因' busy={busy} onSubmit={(reason) => act(c, 'ESCALATE', { reason })} />}

            {c.allowedActions.includes('ASSIGN_MEDIATOR') && c.mediatorRequests.some((r) => r.status === 'PENDING') && (
              <Section title='当事人指名的调解员'>
                {c.mediatorRequests
                  .filter((r) => r.status === 'PENDING')
                  .map((r) => (
                    <View key={r.id} className='card'>
                      <Text className='list-item__title'>{r.mediator.name}</Text>
                      <View className='muted'>
                        {PARTY_ROLE_LABEL[r.requestedBy]}指名{r.reason ? `：${r.reason}` : ''}
                      </View>
                      <Button className='btn btn--small' disabled={busy} onClick={() => void answerRequest(r.id, true, null)}>
                        安排该调解员
                      </Button>
                      <ReasonAction label='不能安排' placeholder='请说明原因，当事人会看到' busy={busy} onSubmit={(reason) => answerRequest(r.id, false, reason)} />
                    </View>
                  ))}
              </Section>
            )}
            {c.canSupervise && <SupervisePanel caseId={c.id} onDone={() => void remote.reload()} />}

            {c.mediator && ['IN_MEDIATION', 'SUCCEEDED', 'FAILED', 'WITHDRAWN'].includes(c.status) && (
              <Section title='线上调解室'>
                <View className='muted'>调委会可以查阅双方和调解员的全部对话（含背对背），不能在其中发言。</View>
                <View className='actions'>
                  <Button className='btn btn--ghost' onClick={() => void go(PAGE.room, { id: c.id })}>
                    查阅线上调解室
                  </Button>
                  <Button className='btn btn--plain' onClick={() => void go(PAGE.roomRecord, { id: c.id })}>
                    线上调解记录（可打印，存入卷宗）
                  </Button>
                </View>
              </Section>
            )}
            <AgreementSection c={c} />
            <CaseFacts c={c} />
            <Timeline c={c} />
          </View>
        )}
      </RemoteView>
    </Page>
  );
}

interface InvitationLink {
  code: string;
  path: string;
  h5Url?: string | null;
  weChatUrlLink?: string | null;
}

/**
 * The invitation to send: in WeChat a share card, and a link that opens it from a text message
 * (WeChat's URL link, else the H5 page); in H5 the page's whole link. Shown until the respondent answers.
 */
function InvitationShare({ link }: { link: InvitationLink }) {
  const weapp = process.env.TARO_ENV === 'weapp';
  // H5 is served by the API itself: this page's own address is the one the respondent can open.
  const copyable = weapp ? (link.weChatUrlLink ?? link.h5Url ?? null) : `${window.location.origin}${window.location.pathname}#/${link.path}`;
  return (
    <Section title='邀请被申请人'>
      <Text className='text-2'>已受理。请把调解邀请发给被申请人，对方同意后双方选择调解员。</Text>
      {weapp && (
        <Button className='btn' openType='share'>
          发送邀请卡片
        </Button>
      )}
      {copyable ? (
        <View className='invitation-link'>
          <View className='muted'>邀请链接{weapp ? (link.weChatUrlLink ? '（可通过短信发送，点开即进入小程序）' : '（网页版，在浏览器中打开）') : ''}：</View>
          <Text className='pre' style={{ wordBreak: 'break-all' }} selectable data-testid='invitation-link'>
            {copyable}
          </Text>
          <Button className='btn btn--plain btn--small' onClick={() => void Taro.setClipboardData({ data: copyable })}>
            复制邀请链接
          </Button>
        </View>
      ) : (
        // A bare code is of no use to the respondent: the card is the way to send it now.
        <View className='muted' data-testid='invitation-card-only'>暂时无法生成邀请链接，请用上面的按钮发送邀请卡片，稍后再来复制链接。</View>
      )}
    </Section>
  );
}

function AcceptPanel({ busy, onAccept }: { busy: boolean; onAccept: (fastTrack: boolean) => void }) {
  const [fastTrack, setFastTrack] = useState(false);
  return (
    <Section title='受理'>
      <View className='row row--between'>
        <Text>简易纠纷，快速调处</Text>
        <Switch className='switch' checked={fastTrack} color='#b4282d' onChange={(e) => setFastTrack(e.detail.value)} />
      </View>
      <Button className='btn' disabled={busy} onClick={() => onAccept(fastTrack)}>
        确认受理
      </Button>
    </Section>
  );
}

/** 督办: from a committee above the handling one or the justice office; the handling committee is told, the parties never read it. */
function SupervisePanel({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { busy, run } = useAction();
  const [note, setNote] = useState('');
  const submit = async () => {
    if (note.trim().length < 2) return void toast('请填写督办意见');
    if (await run(() => execute(SuperviseCaseMutation, { caseId, note: note.trim() }), '已督办，承办调委会将收到通知')) {
      setNote('');
      onDone();
    }
  };
  return (
    <Section title='督办'>
      <TextAreaField label='督办意见（当事人看不到）' value={note} onChange={setNote} placeholder='例如：请于三日内受理并联系双方当事人' />
      <Button className='btn btn--plain' disabled={busy} onClick={() => void submit()}>
        提出督办
      </Button>
    </Section>
  );
}

/** The case's own menu (best fit first, widened up the chain when too few fit), as the parties see it. */
function AssignPanel({ c, busy, onAssign }: { c: CaseDetail; busy: boolean; onAssign: (mediatorId: string) => void }) {
  const menu = useRemote(() => execute(CaseMediatorMenuQuery, { id: c.id }), [c.id]);
  const [picked, setPicked] = useState<string | null>(null);
  return (
    <Section title='指派调解员'>
      <RemoteView remote={menu}>
        {({ case: m }) => (
          <Chips
            options={m.mediatorMenu.entries.map((e) => ({
              value: e.mediator.id,
              label: `${e.mediator.name}（${e.fitsDisputeType ? '擅长本类纠纷' : e.mediator.specialties.map((s) => s.label).slice(0, 2).join('、')}${e.tierLabel === '本调委会' ? '' : `，${e.offeredBy}`}）`,
            }))}
            value={picked}
            onChange={setPicked}
          />
        )}
      </RemoteView>
      <Button className='btn' disabled={busy || !picked} onClick={() => picked && onAssign(picked)}>
        确认指派
      </Button>
    </Section>
  );
}

function TransferPanel({ c, busy, onTransfer }: { c: CaseDetail; busy: boolean; onTransfer: (committeeId: string, reason: string) => void }) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const committees = useRemote(() => execute(CommitteesQuery, { filter: { search: search.trim() || null, disputeType: c.disputeType.code }, first: 20 }), [search]);
  return (
    <Section title='转办'>
      <Input className='input' placeholder='搜索调委会名称' confirmType='search' onConfirm={(e) => setSearch(e.detail.value)} />
      <RemoteView remote={committees}>
        {({ committees: list }) => <Chips options={list.nodes.filter((x) => x.id !== c.committee.id).map((x) => ({ value: x.id, label: x.name }))} value={picked} onChange={setPicked} />}
      </RemoteView>
      <TextAreaField label='转办原因' required value={reason} onChange={setReason} />
      <Button className='btn' disabled={busy || !picked} onClick={() => (reason.trim() ? picked && onTransfer(picked, reason.trim()) : void toast('请填写转办原因'))}>
        确认转办
      </Button>
    </Section>
  );
}
