import { Text } from '@tarojs/components';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { CaseListItem } from '../../../../components/case-list-item';
import { Empty, Page } from '../../../../components/page';
import { PagedList } from '../../../../components/paged-list';
import { type StatusTab, StatusTabs } from '../../../../components/status-tabs';
import type { CaseStatus } from '../../../../gql/graphql';
import { AssignedCasesQuery } from '../../../../graphql/cases';
import { usePages } from '../../../../hooks/use-pages';
import { go } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

const TABS: StatusTab<CaseStatus>[] = [
  { key: 'new', label: '新派单', statuses: ['AWAITING_MEDIATOR'] },
  { key: 'active', label: '调解中', statuses: ['IN_MEDIATION'] },
  { key: 'closed', label: '已办结', statuses: ['SUCCEEDED', 'FAILED'] },
];

/** 调解员工作台: new dispatches to accept or decline, cases in hand, closed cases to follow up. */
export default function Workbench() {
  const [tab, setTab] = useState('new');
  const statuses = TABS.find((t) => t.key === tab)?.statuses ?? [];
  const list = usePages(async (after) => (await execute(AssignedCasesQuery, { statuses, first: 20, after })).assignedCases, [tab]);
  return (
    <Page>
      <Text className='page-title'>我的调解案件</Text>
      <StatusTabs tabs={TABS} active={tab} onChange={setTab} />
      <PagedList
        list={list}
        empty={<Empty text={tab === 'new' ? '暂无新的派单' : '暂无案件'} />}
        render={(c) => <CaseListItem key={c.id} c={c} onClick={() => void go(PAGE.mediatorCase, { id: c.id })} />}
      />
    </Page>
  );
}
