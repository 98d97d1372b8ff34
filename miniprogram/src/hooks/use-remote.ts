import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api/errors';

export interface Remote<T> {
  data: T | undefined;
  loading: boolean;
  /** A message fit to show, or null. */
  error: string | null;
  reload: () => Promise<void>;
}

/** Loads data for a screen, reloads on pull-down, and keeps what was shown while reloading. */
export function useRemote<T>(load: () => Promise<T>, deps: unknown[]): Remote<T> {
  const [data, setData] = useState<T>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(0);
  const reload = useCallback(async () => {
    const call = ++latest.current;
    setLoading(true);
    try {
      const value = await load();
      if (call === latest.current) {
        setData(value);
        setError(null);
      }
    } catch (e) {
      if (call === latest.current) setError(messageOf(e));
    } finally {
      if (call === latest.current) setLoading(false);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);
  useEffect(() => {
    void reload();
  }, [reload]);
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh());
  });
  return { data, loading, error, reload };
}
