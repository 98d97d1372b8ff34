import { Button, Input, Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { Chips } from '../../../../components/field';
import { Empty, ErrorState, Page, RemoteView, Section } from '../../../../components/page';
import type { MembershipRole } from '../../../../gql/graphql';
import { AddMembershipMutation, CommitteeMembersQuery, EndMembershipMutation, SetMembershipRoleMutation } from '../../../../graphql/menu';
import { MediatorMenuQuery } from '../../../../graphql/network';
import { useAction } from '../../../../hooks/use-action';
import { useRemote } from '../../../../hooks/use-remote';
import { GRADE_LABEL, MEMBERSHIP_ROLE_LABEL } from '../../../../labels';
import { confirmDialog, go } from '../../../../navigation';

const ROLES = (Object.keys(MEMBERSHIP_ROLE_LABEL) as MembershipRole[]).map((value) => ({ value, label: MEMBERSHIP_ROLE_LABEL[value] }));

/** Someone already on the county's list, added to this committee. */
function AddFromCounty({ committeeId, onAdded }: { committeeId: string; onAdded: () => void }) {
  const [draft, setDraft] = useState('');
  const [search, setSearch] = useState('');
  const { busy, run } = useAction();
  const found = useRemote(async () => (search ? (await execute(MediatorMenuQuery, { first: 10, filter: { search } })).mediators.nodes : []), [search]);
  const add = async (mediatorId: string) => {
    if (await run(() => execute(AddMembershipMutation, { input: { committeeId, mediatorId, role: 'MEDIATOR' } }), '已加入本会名册')) onAdded();
  };
  return (
    <Section title='从全县名册添加'>
      <View className='search-row'>
        <Input className='input' placeholder='输入姓名或专长' value={draft} onInput={(e) => setDraft(e.detail.value)} onConfirm={() => setSearch(draft.trim())} />
        <Button className='btn btn--small' onClick={() => setSearch(draft.trim())}>
          搜索
        </Button>
      </View>
      <RemoteView remote={found}>
        {(nodes) =>
          search && nodes.length === 0 ? (
            <View className='muted'>没有找到“{search}”</View>
          ) : (
            <View>
              {nodes.map((m) => (
                <View key={m.id} className='row row--between'>
                  <Text>
                    {m.name} · {GRADE_LABEL[m.grade] ?? ''}调解员
                  </Text>
                  <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void add(m.id)}>
                    加入本会
                  </Button>
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
    </Section>
  );
}

/** 本会调解员名册: the committee admin keeps the menu its cases offer — who serves, in what role, with what profile. */
export default function Members() {
  const { params } = useRouter();
  const committeeId = params.committeeId ?? '';
  const remote = useRemote(() => execute(CommitteeMembersQuery, { id: committeeId }), [committeeId]);
  const { busy, run } = useAction();
  const [editingRole, setEditingRole] = useState<string | null>(null);
  // Back from editing a profile: show it as saved.
  useDidShow(() => void remote.reload());
  if (!committeeId) return <ErrorState message='您的账号没有绑定调委会' />;

  const setRole = async (membershipId: string, role: MembershipRole) => {
    if (await run(() => execute(SetMembershipRoleMutation, { id: membershipId, role }), '已更新职务')) {
      setEditingRole(null);
      await remote.reload();
    }
  };
  const end = async (membershipId: string, name: string) => {
    if (!(await confirmDialog(`${name}离任`, `${name}将不再出现在本会的调解员名册和案件的可选名单中；已承办的案件不受影响。`))) return;
    if (await run(() => execute(EndMembershipMutation, { id: membershipId }), '已离任')) await remote.reload();
  };

  return (
    <Page>
      <RemoteView remote={remote}>
        {({ committee }) => (
          <View>
            <View className='banner banner--info'>当事人选择调解员时看到的就是这份名册（点单式）。资料越完整，越容易被选中。</View>
            <Button className='btn' onClick={() => void go('packages/committee/pages/mediator/index', { committeeId })}>
              新增调解员
            </Button>
            {committee.members.length === 0 ? (
              <Empty text='本会还没有在任调解员' />
            ) : (
              committee.members.map((ms) => (
                <View key={ms.id} className='list-item' data-testid='member'>
                  <View className='row row--between'>
                    <Text className='list-item__title'>{ms.mediator.name}</Text>
                    <Text className='tag'>{MEMBERSHIP_ROLE_LABEL[ms.role]}</Text>
                  </View>
                  <View className='muted'>
                    {GRADE_LABEL[ms.mediator.grade] ?? ''}调解员 · {ms.mediator.specialties.map((s) => s.label).join('、') || '未填擅长领域'} · {ms.mediator.languages.join('、')}
                  </View>
                  {!ms.mediator.active && <View className='tag tag--wait'>暂停接案</View>}
                  {editingRole === ms.id ? (
                    <Chips options={ROLES} value={ms.role} onChange={(role) => void setRole(ms.id, role)} />
                  ) : (
                    <View className='row wrap'>
                      <Button className='btn btn--plain btn--small' onClick={() => void go('packages/committee/pages/mediator/index', { id: ms.mediator.id, committeeId })}>
                        编辑资料
                      </Button>
                      <Button className='btn btn--plain btn--small' onClick={() => setEditingRole(ms.id)}>
                        调整职务
                      </Button>
                      <Button className='btn btn--plain btn--small' disabled={busy} onClick={() => void end(ms.id, ms.mediator.name)}>
                        离任
                      </Button>
                    </View>
                  )}
                </View>
              ))
            )}
            <AddFromCounty committeeId={committee.id} onAdded={() => void remote.reload()} />
          </View>
        )}
      </RemoteView>
    </Page>
  );
}
