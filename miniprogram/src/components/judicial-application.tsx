import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { TextField } from './field';

const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * 申请司法确认: the parties may jointly ask the people's court to confirm a written agreement within
 * 30 days of it taking effect; this records that they did (the court and the day).
 */
export function JudicialApplication({ deadline, busy, onApply }: { deadline: string | null | undefined; busy: boolean; onApply: (court: string, appliedOn: string) => void }) {
  const [open, setOpen] = useState(false);
  const [court, setCourt] = useState('');
  if (!open)
    return (
      <Button className='btn btn--ghost' disabled={busy} onClick={() => setOpen(true)}>
        申请司法确认
      </Button>
    );
  return (
    <View className='card' style={{ border: '1px solid #e8e4dc' }}>
      <Text className='text-2'>经人民法院确认有效的调解协议，一方拒绝履行的，对方可以申请强制执行。请在 {deadline} 前双方共同向人民法院提出申请。</Text>
      <TextField label='受理的人民法院' required value={court} onChange={setCourt} placeholder='例如：凉州区人民法院' />
      <Button className='btn' disabled={busy || court.trim().length < 2} onClick={() => onApply(court.trim(), today())}>
        今天已提出申请
      </Button>
    </View>
  );
}
