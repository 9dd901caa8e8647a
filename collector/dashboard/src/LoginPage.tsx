// The staff login: name and password, with plain messages for a wrong name or password (a locked account gets the
// same one, so nobody learns which names exist) and for too many tries from this computer.

import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionInfo } from '../../reports/types';
import { api, ApiError } from './api';
import { LanguageSwitch } from './LanguageSwitch';

export function LoginPage({ onLoggedIn }: { onLoggedIn: (session: SessionInfo) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      onLoggedIn(await api.login(name, password));
    } catch (error) {
      setPassword('');
      if (error instanceof ApiError && error.status === 429) {
        setProblem(t('login.wait', { seconds: error.retryAfterSeconds ?? 60 }));
      } else if (error instanceof ApiError && error.status === 401) {
        setProblem(t('login.invalid'));
      } else {
        setProblem(t('login.unavailable'));
      }
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="login-page">
      <header className="login-header">
        <LanguageSwitch />
      </header>
      <main className="login-card">
        <h1>{t('app.title')}</h1>
        <p className="muted">{t('login.lead')}</p>
        <form onSubmit={submit}>
          <label>
            <span>{t('login.name')}</span>
            <input name="name" autoComplete="username" required value={name} onChange={(event) => setName(event.target.value)} />
          </label>
          <label>
            <span>{t('login.password')}</span>
            <input name="password" type="password" autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.target.value)} />
          </label>
          <div role="alert" className="problem">
            {problem}
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t('login.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
