import { ApiError } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/** Loading and error states, the same on every page. */
export function Loading() {
  const { t } = useI18n();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

export function errorText(error: unknown, t: ReturnType<typeof useI18n>['t']): string {
  if (error instanceof ApiError) {
    if (error.code === 'offline') return t('app.offline');
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

export function ErrorMessage({ error, retry }: { error: unknown; retry?: () => void }) {
  const { t } = useI18n();
  return (
    <div className="error" role="alert">
      <p>{errorText(error, t)}</p>
      {retry ? (
        <button type="button" onClick={retry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
