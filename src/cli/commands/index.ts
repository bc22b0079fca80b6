import type { RegisterCommand } from '../command-kit.js';
import { registerAuditCommand } from './audit-command.js';
import { registerComposeCommand } from './compose-command.js';
import { registerConfigCommand } from './config-command.js';
import { registerEventCommands } from './event-command.js';
import { registerImportCommand } from './import-command.js';
import { registerIntroCommand } from './intro-command.js';
import { registerLedgerCommand } from './ledger-command.js';
import { registerLinkCommand } from './link-command.js';
import { registerLintCommand } from './lint-command.js';
import { registerNetworkCommands } from './network-commands.js';
import { registerProspectsCommand } from './prospects-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerStatsCommand } from './stats-command.js';
import { registerSyncCommand } from './sync-command.js';
import { registerTriageCommand } from './triage-command.js';
import { registerUnlinkCommand } from './unlink-command.js';
import { registerUserCommands } from './user-command.js';

/** Every command, in the order `netwerk --help` lists them. */
export const commands: RegisterCommand[] = [
  registerTriageCommand,
  registerNetworkCommands,
  registerIntroCommand,
  registerLedgerCommand,
  registerComposeCommand,
  registerLintCommand,
  registerProspectsCommand,
  registerEventCommands,
  registerAuditCommand,
  registerImportCommand,
  registerSyncCommand,
  registerLinkCommand,
  registerUnlinkCommand,
  registerStatsCommand,
  registerServeCommand,
  registerConfigCommand,
  registerUserCommands,
];
