import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute, uploadEvidence } from '../../api/client';
import { StatusTag } from '../../components/case-list-item';
import { AgreementSection, CaseFacts, NextSession, Timeline } from '../../components/case-sections';
import { JudicialApplication } from '../../components/judicial-application';
import { MediatorCard } from '../../components/mediator-card';
import { TextAreaField } from '../../components/field';
import { Page, RemoteView, Section } from '../../components/page';
import { ReasonAction } from '../../components/reason-action';
import { ApplyForJudicialConfirmationMutation, CaseDetailQuery, ConfirmAgreementMutation, PerformCaseActionMutation, SubmitStatementMutation } from '../../graphql/cases';
import { useRemote } from '../../hooks/use-remote';
import { useAction } from '../../hooks/use-action';
import { DEADLINE_LABEL, formatDate } from '../../labels';
import { confirmDialog, go, toast } from '../../navigation';
import { askForCaseUpdates, canAskForCaseUpdates } from '../../subscribe';
import { choosePhotos } from '../../media';
import { PAGE } from '../../page-paths';

const CLOSED = ['SUCCEEDED', 'FAILED'];

/** A party's view of their case: where it stands, what comes next, and what they can do now. */
export default function CasePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => execute(CaseDetailQuery, { id }), [id]);
  const { busy, run: act } = useAction();
  useDidShow(() => {
    if (remote.data) void remote.reload();
  });

  const [uploading, setUploading] = useState<string | null>(null);
  const addEvidence = async (caseId: string, already: number) => {
    let photos: string[];
    try {
      photos = await choosePhotos(9);
    } catch {
      return; // cancelled
    }
    const uploaded = await act(async () => {
      for (const [i, photo] of photos.entries()) {
        await uploadEvidence(caseId, photo, `证据照片${already + i + 1}`, (percent) => setUploading(`正在上传证据 ${i + 1}/${photos.length}：${percent}%`));
      }
      return true;
    }, '证据已上传');
    setUploading(null);
    if (uploaded) await remote.reload();
  };

  /** A step on the case, then the case as it now stands. */
  const run = async (work: () => Promise<unknown>, done: string) => {
    if ((await act(work, done)) !== undefined) await remote.reload();
  };

  return (
    <Page>
      <RemoteView remote={remote}>
        {({ case: c }) => {
          const me = c.parties.find((p) => p.isMe);
          const confirmed = !!me && !!c.agreement && !c.agreement.status.awaitingConfirmationFrom.includes(me.name);
          const myRole = me?.role;
          const rated = c.ratings.some((r) => r.partyRole === myRole);
          const pendingFollowUp = c.followUps.find((f) => f.status === 'PENDING' && new Date(f.dueAt).getTime() <= Date.now());
          return (
            <View>
              <View className='card'>
                <View className='row row--between'>
                  <Text className='card__title'>{c.disputeType.label}纠纷</Text>
                  <StatusTag status={c.status} />
                </View>
                <View className='muted'>{c.number}</View>
                {c.dueAt && !c.closedAt && (
                  <View className='muted'>
                    办理期限 {formatDate(c.dueAt)}
                    {c.deadlineState ? `（${DEADLINE_LABEL[c.deadlineState]}）` : ''}
                  </View>
                )}
                {c.closingNote && <View className='text-2'>{c.closingNote}</View>}
              </View>

              {c.nextSteps.length > 0 && (
                <Section title='接下来'>
                  {c.nextSteps.map((step) => (
                    <View key={step.title} className='next-step'>
                      <Text className='list-item__title'>{step.title}</Text>
                      <View className='text-2'>{step.detail}</View>
                      {step.contact && <View className='muted'>{step.contact}</View>}
                    </View>
                  ))}
                </Section>
              )}

              {c.status === 'CHOOSING_MEDIATOR' && (
                <View className='card'>
                  <Text className='text-2'>{c.myRanking.length ? '您已提交选择，等待对方选择。' : '请从调委会的调解员名册中选择您信任的调解员（最多三位，对方看不到您的选择）。'}</Text>
                  <Button className='btn' onClick={() => void go('pages/rank/index', { id: c.id })}>
                    {c.myRanking.length ? '修改我的选择' : '去选择调解员'}
                  </Button>
                </View>
              )}

              {c.mediator && (
                <Section title='承办调解员'>
                  <MediatorCard m={c.mediator} onClick={() => void go(PAGE.mediatorProfile, { id: c.mediator?.id })} />
                  {['IN_MEDIATION', 'SUCCEEDED', 'FAILED', 'WITHDRAWN'].includes(c.status) && (
                    <Button className='btn btn--ghost' onClick={() => void go(PAGE.room, { id: c.id })}>
                      {c.status === 'IN_MEDIATION' ? `进入线上调解室${c.roomUnreadCount ? `（${c.roomUnreadCount} 条新消息）` : ''}` : '查看线上调解记录'}
                    </Button>
                  )}
                  {(c.mediator.contactPhone || c.committee.phone) && (
                    <Button className='btn btn--plain btn--small' onClick={() => void Taro.makePhoneCall({ phoneNumber: (c.mediator?.contactPhone ?? c.committee.phone) })}>
                      打电话
                    </Button>
                  )}
                </Section>
              )}

              <NextSession c={c} />

              <AgreementSection c={c}>
                {me && c.agreement?.kind === 'WRITTEN' && !c.agreement.sealedAt && (
                  <View className='actions'>
                    {confirmed ? (
                      <Text className='muted'>您已确认第 {c.agreement.version} 稿。{c.agreement.status.label}</Text>
                    ) : (
                      <Button
                        className='btn'
                        disabled={busy}
                        onClick={() =>
                          void confirmDialog(
                            `确认调解协议（第 ${c.agreement?.version ?? 1} 稿）`,
                            '您确认的是上面显示的这一稿。各方确认后，经调解员签字、调委会盖章即生效，具有法律约束力；协议如再修改，须重新确认。',
                          ).then((r) => {
                            const a = c.agreement;
                            if (r.confirm && a) void run(() => execute(ConfirmAgreementMutation, { caseId: c.id, agreementId: a.id, contentHash: a.contentHash }), '已确认');
                          })
                        }
                      >
                        我已阅读，确认协议
                      </Button>
                    )}
                  </View>
                )}
                {me && c.status === 'SUCCEEDED' && c.agreement?.kind === 'WRITTEN' && c.agreement.sealedAt && !c.agreement.judicialAppliedOn && (
                  <JudicialApplication
                    deadline={c.agreement.judicialDeadline}
                    busy={busy}
                    onApply={(court, appliedOn) => void run(() => execute(ApplyForJudicialConfirmationMutation, { caseId: c.id, input: { court, appliedOn } }), '已记录')}
                  />
                )}
              </AgreementSection>

              {me && CLOSED.includes(c.status) && (
                <View className='actions'>
                  {!rated && (
                    <Button className='btn btn--ghost' onClick={() => void go('pages/rate/index', { id: c.id })}>
                      评价本次调解
                    </Button>
                  )}
                  {pendingFollowUp && (
                    <Button className='btn' onClick={() => void go('pages/follow-up/index', { id: c.id, followUpId: pendingFollowUp.id })}>
                      填写回访
                    </Button>
                  )}
                </View>
              )}

              <CaseFacts c={c} />
              {me && !c.closedAt && <StatementPanel caseId={c.id} current={c.parties.find((p) => p.isMe)?.statement ?? ''} onDone={() => void remote.reload()} />}
              {/* Evidence is added while the case is handled; a closed case's file (卷宗) is final. */}
              {me && !c.closedAt && (
                <View className='actions'>
                  {uploading && <View className='banner banner--info'>{uploading}</View>}
                  <Button className='btn btn--plain' disabled={busy || !!uploading} onClick={() => void addEvidence(c.id, c.evidence.length)}>
                    补充证据照片
                  </Button>
                </View>
              )}
              <Timeline c={c} />

              {myRole === 'APPLICANT' && c.allowedActions.includes('WITHDRAW') && (
                <ReasonAction
                  label='撤回申请'
                  placeholder='请说明撤回原因（撤回后本案终止，需要时可重新申请）'
                  confirmLabel='确认撤回'
                  busy={busy}
                  onSubmit={(reason) => run(() => execute(PerformCaseActionMutation, { caseId: c.id, action: 'WITHDRAW', expectedVersion: c.version, input: { reason } }), '已撤回')}
                />
              )}
              {canAskForCaseUpdates && !CLOSED.includes(c.status) && (
                <Button className='btn btn--plain' onClick={() => void askForCaseUpdates()}>
                  接收案件进展通知
                </Button>
              )}
            </View>
          );
        }}
      </RemoteView>
    </Page>
  );
}

/** 我的陈述: a party's own account of the dispute (for the respondent, their side of it), read by both parties and the mediator. */
function StatementPanel({ caseId, current, onDone }: { caseId: string; current: string; onDone: () => void }) {
  const [text, setText] = useState(current);
  const { busy, run } = useAction();
  const submit = async () => {
    if (text.trim().length < 5) return void toast('请至少写 5 个字');
    if (await run(() => execute(SubmitStatementMutation, { caseId, statement: text.trim() }), '已提交')) onDone();
  };
  return (
    <Section title='我的陈述'>
      <TextAreaField label='您对这件纠纷的说法（双方和调解员都能看到，办结前可以修改）' value={text} onChange={setText} placeholder='例如：事情的经过、您的理由和想法' />
      <Button className='btn btn--plain' disabled={busy || text.trim() === current} onClick={() => void submit()}>
        {current ? '修改陈述' : '提交陈述'}
      </Button>
    </Section>
  );
}
