import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { execute } from '../../api/client';
import { whereAmI } from '../../location';
import { Empty, Page } from '../../components/page';
import { PagedList } from '../../components/paged-list';
import { CommitteesQuery } from '../../graphql/network';
import { usePages } from '../../hooks/use-pages';
import { go } from '../../navigation';

/** Great-circle distance in km. */
const distance = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => {
  const rad = Math.PI / 180;
  const h = Math.sin(((b.latitude - a.latitude) * rad) / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(((b.longitude - a.longitude) * rad) / 2) ** 2;
  return 12_742 * Math.asin(Math.sqrt(h));
};

/** 附近的调委会: nearest first when the person shares their location; otherwise in the usual order. */
export default function Committees() {
  const [here, setHere] = useState<{ latitude: number; longitude: number } | null>(null);
  useEffect(() => {
    whereAmI()
      .then(setHere)
      .catch(() => setHere(null));
  }, []);
  const list = usePages(async (after) => (await execute(CommitteesQuery, { first: 50, after })).committees, []);
  const sorted =
    here && list.items
      ? [...list.items].sort((a, b) => (a.latitude == null ? 1 : b.latitude == null ? -1 : distance(here, a as never) - distance(here, b as never)))
      : list.items;
  return (
    <Page>
      {!here && <View className='banner banner--info'>允许获取位置后，可按距离由近到远排列</View>}
      <PagedList
        list={{ ...list, items: sorted }}
        empty={<Empty text='暂无调委会信息' />}
        render={(c) => (
          <View key={c.id} className='list-item' onClick={() => void go('pages/mediators/index', { committeeId: c.id })}>
            <View className='row row--between'>
              <Text className='list-item__title'>{c.name}</Text>
              {here && c.latitude != null && c.longitude != null && <Text className='muted'>{distance(here, { latitude: c.latitude, longitude: c.longitude }).toFixed(1)} 公里</Text>}
            </View>
            <View className='text-2'>{c.address}</View>
            <View className='muted'>
              {c.serviceHours} · 电话 {c.phone} · {c.memberCount} 名调解员
            </View>
          </View>
        )}
      />
    </Page>
  );
}
