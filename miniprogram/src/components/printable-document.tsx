import { Button, RichText, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { createElement } from 'react';
import { RemoteView } from './page';
import type { Remote } from '../hooks/use-remote';

/** What a rich-text view can show of the printable page: its body, without the print styles. */
const bodyOf = (html: string) => (/<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html).replace(/<script[\s\S]*?<\/script>/gi, '');

/**
 * A printable A4 page the API renders (the agreement, the room's record): in a browser shown as it
 * prints, with 打印; in WeChat as rich text, to forward or copy (printing is done on a computer).
 */
export function PrintableDocument({ remote, title, testId, copyLabel }: { remote: Remote<string>; title: string; testId: string; copyLabel: string }) {
  const print = () => {
    const frame = document.querySelector<HTMLIFrameElement>(`iframe[data-testid="${testId}"]`);
    frame?.contentWindow?.print();
  };
  return (
    <RemoteView remote={remote}>
      {(html) =>
        process.env.TARO_ENV === 'h5' ? (
          <View>
            {createElement('iframe', { srcDoc: html, 'data-testid': testId, title, sandbox: 'allow-modals allow-same-origin', style: { width: '100%', height: '70vh', border: '1px solid #e5e0d8', background: '#fff' } })}
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
              {copyLabel}
            </Button>
          </View>
        )
      }
    </RemoteView>
  );
}
