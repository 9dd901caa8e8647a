// The on-screen PIN pad (kiosks have no keyboard; a keyboard works too). Shows dots, not digits. Wrong PINs count
// towards a lock that grows with each further failure (common/kiosk/adminLock.ts), kept by the host: the Electron
// main process, or localStorage and IndexedDB on the web host.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPinHash } from '../../common/config/deviceConfig';
import { isLocked, triesBeforeLock, type AdminLockState } from '../../common/kiosk/adminLock';
import { useKioskServices } from './kioskServices';
import { PIN_MAX_LENGTH } from '../../common/config/pinHash';
import { verifyPin } from './adminPin';

interface Props {
  readonly stored: AdminPinHash;
  readonly onUnlock: () => void;
  readonly onCancel: () => void;
}

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'] as const;

export function PinPad({ stored, onUnlock, onCancel }: Props) {
  const { t, i18n } = useTranslation('kiosk');
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const { host } = useKioskServices();
  // Null until the host answered: no PIN can be tried before the lock state is known.
  const [lock, setLock] = useState<AdminLockState | null>(null);
  const [wrong, setWrong] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const locked = lock === null || isLocked(lock, Date.now());
  const lockedUntilMs = lock?.lockedUntil ?? 0;

  useEffect(() => {
    let live = true;
    void host.adminLock.read().then((state) => {
      if (live) setLock(state);
    });
    return () => {
      live = false;
    };
  }, [host]);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    if (lockedUntilMs <= Date.now()) return;
    const timer = window.setTimeout(() => void host.adminLock.read().then(setLock), Math.max(1000, lockedUntilMs - Date.now()));
    return () => window.clearTimeout(timer);
  }, [host, lockedUntilMs]);

  const press = (digit: string) => {
    if (locked || checking) return;
    setWrong(false);
    setPin((current) => (current.length < PIN_MAX_LENGTH ? current + digit : current));
  };

  const submit = async () => {
    if (locked || checking || pin.length === 0) return;
    setChecking(true);
    const ok = await verifyPin(pin, stored);
    setChecking(false);
    setPin('');
    const next = await host.adminLock.record(ok ? 'success' : 'failure');
    if (ok) {
      onUnlock();
      return;
    }
    setLock(next);
    setWrong(true);
  };

  // A lock can last past midnight (up to a day), so the date is shown when it is not today.
  const until = new Date(lockedUntilMs);
  const sameDay = until.toDateString() === new Date().toDateString();
  const lockedUntil = until.toLocaleString(i18n.language, sameDay ? { hour: '2-digit', minute: '2-digit' } : { weekday: 'long', hour: '2-digit', minute: '2-digit' });

  return (
    <dialog
      ref={dialog}
      className="sheet pin-pad"
      aria-labelledby="pin-title"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        if (/^\d$/.test(event.key)) press(event.key);
        else if (event.key === 'Backspace') setPin((current) => current.slice(0, -1));
        else if (event.key === 'Enter' && (event.target as HTMLElement).tagName !== 'BUTTON') void submit();
      }}
    >
      <div className="sheet__body pin-pad__body">
        <h2 id="pin-title" className="sheet__title">
          {t('admin.pinTitle')}
        </h2>
        <p id="pin-status" role="status" className={wrong || locked ? 'pin-pad__status pin-pad__status--error' : 'pin-pad__status'}>
          {lock === null
            ? t('admin.checking')
            : locked
            ? t('admin.locked', { time: lockedUntil })
            : checking
              ? t('admin.checking')
              : wrong
                ? t('admin.pinWrong', { count: triesBeforeLock(lock) })
                : t('admin.pinPrompt')}
        </p>
        {/* Focus starts here (not on a digit key), so typed digits and Enter work on a keyboard. */}
        <p className="pin-pad__dots" tabIndex={-1} autoFocus aria-describedby="pin-status">
          <span aria-hidden="true">{Array.from({ length: Math.max(4, pin.length) }, (_, i) => (i < pin.length ? '●' : '○')).join(' ')}</span>
          <span className="visually-hidden">{t('admin.digitsTyped', { count: pin.length })}</span>
        </p>
        <div className="pin-pad__keys">
          {DIGITS.map((digit) => (
            <button key={digit} type="button" className="pin-pad__key" disabled={locked} aria-label={t('admin.digit', { digit })} onClick={() => press(digit)}>
              {digit}
            </button>
          ))}
          <button type="button" className="pin-pad__key pin-pad__key--wide" disabled={locked} onClick={() => setPin((current) => current.slice(0, -1))}>
            {t('admin.delete')}
          </button>
        </div>
        <div className="button-row">
          <button type="button" className="button button--large" disabled={locked || pin.length === 0 || checking} onClick={() => void submit()}>
            {t('admin.ok')}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t('admin.cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
