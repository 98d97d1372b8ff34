import Taro from '@tarojs/taro';

/** Tokens kept in the mini-program's storage; the session_key never reaches the client. */
export interface StoredSession {
  accessToken: string;
  accessTokenExpiresAt: string;
  refreshToken: string;
}

const KEY = 'tiaojie.session';

export const readSession = (): StoredSession | null => Taro.getStorageSync<StoredSession | ''>(KEY) || null;
export const saveSession = (session: StoredSession) => Taro.setStorageSync(KEY, session);
export const clearSession = () => Taro.removeStorageSync(KEY);
export const isSignedIn = () => readSession() !== null;
