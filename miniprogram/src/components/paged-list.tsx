import { Button, Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Empty, ErrorState, Loading } from './page';

/** Loading, error and empty states and the "more" footer for a usePages list. */
export function PagedList<T>({
  list,
  empty,
  render,
}: {
  list: { items: T[] | null; total: number; hasMore: boolean; loading: boolean; error: string | null; reload: () => Promise<void>; more: () => Promise<void> };
  empty: ReactNode;
  render: (item: T) => ReactNode;
}) {
  if (list.items === null) return list.error ? <ErrorState message={list.error} onRetry={() => void list.reload()} /> : <Loading />;
  if (list.items.length === 0) return <>{empty}</>;
  return (
    <View>
      <View className='muted' style={{ marginBottom: '12px' }}>
        共 {list.total} 条
      </View>
      {list.items.map(render)}
      {list.error && <View className='banner banner--error'>{list.error}</View>}
      {list.hasMore ? (
        <Button className='btn btn--plain btn--small' disabled={list.loading} onClick={() => void list.more()}>
          {list.loading ? '加载中…' : '加载更多'}
        </Button>
      ) : (
        <Text className='muted'>没有更多了</Text>
      )}
    </View>
  );
}

export { Empty };
