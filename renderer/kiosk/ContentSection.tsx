// The staff's view of the hub content on this device (content packs, renderer/content/): what is shown (built in, or
// which version, published when, for which devices, from where), a pack waiting for the next moment between two
// visitors, the last pack refused and why in plain words, "go back to the previous content" (this device only), and
// taking a pack from a file (a USB stick): checked like a pack from the collector, and shown at once.

import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../content/packShelf';
import { useStore } from '../state/store';
import { useKioskServices } from './kioskServices';

export function ContentSection() {
  const { t, i18n } = useTranslation('kiosk');
  const services = useKioskServices();
  const status = useStore(services.content.status);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const time = (ms: number) => new Date(ms).toLocaleString(i18n.language, { dateStyle: 'short', timeStyle: 'short' });
  const describe = (pack: PackSummary) => {
    if (pack.source === 'built-in') return t('content.builtIn');
    const target =
      pack.target.kind === 'all'
        ? t('content.targets.all')
        : pack.target.kind === 'site'
          ? t('content.targets.site', { site: pack.target.site })
          : t('content.targets.mode', { mode: t(`admin.modes.${pack.target.mode}`) });
    const date = pack.publishedAt === null ? '…' : new Date(pack.publishedAt).toLocaleDateString(i18n.language, { dateStyle: 'long' });
    return t('content.version', { version: pack.version, date, target, source: t(`content.sources.${pack.source}`) });
  };

  const takeFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (file === undefined) return;
    setBusy(true);
    setMessage(null);
    try {
      const outcome = await services.content.takeFromFile(await file.text());
      if (outcome.kind === 'accepted') setMessage({ ok: true, text: t('content.fileTaken', { version: outcome.version }) });
      else if (outcome.kind === 'unchanged') setMessage({ ok: true, text: t('content.fileSame') });
      else setMessage({ ok: false, text: t('content.fileRefused', { reason: t(`content.refusals.${outcome.refusal}`) }) });
    } finally {
      input.value = '';
      setBusy(false);
    }
  };

  const goBack = async () => {
    setBusy(true);
    try {
      if (await services.content.goBack()) setMessage({ ok: true, text: t('content.wentBack') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="admin-section" aria-labelledby="admin-content">
      <h2 id="admin-content" className="admin-section__title">
        {t('content.title')}
      </h2>
      {status.problem !== null && (
        <p className="notice notice--warning" role="status">
          {t(`content.problems.${status.problem}`)}
        </p>
      )}
      {!status.hasKey && <p className="notice notice--warning">{t('content.noKey')}</p>}
      <p data-testid="content-shown">{t('content.shown', { what: describe(status.shown) })}</p>
      {status.waiting !== null && <p data-testid="content-waiting">{t('content.waiting', { version: status.waiting.version })}</p>}
      {status.lastRefusal !== null && (
        <p className="notice notice--warning" data-testid="content-refusal">
          {t('content.refused', { when: time(status.lastRefusal.at), reason: t(`content.refusals.${status.lastRefusal.refusal}`) })}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button button--secondary" disabled={busy || status.previous === null} onClick={() => void goBack()}>
          {t('content.goBack')}
        </button>
      </div>
      <label className="field">
        <span className="setting__label">{t('content.fromFile')}</span>
        <input className="field__input" type="file" accept=".json,application/json" disabled={busy} onChange={(event) => void takeFile(event)} />
      </label>
      {message && (
        <p role="status" className={message.ok ? 'admin-message' : 'admin-message admin-message--error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
