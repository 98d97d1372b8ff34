import { Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { clearSession, isSignedIn } from '../../api/session';
import { Page } from '../../components/page';
import { useElderMode } from '../../hooks/use-elder-mode';

export default function Settings() {
  const [elder, setElder] = useElderMode();
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
      {isSignedIn() && (
        <View
          className='list-item'
          onClick={() => {
            clearSession();
            void Taro.reLaunch({ url: '/pages/index/index' });
          }}
        >
          <Text>退出登录</Text>
        </View>
      )}
      <View className='muted'>人民调解不收取任何费用。如遇紧急情况请拨打 110。</View>
    </Page>
  );
}
