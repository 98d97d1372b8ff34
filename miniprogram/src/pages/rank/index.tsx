import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { MediatorCard } from '../../components/mediator-card';
import { Empty, Page, RemoteView } from '../../components/page';
import { CaseDetailQuery, RankMediatorsMutation } from '../../graphql/cases';
import { MediatorMenuQuery } from '../../graphql/network';
import { useRemote } from '../../hooks/use-remote';
import { useAction } from '../../hooks/use-action';
import { toast } from '../../navigation';

const MAX = 3;
const ORDER = ['第一选择', '第二选择', '第三选择'];

/** Ranks up to three of the handling committee's mediators, privately; the other party never sees the list. */
export default function Rank() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(async () => {
    const { case: c } = await execute(CaseDetailQuery, { id });
    const { mediators } = await execute(MediatorMenuQuery, { filter: { committeeId: c.committee.id }, sort: 'RATING', first: 100 });
    return { c, mediators: mediators.nodes };
  }, [id]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const { busy, run } = useAction();
  const chosen = picked ?? remote.data?.c.myRanking ?? [];

  const toggle = (mediatorId: string) => {
    if (chosen.includes(mediatorId)) setPicked(chosen.filter((m) => m !== mediatorId));
    else if (chosen.length >= MAX) void toast(`最多选择 ${MAX} 位`);
    else setPicked([...chosen, mediatorId]);
  };

  const submit = async (leaveToCommittee: boolean) => {
    if (!leaveToCommittee && chosen.length === 0) return void toast('请至少选择一位调解员');
    const ranked = await run(() => execute(RankMediatorsMutation, { caseId: id, mediatorIds: leaveToCommittee ? [] : chosen, leaveToCommittee }));
    if (!ranked) return;
    void toast(ranked.rankMediators.status === 'CHOOSING_MEDIATOR' ? '已提交，等待对方选择' : '已选定调解员');
    void Taro.redirectTo({ url: `/pages/case/index?id=${id}` });
  };

  return (
    <Page>
      <RemoteView remote={remote}>
        {({ c, mediators }) => (
          <View>
            <View className='banner banner--info'>
              从{c.committee.name}的调解员中，按信任程度依次选择最多三位。双方都选中的调解员主持调解；没有共同人选时由调委会指派。
            </View>
            {mediators.length === 0 && <Empty text='该调委会暂未公布调解员名册' />}
            {mediators.map((m) => {
              const rank = chosen.indexOf(m.id);
              return (
                <MediatorCard key={m.id} m={m} onClick={() => toggle(m.id)}>
                  <Text className={`chip ${rank >= 0 ? 'chip--on' : ''}`}>{rank >= 0 ? ORDER[rank] : '点击选择'}</Text>
                </MediatorCard>
              );
            })}
            <View className='actions'>
              <Button className='btn' disabled={busy} onClick={() => void submit(false)}>
                提交我的选择（{chosen.length}/{MAX}）
              </Button>
              <Button className='btn btn--plain' disabled={busy} onClick={() => void submit(true)}>
                由调委会指派
              </Button>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
