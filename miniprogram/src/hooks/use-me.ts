import { useDidShow } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { execute } from '../api/client';
import { isSignedIn } from '../api/session';
import { MeQuery } from '../graphql/identity';
import type { MeQuery as MeData } from '../gql/graphql';

export type Me = MeData['me'];

/** The signed-in person and their staff roles; null when signed out. Refreshed whenever the page shows. */
export function useMe() {
  const [me, setMe] = useState<Me | null>(null);
  const [checked, setChecked] = useState(false);
  const load = useCallback(async () => {
    if (!isSignedIn()) {
      setMe(null);
      setChecked(true);
      return;
    }
    try {
      setMe((await execute(MeQuery)).me);
    } catch {
      setMe(null);
    } finally {
      setChecked(true);
    }
  }, []);
  useDidShow(() => {
    void load();
  });
  return { me, checked, reload: load };
}

export const roleScope = (me: Me | null, role: Me['staffRoles'][number]['role']) => me?.staffRoles.find((s) => s.role === role) ?? null;
