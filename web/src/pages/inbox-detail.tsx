import { useId, useMemo, useRef, useState } from 'react';
import {
  applyFactsChange,
  invitationFromPending,
} from '../../../src/core/invitation/inviter-facts.js';
import type { InviterFactsChange } from '../../../src/core/invitation/inviter-facts.js';
import { triageInvitation } from '../../../src/core/triage/triage-invitation.js';
import { api } from '../api/client.js';
import type {
  InboxEntry,
  InvitationMark,
  InvitationStatus,
  InviterFacts,
  TriageResult,
} from '../api/types.js';
import { CopyButton } from '../components/copy-button.js';
import { ExternalLink, HighlightedText } from '../components/text-parts.js';
import { VerdictBadge } from '../components/verdict-badge.js';
import { useI18n } from '../i18n/i18n.js';
import { useSettings } from '../settings-context.js';

type PhotoChoice = 'unknown' | 'yes' | 'no';

interface Draft {
  /** null: not looked yet (unknown); '' typed or saved empty: none. */
  headline: string | null;
  summary: string | null;
  photo: PhotoChoice;
}

function draftOf(facts: InviterFacts): Draft {
  return {
    headline: facts.headline ?? null,
    summary: facts.summary ?? null,
    photo: facts.hasPhoto === undefined ? 'unknown' : facts.hasPhoto ? 'yes' : 'no',
  };
}

/**
 * What the draft changes against the saved facts, as the user means it: an untouched empty
 * field is still unknown; "not looked yet" forgets a saved fact (null).
 */
function changeOf(draft: Draft, saved: InviterFacts): InviterFactsChange {
  const change: InviterFactsChange = {};
  for (const field of ['headline', 'summary'] as const) {
    const value = draft[field];
    if (value === null) {
      if (saved[field] !== undefined) change[field] = null;
    } else if (value !== saved[field] && !(value === '' && saved[field] === undefined)) {
      change[field] = value;
    }
  }
  const photo = draft.photo === 'unknown' ? undefined : draft.photo === 'yes';
  if (photo !== saved.hasPhoto) change.hasPhoto = photo ?? null;
  return change;
}

const marks: InvitationMark[] = ['accepted', 'ignored', 'reported'];

type InvitationTextField = 'message' | 'headline' | 'summary';

/** The words behind a signal, overlapping stretches joined, as they stand in their field. */
function quotesOf(
  evidence: readonly { field: InvitationTextField; start: number; end: number; text: string }[],
  texts: Record<InvitationTextField, string>,
): string[] {
  const quotes: string[] = [];
  for (const field of ['message', 'headline', 'summary'] as const) {
    const spans = evidence.filter((item) => item.field === field).sort((a, b) => a.start - b.start);
    let current: { start: number; end: number } | undefined;
    const flush = () => {
      if (current) quotes.push(texts[field].slice(current.start, current.end) || '');
    };
    for (const span of spans) {
      if (current && span.start <= current.end) current.end = Math.max(current.end, span.end);
      else {
        flush();
        current = { start: span.start, end: span.end };
      }
    }
    flush();
  }
  return [...new Set(quotes.filter(Boolean))];
}

/**
 * One invitation: the note with the words behind any warning sign marked, the verdict and its
 * reasons, the reply, and the inviter's profile facts. While the user edits the facts the same
 * pure triage runs here in the browser; leaving a field saves them and the server's verdict
 * (with the full language detector) replaces the live one.
 */
