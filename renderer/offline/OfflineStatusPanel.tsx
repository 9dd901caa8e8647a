// "Available offline": what the teacher (or the stand's staff) needs to know before unplugging: whether every file
// of the app, every game included, is stored in this browser. Announced politely as it changes.

import { useStore } from '../state/store';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { offlineState } from './offlineStatus';

export function OfflineStatusPanel() {
  const text = useNamespaceText('classroom');
  const state = useStore(offlineState);
  const percent = state.kind === 'preparing' && state.total > 0 ? Math.floor((state.done / state.total) * 100) : 0;
  return (
    <div className={`offline-status offline-status--${state.kind}`} role="status" data-testid="offline-status" data-state={state.kind}>
      <span className="offline-status__icon" aria-hidden="true">
        {state.kind === 'ready' ? '✓' : state.kind === 'preparing' ? '…' : '!'}
      </span>
      <span className="offline-status__text">
        <strong>{text(`offline.${state.kind}.title`)}</strong>
        <span>
          {state.kind === 'ready'
            ? text('offline.ready.text', { count: state.files })
            : state.kind === 'preparing'
              ? text('offline.preparing.text', { percent })
              : text(`offline.${state.kind}.text`)}
        </span>
      </span>
    </div>
  );
}
