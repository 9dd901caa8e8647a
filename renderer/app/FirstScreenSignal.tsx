// Rendered once beside the app: its effect runs when React has committed the first screen, which starts the work
// that waits for that screen to be drawn (renderer/app/firstScreen.ts).

import { useEffect } from 'react';
import { reportReactCommitted } from './firstScreen';

export function FirstScreenSignal() {
  useEffect(reportReactCommitted, []);
  return null;
}
