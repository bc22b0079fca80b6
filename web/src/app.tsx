import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { ApiError, api, setApiLanguage } from './api/client.js';
import { prefetch } from './api/prefetch.js';
import type { SettingsView } from './api/types.js';
import { ErrorMessage, Loading } from './components/status.js';
import type { UiLanguage } from './i18n/i18n.js';
import { useI18n } from './i18n/i18n.js';
import type { MessageKey } from './i18n/messages.js';
import { ComposePage } from './pages/compose-page.js';
import { ImportPage } from './pages/import-page.js';
import { InboxPage } from './pages/inbox-page.js';
import { ProfilePage } from './pages/profile-page.js';
import { SettingsPage } from './pages/settings-page.js';
import type { Page } from './router.js';
import { PageLink, pages, usePage } from './router.js';
import { networkChartsPath } from './pages/network-charts-path.js';
import { SettingsContext } from './settings-context.js';

// The charts library is the biggest part of the app: it loads with the network page only, or
// when the browser is idle. Its data is asked for at the same time, not after the code arrives.
const loadNetworkPage = () => import('./pages/network-page.js');
const NetworkPage = lazy(() =>
  loadNetworkPage().then((module) => ({ default: module.NetworkPage })),
);

const pageTitles: Record<Page, MessageKey> = {
  inbox: 'nav.inbox',
  network: 'nav.network',
  compose: 'nav.compose',
  profile: 'nav.profile',
  import: 'nav.import',
  settings: 'nav.settings',
};

function LanguageSwitch() {
  const { language, setLanguage, t } = useI18n();
  return (
    <label className="language-switch">
      <span>{t('app.language')}</span>
      <select value={language} onChange={(event) => setLanguage(event.target.value as UiLanguage)}>
        <option value="nl">Nederlands</option>
        <option value="en">English</option>
      </select>
    </label>
  );
}

function CurrentPage({ page }: { page: Page }) {
  switch (page) {
    case 'inbox':
      return <InboxPage />;
    case 'network':
      return <NetworkPage />;
    case 'compose':
      return <ComposePage />;
    case 'profile':
      return <ProfilePage />;
    case 'import':
      return <ImportPage />;
    case 'settings':
      return <SettingsPage />;
  }
}

/** The shell: header with navigation and language switch, then the page. */
export function App() {
  const { t, language } = useI18n();
  const page = usePage();
  const [settings, setSettings] = useState<SettingsView | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  setApiLanguage(language);

  useEffect(() => {
    api<SettingsView>('/settings').then(setSettings, setFailure);
    const idle = window.setTimeout(() => void loadNetworkPage().catch(() => undefined), 2000);
    return () => window.clearTimeout(idle);
  }, []);

  useEffect(() => {
    // The page's code may still be loading (or is cached and already asked): see prefetch.ts.
    if (page === 'network') prefetch(networkChartsPath);
  }, [page]);

  useEffect(() => {
    document.title = `${t(pageTitles[page])} · netwerk`;
    // After a navigation, start reading at the new page (not on the first load).
    if (first.current) first.current = false;
    else main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page, t]);

  const signedOut = failure instanceof ApiError && failure.status === 401;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">netwerk</span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </div>
        <nav aria-label={t('nav.label')}>
          <ul>
            {pages.map((name) => (
              <li key={name}>
                <PageLink page={name} current={name === page}>
                  {t(pageTitles[name])}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {signedOut ? (
          <section>
            <h1 tabIndex={-1}>{t('signedOut.title')}</h1>
            <p>{t('signedOut.body')}</p>
          </section>
        ) : failure ? (
          <ErrorMessage error={failure} retry={() => window.location.reload()} />
        ) : !settings ? (
          <Loading />
        ) : (
          <SettingsContext.Provider value={{ settings, setSettings }}>
            <Suspense fallback={<Loading />}>
              <CurrentPage page={page} />
            </Suspense>
          </SettingsContext.Provider>
        )}
      </main>
    </>
  );
}
