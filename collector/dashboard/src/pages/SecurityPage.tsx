// Security, for administrators (every dashboard account is one): the staff accounts with their lock state and an
// unlock button, and the audit log of logins, failures, locks and staff actions, newest first. No address is ever
// shown, because none is kept.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntrySummary, StaffAccountSummary } from '../../../reports/types';
import { api } from '../api';
import { LoadState } from '../LoadState';

type Loaded<T> = T | 'loading' | 'failed';

const SPECIAL_ACTORS: Record<string, string> = { '(command-line)': 'security.commandLine', '(unknown-name)': 'security.unknownName' };

export function SecurityPage({ language }: { language: string }) {
  const { t } = useTranslation();
  const [accounts, setAccounts] = useState<Loaded<StaffAccountSummary[]>>('loading');
  const [entries, setEntries] = useState<Loaded<AuditEntrySummary[]>>('loading');
  const [problem, setProblem] = useState<string | null>(null);
  const reload = useCallback(async () => {
    await Promise.all([api.staff().then(setAccounts, () => setAccounts('failed')), api.audit().then(setEntries, () => setEntries('failed'))]);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const time = (at: number) => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'medium' }).format(at);
  const unlock = async (name: string) => {
    setProblem(null);
    await api.unlock(name).catch(() => setProblem(t('security.unlockFailed')));
    await reload();
  };
  const actor = (name: string) => (SPECIAL_ACTORS[name] === undefined ? name : t(SPECIAL_ACTORS[name]));
  return (
    <>
      <section className="report-table" aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t('security.accountsTitle')}</h2>
        <p className="muted">{t('security.accountsLead')}</p>
        <div role="alert" className="problem">{problem}</div>
        {typeof accounts === 'string' ? (
          <LoadState state={accounts} />
        ) : (
          <div className="table-scroll">
            <table data-accounts>
              <thead>
                <tr>
                  <th scope="col">{t('security.account')}</th>
                  <th scope="col">{t('security.state')}</th>
                  <th scope="col">{t('security.action')}</th>
                </tr>
              </thead>
              <tbody>
                {accounts.map((account) => (
                  <tr key={account.name}>
                    <th scope="row">{account.name}</th>
                    <td>{account.lockedUntil === null ? t('security.open') : t('security.lockedUntil', { time: time(account.lockedUntil) })}</td>
                    <td>
                      {account.lockedUntil === null && account.failedAttempts === 0 ? null : (
                        <button type="button" className="button secondary small" onClick={() => void unlock(account.name)}>
                          {t('security.unlock')}
                          <span className="visually-hidden"> – {account.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      <section className="report-table" aria-labelledby="audit-title">
        <h2 id="audit-title">{t('security.auditTitle')}</h2>
        <p className="muted">{t('security.auditLead')}</p>
        {typeof entries === 'string' ? (
          <LoadState state={entries} />
        ) : entries.length === 0 ? (
          <p className="muted">{t('security.auditEmpty')}</p>
        ) : (
          <div className="table-scroll">
            <table data-audit>
              <thead>
                <tr>
                  <th scope="col">{t('security.when')}</th>
                  <th scope="col">{t('security.who')}</th>
                  <th scope="col">{t('security.what')}</th>
                  <th scope="col">{t('security.about')}</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry, index) => (
                  <tr key={`${entry.at}-${index}`}>
                    <th scope="row">{time(entry.at)}</th>
                    <td>{actor(entry.actor)}</td>
                    <td>{t(`security.actions.${entry.action}`)}</td>
                    <td>{entry.subject === 'locked' && entry.action === 'login-failed' ? t('security.whileLocked') : (entry.subject ?? '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
