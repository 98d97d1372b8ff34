import { Text, View } from '@tarojs/components';
import { execute } from '../api/client';
import { CaseBacklogQuery } from '../graphql/cases';
import { useRemote } from '../hooks/use-remote';
import { RemoteView } from './page';

/** What waits where, for a committee (with the villages below it) or a region: the figures that keep a case from being stranded. */
export function Backlog({ committeeId, regionCode, includeSubordinates = false, title }: { committeeId?: string; regionCode?: string; includeSubordinates?: boolean; title: string }) {
  const backlog = useRemote(
    () => execute(CaseBacklogQuery, { committeeId: committeeId ?? null, regionCode: regionCode ?? null, includeSubordinates }),
    [committeeId, regionCode, includeSubordinates],
  );
  return (
    <View className='card'>
      <Text className='card__title'>{title}</Text>
      <RemoteView remote={backlog}>
        {({ caseBacklog: b }) => (
          <View className='grid'>
            {[
              ['待受理', b.awaitingAcceptance, false],
              ['逾期未受理', b.acceptanceOverdue, b.acceptanceOverdue > 0],
              ['待选定调解员', b.arranging, false],
              ['调解中', b.inMediation, false],
              ['超过办结期限', b.overdue, b.overdue > 0],
            ].map(([label, value, alarm]) => (
              <View key={String(label)} className='grid__cell'>
                <View className='muted'>{label}</View>
                <Text className={`figure ${alarm ? 'figure--danger' : ''}`}>{String(value)}</Text>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </View>
  );
}
