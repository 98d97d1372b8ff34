import { Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { downloadEvidence } from '../api/client';

interface Evidence {
  id: string;
  fileName: string;
  contentType: string;
  url: string;
}

/**
 * The case's photos as thumbnails that open full screen (`previewImage`), for everyone who may see
 * the case; other files (PDF, recordings) by name. A photo that cannot be fetched stays a name.
 */
export function EvidenceGallery({ evidence }: { evidence: Evidence[] }) {
  const photos = evidence.filter((e) => e.contentType.startsWith('image/'));
  const [paths, setPaths] = useState<Record<string, string>>({});
  const key = photos.map((p) => p.id).join(',');
  useEffect(() => {
    let cancelled = false;
    void Promise.all(photos.map(async (p) => [p.id, await downloadEvidence(p.url).catch(() => null)] as const)).then((loaded) => {
      if (!cancelled) setPaths(Object.fromEntries(loaded.filter((entry): entry is readonly [string, string] => entry[1] !== null)));
    });
    return () => {
      cancelled = true;
    };
    // The ids say which files to fetch; the objects themselves change on every reload.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  if (!photos.length) return null;
  const shown = photos.filter((p) => paths[p.id]);
  return (
    <View className='row wrap' aria-label='证据照片'>
      {photos.map((p) =>
        paths[p.id] ? (
          <View key={p.id} className='evidence-item'>
            <Image
              className='evidence-thumb'
              src={paths[p.id]}
              mode='aspectFill'
              aria-label={`查看${p.fileName}大图`}
              onClick={() => void Taro.previewImage({ current: paths[p.id], urls: shown.map((s) => paths[s.id]) })}
            />
            <Text className='muted'>{p.fileName}</Text>
          </View>
        ) : (
          <Text key={p.id} className='muted'>
            {p.fileName}
          </Text>
        ),
      )}
    </View>
  );
}
