import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { execute } from '../../../../api/client';
import { ErrorState, Page, RemoteView } from '../../../../components/page';
import { RegisterCaseForm } from '../../../../components/register-case-form';
import { CommitteeDetailQuery } from '../../../../graphql/network';
import { useRemote } from '../../../../hooks/use-remote';
import { PAGE } from '../../../../page-paths';

/** 来访登记: the committee registers a dispute brought to it in person (or referred, or taken up on its own initiative). */
export default function RegisterVisit() {
  const { params } = useRouter();
  const committeeId = params.committeeId ?? '';
  const committee = useRemote(() => execute(CommitteeDetailQuery, { id: committeeId }), [committeeId]);
  if (!committeeId) return <ErrorState message='您的账号没有绑定调委会' />;
  return (
    <Page>
      <RemoteView remote={committee}>
        {({ committee: c }) => (
          <View>
            <View className='banner banner--info'>
              <Text>登记到{c.name}；登记后在受理台受理，受理后可以把调解邀请发给被申请人。</Text>
            </View>
            <RegisterCaseForm
              channels={['WALK_IN', 'OWN_INITIATIVE', 'COURT_REFERRAL', 'POLICE_REFERRAL', 'PETITION_REFERRAL', 'PROCURATORATE_REFERRAL']}
              committeeId={committeeId}
              defaultRegionCode={c.region.code}
              submitLabel='登记'
              onRegistered={(id) => void Taro.redirectTo({ url: `/${PAGE.committeeCase}?id=${id}` })}
            />
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
