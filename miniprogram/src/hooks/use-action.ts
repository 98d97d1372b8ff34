import { useState } from 'react';
import { messageOf } from '../api/errors';
import { toast } from '../navigation';

/**
 * One person's action at a time on a screen (a mutation and what follows it): `busy` disables the
 * buttons while it runs, success may be toasted, a failure always is — in words fit to show.
 * `run` resolves to the work's result, or undefined when it failed.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const run = async <T>(work: () => Promise<T>, done?: string): Promise<T | undefined> => {
    setBusy(true);
    try {
      const result = await work();
      if (done) void toast(done, 'success');
      return result;
    } catch (error) {
      void toast(messageOf(error));
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
