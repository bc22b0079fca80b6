import { useMemo, useState } from 'react';
import { invitationFromPending } from '../../../src/core/invitation/inviter-facts.js';
import { triageInvitation } from '../../../src/core/triage/triage-invitation.js';
import { api } from '../api/client.js';
import type { InboxEntry, InvitationMark, InviterFacts, TriageResult } from '../api/types.js';
import { CopyButton } from '../components/copy-button.js';
import { ExternalLink, HighlightedText } from '../components/text-parts.js';
import { VerdictBadge } from '../components/verdict-badge.js';
import { useI18n } from '../i18n/i18n.js';
import { useSettings } from '../settings-context.js';

type PhotoChoice = 'unknown' | 'yes' | 'no';

interface Draft {
  headline: string;
  summary: string;
  photo: PhotoChoice;
}

function draftOf(facts: InviterFacts): Draft {
  return {
    headline: facts.headline ?? '',
    summary: facts.summary ?? '',
    photo: facts.hasPhoto === undefined ? 'unknown' : facts.hasPhoto ? 'yes' : 'no',
  };
}

/** The facts as the user means them: an untouched empty field is still unknown. */
function factsOf(draft: Draft, saved: InviterFacts): InviterFacts {
  return {
    ...(draft.headline !== '' || saved.headline !== undefined ? { headline: draft.headline } : {}),
    ...(draft.summary !== '' || saved.summary !== undefined ? { summary: draft.summary } : {}),
    ...(draft.photo !== 'unknown' ? { hasPhoto: draft.photo === 'yes' } : {}),
  };
}

function sameFacts(a: InviterFacts, b: InviterFacts): boolean {
  return a.headline === b.headline && a.summary === b.summary && a.hasPhoto === b.hasPhoto;
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
  onMark(mark: InvitationMark): void;
  onError(error: unknown): void;
}) {
  const { entry } = props;
  const { t, language, formatDate } = useI18n();
  const { settings } = useSettings();
  const [draft, setDraft] = useState<Draft>(() => draftOf(entry.facts));
  const [saved, setSaved] = useState(false);
  const edited = !sameFacts(factsOf(draft, entry.facts), entry.facts);

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
        factsOf(draft, entry.facts),
      ),
      {
        settings: { language, ...(settings.signature ? { signature: settings.signature } : {}) },
      },
    );
  }, [edited, draft, entry, language, settings.signature]);

  const save = async (next: Draft) => {
    const facts = factsOf(next, entry.facts);
    if (sameFacts(facts, entry.facts)) return;
    try {
      const result = await api<{ entry: InboxEntry }>('/inbox/facts', {
        method: 'PUT',
        json: { id: entry.id, facts },
      });
      props.onSaved(result.entry);
      setSaved(true);
    } catch (error) {
      props.onError(error);
    }
  };

  const fieldTexts: Record<InvitationTextField, string> = {
    message: entry.message ?? '',
    headline: draft.headline,
    summary: draft.summary,
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
                disabled={choice === 'unknown' && entry.facts.hasPhoto !== undefined}
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
        <label className="field">
          <span>{t('inbox.headline')}</span>
          <input
            type="text"
            value={draft.headline}
            maxLength={1000}
            onChange={(event) => {
              setDraft({ ...draft, headline: event.target.value });
              setSaved(false);
            }}
            onBlur={() => void save(draft)}
          />
        </label>
        <label className="field">
          <span>{t('inbox.summary')}</span>
          <textarea
            rows={4}
            value={draft.summary}
            maxLength={5000}
            onChange={(event) => {
              setDraft({ ...draft, summary: event.target.value });
              setSaved(false);
            }}
            onBlur={() => void save(draft)}
          />
        </label>
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
      </div>
    </article>
  );
}
