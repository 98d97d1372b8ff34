import Taro from '@tarojs/taro';

/** Photos from the camera or the album: `chooseMedia` in WeChat, `chooseImage` on H5. Rejects when cancelled. */
export async function choosePhotos(count: number): Promise<string[]> {
  if (process.env.TARO_ENV === 'weapp') {
    return (await Taro.chooseMedia({ count, mediaType: ['image'], sourceType: ['album', 'camera'] })).tempFiles.map((f) => f.tempFilePath);
  }
  return (await Taro.chooseImage({ count, sourceType: ['album', 'camera'] })).tempFilePaths;
}
