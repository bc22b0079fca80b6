import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client.js';
import type {
  InboxEntry,
  InboxList,
  InboxRow,
  InvitationStatus,
  TriageVerdict,
} from '../api/types.js';
import { copyText } from '../components/copy-button.js';
import { ErrorMessage, Loading, errorText } from '../components/status.js';
import { VerdictBadge } from '../components/verdict-badge.js';
import { VirtualList } from '../components/virtual-list.js';
import { useI18n } from '../i18n/i18n.js';
import { PageLink, useApiData } from '../router.js';
import { InboxDetail } from './inbox-detail.js';

type Filter = 'all' | TriageVerdict | 'handled';
const verdictOrder: TriageVerdict[] = ['caution', 'accept', 'review', 'ignore'];
const rowHeight = 76;

function matches(row: InboxRow, filter: Filter): boolean {
  if (filter === 'handled') return row.status !== 'pending';
  if (row.status !== 'pending') return false;
  return filter === 'all' || row.verdict === filter;
}

/** Keys typed into a field are text, not commands. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function useListHeight(): number {
  const measure = () => Math.max(280, Math.min(900, window.innerHeight - 300));
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

export function InboxPage() {
  const { t, language, formatDate } = useI18n();
  const inbox = useApiData(() => api<InboxList>('/inbox'), [language]);
  const [rows, setRows] = useState<InboxRow[]>([]);
  const [filter, setFilter] = useState<Filter>('all');
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [entries, setEntries] = useState<Map<string, InboxEntry>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<unknown>();
  // The last mark made here, until the next one: what "Undo" puts back.
  const [lastMark, setLastMark] = useState<{
    id: string;
    name: string;
    previous: InvitationStatus;
    status: InvitationStatus;
  }>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const listHeight = useListHeight();
  const entriesRef = useRef(entries);
  entriesRef.current = entries;

  useEffect(() => {
    if (inbox.data) {
      setRows(inbox.data.rows);
      setEntries(new Map());
    }
  }, [inbox.data]);

  // The selected invitation stays in the list while its facts are edited, even when its new
  // verdict no longer matches the filter; it leaves when the selection moves on.
  const visible = useMemo(
    () => rows.filter((row) => matches(row, filter) || row.id === selectedId),
    [rows, filter, selectedId],
  );
  const foundIndex = visible.findIndex((row) => row.id === selectedId);
  const selectedIndex = foundIndex >= 0 ? foundIndex : visible.length > 0 ? 0 : -1;
  const selected = visible[selectedIndex];
  useEffect(() => {
    if (selected && selected.id !== selectedId) setSelectedId(selected.id);
  }, [selected, selectedId]);

  useEffect(() => {
    if (!selected || entriesRef.current.has(selected.id)) return;
    let live = true;
    api<{ entry: InboxEntry }>(`/inbox/entry?id=${encodeURIComponent(selected.id)}`).then(
      ({ entry }) => live && setEntries((map) => new Map(map).set(entry.id, entry)),
      (error: unknown) => live && setActionError(error),
    );
    return () => {
      live = false;
    };
  }, [selected]);

  const updateEntry = useCallback((entry: InboxEntry) => {
    setEntries((map) => new Map(map).set(entry.id, entry));
    setRows((list) =>
      list.map((row) =>
        row.id === entry.id ? { ...row, verdict: entry.triage.verdict, status: entry.status } : row,
      ),
    );
  }, []);

  const mark = useCallback(
    async (row: InboxRow, status: InvitationStatus) => {
      setActionError(undefined);
      const previous = row.status;
      try {
        const { entry } = await api<{ entry: InboxEntry }>('/inbox/mark', {
          method: 'PUT',
          json: { id: row.id, mark: status },
        });
        // The next invitation takes the marked one's place in the list.
        const next = visible[selectedIndex + 1] ?? visible[selectedIndex - 1];
        updateEntry(entry);
        if (filter !== 'handled' && status !== 'pending') setSelectedId(next?.id);
        if (previous !== status) setLastMark({ id: row.id, name: row.name, previous, status });
        const said =
          status === 'pending'
            ? t('inbox.unmarked', { name: row.name })
            : t('inbox.marked', { name: row.name, mark: t(`status.${status}`) });
        setAnnouncement(previous !== status ? `${said} ${t('inbox.undoHint')}` : said);
      } catch (error) {
        setActionError(error);
      }
    },
    [visible, selectedIndex, filter, updateEntry, t],
  );

  /** Puts back what the invitation was before the last mark, and shows it again. */
  const undo = useCallback(
    async (fromButton: boolean) => {
      if (!lastMark) return;
      setActionError(undefined);
      try {
        const { entry } = await api<{ entry: InboxEntry }>('/inbox/mark', {
          method: 'PUT',
          json: { id: lastMark.id, mark: lastMark.previous },
        });
        updateEntry(entry);
        setSelectedId(entry.id);
        setLastMark(undefined);
        setAnnouncement(
          t('inbox.undone', { name: lastMark.name, status: t(`status.${lastMark.previous}`) }),
        );
        // The button is gone: keep the keyboard on the page, not lost on the body.
        if (fromButton) headingRef.current?.focus();
      } catch (error) {
        setActionError(error);
      }
    },
    [lastMark, updateEntry, t],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      const move = (by: number) => {
        const target = visible[Math.max(0, Math.min(visible.length - 1, selectedIndex + by))];
        if (target) setSelectedId(target.id);
      };
      const actions: Record<string, () => void> = {
        j: () => move(1),
        k: () => move(-1),
        a: () => selected && void mark(selected, 'accepted'),
        i: () => selected && void mark(selected, 'ignored'),
        r: () => selected && void mark(selected, 'reported'),
        u: () => void undo(false),
        c: () => {
          const reply = selected ? entriesRef.current.get(selected.id)?.triage.reply : undefined;
          if (reply) {
            void copyText(reply).then((ok) =>
              setAnnouncement(ok ? t('inbox.copied') : t('inbox.copyFailed')),
            );
          }
        },
      };
      const action = actions[event.key];
      if (action) {
        event.preventDefault();
        action();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [visible, selectedIndex, selected, mark, undo, t]);

  if (inbox.error) return <ErrorMessage error={inbox.error} retry={inbox.reload} />;
  if (!inbox.data) return <Loading />;
  const counts = {
    all: rows.filter((row) => row.status === 'pending').length,
    handled: rows.filter((row) => row.status !== 'pending').length,
    ...Object.fromEntries(
      verdictOrder.map((verdict) => [
        verdict,
        rows.filter((row) => row.status === 'pending' && row.verdict === verdict).length,
      ]),
    ),
  } as Record<Filter, number>;
  const filters: { value: Filter; label: string }[] = [
    { value: 'all', label: t('inbox.filter.all', { count: counts.all }) },
    ...verdictOrder.map((verdict) => ({
      value: verdict as Filter,
      label: `${t(`verdict.${verdict}`)} (${counts[verdict]})`,
    })),
    { value: 'handled', label: t('inbox.filter.handled', { count: counts.handled }) },
  ];
  const entry = selected ? entries.get(selected.id) : undefined;

  return (
    <section className="page inbox-page">
      <h1 tabIndex={-1} ref={headingRef}>
        {t('inbox.title')}
      </h1>
      <p className="intro">{t('inbox.intro')}</p>
      {rows.length === 0 ? (
        <p>
          {t('inbox.empty')} <PageLink page="import">{t('noData.link')}</PageLink>
        </p>
      ) : (
        <>
          <fieldset className="filters">
            <legend>{t('inbox.filter')}</legend>
            {filters.map((option) => (
              <label
                key={option.value}
                className={filter === option.value ? 'chip active' : 'chip'}
              >
                <input
                  type="radio"
                  name="verdict-filter"
                  value={option.value}
                  checked={filter === option.value}
                  onChange={() => {
                    setFilter(option.value);
                    setSelectedId(undefined);
                  }}
                />
                {option.label}
              </label>
            ))}
          </fieldset>
          <p className="muted keys">{t('inbox.keys')}</p>
          {lastMark ? (
            <div className="undo-bar" data-testid="undo-bar">
              <span>
                {lastMark.status === 'pending'
                  ? t('inbox.unmarked', { name: lastMark.name })
                  : t('inbox.marked', {
                      name: lastMark.name,
                      mark: t(`status.${lastMark.status}`),
                    })}
              </span>
              <button type="button" aria-keyshortcuts="u" onClick={() => void undo(true)}>
                {t('inbox.undo')} <kbd aria-hidden="true">u</kbd>
              </button>
            </div>
          ) : null}
          <div className="inbox-layout">
            <div className="inbox-list">
              {visible.length === 0 ? (
                <p>{t('inbox.noneMatch')}</p>
              ) : (
                <VirtualList
                  items={visible}
                  rowHeight={rowHeight}
                  height={Math.min(listHeight, visible.length * rowHeight + 2)}
                  label={t('inbox.listLabel')}
                  keyOf={(row) => row.id}
                  idPrefix="invitation"
                  selectedIndex={selectedIndex}
                  onSelect={(index) => setSelectedId(visible[index]?.id)}
                  renderRow={(row) => (
                    <div className="invitation-row">
                      <div className="row-top">
                        <span className="row-name">{row.name}</span>
                        <VerdictBadge verdict={row.verdict} />
                      </div>
                      <div className="row-bottom">
                        <span className="row-snippet">{row.snippet || t('inbox.noNote')}</span>
                        <span className="row-date">
                          {row.status !== 'pending' ? `${t(`status.${row.status}`)} · ` : ''}
                          {formatDate(row.sentAt)}
                        </span>
                      </div>
                    </div>
                  )}
                />
              )}
            </div>
            <div className="inbox-detail">
              {actionError ? (
                <p className="error" role="alert">
                  {errorText(actionError, t)}
                </p>
              ) : null}
              {!selected ? (
                <p>{t('inbox.choose')}</p>
              ) : !entry ? (
                <Loading />
              ) : (
                <InboxDetail
                  key={entry.id}
                  entry={entry}
                  onSaved={updateEntry}
                  onMark={(value) => void mark(selected, value)}
                  onError={setActionError}
                />
              )}
            </div>
          </div>
          <p role="status" className="visually-hidden" data-testid="inbox-announcement">
            {announcement}
          </p>
        </>
      )}
    </section>
  );
}
