import type { FormEvent } from 'react';
import { useState } from 'react';
import { api } from '../api/client.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session-context.js';

/** Settings on the shared server: a new password, given the current one. */
export function PasswordForm() {
  const { t } = useI18n();
  const { username } = useSession();
  const [form, setForm] = useState({ current: '', next: '', repeat: '' });
  const [state, setState] = useState<'idle' | 'saving' | 'changed'>('idle');
  const [failure, setFailure] = useState<unknown>();
  const set = (field: keyof typeof form) => (value: string) => {
    setForm({ ...form, [field]: value });
    setState('idle');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    if (form.next !== form.repeat) {
      setFailure(new Error(t('password.mismatch')));
      return;
    }
    setState('saving');
    try {
      await api('/auth/password', {
        method: 'PUT',
        json: { currentPassword: form.current, newPassword: form.next },
      });
      setForm({ current: '', next: '', repeat: '' });
      setState('changed');
    } catch (error) {
      setFailure(error);
      setState('idle');
    }
  };

  return (
    <section aria-labelledby="password-title" className="settings-section">
      <h2 id="password-title">{t('password.title')}</h2>
      <p className="muted">{t('password.intro')}</p>
      <form onSubmit={submit} className="settings-form">
        {/* Password managers pair the new password with the account. */}
        <input
          type="text"
          name="username"
          autoComplete="username"
          value={username ?? ''}
          hidden
          readOnly
        />
        <label className="field">
          <span>{t('password.current')}</span>
          <input
            type="password"
            autoComplete="current-password"
            required
            value={form.current}
            onChange={(e) => set('current')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('password.new')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={10}
            maxLength={1024}
            value={form.next}
            onChange={(e) => set('next')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('password.repeat')}</span>
          <input
            type="password"
            autoComplete="new-password"
            required
            value={form.repeat}
            onChange={(e) => set('repeat')(e.target.value)}
          />
        </label>
        <p>
          <button type="submit" disabled={state === 'saving'}>
            {t('password.submit')}
          </button>{' '}
          <span role="status" className="success">
            {state === 'changed' ? t('password.changed') : ''}
          </span>
        </p>
        {failure ? <ErrorMessage error={failure} /> : null}
      </form>
    </section>
  );
}
