import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { isSignedIn } from '../../api/session';
import { AppError, messageOf } from '../../api/errors';
import { Page, RemoteView, Section } from '../../components/page';
import { PhoneBinding } from '../../components/phone-binding';
import { CaseInvitationQuery, RespondToInvitationMutation } from '../../graphql/cases';
import { useRemote } from '../../hooks/use-remote';
import { useAction } from '../../hooks/use-action';
import { go, toast } from '../../navigation';
import { askForCaseUpdates } from '../../subscribe';
import { invitationPage, PAGE } from '../../page-paths';

/** The respondent's landing page, opened from the shared card: what mediation is, then consent or refuse. */
export default function Invitation() {
  const { params } = useRouter();
  const code = params.code ?? '';
  const remote = useRemote(() => execute(CaseInvitationQuery, { code }), [code]);
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const { busy, run } = useAction();

  // Refused because the filing gave the respondent's phone and this account has not bound it: say so, and offer to bind
  // (the invitation says so before anyone taps; the answer, if the phone was unbound since).
  const [identityProblem, setIdentityProblem] = useState<string | null>(null);
  const bound = () => {
    setIdentityProblem(null);
    void remote.reload();
  };

  const problemOf = (inv: { identityProblem?: string | null }) => identityProblem ?? inv.identityProblem ?? null;

  const respond = async (consent: boolean) => {
    if (!consent && !reason.trim()) return void toast('请简单说明不同意调解的原因');
    if (consent) void askForCaseUpdates();
    const responded = await run(async () => {
      try {
        return await execute(RespondToInvitationMutation, { code, consent, reason: consent ? null : reason.trim() });
      } catch (e) {
        if (e instanceof AppError && e.code === 'FORBIDDEN') setIdentityProblem(messageOf(e));
        throw e;
      }
    });
    // Consent leads on to choosing mediators; a refusal to the case, closed.
    if (responded) void Taro.redirectTo({ url: `/${consent ? 'pages/rank/index' : PAGE.partyCase}?id=${responded.respondToInvitation.id}` });
  };

  // A link the committee has since replaced (or mistyped): say what to do, not "retry".
  if (remote.data === undefined && remote.error?.includes('邀请码无效')) {
    return (
      <Page>
        <View className='card stack'>
          <View className='card__title'>这个邀请链接已失效</View>
          <View className='text-2'>调委会可能已重新发送邀请，或您已答复过。请向调委会索取新的邀请链接；已答复的，可在“我的案件”中查看。</View>
          <Button className='btn btn--plain' onClick={() => void go('pages/cases/index')}>
            我的案件
          </Button>
        </View>
      </Page>
    );
  }

  return (
    <Page>
      <RemoteView remote={remote}>
        {({ caseInvitation: inv }) => (
          <View>
            <Section title='您收到一份调解邀请'>
              <Text className='text-2'>
                {inv.applicantNames.join('、')} 向 {inv.committeeName} 申请调解一起{inv.disputeTypeLabel}纠纷，邀请您参加。
              </Text>
              <View className='muted'>案号：{inv.number}</View>
            </Section>
            {inv.claims && (
              <Section title='申请人的请求事项'>
                <Text className='pre'>{inv.claims}</Text>
              </Section>
            )}
            <Section title='什么是人民调解'>
              <Text className='pre'>{inv.guidance}</Text>
              <View className='muted'>同意后，您和申请人各自从调解员名册中选择信任的调解员，双方都选中的调解员主持调解。</View>
            </Section>
            {problemOf(inv) && (
              <Section title={problemOf(inv)!.includes('手机号') ? '请先核实身份' : '无法答复这份邀请'}>
                <View className='banner banner--warn' data-testid='invitation-problem'>{problemOf(inv)}</View>
                {/* Only a phone can be fixed from here; the applicant, staff or a taken place cannot. */}
                {problemOf(inv)!.includes('手机号') && (
                  <View>
                    <View className='muted'>核实后可以查看申请人的请求事项并答复。</View>
                    <PhoneBinding phone={null} onBound={bound} />
                  </View>
                )}
              </Section>
            )}
            {!isSignedIn() ? (
              // Sign in first, then read what is asked and answer with one tap.
              <View className='actions'>
                <Button className='btn' onClick={() => void go('pages/login/index', { next: `/${invitationPage(code)}` })}>
                  登录后查看请求事项并答复
                </Button>
              </View>
            ) : problemOf(inv) ? null : refusing ? (
              <View className='card'>
                <Text className='field__label field__label--required'>不同意调解的原因</Text>
                <Textarea className='textarea' value={reason} onInput={(e) => setReason(e.detail.value)} placeholder='例如：已向法院起诉' />
                <View className='actions'>
                  <Button className='btn btn--danger' disabled={busy} onClick={() => void respond(false)}>
                    确认不同意
                  </Button>
                  <Button className='btn btn--plain' onClick={() => setRefusing(false)}>
                    返回
                  </Button>
                </View>
              </View>
            ) : (
              <View className='actions'>
                <Button className='btn' disabled={busy} onClick={() => void respond(true)}>
                  同意调解
                </Button>
                <Button className='btn btn--plain' onClick={() => setRefusing(true)}>
                  不同意调解
                </Button>
              </View>
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
