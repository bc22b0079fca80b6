import { api } from '../api/client.js';
import type {
  FollowupWithDraft,
  ReconnectWithDraft,
  StaleInvitation,
  WeeklyPlan,
} from '../api/types.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { ExternalLink } from '../components/text-parts.js';
import { VirtualList } from '../components/virtual-list.js';
import { useI18n } from '../i18n/i18n.js';
import { useApiData } from '../router.js';

const rowHeight = 52;
const maxListHeight = 420;

function PersonRow(props: { name: string; meta: string; profileUrl: string | null }) {
  const { t } = useI18n();
  return (
    <div className="person-row">
      <span className="row-name">{props.name}</span>
      <span className="muted">{props.meta}</span>
      <ExternalLink href={props.profileUrl} label={t('network.profileOf', { name: props.name })}>
        {t('network.profile')}
      </ExternalLink>
    </div>
  );
}

/** The weekly plan and the to-do lists (playbook §6), each list windowed however long it gets. */
export function NetworkLists({ language }: { language: string }) {
  const { t } = useI18n();
  const week = useApiData(() => api<WeeklyPlan>('/network/week'), [language]);
  const followups = useApiData(
    () => api<{ followups: FollowupWithDraft[] }>('/network/followups'),
    [language],
  );
  const reconnects = useApiData(
    () => api<{ reconnects: ReconnectWithDraft[] }>('/network/reconnects'),
    [language],
  );
  const sent = useApiData(() => api<{ sent: StaleInvitation[] }>('/network/sent'), [language]);
  const height = (count: number) => Math.min(maxListHeight, Math.max(1, count) * rowHeight + 2);

  return (
    <div className="network-lists">
      <section aria-labelledby="plan-title" className="plan">
        <h2 id="plan-title">
          {t('network.plan')}
          {week.data ? ` · ${t('network.planWeek', { week: week.data.week.key })}` : ''}
        </h2>
        {week.error ? <ErrorMessage error={week.error} /> : null}
        {!week.data ? (
          week.error ? null : (
            <Loading />
          )
        ) : (
          <ol>
            {week.data.actions.map((action) => (
              <li key={action}>{action}</li>
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="followups-list-title">
        <h2 id="followups-list-title">{t('network.followups')}</h2>
        {followups.error ? <ErrorMessage error={followups.error} /> : null}
        {!followups.data ? (
          followups.error ? null : (
            <Loading />
          )
        ) : followups.data.followups.length === 0 ? (
          <p className="muted">{t('compose.followupsEmpty')}</p>
        ) : (
          <VirtualList
            items={followups.data.followups}
            rowHeight={rowHeight}
            height={height(followups.data.followups.length)}
            label={t('network.followups')}
            keyOf={(item) => item.connection.personKey}
            renderRow={(item) => (
              <PersonRow
                name={item.connection.name}
                meta={t('compose.connectedDaysAgo', { days: item.daysSinceConnecting })}
                profileUrl={item.connection.profileUrl}
              />
            )}
          />
        )}
      </section>
      <section aria-labelledby="reconnects-list-title">
        <h2 id="reconnects-list-title">{t('network.reconnects')}</h2>
        {reconnects.error ? <ErrorMessage error={reconnects.error} /> : null}
        {!reconnects.data ? (
          reconnects.error ? null : (
            <Loading />
          )
        ) : reconnects.data.reconnects.length === 0 ? (
          <p className="muted">{t('compose.reconnectsEmpty')}</p>
        ) : (
          <VirtualList
            items={reconnects.data.reconnects}
            rowHeight={rowHeight}
            height={height(reconnects.data.reconnects.length)}
            label={t('network.reconnects')}
            keyOf={(item) => item.personKey}
            renderRow={(item) => (
              <PersonRow
                name={item.name ?? '?'}
                meta={t('compose.silentMonths', { months: item.silentMonths })}
                profileUrl={item.profileUrl}
              />
            )}
          />
        )}
      </section>
      <section aria-labelledby="sent-list-title">
        <h2 id="sent-list-title">{t('network.stale')}</h2>
        {sent.error ? <ErrorMessage error={sent.error} /> : null}
        {!sent.data ? (
          sent.error ? null : (
            <Loading />
          )
        ) : sent.data.sent.length === 0 ? (
          <p className="muted">{t('network.staleEmpty')}</p>
        ) : (
          <VirtualList
            items={sent.data.sent}
            rowHeight={rowHeight}
            height={height(sent.data.sent.length)}
            label={t('network.stale')}
            keyOf={(item) => `${item.invitation.personKey}-${item.invitation.sentAt}`}
            renderRow={(item) => (
              <PersonRow
                name={item.invitation.name}
                meta={t('network.pendingDays', { days: item.daysPending })}
                profileUrl={item.invitation.profileUrl}
              />
            )}
          />
        )}
      </section>
    </div>
  );
}
