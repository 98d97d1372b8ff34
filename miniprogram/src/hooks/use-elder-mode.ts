import Taro from '@tarojs/taro';
import { useState } from 'react';

const KEY = 'tiaojie.elderMode';

/** 长辈模式: larger text and simpler screens, remembered on the device. */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(() => Taro.getStorageSync(KEY) === true);
  return [
    on,
    (next) => {
      Taro.setStorageSync(KEY, next);
      setOn(next);
    },
  ];
}
