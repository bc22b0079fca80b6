import { localDate } from '../core/network/iso-week.js';
import type { Visibility } from '../core/network/weekly-visibility.js';
import type { TodoContext } from './network-todo.js';
import { loadVisibility } from './network-todo.js';

/**
 * The figures behind the web app's network charts (issue 7), aggregated on the server so the
 * browser gets a few hundred numbers, not 30,000 connections. Months and weeks are calendar
 * months and ISO weeks in the user's time zone.
 */
export interface NetworkCharts {
  /** From the first connection's month to this month, gaps filled with 0. */
  connectionsPerMonth: MonthCount[];
  /** The largest companies and positions among current connections, biggest first. */
  companies: NamedCount[];
  positions: NamedCount[];
  /** Invitations per month over the last `invitationMonths` months. */
  invitationsPerMonth: InvitationMonth[];
  /** Posts, comments and reactions per ISO week. */
  visibility: Visibility;
  totals: { connections: number; companies: number; invitations: number };
}

export interface MonthCount {
  /** `YYYY-MM` */
  month: string;
  count: number;
}

export interface NamedCount {
  name: string;
  count: number;
}

export interface InvitationMonth {
  month: string;
  sent: number;
  received: number;
  /** Sent or received invitations whose other party is now a connection. */
  accepted: number;
}

export interface NetworkChartOptions {
  top?: number;
  invitationMonths?: number;
  weeks?: number;
}

/** At most this many months of connections: twenty years is a whole career on LinkedIn. */
const maxMonths = 240;

function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  for (let month = first; month <= last && months.length < maxMonths; month = nextMonth(month)) {
    months.push(month);
  }
  return months;
}

function topCounts(values: readonly (string | null)[], top: number): NamedCount[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const value of values) {
    const name = value?.trim();
    if (!name) continue;
    const key = name.toLocaleLowerCase('en');
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { name, count: 1 });
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, top);
}

export async function loadNetworkCharts(
  context: TodoContext,
  options: NetworkChartOptions = {},
): Promise<NetworkCharts> {
  const top = options.top ?? 12;
  const invitationMonths = options.invitationMonths ?? 24;
  const [connections, invitations, visibility] = await Promise.all([
    context.store.listConnections(),
    context.store.listInvitations(),
    loadVisibility(context, options.weeks ?? 26),
  ]);
  const thisMonth = localDate(context.now, context.timeZone).slice(0, 7);

  const perMonth = new Map<string, number>();
  for (const connection of connections) {
    const month = connection.connectedOn.slice(0, 7);
    perMonth.set(month, (perMonth.get(month) ?? 0) + 1);
  }
  const firstMonth = [...perMonth.keys()].sort()[0];
  const connectionMonths = firstMonth
    ? monthsBetween(firstMonth < thisMonth ? firstMonth : thisMonth, thisMonth).slice(-maxMonths)
    : [];

  const visible = connections.filter((connection) => !connection.hidden);
  const connectedKeys = new Set(connections.map((connection) => connection.key));
  const connectedNames = new Set(
    visible.map((c) => [c.firstName, c.lastName].filter(Boolean).join(' ').toLowerCase()),
  );
  const windowMonths: string[] = [];
  for (let month = thisMonth, n = 0; n < invitationMonths; n += 1) {
    windowMonths.unshift(month);
    const [year, number] = month.split('-').map(Number) as [number, number];
    month = number === 1 ? `${year - 1}-12` : `${year}-${String(number - 1).padStart(2, '0')}`;
  }
  const invitationRows = new Map<string, InvitationMonth>(
    windowMonths.map((month) => [month, { month, sent: 0, received: 0, accepted: 0 }]),
  );
  for (const invitation of invitations) {
    const row = invitationRows.get(
      localDate(new Date(invitation.sentAt), context.timeZone).slice(0, 7),
    );
    if (!row) continue;
    if (invitation.direction === 'outgoing') row.sent += 1;
    else row.received += 1;
    const byName =
      !invitation.otherPersonKey.startsWith('u:') &&
      connectedNames.has((invitation.otherName ?? '').toLowerCase());
    if (!invitation.pending && (connectedKeys.has(invitation.otherPersonKey) || byName)) {
      row.accepted += 1;
    }
  }

  const companies = topCounts(
    visible.map((c) => c.company),
    top,
  );
  return {
    connectionsPerMonth: connectionMonths.map((month) => ({
      month,
      count: perMonth.get(month) ?? 0,
    })),
    companies,
    positions: topCounts(
      visible.map((c) => c.position),
      top,
    ),
    invitationsPerMonth: [...invitationRows.values()],
    visibility,
    totals: {
      connections: connections.length,
      companies: new Set(visible.map((c) => c.company?.trim().toLowerCase()).filter(Boolean)).size,
      invitations: invitations.length,
    },
  };
}
