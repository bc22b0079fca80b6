import type { FormEvent } from 'react';
import { useState } from 'react';
import { api } from '../api/client.js';
import type { SettingsInput, SettingsView } from '../api/types.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/messages.js';
import { useSession } from '../session-context.js';
import { useSettings } from '../settings-context.js';
import { PasswordForm } from './password-form.js';
import { SyncStatus } from './sync-status.js';

const interestFields = ['companies', 'industries', 'keywords', 'places'] as const;

const splitList = (text: string): string[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * The user's settings (the config file, or the account's on the shared server): name, signature,
 * language, time zone, interests, account; then the password (shared server) or the LinkedIn
 * sync status (single-user server).
 */
export function SettingsPage() {
  const { t } = useI18n();
  const session = useSession();
  const shared = session.mode === 'multi-user';
  const { settings, setSettings } = useSettings();
  const [form, setForm] = useState(() => ({
    name: settings.name,
    signature: settings.signature,
    language: settings.language,
    timeZone: settings.timeZone,
    account: settings.account,
    companies: settings.interests.companies.join(', '),
    industries: settings.interests.industries.join(', '),
    keywords: settings.interests.keywords.join(', '),
    places: settings.interests.places.join(', '),
  }));
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [failure, setFailure] = useState<unknown>();
  const set = (field: keyof typeof form) => (value: string) => {
    setForm({ ...form, [field]: value });
    setState('idle');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setState('saving');
    const input: SettingsInput = {
      name: form.name,
      signature: form.signature,
      language: form.language,
      timeZone: form.timeZone,
      account: form.account,
      interests: {
        companies: splitList(form.companies),
        industries: splitList(form.industries),
        keywords: splitList(form.keywords),
        places: splitList(form.places),
      },
    };
    try {
      setSettings(await api<SettingsView>('/settings', { method: 'PUT', json: input }));
      setState('saved');
    } catch (error) {
      setFailure(error);
      setState('idle');
    }
  };

  return (
    <section className="page settings-page">
      <h1 tabIndex={-1}>{t('settings.title')}</h1>
      <p className="intro">{t(shared ? 'settings.introShared' : 'settings.intro')}</p>
      <form onSubmit={submit} className="settings-form">
        <label className="field">
          <span>{t('settings.name')}</span>
          <input
            type="text"
            autoComplete="name"
            value={form.name}
            maxLength={200}
            onChange={(e) => set('name')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('settings.signature')}</span>
          <textarea
            rows={2}
            value={form.signature}
            maxLength={500}
            onChange={(e) => set('signature')(e.target.value)}
          />
        </label>
        <label className="field">
          <span>{t(shared ? 'settings.languageShared' : 'settings.language')}</span>
          <select value={form.language} onChange={(e) => set('language')(e.target.value)}>
            <option value="nl">Nederlands</option>
            <option value="en">English</option>
          </select>
        </label>
        <label className="field">
          <span>{t('settings.timeZone')}</span>
          <input
            type="text"
            value={form.timeZone}
            placeholder={settings.systemTimeZone}
            aria-describedby="timezone-help"
            maxLength={100}
            onChange={(e) => set('timeZone')(e.target.value)}
          />
        </label>
        <p id="timezone-help" className="muted">
          {t('settings.timeZoneHelp', { zone: settings.systemTimeZone })}
        </p>
        <fieldset>
          <legend>{t('settings.account')}</legend>
          {(['premium', 'free'] as const).map((account) => (
            <label key={account} className="radio">
              <input
                type="radio"
                name="account"
                value={account}
                checked={form.account === account}
                onChange={() => set('account')(account)}
              />
              {t(`settings.account.${account}`, {
                chars:
                  account === 'premium'
                    ? settings.limits.premiumNoteChars
                    : settings.limits.freeNoteChars,
              })}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('settings.interests')}</legend>
          <p className="muted">{t('settings.interestsHelp')}</p>
          {interestFields.map((field) => (
            <label key={field} className="field">
              <span>{t(`settings.${field}` as MessageKey)}</span>
              <input type="text" value={form[field]} onChange={(e) => set(field)(e.target.value)} />
            </label>
          ))}
        </fieldset>
        <p>
          <button type="submit" className="primary" disabled={state === 'saving'}>
            {t('settings.save')}
          </button>{' '}
          <span role="status">{state === 'saved' ? t('settings.saved') : ''}</span>
        </p>
        {failure ? <ErrorMessage error={failure} /> : null}
      </form>
      {shared ? <PasswordForm /> : null}
      {session.sync ? <SyncStatus /> : null}
    </section>
  );
}
