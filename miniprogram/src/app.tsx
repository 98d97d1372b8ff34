import type { PropsWithChildren } from 'react';
import './app.css';

// H5 only: the build replaces TARO_ENV and drops this line from the WeChat bundle, which an import could not do.
// eslint-disable-next-line @typescript-eslint/no-require-imports
if (process.env.TARO_ENV === 'h5') require('./styles/h5.css');

export default function App({ children }: PropsWithChildren) {
  return children;
}
