// The on-screen PIN pad (kiosks have no keyboard; a keyboard works too). Shows dots, not digits. Wrong PINs count
// towards the five-minute lock, which survives reloads.

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminPinHash } from '../../common/config/deviceConfig';
import { afterFailure, isLocked, MAX_PIN_FAILURES, readAdminLock, UNLOCKED, writeAdminLock } from './adminLock';
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
  const [lock, setLock] = useState(() => readAdminLock(window.localStorage));
  const [wrong, setWrong] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const now = Date.now();
  const locked = isLocked(lock, now);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  useEffect(() => {
    if (!locked) return;
    const timer = window.setTimeout(() => setLock(readAdminLock(window.localStorage)), Math.max(1000, lock.lockedUntil - Date.now()));
    return () => window.clearTimeout(timer);
  }, [locked, lock.lockedUntil]);

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
    if (ok) {
      writeAdminLock(window.localStorage, UNLOCKED);
      onUnlock();
      return;
    }
    const next = afterFailure(readAdminLock(window.localStorage), Date.now());
    writeAdminLock(window.localStorage, next);
    setLock(next);
    setWrong(true);
  };

  const lockedUntil = new Date(lock.lockedUntil).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' });

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
          {locked
            ? t('admin.locked', { time: lockedUntil })
            : checking
              ? t('admin.checking')
              : wrong
                ? t('admin.pinWrong', { count: MAX_PIN_FAILURES - lock.failures })
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
