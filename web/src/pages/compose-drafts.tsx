import { api } from '../api/client.js';
import type { FollowupWithDraft, ReconnectWithDraft, StoredEventView } from '../api/types.js';
import { CopyButton } from '../components/copy-button.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { ExternalLink } from '../components/text-parts.js';
import { useI18n } from '../i18n/i18n.js';
import { useApiData } from '../router.js';

const shown = 10;

function DraftItem(props: {
  name: string;
  meta: string;
  draft: string;
  profileUrl: string | null;
}) {
  const { t } = useI18n();
  return (
    <li className="draft-item">
      <p>
        <strong>{props.name}</strong> <span className="muted">{props.meta}</span>{' '}
        <ExternalLink href={props.profileUrl}>{t('inbox.openProfile')}</ExternalLink>
      </p>
      <p className="draft-text">{props.draft}</p>
      <CopyButton
        text={props.draft}
        label={t('compose.copy')}
        done={t('compose.copied')}
        failed={t('inbox.copyFailed')}
      />
    </li>
  );
}

/** The messages netwerk drafted for the week: first messages, reconnects, and the events kept. */
export function ComposeDrafts() {
  const { t, language, formatDate } = useI18n();
  const followups = useApiData(
    () => api<{ followups: FollowupWithDraft[] }>('/network/followups'),
    [language],
  );
  const reconnects = useApiData(
    () => api<{ reconnects: ReconnectWithDraft[] }>('/network/reconnects?top=10'),
    [language],
  );
  const events = useApiData(() => api<{ events: StoredEventView[] }>('/events'), []);
  return (
    <div className="compose-drafts">
      <section aria-labelledby="followups-title">
        <h2 id="followups-title">{t('compose.followups')}</h2>
        {followups.error ? <ErrorMessage error={followups.error} /> : null}
        {!followups.data ? (
          followups.error ? null : (
            <Loading />
          )
        ) : followups.data.followups.length === 0 ? (
          <p className="muted">{t('compose.followupsEmpty')}</p>
        ) : (
          <>
            <p className="muted">
              {t('network.followupsCount', { count: followups.data.followups.length })}
            </p>
            <ul className="draft-list">
              {followups.data.followups.slice(0, shown).map((item) => (
                <DraftItem
                  key={item.connection.personKey}
                  name={item.connection.name}
                  meta={t('compose.connectedDaysAgo', { days: item.daysSinceConnecting })}
                  draft={item.draft}
                  profileUrl={item.connection.profileUrl}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="reconnects-title">
        <h2 id="reconnects-title">{t('compose.reconnects')}</h2>
        {reconnects.error ? <ErrorMessage error={reconnects.error} /> : null}
        {!reconnects.data ? (
          reconnects.error ? null : (
            <Loading />
          )
        ) : reconnects.data.reconnects.length === 0 ? (
          <p className="muted">{t('compose.reconnectsEmpty')}</p>
        ) : (
          <ul className="draft-list">
            {reconnects.data.reconnects.map((item) => (
              <DraftItem
                key={item.personKey}
                name={item.name ?? '?'}
                meta={t('compose.silentMonths', { months: item.silentMonths })}
                draft={item.draft}
                profileUrl={item.profileUrl}
              />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="events-title">
        <h2 id="events-title">{t('compose.events')}</h2>
        {events.error ? <ErrorMessage error={events.error} /> : null}
        {events.data && events.data.events.length === 0 ? (
          <p className="muted">{t('compose.eventsEmpty')}</p>
        ) : null}
        {events.data?.events.map((event) => (
          <details key={event.eventId} className="event">
            <summary>
              {event.name} <span className="muted">{formatDate(event.createdAt)}</span>
            </summary>
            <ul className="draft-list">
              {event.people.map((person) => (
                <DraftItem
                  key={`${event.eventId}-${person.name}`}
                  name={person.name}
                  meta={t(`compose.event.${person.status}`)}
                  draft={person.note}
                  profileUrl={person.profileUrl}
                />
              ))}
            </ul>
          </details>
        ))}
      </section>
    </div>
  );
}
