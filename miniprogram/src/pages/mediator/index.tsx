import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { API_BASE, execute } from '../../api/client';
import { MediatorCard, ratingText } from '../../components/mediator-card';
import { Page, RemoteView, Section } from '../../components/page';
import { MediatorProfileQuery } from '../../graphql/network';
import { useRemote } from '../../hooks/use-remote';
import { BACKGROUND_LABEL } from '../../labels';
import { PAGE } from '../../page-paths';

/** A mediator's profile: background, specialties, rating, where they serve, and how to reach them. */
/** The id from the link, or from the scene of a scanned contact-card code (`m=123`, URL-encoded by WeChat). */
function mediatorIdOf(params: Record<string, string | undefined>): string {
  if (params.id) return params.id;
  const scene = decodeURIComponent(params.scene ?? '');
  return /^m=(\d{1,9})$/.exec(scene)?.[1] ?? '';
}

export default function MediatorProfile() {
  const { params } = useRouter();
  const id = mediatorIdOf(params);
  const remote = useRemote(() => execute(MediatorProfileQuery, { id }), [id]);
  useShareAppMessage(() => ({ title: remote.data ? `人民调解员 ${remote.data.mediator.name}` : '人民调解员', path: `/${PAGE.mediatorProfile}?id=${id}` }));
  return (
    <Page>
      <RemoteView remote={remote}>
        {({ mediator: m }) => (
          <View>
            <MediatorCard m={m} />
            <Section title='简介'>
              <View className='kv'>
                <Text className='kv__k'>身份</Text>
                <Text className='kv__v'>{BACKGROUND_LABEL[m.background]}{m.backgroundNote ? `（${m.backgroundNote}）` : ''}</Text>
              </View>
              <View className='kv'>
                <Text className='kv__k'>民族</Text>
                <Text className='kv__v'>{m.ethnicity}</Text>
              </View>
              <View className='kv'>
                <Text className='kv__k'>语言</Text>
                <Text className='kv__v'>{m.languages.join('、')}</Text>
              </View>
              <View className='kv'>
                <Text className='kv__k'>办结案件</Text>
                <Text className='kv__v'>{m.closedCases ? `${m.closedCases} 件，调解成功 ${m.successfulCases} 件` : '暂无'}</Text>
              </View>
              <View className='kv'>
                <Text className='kv__k'>群众评价</Text>
                <Text className='kv__v'>{ratingText(m.rating, m.ratingCount)}</Text>
              </View>
              {m.ratingCount > 0 && (
                <View className='muted'>综合评分按评价条数折算：评价少时接近 4 分，评价越多越接近群众打分的平均值，一两条评价不会大起大落。</View>
              )}
              {m.inExpertPool && (
                <View className='kv'>
                  <Text className='kv__k'>专家库</Text>
                  <Text className='kv__v'>已入选</Text>
                </View>
              )}
              {m.bio && <View className='pre text-2'>{m.bio}</View>}
            </Section>
            <Section title='所在调委会'>
              {m.memberships.map((x) => (
                <View key={x.committee.id} className='kv'>
                  <Text className='kv__k'>{x.committee.name}</Text>
                  <Text className='kv__v muted'>{x.committee.address}</Text>
                </View>
              ))}
            </Section>
            <Section title='调解联系卡'>
              <View className='contact-card' data-testid='contact-card'>
                <View>
                  <Text className='card__title'>{m.name}</Text>
                  <View className='muted'>人民调解员 · {m.memberships.map((x) => x.committee.name).join('、')}</View>
                  {(m.contactPhone || m.memberships[0]?.committee.phone) && <View className='text-2'>电话 {m.contactPhone ?? m.memberships[0]?.committee.phone}</View>}
                </View>
                <Image
                  className='contact-card__code'
                  src={`${API_BASE}/media/mediators/${m.id}/code-${process.env.TARO_ENV === 'weapp' ? 'weapp' : 'h5'}.png`}
                  mode='scaleToFill'
                  showMenuByLongpress
                  aria-label={`${m.name}的联系卡二维码`}
                />
                <View className='muted'>{process.env.TARO_ENV === 'weapp' ? '微信扫码或长按识别，查看调解员资料、申请调解' : '扫码查看调解员资料、申请调解'}</View>
              </View>
            </Section>
            {(m.contactPhone || m.memberships[0]?.committee.phone) && (
              <Button className='btn btn--ghost' onClick={() => void Taro.makePhoneCall({ phoneNumber: (m.contactPhone ?? m.memberships[0]?.committee.phone) })}>
                联系{m.contactPhone ? '调解员' : '调委会'}
              </Button>
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
