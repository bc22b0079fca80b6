import { Suspense, lazy, useEffect, useRef, useState } from 'react';
import { ApiError, api, onSignedOut, setApiLanguage } from './api/client.js';
import { prefetch } from './api/prefetch.js';
import type { SessionView, SettingsView } from './api/types.js';
import { ErrorMessage, Loading } from './components/status.js';
import type { UiLanguage } from './i18n/i18n.js';
import { useI18n } from './i18n/i18n.js';
import type { MessageKey } from './i18n/messages.js';
import { ComposePage } from './pages/compose-page.js';
import { ImportPage } from './pages/import-page.js';
import { InboxPage } from './pages/inbox-page.js';
import { LoginPage } from './pages/login-page.js';
import { ProfilePage } from './pages/profile-page.js';
import { SettingsPage } from './pages/settings-page.js';
import type { Page } from './router.js';
import { PageLink, pages, usePage } from './router.js';
import { networkChartsPath } from './pages/network-charts-path.js';
import { SessionContext } from './session-context.js';
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

/** On the shared server: who is signed in, and the way out (the page then loads anew). */
function AccountMenu({ username }: { username: string }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const signOut = async () => {
    setBusy(true);
    try {
      await api('/auth/logout', { method: 'POST' });
    } finally {
      window.location.reload();
    }
  };
  return (
    <div className="account-menu">
      <span>{t('account.signedInAs', { name: username })}</span>
      <button type="button" onClick={() => void signOut()} disabled={busy}>
        {t('account.signOut')}
      </button>
    </div>
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
  const [session, setSession] = useState<SessionView | undefined>();
  const [settings, setSettings] = useState<SettingsView | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [signInNeeded, setSignInNeeded] = useState(false);
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  setApiLanguage(language);
  const signIn = signInNeeded || (failure instanceof ApiError && failure.code === 'login-required');
  const signedOut = !signIn && failure instanceof ApiError && failure.status === 401;
  const ready = Boolean(session && settings) && !signIn;

  useEffect(() => {
    // The shared server's session can end while the page is open (idle, signed out elsewhere).
    onSignedOut(() => setSignInNeeded(true));
    Promise.all([api<SessionView>('/session'), api<SettingsView>('/settings')]).then(
      ([loadedSession, loadedSettings]) => {
        setSession(loadedSession);
        setSettings(loadedSettings);
      },
      setFailure,
    );
    const idle = window.setTimeout(() => void loadNetworkPage().catch(() => undefined), 2000);
    return () => {
      onSignedOut(undefined);
      window.clearTimeout(idle);
    };
  }, []);

  useEffect(() => {
    // The page's code may still be loading (or is cached and already asked): see prefetch.ts.
    if (page === 'network') prefetch(networkChartsPath);
  }, [page]);

  useEffect(() => {
    document.title = `${signIn ? t('login.title') : t(pageTitles[page])} · netwerk`;
    // After a navigation, start reading at the new page (not on the first load).
    if (first.current) first.current = false;
    else main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [page, t, signIn]);

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
        {ready ? (
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
        ) : (
          <div className="nav-placeholder" />
        )}
        {ready && session?.username ? <AccountMenu username={session.username} /> : null}
        <LanguageSwitch />
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {signIn ? (
          <LoginPage />
        ) : signedOut ? (
          <section>
            <h1 tabIndex={-1}>{t('signedOut.title')}</h1>
            <p>{t('signedOut.body')}</p>
          </section>
        ) : failure ? (
          <ErrorMessage error={failure} retry={() => window.location.reload()} />
        ) : !session || !settings ? (
          <Loading />
        ) : (
          <SessionContext.Provider value={session}>
            <SettingsContext.Provider value={{ settings, setSettings }}>
              <Suspense fallback={<Loading />}>
                <CurrentPage page={page} />
              </Suspense>
            </SettingsContext.Provider>
          </SessionContext.Provider>
        )}
      </main>
    </>
  );
}
