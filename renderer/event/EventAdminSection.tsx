// Admin panel section for fair stands: how many scores today's leaderboard holds and a button to clear it (the
// board also starts empty every new day).

import { useState } from 'react';
import { useNamespaceText } from '../i18n/useNamespaceText';
import { useNamespaces } from '../i18n/useNamespaces';
import { useStore } from '../state/store';
import { leaderboard, resetLeaderboard } from './leaderboard';

export function EventAdminSection() {
  const ready = useNamespaces(['event']);
  const text = useNamespaceText('event');
  const board = useStore(leaderboard);
  const [done, setDone] = useState(false);
  if (!ready) return null;
  return (
    <section className="admin-section" aria-labelledby="admin-leaderboard">
      <h2 id="admin-leaderboard" className="admin-section__title">
        {text('admin.title')}
      </h2>
      <p>{text('admin.count', { count: board.entries.length })}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          data-testid="reset-leaderboard"
          onClick={() => {
            resetLeaderboard();
            setDone(true);
          }}
        >
          {text('admin.reset')}
        </button>
      </div>
      <p role="status">{done ? text('admin.resetDone') : ''}</p>
    </section>
  );
}
