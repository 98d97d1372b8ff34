import Taro from '@tarojs/taro';
import gcoord from 'gcoord';

/**
 * Where the phone is, in GCJ-02 — the coordinates WeChat's maps (chooseLocation, the committees'
 * positions) use in China. WeChat gives them directly; a browser gives GPS (WGS-84) coordinates,
 * which H5 converts, since Taro's H5 getLocation supports no other (and refuses gcj02).
 */
export async function whereAmI(): Promise<{ latitude: number; longitude: number }> {
  if (process.env.TARO_ENV !== 'h5') {
    const here = await Taro.getLocation({ type: 'gcj02' });
    return { latitude: here.latitude, longitude: here.longitude };
  }
  const here = await Taro.getLocation({ type: 'wgs84' });
  const [longitude, latitude] = gcoord.transform([here.longitude, here.latitude], gcoord.WGS84, gcoord.GCJ02);
  return { latitude, longitude };
}
