// The dashboard shell: checks the staff session (login page otherwise), then a header with the pages, the
// language switch and logout, the shared filters, and the page chosen by the URL hash (#/games, #/careers...).
// Every page is open to every staff account: the collector has no lesser roles (every account administers it).

import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FilterOptions, SessionInfo } from '../../reports/types';
import { api, setSession, whenSessionEnds } from './api';
import { defaultFilters, type Filters } from './filters';
import { FiltersBar } from './FiltersBar';
import type { LabelContext } from './labels';
import { LanguageSwitch } from './LanguageSwitch';
import { LoginPage } from './LoginPage';
import { CareersPage } from './pages/CareersPage';
import { ClassesPage } from './pages/ClassesPage';
import { DevicesPage } from './pages/DevicesPage';
import { GamesPage } from './pages/GamesPage';
import { OverviewPage } from './pages/OverviewPage';
import { ReleasesPage } from './pages/ReleasesPage';
import { SecurityPage } from './pages/SecurityPage';

/** The Content page brings the pack schema (zod) and its editor: loaded when staff open it. */
const ContentPage = lazy(() => import('./pages/ContentPage').then((module) => ({ default: module.ContentPage })));

const PAGES = ['overview', 'games', 'careers', 'classes', 'content', 'devices', 'releases', 'security'] as const;
/** Pages with their own data, not the shared report filters. */
const UNFILTERED: readonly Page[] = ['classes', 'content', 'devices', 'releases', 'security'];
type Page = (typeof PAGES)[number];

function pageOfHash(hash: string): Page {
  const name = hash.replace(/^#\/?/, '');
  return (PAGES as readonly string[]).includes(name) ? (name as Page) : 'overview';
}

export function App() {
  const { t, i18n } = useTranslation();
  const [session, setSessionState] = useState<SessionInfo | null | 'checking'>('checking');
  const [page, setPage] = useState<Page>(() => pageOfHash(window.location.hash));
  const [filters, setFilters] = useState<Filters>(() => defaultFilters());
  const [options, setOptions] = useState<FilterOptions | null>(null);

  const signedIn = useCallback((info: SessionInfo | null) => {
    setSession(info);
    setSessionState(info);
  }, []);

  useEffect(() => {
    whenSessionEnds(() => signedIn(null));
    api.session().then(signedIn, () => signedIn(null));
  }, [signedIn]);

  useEffect(() => {
    const follow = () => setPage(pageOfHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);

  useEffect(() => {
    if (session !== null && session !== 'checking') api.filterOptions().then(setOptions, () => setOptions(null));
  }, [session]);

  useEffect(() => {
    document.title = `${t(`pages.${page}`)} – ${t('app.title')}`;
  }, [t, page, i18n.language]);

  const labels: LabelContext = useMemo(() => ({ t, language: i18n.language, options }), [t, i18n.language, options]);

  if (session === 'checking') return null;
  if (session === null) return <LoginPage onLoggedIn={signedIn} />;

  const logout = async () => {
    await api.logout().catch(() => undefined);
    signedIn(null);
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">{t('app.skip')}</a>
      <header className="top">
        <div className="brand">
          <span className="brand-name">{t('app.title')}</span>
          <span className="muted">{t('app.signedInAs', { name: session.staffName })}</span>
        </div>
        <nav aria-label={t('pages.label')} className="pages">
          {PAGES.map((name) => (
            <a key={name} href={`#/${name}`} className="tab" aria-current={page === name ? 'page' : undefined}>
              {t(`pages.${name}`)}
            </a>
          ))}
        </nav>
        <div className="top-actions">
          <LanguageSwitch />
          <button type="button" className="button secondary small" onClick={() => void logout()}>
            {t('app.logout')}
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{t(`pages.${page}`)}</h1>
        {UNFILTERED.includes(page) ? null : <FiltersBar key={JSON.stringify(filters)} filters={filters} options={options} onApply={setFilters} />}
        {page === 'overview' ? <OverviewPage filters={filters} labels={labels} onFilters={setFilters} /> : null}
        {page === 'games' ? <GamesPage filters={filters} labels={labels} onFilters={setFilters} /> : null}
        {page === 'careers' ? <CareersPage filters={filters} labels={labels} onFilters={setFilters} /> : null}
        {page === 'classes' ? <ClassesPage language={i18n.language} /> : null}
        {page === 'content' ? (
          <Suspense fallback={<p className="muted">{t('content.loading')}</p>}>
            <ContentPage language={i18n.language} />
          </Suspense>
        ) : null}
        {page === 'devices' ? <DevicesPage language={i18n.language} /> : null}
        {page === 'releases' ? <ReleasesPage language={i18n.language} /> : null}
        {page === 'security' ? <SecurityPage language={i18n.language} /> : null}
        <p className="privacy-note muted">{t('app.privacyNote')}</p>
      </main>
    </div>
  );
}
