// Security, for administrators (every dashboard account is one): the staff accounts with their lock state and an
// unlock button, and the audit log of logins, failures, locks and staff actions, newest first. No address is ever
// shown, because none is kept.

import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntrySummary, StaffAccountSummary } from '../../../reports/types';
import { api } from '../api';
import { TableView } from '../TableView';

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
      <TableView
        title={t('security.accountsTitle')}
        lead={t('security.accountsLead')}
        tableId="accounts"
        rowHeader={t('security.account')}
        columns={[
          { id: 'state', header: t('security.state') },
          { id: 'action', header: t('security.action') },
        ]}
        rows={
          typeof accounts === 'string'
            ? accounts
            : accounts.map((account) => ({
                key: account.name,
                header: account.name,
                cells: [
                  account.lockedUntil === null ? t('security.open') : t('security.lockedUntil', { time: time(account.lockedUntil) }),
                  account.lockedUntil === null && account.failedAttempts === 0 ? null : (
                    <button type="button" className="button secondary small" onClick={() => void unlock(account.name)}>
                      {t('security.unlock')}
                      <span className="visually-hidden"> – {account.name}</span>
                    </button>
                  ),
                ],
              }))
        }
      >
        <div role="alert" className="problem">{problem}</div>
      </TableView>
      <TableView
        title={t('security.auditTitle')}
        lead={t('security.auditLead')}
        tableId="audit"
        rowHeader={t('security.when')}
        columns={[
          { id: 'who', header: t('security.who') },
          { id: 'what', header: t('security.what') },
          { id: 'about', header: t('security.about') },
        ]}
        empty={t('security.auditEmpty')}
        rows={
          typeof entries === 'string'
            ? entries
            : entries.map((entry, index) => ({
                key: `${entry.at}-${index}`,
                header: time(entry.at),
                cells: [actor(entry.actor), t(`security.actions.${entry.action}`), entry.subject === 'locked' && entry.action === 'login-failed' ? t('security.whileLocked') : (entry.subject ?? '')],
              }))
        }
      />
    </>
  );
}
