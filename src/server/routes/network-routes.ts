import { AppError } from '../../core/errors/app-error.js';
import { localDate } from '../../core/network/iso-week.js';
import { listEventsWithStatus } from '../../use-cases/events.js';
import { loadNetworkCharts } from '../../use-cases/network-charts.js';
import { listFollowups, listReconnects, listStaleSent } from '../../use-cases/network-todo.js';
import type { PendingTriage, TodoContext } from '../../use-cases/network-todo.js';
import { buildWeeklyPlan, weeklyPlanLimits } from '../../use-cases/weekly-plan.js';
import type { RegisterRoutes } from '../route-deps.js';
import { todoContextOf } from '../route-deps.js';

function wholeNumber(value: string | undefined, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0 || number > max) {
    throw new AppError('usage', { message: `expected a whole number from 0 to ${max}: ${value}` });
  }
  return number;
}

/**
 * The network page and the drafts of the compose page: playbook §6 over the imported data. The
 * lists change with the data and the day only, so they are kept per owner until an import, a
 * sync or a settings change (a follow-up list over 20,000 connections takes 0.2 s to build).
 */
export const registerNetworkRoutes: RegisterRoutes = (api, deps) => {
  const kept = <T>(
    c: Parameters<typeof todoContextOf>[0],
    name: string,
    load: (context: TodoContext) => Promise<T>,
  ) => {
    const context = todoContextOf(c, deps);
    const day = localDate(context.now, context.timeZone);
    const key = `${name}|${day}|${context.timeZone}|${context.settings.language}`;
    return deps.lists.get(context.store, key, () => load(context)) as Promise<T>;
  };

  api.get('/network/charts', async (c) => {
    const context = todoContextOf(c, deps);
    const weeks = wholeNumber(c.req.query('weeks'), 26, 260);
    const day = localDate(context.now, context.timeZone);
    return c.json(
      await deps.charts.get(context.store, `${day}|${context.timeZone}|${weeks}`, () =>
        loadNetworkCharts(context, { weeks }),
      ),
    );
  });

  api.get('/network/followups', async (c) => {
    const days = wholeNumber(c.req.query('days'), 60, 3650);
    const followups = await kept(c, `followups ${days}`, (context) => listFollowups(context, days));
    return c.json({ days, followups });
  });

  api.get('/network/reconnects', async (c) => {
    const top = wholeNumber(c.req.query('top'), 20, 500);
    return c.json({
      reconnects: await kept(c, `reconnects ${top}`, (context) => listReconnects(context, top)),
    });
  });

  api.get('/network/sent', async (c) =>
    c.json({ sent: await kept(c, 'sent', (context) => listStaleSent(context)) }),
  );

  api.get('/network/week', async (c) => {
    const context = todoContextOf(c, deps);
    const { store, settings } = c.get('scope');
    const loaded = settings.load();
    // The inbox is triaged already; the plan shows its first ten, in the UI's language.
    const entries = (await deps.inbox.entries(store, loaded)).filter(
      (entry) => entry.status === 'pending',
    );
    const pending: PendingTriage[] = [];
    for (const [index, entry] of entries.entries()) {
      const triage =
        index < weeklyPlanLimits.invitations
          ? ((await deps.inbox.entry(store, loaded, context.settings.language, entry.id))?.triage ??
            entry.triage)
          : entry.triage;
      pending.push({
        ...triage,
        status: 'pending',
        profileUrl: entry.profileUrl,
        sentAt: entry.sentAt,
      });
    }
    return c.json(await buildWeeklyPlan(context, { pending }));
  });

  api.get('/events', async (c) =>
    c.json({ events: await listEventsWithStatus(c.get('scope').store) }),
  );
};
