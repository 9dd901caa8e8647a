// The "still there?" countdown over everything, after the idle time. Any touch, click or key anywhere cancels it
// (the idle watcher hears it); the big button is there so the choice is obvious.

import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function StillThereDialog({ secondsLeft, onStay }: { secondsLeft: number; onStay: () => void }) {
  const { t } = useTranslation('kiosk');
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    button.current?.focus();
    return () => element?.close();
  }, []);

  return (
    <dialog ref={dialog} className="still-there" aria-labelledby="still-there-title" aria-describedby="still-there-text" onCancel={(event) => { event.preventDefault(); onStay(); }}>
      <h2 id="still-there-title" className="still-there__title">
        {t('idle.title')}
      </h2>
      <p id="still-there-text">{t('idle.text')}</p>
      <p className="still-there__count" role="timer" aria-live="assertive">
        {t('idle.countdown', { count: secondsLeft })}
      </p>
      <button ref={button} type="button" className="button button--large" onClick={onStay}>
        {t('idle.stay')}
      </button>
    </dialog>
  );
}
