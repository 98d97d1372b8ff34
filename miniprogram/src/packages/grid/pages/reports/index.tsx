import { Button, Text } from '@tarojs/components';
import { execute } from '../../../../api/client';
import { CaseListItem } from '../../../../components/case-list-item';
import { Empty, Page } from '../../../../components/page';
import { PagedList } from '../../../../components/paged-list';
import { MyRegisteredCasesQuery } from '../../../../graphql/cases';
import { usePages } from '../../../../hooks/use-pages';
import { go } from '../../../../navigation';
import { PAGE } from '../../../../page-paths';

/** 我的上报: the disputes this grid officer reported and what became of each, newest first. */
export default function GridReports() {
  const list = usePages(async (after) => (await execute(MyRegisteredCasesQuery, { first: 20, after })).myRegisteredCases, []);
  return (
    <Page>
      <Text className='page-title'>我上报的纠纷</Text>
      <Button className='btn' onClick={() => void go('packages/grid/pages/report/index')}>
        上报新的纠纷
      </Button>
      <PagedList
        list={list}
        empty={<Empty text='您还没有上报过纠纷' />}
        render={(c) => <CaseListItem key={c.id} c={c} onClick={() => void go(PAGE.partyCase, { id: c.id })} />}
      />
      <Text className='muted'>下拉可刷新</Text>
    </Page>
  );
}
