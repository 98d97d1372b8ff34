import { Text, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import { execute } from '../api/client';
import { messageOf } from '../api/errors';
import { RegionChildrenQuery } from '../graphql/network';
import { Chips } from './field';

export interface PickedRegion {
  code: string;
  /** 省 / 市 / 县 / 乡镇 / 村 names from the top down. */
  path: string[];
}

/** Chooses a region level by level, down to the village (村、社区). */
export function RegionPicker({ value, onChange }: { value: PickedRegion | null; onChange: (r: PickedRegion | null) => void }) {
  const [children, setChildren] = useState<{ code: string; name: string }[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const parent = value?.code ?? null;
  useEffect(() => {
    setChildren(null);
    execute(RegionChildrenQuery, { parentCode: parent })
      .then((r) => setChildren(r.regions))
      .catch((e) => setError(messageOf(e)));
  }, [parent]);
  return (
    <View>
      {value && (
        <View className='row row--between'>
          <Text>{value.path.join(' / ')}</Text>
          <Text className='muted' onClick={() => onChange(null)}>
            重选
          </Text>
        </View>
      )}
      {error && <View className='field__error'>{error}</View>}
      {children === null ? (
        <Text className='muted'>加载中…</Text>
      ) : children.length > 0 ? (
        <Chips
          options={children.map((c) => ({ value: c.code, label: c.name }))}
          value={null}
          onChange={(code) => onChange({ code, path: [...(value?.path ?? []), children.find((c) => c.code === code)?.name ?? code] })}
        />
      ) : (
        value && <Text className='muted'>已选到最末一级</Text>
      )}
    </View>
  );
}
