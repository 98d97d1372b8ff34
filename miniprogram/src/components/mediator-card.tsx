import { Image, Text, View } from '@tarojs/components';
import { type PropsWithChildren, useState } from 'react';
import { API_BASE } from '../api/client';

/** A photo path the API serves (`/media/…`) is fetched from the API; a full address is used as it is. */
export const mediaUrl = (url: string) => (url.startsWith('/') ? `${API_BASE}${url}` : url);

export interface MediatorSummary {
  id: string;
  name: string;
  photoUrl?: string | null;
  grade: number;
  rating?: number | null;
  ratingCount?: number;
  specialties?: { label: string }[];
  languages?: string[];
  memberships?: { committee: { name: string } }[];
}

const GRADE = ['', '一级', '二级', '三级', '四级'];

/** "综合评分 4.2，1 条评价": a combined score, so a resident who gave five stars is not puzzled by 4.2. */
export const ratingText = (rating: number | null | undefined, count: number | undefined) =>
  rating === null || rating === undefined || !count ? '暂无评价' : `综合评分 ${rating.toFixed(1)}，${count} 条评价`;

/** A mediator as the menu shows one: photo, grade, specialties, languages, rating. */
export function MediatorCard({ m, onClick, children }: PropsWithChildren<{ m: MediatorSummary; onClick?: () => void }>) {
  // A photo that does not load gives way to the initial, never a broken image.
  const [photoFailed, setPhotoFailed] = useState(false);
  return (
    <View className='list-item' onClick={onClick}>
      <View className='row'>
        {m.photoUrl && !photoFailed ? (
          <Image className='avatar' src={mediaUrl(m.photoUrl)} mode='aspectFill' onError={() => setPhotoFailed(true)} />
        ) : (
          <View className='avatar'>{m.name.slice(0, 1)}</View>
        )}
        <View style={{ flex: 1 }}>
          <View className='row row--between'>
            <Text className='list-item__title'>{m.name}</Text>
            <Text className='tag tag--active'>{GRADE[m.grade] ?? ''}调解员</Text>
          </View>
          <View className='muted'>{m.memberships?.map((x) => x.committee.name).join('、')}</View>
          <View className='text-2'>{m.specialties?.map((s) => s.label).join(' · ')}</View>
          <View className='muted'>
            {ratingText(m.rating, m.ratingCount)}
            {m.languages && m.languages.length > 1 ? ` · 会说${m.languages.join('、')}` : ''}
          </View>
        </View>
      </View>
      {children}
    </View>
  );
}
