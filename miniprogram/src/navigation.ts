import Taro from '@tarojs/taro';
import { isSignedIn } from './api/session';

/** Page paths in one place; query values are encoded. */
export const go = (path: string, query: Record<string, string | number | undefined> = {}) => {
  const search = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&');
  return Taro.navigateTo({ url: `/${path}${search ? `?${search}` : ''}` });
};

/** Goes to `path`, through sign-in first when needed; sign-in comes back here afterwards. */
export const goSignedIn = (path: string, query: Record<string, string | number | undefined> = {}) => {
  if (isSignedIn()) return go(path, query);
  const search = Object.entries(query).map(([k, v]) => `${k}=${encodeURIComponent(String(v ?? ''))}`).join('&');
  return go('pages/login/index', { next: `/${path}${search ? `?${search}` : ''}` });
};

/** A confirmation dialog in the product's colours (WeChat's default green confirm fails contrast on white). */
export const confirmDialog = (title: string, content: string, showCancel = true) =>
  Taro.showModal({ title, content, showCancel, confirmColor: '#b4282d', cancelColor: '#1f1f1f' });

export const toast = (title: string, icon: 'success' | 'none' = 'none') => Taro.showToast({ title, icon, duration: 2000 });
