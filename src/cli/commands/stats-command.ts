import { openStore } from '../../store/open-store.js';
import type { StoreStats } from '../../store/store.js';
import type { UserLanguage } from '../../core/i18n/languages.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';

export const registerStatsCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('stats')
    .description(
      t({
        nl: 'toon wat er in de database staat (definities: docs/formats.md)',
        en: 'show what the database holds (definitions: docs/formats.md)',
      }),
    )
    .action(kit.action((context) => runStats(context)));
};

async function runStats(context: CliContext): Promise<ExitCode> {
  const store = await openStore(context.databaseLocation);
  let stats: StoreStats;
  try {
    stats = await store.getStats();
  } finally {
    await store.close();
  }
  if (context.json) context.io.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
  else context.io.stdout.write(renderStats(stats, context.language, store.location));
  return 0;
}

function renderStats(stats: StoreStats, language: UserLanguage, location: string): string {
  const nl = language === 'nl';
  const rows: [string, number | string][] = nl
    ? [
        ['connecties', stats.connections],
        [
          'uitnodigingen ontvangen',
          `${stats.invitations.incoming} (${stats.invitations.pendingIncoming} open)`,
        ],
        [
          'uitnodigingen verstuurd',
          `${stats.invitations.outgoing} (${stats.invitations.pendingOutgoing} open)`,
        ],
        ['berichten', stats.messages],
        ['gesprekken', stats.conversations],
        ['concepten', stats.drafts],
        ['berichten geplaatst', stats.shares],
        ['reacties', stats.comments],
        ['waarderingen (likes)', stats.reactions],
        [
          'aanbevelingen ontvangen / gegeven',
          `${stats.recommendations.received} / ${stats.recommendations.given}`,
        ],
        [
          'onderschrijvingen ontvangen / gegeven',
          `${stats.endorsements.received} / ${stats.endorsements.given}`,
        ],
        ['imports', stats.imports],
      ]
    : [
        ['connections', stats.connections],
        [
          'invitations received',
          `${stats.invitations.incoming} (${stats.invitations.pendingIncoming} pending)`,
        ],
        [
          'invitations sent',
          `${stats.invitations.outgoing} (${stats.invitations.pendingOutgoing} pending)`,
        ],
        ['messages', stats.messages],
        ['conversations', stats.conversations],
        ['drafts', stats.drafts],
        ['posts shared', stats.shares],
        ['comments', stats.comments],
        ['reactions', stats.reactions],
        [
          'recommendations received / given',
          `${stats.recommendations.received} / ${stats.recommendations.given}`,
        ],
        [
          'endorsements received / given',
          `${stats.endorsements.received} / ${stats.endorsements.given}`,
        ],
        ['imports', stats.imports],
      ];
  const width = Math.max(...rows.map(([label]) => label.length));
  const lines = rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`);
  lines.push('', `${nl ? 'database' : 'database'}: ${location}`);
  if (stats.lastImportAt)
    lines.push(`${nl ? 'laatste import' : 'last import'}: ${stats.lastImportAt}`);
  return `${lines.join('\n')}\n`;
}
