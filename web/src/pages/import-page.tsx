import type { DragEvent } from 'react';
import { useEffect, useRef, useState } from 'react';
import { api, uploadWithProgress } from '../api/client.js';
import type { ImportHistory, ImportJob } from '../api/types.js';
import { ErrorMessage } from '../components/status.js';
import { useI18n } from '../i18n/i18n.js';
import { PageLink, useApiData } from '../router.js';
import { ImportSummaryView } from './import-summary.js';

/** What the server takes (docs/formats.md, "Web app"): a large export is a few hundred MB. */
const exportLimitLabel = '2 GB';

type Stage =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; fraction: number }
  | { kind: 'job'; job: ImportJob }
  | { kind: 'error'; error: unknown };

/** Follows a job: server-sent events, or polling when the stream breaks. */
function followJob(id: string, onJob: (job: ImportJob) => void): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = async () => {
    if (stopped) return;
    const { job } = await api<{ job: ImportJob }>(`/import/jobs/${encodeURIComponent(id)}`);
    onJob(job);
    if (job.status === 'running') timer = setTimeout(() => void poll(), 500);
  };
  const events = new EventSource(`/api/import/jobs/${encodeURIComponent(id)}/events`);
  const onMessage = (message: MessageEvent<string>) => {
    const { job } = JSON.parse(message.data) as { job: ImportJob };
    onJob(job);
    if (job.status !== 'running') events.close();
  };
  events.addEventListener('progress', onMessage);
  events.addEventListener('done', onMessage);
  events.onerror = () => {
    events.close();
    void poll().catch(() => undefined);
  };
  return () => {
    stopped = true;
    events.close();
    if (timer) clearTimeout(timer);
  };
}

export function ImportPage() {
  const { t, language, formatDate, formatNumber } = useI18n();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [notZip, setNotZip] = useState<string | undefined>();
  const stopFollowing = useRef<(() => void) | undefined>(undefined);
  const history = useApiData(() => api<ImportHistory>('/imports'), [language]);

  useEffect(() => () => stopFollowing.current?.(), []);

  const start = async (file: File) => {
    setNotZip(undefined);
    if (!file.name.toLowerCase().endsWith('.zip')) {
      setNotZip(file.name);
      return;
    }
    setStage({ kind: 'uploading', name: file.name, fraction: 0 });
    try {
      const { job } = await uploadWithProgress<{ job: ImportJob }>('/import', file, (fraction) =>
        setStage({ kind: 'uploading', name: file.name, fraction }),
      );
      setStage({ kind: 'job', job });
      stopFollowing.current?.();
      stopFollowing.current = followJob(job.id, (next) => {
        setStage({ kind: 'job', job: { ...next, files: [...next.files] } });
        if (next.status !== 'running') history.reload();
      });
    } catch (error) {
      setStage({ kind: 'error', error });
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void start(file);
  };

  const busy =
    stage.kind === 'uploading' || (stage.kind === 'job' && stage.job.status === 'running');
  return (
    <section className="page">
      <h1 tabIndex={-1}>{t('import.title')}</h1>
      <p className="intro">{t('import.intro')}</p>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p className="drop-title">{t('import.drop')}</p>
        <p>{t('import.or')}</p>
        <label className="button file-button">
          {t('import.choose')}
          <input
            type="file"
            accept=".zip,application/zip"
            className="visually-hidden"
            disabled={busy}
            onChange={(event) => {
              const file = event.target.files?.[0];
              if (file) void start(file);
              event.target.value = '';
            }}
          />
        </label>
        <p className="muted">{t('import.limit', { limit: exportLimitLabel })}</p>
      </div>
      {notZip !== undefined ? (
        <p className="error" role="alert">
          {t('import.notZip', { name: notZip })}
        </p>
      ) : null}
      <div aria-live="polite" className="import-status">
        {stage.kind === 'uploading' ? (
          <p>
            {t('import.uploading', {
              name: stage.name,
              percent: Math.round(stage.fraction * 100),
            })}
          </p>
        ) : null}
        {stage.kind === 'job' && stage.job.status === 'running' ? (
          <p>{t('import.running', { name: stage.job.source })}</p>
        ) : null}
        {stage.kind === 'job' && stage.job.status === 'done' ? (
          <p className="success">{t('import.done', { name: stage.job.source })}</p>
        ) : null}
      </div>
      {stage.kind === 'error' ? <ErrorMessage error={stage.error} /> : null}
      {stage.kind === 'job' ? <JobView job={stage.job} /> : null}
      {history.data && history.data.imports.length > 0 ? (
        <section aria-labelledby="history-title">
          <h2 id="history-title">{t('import.history')}</h2>
          <p>
            {t('import.stats', {
              connections: formatNumber(history.data.stats.connections),
              pending: formatNumber(history.data.stats.invitations.pendingIncoming),
              messages: formatNumber(history.data.stats.messages),
            })}
          </p>
          <ul>
            {history.data.imports
              .slice()
              .reverse()
              .map((item) => (
                <li key={item.seq}>
                  {t('import.historyItem', {
                    seq: item.seq,
                    source: item.source,
                    date: formatDate(item.finishedAt),
                  })}
                </li>
              ))}
          </ul>
          <PageLink page="inbox" className="button">
            {t('import.next')}
          </PageLink>
        </section>
      ) : null}
    </section>
  );
}

function JobView({ job }: { job: ImportJob }) {
  const { t, language, formatNumber } = useI18n();
  if (job.status === 'failed' && job.error) {
    return (
      <div className="error" role="alert">
        <h2>{t('import.failed')}</h2>
        <p>{job.error.message[language]}</p>
      </div>
    );
  }
  if (job.status === 'done' && job.summary) return <ImportSummaryView summary={job.summary} />;
  return (
    <ul className="file-progress">
      {job.files.map((file) => (
        <li key={file.name}>
          <span className="file-name">{file.name}</span>
          <progress
            max={Math.max(file.bytes, 1)}
            value={file.done ? Math.max(file.bytes, 1) : Math.min(file.bytesRead, file.bytes)}
            aria-label={t('import.progressLabel', { name: file.name })}
          />
          <span className="muted">
            {file.done
              ? t('import.fileDone')
              : t('import.fileRows', { rows: formatNumber(file.rows) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
