import Taro from '@tarojs/taro';

/** Subscription messages exist only in WeChat, and only when template ids were configured at build time. */
export const canAskForCaseUpdates = process.env.TARO_ENV === 'weapp' && SUBSCRIBE_TEMPLATE_IDS.length > 0;

/** Asks, at a moment that needs it (after filing, after consenting), to be sent WeChat subscription messages about the case. */
export async function askForCaseUpdates() {
  if (!canAskForCaseUpdates) return;
  try {
    await Taro.requestSubscribeMessage({ tmplIds: SUBSCRIBE_TEMPLATE_IDS, entityIds: [] });
  } catch {
    // Declined or unavailable: the case page still shows every step.
  }
}
