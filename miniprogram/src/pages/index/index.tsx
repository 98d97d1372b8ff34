import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { clearSession } from '../../api/session';
import { Page } from '../../components/page';
import { elderModeChosen, useElderMode } from '../../hooks/use-elder-mode';
import { roleScope, useMe } from '../../hooks/use-me';
import { useState } from 'react';
import { go, goSignedIn } from '../../navigation';

const ENTRIES = [
  { title: '找调解员', text: '按专长、等级、语言挑选您信任的调解员', path: 'pages/mediators/index', signIn: false },
  { title: '附近的调委会', text: '就近找到人民调解委员会', path: 'pages/committees/index', signIn: false },
  { title: '我的案件', text: '进度、调解协议、履行和回访', path: 'pages/cases/index', signIn: true },
  { title: '设置', text: '长辈模式、退出登录', path: 'pages/settings/index', signIn: false },
];

export default function Home() {
  const { me, reload } = useMe();
  const mediator = roleScope(me, 'MEDIATOR');
  const committee = roleScope(me, 'COMMITTEE_ADMIN');
  const justice = roleScope(me, 'JUSTICE_OFFICE') ?? roleScope(me, 'SYSTEM_ADMIN');
  const grid = roleScope(me, 'GRID_OFFICER');
  // On first use, the choice of 长辈模式 is offered here (and is always in 设置).
  const [elder, setElder] = useElderMode();
  const [offerElder, setOfferElder] = useState(() => !elderModeChosen());
  const choose = (on: boolean) => {
    setElder(on);
    setOfferElder(false);
  };
  return (
    <Page>
      {offerElder && (
        <View className='card' data-testid='elder-offer'>
          <Text className='card__title'>{elder ? '已为您打开长辈模式' : '字太小？试试长辈模式'}</Text>
          <View className='text-2'>字更大，按钮更大。以后可以在“设置”里随时切换。</View>
          <View className='actions'>
            <Button className='btn' onClick={() => choose(true)}>
              {elder ? '保持长辈模式' : '打开长辈模式'}
            </Button>
            <Button className='btn btn--plain' onClick={() => choose(false)}>
              {elder ? '改用标准模式' : '不用了'}
            </Button>
          </View>
        </View>
      )}
      <View className='home-hero'>
        <Text className='home-hero__title'>有纠纷，找调解</Text>
        <Text className='home-hero__text'>人民调解免费、自愿、保密。提交申请后，由人民调解委员会受理，双方共同选定调解员。</Text>
        <Button className='btn' onClick={() => goSignedIn('pages/file/index')}>
          申请调解
        </Button>
      </View>
      {ENTRIES.map((e) => (
        <View key={e.path} className='list-item' onClick={() => (e.signIn ? goSignedIn(e.path) : go(e.path))}>
          <Text className='list-item__title'>{e.title}</Text>
          <View className='muted'>{e.text}</View>
        </View>
      ))}
      {(mediator || committee || justice || grid) && (
        <View className='card'>
          <View className='card__head'>
            <Text className='card__title'>工作台</Text>
          </View>
          <View className='actions'>
            {mediator && (
              <Button className='btn btn--ghost' onClick={() => go('packages/mediator/pages/workbench/index')}>
                调解员工作台
              </Button>
            )}
            {committee && (
              <Button className='btn btn--ghost' onClick={() => go('packages/committee/pages/inbox/index', { committeeId: committee.committeeId ?? '' })}>
                调委会受理台
              </Button>
            )}
            {committee && (
              <Button className='btn btn--ghost' onClick={() => go('packages/committee/pages/register/index', { committeeId: committee.committeeId ?? '' })}>
                来访登记
              </Button>
            )}
            {justice && (
              <Button className='btn btn--ghost' onClick={() => go('packages/justice/pages/dashboard/index', { regionCode: justice.regionCode ?? '' })}>
                统计看板
              </Button>
            )}
            {(committee || justice) && (
              <Button className='btn btn--ghost' onClick={() => go('packages/committee/pages/staff/index')}>
                邀请工作人员
              </Button>
            )}
            {grid && (
              <Button className='btn btn--ghost' onClick={() => go('packages/grid/pages/report/index')}>
                上报纠纷
              </Button>
            )}
            {grid && (
              <Button className='btn btn--ghost' onClick={() => go('packages/grid/pages/reports/index')}>
                我的上报
              </Button>
            )}
          </View>
        </View>
      )}
      <View className='row row--between muted'>
        <Text>{me ? `已登录${me.realName ? `：${me.realName}` : ''}` : '未登录'}</Text>
        {me ? (
          <Text
            className='link'
            onClick={() => {
              clearSession();
              void reload();
              void Taro.showToast({ title: '已退出登录', icon: 'none' });
            }}
          >
            退出登录
          </Text>
        ) : (
          <Text className='link' onClick={() => go('pages/login/index')}>
            登录
          </Text>
        )}
      </View>
    </Page>
  );
}
