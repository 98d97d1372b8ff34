import { Button, Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { Empty, Page, RemoteView } from '../../../../components/page';
import { ReasonAction } from '../../../../components/reason-action';
import { AcknowledgeWarningMutation, ResolveWarningMutation, WarningsQuery } from '../../../../graphql/oversight';
import { CommitteeDetailQuery } from '../../../../graphql/network';
import { useRemote } from '../../../../hooks/use-remote';
import { useAction } from '../../../../hooks/use-action';
import { formatDateTime, WARNING_KIND_LABEL, WARNING_STATUS_LABEL } from '../../../../labels';
import { go } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

/** 矛盾纠纷预警 for a committee or a region: acknowledge, then resolve with what was done. */
export default function Warnings() {
  const { params } = useRouter();
  const [includeResolved, setIncludeResolved] = useState(false);
  const remote = useRemote(async () => {
    const regionCode = params.regionCode || (await execute(CommitteeDetailQuery, { id: params.committeeId ?? '' })).committee.region.code;
    return (await execute(WarningsQuery, { regionCode, includeResolved })).warnings;
  }, [params.committeeId, params.regionCode, includeResolved]);

  const { busy, run: act } = useAction();
  /** A step on a warning, then the list as it now stands. */
  const run = async (work: () => Promise<unknown>, done: string) => {
    if ((await act(work, done)) !== undefined) await remote.reload();
  };

  return (
    <Page>
      <View className='row row--between' style={{ marginBottom: '16px' }}>
        <Text className='page-title'>{includeResolved ? '全部预警' : '未化解的预警'}</Text>
        <Text className='muted' onClick={() => setIncludeResolved(!includeResolved)}>
          {includeResolved ? '只看未化解' : '查看全部'}
        </Text>
      </View>
      <RemoteView remote={remote}>
        {(warnings) =>
          warnings.length === 0 ? (
            <Empty text='暂无预警' />
          ) : (
            warnings.map((w) => (
              <View key={w.id} className='list-item'>
                <View className='row row--between'>
                  <Text className='list-item__title'>{WARNING_KIND_LABEL[w.kind]}</Text>
                  <Text className={`tag ${w.status === 'RESOLVED' ? 'tag--good' : w.status === 'OPEN' ? 'tag--danger' : 'tag--wait'}`}>{WARNING_STATUS_LABEL[w.status]}</Text>
                </View>
                <View className='text-2'>{w.summary}</View>
                <View className='muted'>
                  {formatDateTime(w.raisedAt)} ·{' '}
                  {w.committee && (
                    // The committee the warning is for: its inbox, where its cases are handled.
                    <Text className='link' onClick={() => void go('packages/committee/pages/inbox/index', { committeeId: w.committee?.id })}>
                      {w.committee.name}
                    </Text>
                  )}{' '}
                  · 涉及 {w.cases.length} 件
                </View>
                <View className='row wrap'>
                  {w.cases.map((c) => (
                    <Text key={c.id} className='link' onClick={() => void go(PAGE.committeeCase, { id: c.id })}>
                      {c.number}
                    </Text>
                  ))}
                </View>
                {w.resolution && <View className='text-2'>处理情况：{w.resolution}</View>}
                <View className='row'>
                  {w.status === 'OPEN' && (
                    <Button className='btn btn--small' disabled={busy} onClick={() => void run(() => execute(AcknowledgeWarningMutation, { id: w.id }), '已签收')}>
                      签收
                    </Button>
                  )}
                  {w.status !== 'RESOLVED' && (
                    <ReasonAction
                      label='化解'
                      className='btn btn--plain btn--small'
                      busy={busy}
                      placeholder='请说明采取的措施和结果'
                      onSubmit={(resolution) => run(() => execute(ResolveWarningMutation, { id: w.id, resolution }), '已化解')}
                    />
                  )}
                </View>
              </View>
            ))
          )
        }
      </RemoteView>
    </Page>
  );
}
