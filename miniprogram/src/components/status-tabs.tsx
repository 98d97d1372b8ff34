import { Text, View } from '@tarojs/components';
import type { CaseStatus } from '../gql/graphql';

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

/** A case's stages as staff lists are split: waiting, being arranged, in mediation, closed. */
export const CASE_STAGES = {
  waiting: { key: 'waiting', label: '待受理', statuses: ['PENDING_ACCEPTANCE'] },
  arranging: { key: 'arranging', label: '待选定', statuses: ['AWAITING_CONSENT', 'CHOOSING_MEDIATOR', 'AWAITING_MEDIATOR'] },
  active: { key: 'active', label: '调解中', statuses: ['IN_MEDIATION'] },
  closed: { key: 'closed', label: '已办结', statuses: ['SUCCEEDED', 'FAILED', 'REFUSED', 'WITHDRAWN'] },
} satisfies Record<string, StatusTab<CaseStatus>>;
