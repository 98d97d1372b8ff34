import { Button, Text, View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import { useElderMode } from '../hooks/use-elder-mode';
import type { Remote } from '../hooks/use-remote';

/** Every screen's frame: the design tokens, and 长辈模式 when it is on. */
export function Page({ children, className }: PropsWithChildren<{ className?: string }>) {
  const [elder] = useElderMode();
  return <View className={`page ${elder ? 'elder' : ''} ${className ?? ''}`}>{children}</View>;
}

export function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='state state--loading'>
      <Text>{text}</Text>
    </View>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <View className='state state--error'>
      <Text className='state__text'>{message}</Text>
      {onRetry && (
        <Button className='btn btn--ghost' onClick={onRetry}>
          重试
        </Button>
      )}
    </View>
  );
}

export function Empty({ text, children }: PropsWithChildren<{ text: string }>) {
  return (
    <View className='state state--empty'>
      <Text className='state__text'>{text}</Text>
      {children}
    </View>
  );
}

/** Loading, error or the content, for data from useRemote. */
export function RemoteView<T>({ remote, children }: { remote: Remote<T>; children: (data: T) => ReactNode }) {
  if (remote.data === undefined) {
    if (remote.error) return <ErrorState message={remote.error} onRetry={() => void remote.reload()} />;
    return <Loading />;
  }
  return (
    <>
      {remote.error && <View className='banner banner--error'>{remote.error}</View>}
      {children(remote.data)}
    </>
  );
}

export function Section({ title, children, extra }: PropsWithChildren<{ title: string; extra?: ReactNode }>) {
  return (
    <View className='card'>
      <View className='card__head'>
        <Text className='card__title'>{title}</Text>
        {extra}
      </View>
      {children}
    </View>
  );
}
