import { loadEldLanguageScorer } from '../language-detector/eld-language-scorer.js';
import { openStore } from '../store/open-store.js';
import type { TodoContext } from '../use-cases/network-todo.js';
import type { CliContext } from './cli-context.js';

/** The user's time zone: the config's, else the system's. */
export function timeZoneOf(context: CliContext): string {
  return context.settings.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Opens the store and the language scorer for a network command, and closes them after. */
export async function withTodoContext<T>(
  context: CliContext,
  work: (todo: TodoContext) => Promise<T>,
): Promise<T> {
  const store = await openStore(context.databaseLocation);
  try {
    const scorer = await loadEldLanguageScorer();
    return await work({
      store,
      settings: context.settings,
      now: context.now,
      timeZone: timeZoneOf(context),
      scorer,
    });
  } finally {
    await store.close();
  }
}
