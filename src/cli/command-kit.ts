import type { Command } from 'commander';
import type { Localized, UserLanguage } from '../core/i18n/languages.js';
import type { CliContext, GlobalOptions } from './cli-context.js';
import { createCliContext } from './cli-context.js';
import type { CliIo } from './cli-io.js';

/** An exit code of DEVELOPERS.md: 0 done, 1 done with findings or bad records, 2 usage or unreadable input, 3 storage. */
export type ExitCode = 0 | 1 | 2 | 3;

/** What each command file gets to register itself: the help language and an action wrapper. */
export interface CommandKit {
  /** The language of help texts (from --lang or the locale, before the config is read). */
  language: UserLanguage;
  t(text: Localized): string;
  /**
   * Wraps a command's action: resolves the global flags and config into a CliContext and
   * records the exit code the action returns.
   */
  action<Args extends unknown[]>(
    handler: (context: CliContext, ...args: Args) => Promise<ExitCode> | ExitCode,
    options?: { allowDraftLanguage?: boolean },
  ): (...commanderArgs: unknown[]) => Promise<void>;
}

export function createCommandKit(
  language: UserLanguage,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
  clock: () => Date,
): CommandKit {
  function action<Args extends unknown[]>(
    handler: (context: CliContext, ...args: Args) => Promise<ExitCode> | ExitCode,
    options: { allowDraftLanguage?: boolean } = {},
  ): (...commanderArgs: unknown[]) => Promise<void> {
    return async (...commanderArgs: unknown[]) => {
      const command = commanderArgs[commanderArgs.length - 1] as Command;
      const context = createCliContext(
        command.optsWithGlobals<GlobalOptions>(),
        io,
        clock,
        options.allowDraftLanguage === true,
      );
      // commander passes the positional arguments, then the options, then the command.
      const args = commanderArgs.slice(0, -1) as Args;
      setExitCode(await handler(context, ...args));
    };
  }
  return { language, t: (text) => text[language], action };
}

/** A command file's one export. */
export type RegisterCommand = (program: Command, kit: CommandKit) => void;
