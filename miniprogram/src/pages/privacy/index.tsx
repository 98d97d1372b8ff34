import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { execute } from '../../api/client';
import { Page, RemoteView } from '../../components/page';
import { AcceptPrivacyPolicyMutation, MeQuery } from '../../graphql/identity';
import { useRemote } from '../../hooks/use-remote';
import { useAction } from '../../hooks/use-action';
import { PAGE } from '../../page-paths';

const POINTS = [
  ['我们收集什么', '您的姓名、联系电话、纠纷情况和您上传的证据材料；身份证号只在需要实名时收集。'],
  ['用来做什么', '仅用于受理和调解您的纠纷、通知您案件进展、开展回访。'],
  ['谁能看到', '承办的人民调解委员会、您选定的调解员和案件当事人。电话和身份证号加密保存，工作人员只能看到部分号码。'],
  ['保存多久', '按人民调解卷宗管理规定保存，期满后删除或匿名化。'],
  ['您的权利', '您可以查阅、更正您的信息，也可以撤回同意（撤回后将无法在线申请调解）。'],
];

/** 隐私保护指引: shown before anything personal is collected; consent is recorded with its version. */
export default function Privacy() {
  const { params } = useRouter();
  const next = params.next ? decodeURIComponent(params.next) : `/${PAGE.home}`;
  const me = useRemote(() => execute(MeQuery), []);
  const { busy, run } = useAction();
  return (
    <Page>
      <RemoteView remote={me}>
        {({ me: m }) => (
          <View>
            <View className='card'>
              <View className='card__head'>
                <Text className='card__title'>隐私保护指引</Text>
                <Text className='muted'>版本 {m.currentPrivacyPolicyVersion}</Text>
              </View>
              {POINTS.map(([title, text]) => (
                <View key={title} className='field'>
                  <Text className='field__label'>{title}</Text>
                  <Text>{text}</Text>
                </View>
              ))}
            </View>
            <View className='actions'>
              <Button
                className='btn'
                disabled={busy}
                onClick={async () => {
                  if (await run(() => execute(AcceptPrivacyPolicyMutation, { version: m.currentPrivacyPolicyVersion }))) void Taro.redirectTo({ url: next });
                }}
              >
                同意并继续
              </Button>
              <Button className='btn btn--plain' onClick={() => void Taro.reLaunch({ url: `/${PAGE.home}` })}>
                暂不同意
              </Button>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
