import type { FormEvent } from 'react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * The shared server's sign-in (issue 8). On success the page loads anew, so nothing of a
 * previous user stays in the browser's memory.
 */
export function LoginPage() {
  const { t } = useI18n();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setFailure(undefined);
    try {
      await api<{ username: string }>('/auth/login', {
        method: 'POST',
        json: { username: username.trim(), password },
      });
      window.location.reload();
    } catch (error) {
      setFailure(error);
      setPassword('');
      setBusy(false);
    }
  };

  return (
    <section className="page login-page">
      <h1 tabIndex={-1}>{t('login.title')}</h1>
      <p className="intro">{t('login.intro')}</p>
      <form onSubmit={submit} className="settings-form login-form">
        <label className="field">
          <span>{t('login.username')}</span>
          <input
            type="text"
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            maxLength={200}
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('login.password')}</span>
          <input
            type="password"
            name="password"
            autoComplete="current-password"
            required
            maxLength={1024}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </label>
        <p>
          <button type="submit" className="primary" disabled={busy}>
            {t('login.submit')}
          </button>
        </p>
        {failure ? <ErrorMessage error={failure} /> : null}
        <p className="muted">{t('login.help')}</p>
      </form>
    </section>
  );
}
