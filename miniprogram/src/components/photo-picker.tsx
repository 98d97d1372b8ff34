import { Button, Image, Text, View } from '@tarojs/components';
import { choosePhotos } from '../media';
import { toast } from '../navigation';
import { Field } from './field';

/** Photos to upload with a filing or a registration: thumbnails with 删除, and the camera or album up to `max`. */
export function PhotoPicker({ label, photos, max, onChange }: { label: string; photos: string[]; max: number; onChange: (photos: string[]) => void }) {
  const add = async () => {
    const room = max - photos.length;
    if (room <= 0) return void toast(`最多 ${max} 张`);
    try {
      onChange([...photos, ...(await choosePhotos(room))].slice(0, max));
    } catch {
      // Cancelled by the person: nothing to say.
    }
  };
  return (
    <Field label={label}>
      <View className='row wrap'>
        {photos.map((p) => (
          <View key={p} className='stack'>
            <Image src={p} mode='aspectFill' style={{ width: '160px', height: '160px', borderRadius: '8px' }} />
            <Text className='muted' onClick={() => onChange(photos.filter((x) => x !== p))}>
              删除
            </Text>
          </View>
        ))}
      </View>
      <Button className='btn btn--plain btn--small' onClick={() => void add()}>
        拍照或从相册选择
      </Button>
    </Field>
  );
}
