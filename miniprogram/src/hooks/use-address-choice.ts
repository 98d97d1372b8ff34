import { useRouter } from '@tarojs/taro';
import { useState } from 'react';

/**
 * A choice on a page that its address carries (`?tab=monthly`): taken from the address when the page
 * opens — one of `choices`, else the first — and, in the browser (H5), written back into it as it
 * changes, so reloading the page or opening a copied link shows the same choice. A WeChat page is
 * never reloaded, so there the address is left as it is.
 */
export function useAddressChoice<T extends string>(name: string, choices: readonly T[]): [T, (choice: T) => void] {
  const { params } = useRouter();
  const opened = params[name];
  const [choice, setChoice] = useState<T>(choices.find((c) => c === opened) ?? choices[0]);
  const choose = (next: T) => {
    setChoice(next);
    if (process.env.TARO_ENV === 'h5') {
      // Hash routing: the page's own query is after the '?' in the hash.
      const [route, query = ''] = window.location.hash.split('?');
      const search = new URLSearchParams(query);
      search.set(name, next);
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${window.location.search}${route}?${search.toString()}`);
    }
  };
  return [choice, choose];
}
