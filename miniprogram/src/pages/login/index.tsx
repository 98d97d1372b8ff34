import { Button, Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { saveSession } from '../../api/session';
import { Page } from '../../components/page';
import { DevLoginMutation, LoginWithWeChatMutation } from '../../graphql/identity';
import { useAction } from '../../hooks/use-action';
import { toast } from '../../navigation';
import { PAGE } from '../../page-paths';

/** Signs in (WeChat `Taro.login` in the mini-program; a demo account by name outside WeChat), then goes on. */
export default function Login() {
  const { params } = useRouter();
  const next = params.next ? decodeURIComponent(params.next) : `/${PAGE.home}`;
  const [name, setName] = useState('');
  const { busy, run } = useAction();

  const finish = (session: { accessToken: string; accessTokenExpiresAt: string; refreshToken: string; me: { needsPrivacyConsent: boolean } }) => {
    saveSession(session);
    // WeChat requires the privacy guide to be accepted before any personal information is collected.
    const url = session.me.needsPrivacyConsent ? `/pages/privacy/index?next=${encodeURIComponent(next)}` : next;
    void Taro.redirectTo({ url });
  };

  const signIn = async (how: 'wechat' | 'dev') => {
    if (how === 'dev' && !name.trim()) return void toast('请输入演示账号名');
    const session = await run(async () =>
      how === 'wechat'
        ? (await execute(LoginWithWeChatMutation, { code: (await Taro.login()).code })).loginWithWeChat
        : (await execute(DevLoginMutation, { name: name.trim() })).devLogin,
    );
    if (session) finish(session);
  };

  return (
    <Page>
      <View className='card stack'>
        <Text className='card__title'>登录人民调解</Text>
        <Text className='text-2'>登录后可以申请调解、查看案件进度、确认调解协议。</Text>
        {process.env.TARO_ENV === 'weapp' && (
          <Button className='btn' disabled={busy} onClick={() => void signIn('wechat')}>
            微信一键登录
          </Button>
        )}
      </View>
      {DEV_LOGIN && (
        <View className='card stack'>
          <Text className='card__title'>演示账号登录</Text>
          <Text className='muted'>仅用于演示和测试环境，正式环境不可用。工作人员账号：mediator、huangyang-admin、sifaju；其他名字即为群众账号。</Text>
          <Input className='input' placeholder='账号名，例如 zhangsan' value={name} onInput={(e) => setName(e.detail.value)} />
          <Button className='btn btn--ghost' disabled={busy} onClick={() => void signIn('dev')}>
            登录
          </Button>
        </View>
      )}
    </Page>
  );
}
