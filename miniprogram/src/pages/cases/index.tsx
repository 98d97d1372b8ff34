import { Button, Text } from '@tarojs/components';
import { execute } from '../../api/client';
import { CaseListItem } from '../../components/case-list-item';
import { Empty, Page } from '../../components/page';
import { PagedList } from '../../components/paged-list';
import { MyCasesQuery } from '../../graphql/cases';
import { usePages } from '../../hooks/use-pages';
import { go } from '../../navigation';
import { PAGE } from '../../page-paths';

/** 我的案件: every case I am a party to, newest first. */
export default function MyCases() {
  const list = usePages(async (after) => (await execute(MyCasesQuery, { first: 20, after })).myCases, []);
  return (
    <Page>
      <PagedList
        list={list}
        empty={
          <Empty text='您还没有调解案件'>
            <Button className='btn' onClick={() => void go('pages/file/index')}>
              申请调解
            </Button>
          </Empty>
        }
        render={(c) => <CaseListItem key={c.id} c={c} onClick={() => void go(PAGE.partyCase, { id: c.id })} />}
      />
      <Text className='muted'>下拉可刷新</Text>
    </Page>
  );
}
