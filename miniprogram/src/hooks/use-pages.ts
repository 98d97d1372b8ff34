import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/errors';

interface Connection<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  nodes: T[];
}

/** A cursor-paginated list: first page on show and on pull-down, the next page on reaching the bottom. */
export function usePages<T>(load: (after: string | null) => Promise<Connection<T>>, deps: unknown[]) {
  const [items, setItems] = useState<T[] | null>(null);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = after === null ? ++generation.current : generation.current;
      setLoading(true);
      try {
        const page = await load(after);
        if (mine !== generation.current) return;
        setItems((prev) => (after === null ? page.nodes : [...(prev ?? []), ...page.nodes]));
        setTotal(page.totalCount);
        setCursor(page.pageInfo.endCursor ?? null);
        setHasMore(page.pageInfo.hasNextPage);
        setError(null);
      } catch (e) {
        if (mine === generation.current) setError(messageOf(e));
      } finally {
        if (mine === generation.current) setLoading(false);
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    deps,
  );

  useEffect(() => {
    setItems(null);
    void fetchPage(null);
  }, [fetchPage]);
  usePullDownRefresh(() => {
    void fetchPage(null).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(() => {
    if (hasMore && !loading) void fetchPage(cursor);
  });
  return { items, total, hasMore, loading, error, reload: () => fetchPage(null), more: () => fetchPage(cursor) };
}
