import { Button, RichText, Text, View } from '@tarojs/components';
import Taro, { useRouter, useShareAppMessage } from '@tarojs/taro';
import { createElement } from 'react';
import { fetchAgreementDocument } from '../../api/client';
import { Page, RemoteView } from '../../components/page';
import { useRemote } from '../../hooks/use-remote';

/** What a rich-text view can show of the printable page: its body, without the print styles. */
const bodyOf = (html: string) => (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<script[\s\S]*?<\/script>/gi, '');

/**
 * 人民调解协议书 as printed (Art 29): the same A4 page the committee prints, for the parties and
 * staff of the case. In a browser it can be printed from here; in WeChat it can be forwarded to
 * someone who may see the case (anyone else is told it was not found).
 */
export default function AgreementDocument() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const remote = useRemote(() => fetchAgreementDocument(id), [id]);
  useShareAppMessage(() => ({ title: '人民调解协议书', path: `/pages/agreement/index?id=${id}` }));
  const print = () => {
    const frame = document.querySelector<HTMLIFrameElement>('iframe[data-testid="agreement-document"]');
    frame?.contentWindow?.print();
  };
  return (
    <Page>
      <Text className='page-title'>协议全文</Text>
      <RemoteView remote={remote}>
        {(html) =>
          process.env.TARO_ENV === 'h5' ? (
            <View>
              {createElement('iframe', { srcDoc: html, 'data-testid': 'agreement-document', title: '人民调解协议书', sandbox: 'allow-modals allow-same-origin', style: { width: '100%', height: '70vh', border: '1px solid #e5e0d8', background: '#fff' } })}
              <View className='actions'>
                <Button className='btn' onClick={print}>
                  打印
                </Button>
              </View>
            </View>
          ) : (
            <View className='card'>
              <RichText nodes={bodyOf(html)} />
              <View className='muted'>可点右上角“…”转发给本案当事人；打印请在电脑上打开。</View>
              <Button className='btn btn--plain' onClick={() => void Taro.setClipboardData({ data: bodyOf(html).replace(/<[^>]+>/g, '\n').replace(/\n{2,}/g, '\n').trim() })}>
                复制协议文本
              </Button>
            </View>
          )
        }
      </RemoteView>
    </Page>
  );
}