export function InboxDetail(props: {
  entry: InboxEntry;
  onSaved(entry: InboxEntry): void;
  onMark(status: InvitationStatus): void;
  onError(error: unknown): void;
}) {
  const { entry } = props;
  const { t, language, formatDate } = useI18n();
  const { settings } = useSettings();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry.facts));
  const [saved, setSaved] = useState(false);
  const ids = useId();
  // Saves run one after another against the facts the last one left: leaving a field and then
  // choosing "not looked yet" must not let the older save land last.
  const savedFacts = useRef(entry.facts);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const edited = Object.keys(changeOf(draft, entry.facts)).length > 0;

  const live: TriageResult = useMemo(() => {
    if (!edited) return entry.triage;
    return triageInvitation(
      invitationFromPending(
        {
          personKey: entry.id,
          name: entry.name,
          profileUrl: entry.profileUrl,
          sentAt: entry.sentAt,
          message: entry.message,
        },
        applyFactsChange(entry.facts, changeOf(draft, entry.facts)),
      ),
      {
        settings: { language, ...(settings.signature ? { signature: settings.signature } : {}) },
      },
    );
  }, [edited, draft, entry, language, settings.signature]);

  const save = (next: Draft): Promise<void> => {
    queue.current = queue.current.then(async () => {
      const facts = changeOf(next, savedFacts.current);
      if (Object.keys(facts).length === 0) return;
      try {
        const result = await api<{ entry: InboxEntry }>('/inbox/facts', {
          method: 'PUT',
          json: { id: entry.id, facts },
        });
        savedFacts.current = result.entry.facts;
        props.onSaved(result.entry);
        setSaved(true);
      } catch (error) {
        props.onError(error);
      }
    });
    return queue.current;
  };

  /** "Not looked yet": the fact is forgotten, as if the profile was never looked at. */
  const forget = (field: 'headline' | 'summary') => {
    const next = { ...draft, [field]: null };
    setDraft(next);
    setSaved(false);
    void save(next);
  };

  const fieldTexts: Record<InvitationTextField, string> = {
    message: entry.message ?? '',
    headline: draft.headline ?? '',
    summary: draft.summary ?? '',
  };
  const textFact = (field: 'headline' | 'summary', label: string) => {
    const labelId = `${ids}-${field}-label`;
    const inputId = `${ids}-${field}`;
    const value = draft[field];
    const known = value !== null && (value !== '' || entry.facts[field] !== undefined);
    const input = {
      value: value ?? '',
      placeholder: value === null ? t('inbox.fact.unknown') : t('inbox.fact.none'),
      id: inputId,
      onChange: (event: { target: { value: string } }) => {
        setDraft({ ...draft, [field]: event.target.value });
        setSaved(false);
      },
      onBlur: () => void save(draft),
    };
    return (
      <div className="field">
        <label id={labelId} htmlFor={inputId}>
          {label}
        </label>
        {field === 'headline' ? (
          <input type="text" maxLength={1000} {...input} />
        ) : (
          <textarea rows={4} maxLength={5000} {...input} />
        )}
        {known ? (
          <button
            type="button"
            className="forget"
            aria-describedby={labelId}
            onClick={() => forget(field)}
          >
            {t('inbox.fact.forget')}
          </button>
        ) : null}
      </div>
    );
  };
  const noteSpans = live.signals.flatMap((signal) =>
    signal.evidence.filter((evidence) => evidence.field === 'message'),
  );
  return (
    <article className="detail" aria-labelledby="detail-name">
      <header className="detail-header">
        <h2 id="detail-name">{entry.name}</h2>
        <VerdictBadge verdict={live.verdict} />
        {edited ? <span className="muted live-label">{t('inbox.live')}</span> : null}
      </header>
      <p className="muted">
        {t('inbox.sent', { date: formatDate(entry.sentAt) })}
        {' · '}
        {t(`status.${entry.status}`)}
        {entry.profileUrl ? (
          <>
            {' · '}
            <ExternalLink href={entry.profileUrl}>{t('inbox.openProfile')}</ExternalLink>
          </>
        ) : null}
      </p>
      <h3>{t('inbox.note')}</h3>
      {entry.message?.trim() ? (
        <blockquote className="note" data-testid="invitation-note">
          <HighlightedText text={entry.message} spans={noteSpans} />
        </blockquote>
      ) : (
        <p className="muted">{t('inbox.noNote')}</p>
      )}
      {live.signals.length > 0 ? (
        <>
          <h3>{t('inbox.signals')}</h3>
          <ul className="signals">
            {live.signals.map((signal) => (
              <li key={signal.code}>
                {signal.text}
                {quotesOf(signal.evidence, fieldTexts).map((quote) => (
                  <span key={quote}>
                    {' '}
                    <mark>{quote}</mark>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('inbox.reasons')}</h3>
      <ul className="reasons">
        {live.reasons.map((reason, index) => (
          <li key={`${reason.code}-${index}`}>{reason.text}</li>
        ))}
      </ul>
      <h3>{t('inbox.reply')}</h3>
      {live.reply ? (
        <>
          <p className="reply" data-testid="reply">
            {live.reply}
          </p>
          <CopyButton
            text={live.reply}
            label={t('inbox.copy')}
            done={t('inbox.copied')}
            failed={t('inbox.copyFailed')}
          />
        </>
      ) : (
        <p className="muted">{t('inbox.noReply')}</p>
      )}
      <fieldset className="facts">
        <legend>{t('inbox.facts')}</legend>
        <p className="muted">{t('inbox.factsHelp')}</p>
        <fieldset className="photo-choice">
          <legend>{t('inbox.photo')}</legend>
          {(['unknown', 'yes', 'no'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={`photo-${entry.id}`}
                value={choice}
                checked={draft.photo === choice}
                onChange={() => {
                  const next = { ...draft, photo: choice };
                  setDraft(next);
                  setSaved(false);
                  void save(next);
                }}
              />
              {t(`inbox.photo.${choice}`)}
            </label>
          ))}
        </fieldset>
        {textFact('headline', t('inbox.headline'))}
        {textFact('summary', t('inbox.summary'))}
        <p role="status" className="muted">
          {saved ? t('inbox.saved') : ''}
        </p>
      </fieldset>
      <div className="marks" role="group" aria-label={t('inbox.mark')}>
        <span>{t('inbox.mark')}</span>
        {marks.map((mark) => (
          <button
            key={mark}
            type="button"
            aria-pressed={entry.status === mark}
            aria-keyshortcuts={mark.slice(0, 1)}
            onClick={() => props.onMark(mark)}
          >
            {t(`inbox.mark.${mark}`)} <kbd aria-hidden="true">{mark.slice(0, 1)}</kbd>
          </button>
        ))}
        {entry.status !== 'pending' ? (
          <button type="button" onClick={() => props.onMark('pending')}>
            {t('inbox.unmark')}
          </button>
        ) : null}
      </div>
    </article>
  );
}
