import { Text, View } from '@tarojs/components';

export interface StatusTab<S extends string> {
  key: string;
  label: string;
  statuses: S[];
}

export function StatusTabs<S extends string>({ tabs, active, onChange }: { tabs: StatusTab<S>[]; active: string; onChange: (key: string) => void }) {
  return (
    <View className='steps'>
      {tabs.map((t) => (
        <Text key={t.key} className={`steps__item steps__item--tab ${t.key === active ? 'steps__item--on' : ''}`} onClick={() => onChange(t.key)}>
          {t.label}
        </Text>
      ))}
    </View>
  );
}
