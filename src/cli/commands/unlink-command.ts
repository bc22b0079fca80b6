import { openStore } from '../../store/open-store.js';
import type { SyncedDataDeletion } from '../../store/store.js';
import { linkedInTokenStore, tokenEnvironmentVariable } from '../../sync/linkedin-token.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';

export const registerUnlinkCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('unlink')
    .description(
      t({
        nl: 'vergeet het LinkedIn-token; met --delete-synced ook alles wat alleen de synchronisatie bracht',
        en: 'forget the LinkedIn token; with --delete-synced also everything only the sync brought',
      }),
    )
    .option(
      '--delete-synced',
      t({
        nl: 'verwijder ook wat alleen de synchronisatie in de database zette (wat ook in een geïmporteerde export staat, blijft)',
        en: 'also delete what only the sync put in the database (what an imported export also holds stays)',
      }),
    )
    .action(
      kit.action((context, options: { deleteSynced?: boolean }) => runUnlink(context, options)),
    );
};

async function runUnlink(
  context: CliContext,
  options: { deleteSynced?: boolean },
): Promise<ExitCode> {
  const { io } = context;
  const nl = context.language === 'nl';
  const tokens = linkedInTokenStore(io.env);
  const removed = await tokens.remove();
  const envTokenSet = Boolean(io.env[tokenEnvironmentVariable]?.trim());
  let deleted: SyncedDataDeletion | null = null;
  if (options.deleteSynced) {
    const store = await openStore(context.databaseLocation);
    try {
      deleted = await store.deleteSyncedData();
    } finally {
      await store.close();
    }
  }

  if (context.json) {
    io.stdout.write(
      `${JSON.stringify({ tokenFileRemoved: removed, envTokenSet, deleted }, null, 2)}\n`,
    );
    return 0;
  }
  const lines: string[] = [
    removed
      ? nl
        ? `Het token is vergeten (${tokens.file} is verwijderd).`
        : `The token is forgotten (${tokens.file} was deleted).`
      : nl
        ? 'Er was geen tokenbestand.'
        : 'There was no token file.',
  ];
  if (envTokenSet) {
    lines.push(
      nl
        ? `${tokenEnvironmentVariable} is nog gezet; zolang dat zo is, gebruikt netwerk dat token. Haal het uit je omgeving.`
        : `${tokenEnvironmentVariable} is still set; as long as it is, netwerk uses that token. Remove it from your environment.`,
    );
  }
  if (deleted) {
    const total = Object.values(deleted).reduce((sum, count) => sum + count, 0);
    const parts = Object.entries(deleted)
      .filter(([, count]) => count > 0)
      .map(([table, count]) => `${table} ${count}`)
      .join(', ');
    lines.push(
      nl
        ? `${total} rijen verwijderd die alleen de synchronisatie bracht${parts ? ` (${parts})` : ''}; wat ook in een geïmporteerde export staat, is gebleven.`
        : `${total} rows deleted that only the sync brought${parts ? ` (${parts})` : ''}; what an imported export also holds stayed.`,
    );
  }
  lines.push(
    nl
      ? 'LinkedIn houdt je app en token tot je de app verwijdert op https://www.linkedin.com/developers/apps of het token verloopt.'
      : 'LinkedIn keeps your app and token until you delete the app at https://www.linkedin.com/developers/apps or the token expires.',
  );
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
