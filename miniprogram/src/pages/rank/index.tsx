import { Button, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../api/client';
import { MediatorCard } from '../../components/mediator-card';
import { Empty, Page, RemoteView, Section } from '../../components/page';
import { CaseMediatorMenuQuery, RankMediatorsMutation } from '../../graphql/cases';
import { useRemote } from '../../hooks/use-remote';
import { useAction } from '../../hooks/use-action';
import { go, toast } from '../../navigation';
import { PAGE } from '../../page-paths';

const MAX = 3;
const ORDER = ['第一选择', '第二选择', '第三选择'];

/**
 * Ranks up to three mediators from the case's menu (the handling committee's and, when too few fit
 * the dispute, those of the committees above), privately; the other party never sees the list.
 */
export default function Rank() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(async () => (await execute(CaseMediatorMenuQuery, { id })).case, [id]);
  const [picked, setPicked] = useState<string[] | null>(null);
  const { busy, run } = useAction();
  const chosen = picked ?? remote.data?.myRanking ?? [];

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
    void Taro.redirectTo({ url: `/${PAGE.partyCase}?id=${id}` });
  };

  return (
    <Page>
      <RemoteView remote={remote}>
        {(c) => (
          <View>
            <View className='banner banner--info'>
              {c.mediatorMenu.note}双方都选中的调解员主持调解；没有共同人选时由调委会指派。
            </View>
            {c.mediatorMenu.entries.length === 0 && <Empty text='暂无可选的调解员，可由调委会指派' />}
            {c.mediatorMenu.entries.map(({ mediator: m, offeredBy, fitsDisputeType, speaksPartyLanguage, openCases }) => {
              const rank = chosen.indexOf(m.id);
              return (
                <MediatorCard key={m.id} m={m} onClick={() => toggle(m.id)}>
                  <View className='muted'>
                    {offeredBy}
                    {fitsDisputeType ? ' · 擅长本类纠纷' : ''}
                    {speaksPartyLanguage ? ' · 会说您选的语言' : ''}
                    {` · 在办 ${openCases} 件`}
                  </View>
                  <View className='row row--between'>
                    <Text className={`chip ${rank >= 0 ? 'chip--on' : ''}`} aria-label={rank >= 0 ? `已选为${ORDER[rank]}，点击取消` : `选择${m.name}`}>
                      {rank >= 0 ? ORDER[rank] : '点击选择'}
                    </Text>
                    <Text
                      className='link'
                      aria-label={`查看${m.name}的详细介绍`}
                      onClick={(e) => {
                        e.stopPropagation();
                        void go(PAGE.mediatorProfile, { id: m.id });
                      }}
                    >
                      查看详情
                    </Text>
                  </View>
                </MediatorCard>
              );
            })}
            <Section title='指名其他调解员'>
              <Text className='text-2'>名册里有您更信任、但不在上面的调解员？可以指名，由调委会安排或答复原因。对方看不到您指名了谁。</Text>
              {c.mediatorRequests.map((r) => (
                <View key={r.id} className='kv'>
                  <Text className='kv__k'>{r.mediator.name}</Text>
                  <Text className='kv__v'>
                    {r.statusLabel}
                    {r.answer ? `：${r.answer}` : ''}
                  </Text>
                </View>
              ))}
              <Button className='btn btn--plain btn--small' onClick={() => void go('pages/mediators/index', { pickFor: id })}>
                从全县名册中指名
              </Button>
            </Section>
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
