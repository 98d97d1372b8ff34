import { Text } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { fetchCaseDocument } from '../../api/client';
import { Page } from '../../components/page';
import { PrintableDocument } from '../../components/printable-document';
import { useRemote } from '../../hooks/use-remote';

/**
 * 线上调解记录: the mediation room as a page for the case file (卷宗), as the viewer reads it — a
 * party the joint thread and their own, the mediator and the committee every thread, with the
 * proposals, the sessions and (for staff) the room's moderation log. Not shared: it may hold a
 * private thread.
 */
export default function RoomRecord() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => fetchCaseDocument(id, 'room-record'), [id]);
  return (
    <Page>
      <Text className='page-title'>线上调解记录</Text>
      <PrintableDocument remote={remote} title='线上调解记录' testId='room-record' copyLabel='复制记录文本' />
    </Page>
  );
}
