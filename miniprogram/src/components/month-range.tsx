import { Picker, View } from '@tarojs/components';

/** A period of whole months (自 … 至 …), the start never after the end. */
export function MonthRange({ from, to, onFrom, onTo, style }: { from: string; to: string; onFrom: (m: string) => void; onTo: (m: string) => void; style?: Record<string, string> }) {
  return (
    <View className='row' style={style}>
      <Picker mode='date' fields='month' value={from} end={to} onChange={(e) => onFrom(e.detail.value.slice(0, 7))}>
        <View className='picker'>自 {from}</View>
      </Picker>
      <Picker mode='date' fields='month' value={to} start={from} onChange={(e) => onTo(e.detail.value.slice(0, 7))}>
        <View className='picker'>至 {to}</View>
      </Picker>
    </View>
  );
}
