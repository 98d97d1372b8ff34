import { Button, Input, Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { clearSession, isSignedIn } from '../../api/session';
import { Page, Section } from '../../components/page';
import { PhoneBinding } from '../../components/phone-binding';
import { useMe } from '../../hooks/use-me';
import { RedeemStaffInvitationMutation } from '../../graphql/identity';
import { useAction } from '../../hooks/use-action';
import { useElderMode } from '../../hooks/use-elder-mode';
import { toast } from '../../navigation';
import { PAGE } from '../../page-paths';

const ROLE_LABEL: Record<string, string> = {
  SYSTEM_ADMIN: '系统管理员', JUSTICE_OFFICE: '司法行政机关', COMMITTEE_ADMIN: '调委会管理员', MEDIATOR: '调解员', GRID_OFFICER: '网格员',
};

/** 工作人员: the one-time code a system administrator (or, first, `npm run bootstrap`) issued binds a staff role to this account. */
function StaffInvitation() {
  const [code, setCode] = useState('');
  const { busy, run } = useAction();
  const redeem = async () => {
    if (code.trim().length < 6) return void toast('请输入完整的邀请码');
    const done = await run(() => execute(RedeemStaffInvitationMutation, { code: code.trim() }));
    if (!done) return;
    const roles = done.redeemStaffInvitation.staffRoles.map((r) => ROLE_LABEL[r.role] ?? '工作人员').join('、');
    void toast(`已绑定：${roles}`, 'success');
    void Taro.reLaunch({ url: `/${PAGE.home}` });
  };
  return (
    <Section title='工作人员'>
      <View className='muted'>调委会、司法所、调解员和网格员凭系统管理员给的一次性邀请码绑定身份。</View>
      <View className='search-row'>
        <Input className='input' placeholder='输入邀请码' aria-label='工作人员邀请码' value={code} onInput={(e) => setCode(e.detail.value.toUpperCase())} maxlength={20} />
        <Button className='btn btn--small' disabled={busy} onClick={() => void redeem()}>
          绑定
        </Button>
      </View>
    </Section>
  );
}

export default function Settings() {
  const [elder, setElder] = useElderMode();
  const { me, reload } = useMe();
  return (
    <Page className={elder ? 'elder' : ''}>
      <View className='card'>
        <View className='row row--between'>
          <View>
            <Text className='card__title'>长辈模式</Text>
            <View className='muted'>字更大，按钮更大，页面更简洁</View>
          </View>
          <Switch className='switch' aria-label='长辈模式' checked={elder} color='#b4282d' onChange={(e) => setElder(e.detail.value)} />
        </View>
      </View>
      {me && (
        <Section title='手机号'>
          <View className='muted'>调委会用它联系您；别人申请调解时填写了您的手机号的，绑定后才能答复调解邀请。</View>
          <PhoneBinding phone={me.phone ?? null} onBound={() => void reload()} />
        </Section>
      )}
      {isSignedIn() && <StaffInvitation />}
      {isSignedIn() && (
        <View
          className='list-item'
          onClick={() => {
            clearSession();
            void Taro.reLaunch({ url: `/${PAGE.home}` });
          }}
        >
          <Text>退出登录</Text>
        </View>
      )}
      <View className='muted'>人民调解不收取任何费用。如遇紧急情况请拨打 110。</View>
    </Page>
  );
}
