import { Text } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { fetchCaseDocument } from '../../api/client';
import { Page } from '../../components/page';
import { PrintableDocument } from '../../components/printable-document';
import { useRemote } from '../../hooks/use-remote';

/**
 * 人民调解协议书 as printed (Art 29): the same A4 page the committee prints, for the parties and
 * staff of the case. In a browser it can be printed from here; in WeChat it can be forwarded to
 * someone who may see the case (anyone else is told it was not found).
 */
export default function AgreementDocument() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => fetchCaseDocument(id, 'agreement'), [id]);
  useShareAppMessage(() => ({ title: '人民调解协议书', path: `/pages/agreement/index?id=${id}` }));
  return (
    <Page>
      <Text className='page-title'>协议全文</Text>
      <PrintableDocument remote={remote} title='人民调解协议书' testId='agreement-document' copyLabel='复制协议文本' />
    </Page>
  );
}
