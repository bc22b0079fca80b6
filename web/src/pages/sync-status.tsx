import { api } from '../api/client.js';
import type { SyncStatusView } from '../api/types.js';
import { ErrorMessage, Loading } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { useApiData } from '../router.js';

/**
 * Settings on a single-user server: whether netwerk is linked to LinkedIn, when it last synced,
 * and why the last attempt failed with what to do (issue 10). The server polls about hourly.
 */
export function SyncStatus() {
  const { t, language, formatDateTime } = useI18n();
  const status = useApiData(() => api<SyncStatusView>('/sync/status'), []);
  const data = status.data;
  return (
    <section aria-labelledby="sync-title" className="settings-section sync-status">
      <h2 id="sync-title">{t('sync.title')}</h2>
      {status.error ? <ErrorMessage error={status.error} retry={status.reload} /> : null}
      {!data && !status.error ? <Loading /> : null}
      {data && !data.linked ? <p>{t('sync.notLinked')}</p> : null}
      {data?.linked ? (
        <>
          <p>{t('sync.linked')}</p>
          <p>
            {data.lastSyncAt
              ? t('sync.lastSync', { time: formatDateTime(data.lastSyncAt) })
              : t('sync.never')}
          </p>
          {data.changelogGap && data.lastSyncAt ? <p className="muted">{t('sync.gap')}</p> : null}
        </>
      ) : null}
      {data?.lastError ? (
        <p className="error">
          {t('sync.failed', {
            time: formatDateTime(data.lastError.at),
            message: data.lastError.message[language],
          })}
        </p>
      ) : null}
      {data ? (
        <p>
          <button type="button" onClick={status.reload}>
            {t('sync.check')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
