import { Button, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import { toast } from '../navigation';

/**
 * A step that needs a reason (decline, withdraw, resolve a warning…): the button opens a text box
 * inline — WeChat's editable modal does not exist on every platform.
 */
export function ReasonAction({
  label,
  placeholder,
  confirmLabel = '确认',
  busy,
  className = 'btn btn--plain',
  onSubmit,
}: {
  label: string;
  placeholder: string;
  confirmLabel?: string;
  busy?: boolean;
  className?: string;
  /** Resolving to true (done) closes and clears the box; anything else leaves it for another try. */
  onSubmit: (reason: string) => Promise<unknown> | void;
}) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submit = async () => {
    if ((await onSubmit(reason.trim())) === true) {
      setOpen(false);
      setReason('');
    }
  };
  if (!open)
    return (
      <Button className={className} disabled={busy} onClick={() => setOpen(true)}>
        {label}
      </Button>
    );
  return (
    <View className='card'>
      <Textarea className='textarea' value={reason} placeholder={placeholder} onInput={(e) => setReason(e.detail.value)} />
      <View className='row' style={{ marginTop: '16px' }}>
        <Button className='btn btn--small' disabled={busy} onClick={() => (reason.trim() ? void submit() : void toast(placeholder))}>
          {confirmLabel}
        </Button>
        <Button className='btn btn--plain btn--small' onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </View>
  );
}
