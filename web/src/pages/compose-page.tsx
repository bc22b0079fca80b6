import { useId, useMemo, useState } from 'react';
import { composeInvitationNotes } from '../../../src/core/compose/compose-invitation-notes.js';
import { fixInvitationNote } from '../../../src/core/compose/fix-invitation-note.js';
import { lintInvitationNote } from '../../../src/core/compose/lint-invitation-note.js';
import type { HookContext } from '../../../src/core/compose/note-phrasings.js';
import type { DraftLanguage } from '../../../src/core/i18n/languages.js';
import { draftLanguages } from '../../../src/core/i18n/languages.js';
import { useI18n } from '../i18n/i18n.js';
import { useSettings } from '../settings-context.js';
import { ComposeDrafts } from './compose-drafts.js';

const contexts: HookContext[] = ['event', 'content', 'mutual', 'organisation', 'other'];
const languageNames: Record<DraftLanguage, string> = {
  nl: 'Nederlands',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  it: 'Italiano',
  pt: 'Português',
};

/**
 * Playbook §4 in the browser: drafts from a hook, a note editor with LinkedIn's limit counted as
 * you type, the lint findings and a fix within the limit: the same pure core functions the CLI
 * runs (`netwerk compose`, `netwerk lint --fix`).
 */
export function ComposePage() {
  const { t, language } = useI18n();
  const { settings } = useSettings();
  const ids = useId();
  const [to, setTo] = useState('');
  const [hook, setHook] = useState('');
  const [context, setContext] = useState<HookContext>('event');
  const [pointer, setPointer] = useState('');
  const [noteLanguage, setNoteLanguage] = useState<DraftLanguage>(language);
  const [limit, setLimit] = useState(settings.noteLimit);
  const [note, setNote] = useState('');
  const signature = settings.signature || settings.name || undefined;

  const drafts = useMemo(
    () =>
      to.trim() && hook.trim()
        ? composeInvitationNotes({
            to: to.trim(),
            hook: hook.trim(),
            context,
            language: noteLanguage,
            limit,
            ...(pointer.trim() ? { pointer: pointer.trim() } : {}),
            ...(signature ? { signature } : {}),
          })
        : [],
    [to, hook, context, noteLanguage, limit, pointer, signature],
  );
  const lint = useMemo(
    () =>
      lintInvitationNote(note, {
        limit,
        language,
        ...(to.trim() ? { recipientName: to.trim() } : {}),
        ...(signature ? { signature } : {}),
      }),
    [note, limit, language, to, signature],
  );
  const fix = useMemo(
    () =>
      lint.chars > limit
        ? fixInvitationNote(note, {
            limit,
            ...(to.trim() ? { recipientName: to.trim() } : {}),
            ...(signature ? { signature } : {}),
          })
        : undefined,
    [lint.chars, limit, note, to, signature],
  );
  const over = lint.chars - limit;

  return (
    <section className="page compose-page">
      <h1 tabIndex={-1}>{t('compose.title')}</h1>
      <p className="intro">{t('compose.intro')}</p>
      <div className="compose-layout">
        <form className="compose-form" onSubmit={(event) => event.preventDefault()}>
          <label className="field">
            <span>{t('compose.to')}</span>
            <input type="text" value={to} maxLength={200} onChange={(e) => setTo(e.target.value)} />
          </label>
          <label className="field">
            <span>{t('compose.hook')}</span>
            <input
              type="text"
              value={hook}
              maxLength={300}
              onChange={(e) => setHook(e.target.value)}
            />
          </label>
          <label className="field">
            <span>{t('compose.context')}</span>
            <select value={context} onChange={(e) => setContext(e.target.value as HookContext)}>
              {contexts.map((value) => (
                <option key={value} value={value}>
                  {t(`compose.context.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t('compose.pointer')}</span>
            <input
              type="text"
              value={pointer}
              maxLength={200}
              onChange={(e) => setPointer(e.target.value)}
            />
          </label>
          <div className="field-row">
            <label className="field">
              <span>{t('compose.noteLanguage')}</span>
              <select
                value={noteLanguage}
                onChange={(e) => setNoteLanguage(e.target.value as DraftLanguage)}
              >
                {draftLanguages.map((value) => (
                  <option key={value} value={value}>
                    {languageNames[value]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('settings.account')}</span>
              <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
                <option value={settings.limits.premiumNoteChars}>
                  {t('settings.account.premium', { chars: settings.limits.premiumNoteChars })}
                </option>
                <option value={settings.limits.freeNoteChars}>
                  {t('settings.account.free', { chars: settings.limits.freeNoteChars })}
                </option>
              </select>
            </label>
          </div>
          <h2>{t('compose.drafts')}</h2>
          {drafts.length === 0 ? (
            <p className="muted">{t('compose.noDrafts')}</p>
          ) : (
            <ol className="drafts">
              {drafts.map((draft, index) => (
                <li key={index}>
                  <p className="draft-text">{draft.text}</p>
                  <p className="muted">
                    {t('compose.counter', { chars: draft.chars, limit })}{' '}
                    <button type="button" onClick={() => setNote(draft.text)}>
                      {t('compose.useDraft')}
                    </button>
                  </p>
                </li>
              ))}
            </ol>
          )}
        </form>
        <div className="compose-editor">
          <label className="field" htmlFor={`${ids}-note`}>
            <span>{t('compose.editor')}</span>
          </label>
          <textarea
            id={`${ids}-note`}
            rows={8}
            value={note}
            aria-describedby={`${ids}-counter`}
            aria-invalid={over > 0}
            onChange={(e) => setNote(e.target.value)}
          />
          <p
            id={`${ids}-counter`}
            className={over > 0 ? 'counter over' : 'counter'}
            data-testid="note-counter"
          >
            {t('compose.counter', { chars: lint.chars, limit })}
            {over > 0 ? ` · ${t('compose.over', { over })}` : ''}
          </p>
          <h2>{t('compose.findings')}</h2>
          <div aria-live="polite">
            {note.trim() === '' ? null : lint.findings.length === 0 ? (
              <p className="success">{t('compose.ok')}</p>
            ) : (
              <ul className="findings" data-testid="lint-findings">
                {lint.findings.map((finding) => (
                  <li key={finding.code} className={`finding finding-${finding.severity}`}>
                    <span className="finding-severity">
                      {t(finding.severity === 'error' ? 'compose.error' : 'compose.warning')}
                    </span>{' '}
                    {finding.text}
                  </li>
                ))}
              </ul>
            )}
          </div>
          {fix ? (
            <div className="fix">
              <h3>{t('compose.fix')}</h3>
              {fix.fixed ? (
                <>
                  <p className="draft-text" data-testid="fix-suggestion">
                    {fix.text}
                  </p>
                  <p className="muted">
                    {t('compose.counter', { chars: fix.chars, limit })}{' '}
                    <button type="button" onClick={() => setNote(fix.text)}>
                      {t('compose.useFix')}
                    </button>
                  </p>
                </>
              ) : (
                <p>{t('compose.fixFailed')}</p>
              )}
            </div>
          ) : null}
        </div>
      </div>
      <ComposeDrafts />
    </section>
  );
}
