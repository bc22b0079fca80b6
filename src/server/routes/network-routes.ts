import { AppError } from '../../core/errors/app-error.js';
import { listEventsWithStatus } from '../../use-cases/events.js';
import { loadNetworkCharts } from '../../use-cases/network-charts.js';
import { listFollowups, listReconnects, listStaleSent } from '../../use-cases/network-todo.js';
import { buildWeeklyPlan } from '../../use-cases/weekly-plan.js';
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

/** The network page and the drafts of the compose page: playbook §6 over the imported data. */
export const registerNetworkRoutes: RegisterRoutes = (api, deps) => {
  api.get('/network/charts', async (c) =>
    c.json(
      await loadNetworkCharts(todoContextOf(c, deps), {
        weeks: wholeNumber(c.req.query('weeks'), 26, 260),
      }),
    ),
  );

  api.get('/network/followups', async (c) => {
    const days = wholeNumber(c.req.query('days'), 60, 3650);
    return c.json({ days, followups: await listFollowups(todoContextOf(c, deps), days) });
  });

  api.get('/network/reconnects', async (c) => {
    const top = wholeNumber(c.req.query('top'), 20, 500);
    return c.json({ reconnects: await listReconnects(todoContextOf(c, deps), top) });
  });

  api.get('/network/sent', async (c) =>
    c.json({ sent: await listStaleSent(todoContextOf(c, deps)) }),
  );

  api.get('/network/week', async (c) => c.json(await buildWeeklyPlan(todoContextOf(c, deps))));

  api.get('/events', async (c) =>
    c.json({ events: await listEventsWithStatus(c.get('scope').store) }),
  );
};
