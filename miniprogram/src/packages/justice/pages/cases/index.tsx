import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { Backlog } from '../../../../components/backlog';
import { CaseListItem } from '../../../../components/case-list-item';
import { Chips } from '../../../../components/field';
import { Empty, Page } from '../../../../components/page';
import { PagedList } from '../../../../components/paged-list';
import { CASE_STAGES, type StatusTab, StatusTabs } from '../../../../components/status-tabs';
import type { CaseStatus } from '../../../../gql/graphql';
import { OversightCasesQuery } from '../../../../graphql/cases';
import { DisputeTypesQuery } from '../../../../graphql/network';
import { usePages } from '../../../../hooks/use-pages';
import { useRemote } from '../../../../hooks/use-remote';
import { go } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

const TABS: StatusTab<CaseStatus>[] = [{ key: 'all', label: '全部', statuses: [] }, CASE_STAGES.waiting, CASE_STAGES.arranging, CASE_STAGES.active, CASE_STAGES.closed];

/** 辖区案件: a justice office's cases over its whole region, by stage, type and whether past a deadline. */
export default function RegionCases() {
  const { params } = useRouter();
  const regionCode = params.regionCode ?? '';
  const [tab, setTab] = useState('all');
  const [overdue, setOverdue] = useState(params.overdue === '1');
  const [disputeType, setDisputeType] = useState<string | null>(null);
  const types = useRemote(() => execute(DisputeTypesQuery), []);
  const statuses = TABS.find((t) => t.key === tab)?.statuses ?? [];
  const list = usePages(
    async (after) => (await execute(OversightCasesQuery, { filter: { regionCode, statuses, overdue: overdue || null, disputeType }, first: 20, after })).oversightCases,
    [regionCode, tab, overdue, disputeType],
  );
  if (!regionCode) return <Empty text='您的账号没有绑定行政区划' />;
  return (
    <Page>
      <Backlog regionCode={regionCode} title='积压情况' />
      <StatusTabs tabs={TABS} active={tab} onChange={setTab} />
      <View className='row'>
        <Text className={`chip ${overdue ? 'chip--on' : ''}`} onClick={() => setOverdue(!overdue)} aria-label='只看超期案件'>
          {overdue ? '✓ ' : ''}只看超期
        </Text>
      </View>
      <Chips
        options={(types.data?.disputeTypes ?? []).map((t) => ({ value: t.code, label: t.label }))}
        value={disputeType}
        onChange={(v) => setDisputeType(disputeType === v ? null : v)}
      />
      <PagedList
        list={list}
        empty={<Empty text='没有符合条件的案件' />}
        render={(c) => <CaseListItem key={c.id} c={c} onClick={() => void go(PAGE.committeeCase, { id: c.id })} />}
      />
    </Page>
  );
}
