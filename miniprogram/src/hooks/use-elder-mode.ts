import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';

const KEY = 'tiaojie.elderMode';
const CHANGED = 'tiaojie.elderModeChanged';
/** WeChat's 关怀模式 and large font settings report at least this (standard is 17). */
const LARGE_FONT_SETTING = 20;

/** The person's choice, or — before they chose — whether their WeChat already uses large text. */
function current(): boolean {
  const stored: unknown = Taro.getStorageSync(KEY);
  if (stored === true || stored === false) return stored;
  try {
    const info = Taro.getAppBaseInfo?.() as { fontSizeSetting?: number } | undefined;
    return (info?.fontSizeSetting ?? 0) >= LARGE_FONT_SETTING;
  } catch {
    return false;
  }
}

/** Whether the person has chosen either way (the home page offers the choice until they do). */
export const elderModeChosen = () => {
  const stored: unknown = Taro.getStorageSync(KEY);
  return stored === true || stored === false;
};

/**
 * 长辈模式: larger text and targets, remembered on the device, following WeChat's own font size
 * until the person chooses; a change applies at once to every open page.
 */
export function useElderMode(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>(current);
  useEffect(() => {
    const follow = (next: boolean) => setOn(next);
    Taro.eventCenter.on(CHANGED, follow);
    return () => {
      Taro.eventCenter.off(CHANGED, follow);
    };
  }, []);
  return [
    on,
    (next) => {
      Taro.setStorageSync(KEY, next);
      Taro.eventCenter.trigger(CHANGED, next);
    },
  ];
}
