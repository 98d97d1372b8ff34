import { Button, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { execute } from '../../../../api/client';
import { Backlog } from '../../../../components/backlog';
import { CaseListItem } from '../../../../components/case-list-item';
import { Empty, ErrorState, Page } from '../../../../components/page';
import { PagedList } from '../../../../components/paged-list';
import { CASE_STAGES, type StatusTab, StatusTabs } from '../../../../components/status-tabs';
import type { CaseStatus } from '../../../../gql/graphql';
import { CommitteeCasesQuery, OversightCasesQuery } from '../../../../graphql/cases';
import { usePages } from '../../../../hooks/use-pages';
import { go } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

const TABS: StatusTab<CaseStatus>[] = [
  { ...CASE_STAGES.waiting, key: 'triage' },
  { key: 'below', label: '辖区待受理', statuses: ['PENDING_ACCEPTANCE'] },
  { ...CASE_STAGES.arranging, key: 'choosing' },
  CASE_STAGES.active,
  CASE_STAGES.closed,
];

/** 受理台: the committee's triage inbox and its cases by stage; overdue ones are marked. */
export default function Inbox() {
  const { params } = useRouter();
  const committeeId = params.committeeId ?? '';
  const [tab, setTab] = useState('triage');
  const statuses = TABS.find((t) => t.key === tab)?.statuses ?? [];
  // 辖区待受理: what waits here and at the committees below (a township's villages), so nothing is stranded there unseen.
  const list = usePages(
    async (after) =>
      tab === 'below'
        ? (await execute(OversightCasesQuery, { filter: { committeeId, includeSubordinates: true, statuses }, first: 20, after })).oversightCases
        : (await execute(CommitteeCasesQuery, { committeeId, statuses, first: 20, after })).committeeCases,
    [tab, committeeId],
  );
  if (!committeeId) return <ErrorState message='您的账号没有绑定调委会' />;
  return (
    <Page>
      <Backlog committeeId={committeeId} includeSubordinates title='积压情况（含下级调委会）' />
      <StatusTabs tabs={TABS} active={tab} onChange={setTab} />
      <View className='row wrap' style={{ marginBottom: '16px' }}>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/committee/pages/register/index', { committeeId })}>
          来访登记
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/committee/pages/warnings/index', { committeeId })}>
          矛盾纠纷预警
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => void go('packages/committee/pages/members/index', { committeeId })}>
          本会调解员名册
        </Button>
      </View>
      <PagedList
        list={list}
        empty={<Empty text='这里暂时没有案件' />}
        render={(c) => <CaseListItem key={c.id} c={c} onClick={() => void go(PAGE.committeeCase, { id: c.id })} />}
      />
    </Page>
  );
}
