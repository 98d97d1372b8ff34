/// <reference types="@tarojs/taro" />

declare module '*.css';
declare module '*.png';

/** Set in config/index.ts `defineConstants`. */
declare const API_URL: string;
declare const DEV_LOGIN: boolean;

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production';
    TARO_ENV: 'weapp' | 'h5';
  }
}
declare const SUBSCRIBE_TEMPLATE_IDS: string[];
declare const require: (path: string) => unknown;
