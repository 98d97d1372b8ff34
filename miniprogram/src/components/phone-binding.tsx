import { Button, Text, View } from '@tarojs/components';
import { execute } from '../api/client';
import { BindPhoneNumberMutation } from '../graphql/identity';
import { useAction } from '../hooks/use-action';
import { toast } from '../navigation';

/**
 * 绑定手机号: WeChat vouches that the number is the person's own (getPhoneNumber), so a phone a
 * filing gave can be matched to whoever signs in. Only inside WeChat: a web page cannot prove a
 * number, so H5 says where to do it instead of offering a form that could be lied to.
 */
export function PhoneBinding({ phone, onBound }: { phone: string | null; onBound: (phone: string | null) => void }) {
  const { busy, run } = useAction();
  const bind = async (code: string | undefined) => {
    if (!code) return void toast('没有授权手机号，可以稍后在“设置”中绑定');
    const done = await run(() => execute(BindPhoneNumberMutation, { code }), '已绑定手机号');
    if (done) onBound(done.bindPhoneNumber.phone ?? null);
  };
  return (
    <View data-testid='phone-binding'>
      <View className='text-2'>{phone ? `已绑定手机号 ${phone}` : '尚未绑定手机号'}</View>
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='btn btn--plain' disabled={busy} openType='getPhoneNumber' onGetPhoneNumber={(e) => void bind(e.detail.code)}>
          {phone ? '更换为微信绑定的手机号' : '用微信绑定手机号'}
        </Button>
      ) : (
        <Text className='muted'>绑定手机号需要由微信验证号码属于您本人，请在微信中打开“人民调解”小程序，在“设置”里绑定。网页版不能绑定手机号。</Text>
      )}
    </View>
  );
}
