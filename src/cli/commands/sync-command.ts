import { AppError } from '../../core/errors/app-error.js';
import type { UserLanguage } from '../../core/i18n/languages.js';
import { describeRowProblem } from '../../core/linkedin-export/row-problem.js';
import type { ChangelogSkipProblem } from '../../core/linkedin-sync/changelog-skip-problem.js';
import { describeChangelogSkip } from '../../core/linkedin-sync/changelog-skip-problem.js';
import type { SnapshotDomain } from '../../core/linkedin-sync/snapshot-domains.js';
import {
  parseSnapshotDomains,
  snapshotDomainNames,
  snapshotDomains,
} from '../../core/linkedin-sync/snapshot-domains.js';
import { dataDirectory } from '../../config/config-paths.js';
import { openStore } from '../../store/open-store.js';
import { readSyncStatus } from '../../sync/changelog-polling.js';
import { apiBaseFromEnvironment } from '../../sync/linkedin-api-base.js';
import { linkedInTokenStore } from '../../sync/linkedin-token.js';
import type { SyncSummary } from '../../sync/sync-summary.js';
import { hasSyncProblems } from '../../sync/sync-summary.js';
import { syncWithLinkedIn } from '../../sync/sync-with-linkedin.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { rowProblemJson } from '../output/row-problem-json.js';
import type { TerminalStyle } from '../output/terminal-style.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';

interface SyncCommandOptions {
  domains?: string;
  changelogOnly?: boolean;
  status?: boolean;
}

export const registerSyncCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('sync')
    .description(
      t({
        nl: 'haal je gegevens op bij LinkedIn (na `netwerk link`): de snapshot en de wijzigingen sinds de vorige keer, samengevoegd zoals een import',
        en: 'bring your data in from LinkedIn (after `netwerk link`): the snapshot and the changes since last time, merged like an import',
      }),
    )
    .option(
      '--domains <list>',
      t({
        nl: `alleen deze delen van de snapshot, met komma's: ${snapshotDomainNames.join(', ')}`,
        en: `only these parts of the snapshot, comma-separated: ${snapshotDomainNames.join(', ')}`,
      }),
    )
    .option(
      '--changelog-only',
      t({
        nl: 'alleen de wijzigingen sinds de vorige keer (eens per uur draaien houdt je bij)',
        en: 'only the changes since last time (once an hour keeps you up to date)',
      }),
    )
    .option(
      '--status',
      t({
        nl: 'toon alleen of netwerk gekoppeld is en hoe de laatste synchronisatie ging',
        en: 'only show whether netwerk is linked and how the last sync went',
      }),
    )
    .action(kit.action((context, options: SyncCommandOptions) => runSyncCommand(context, options)));
};

function chosenDomains(options: SyncCommandOptions, language: UserLanguage): SnapshotDomain[] {
  const nl = language === 'nl';
  if (options.changelogOnly && options.domains !== undefined) {
    throw new AppError('usage', {
      message: nl
        ? '--changelog-only en --domains gaan niet samen'
        : '--changelog-only and --domains do not go together',
    });
  }
  if (options.changelogOnly) return [];
  if (options.domains === undefined) return [...snapshotDomains];
  const parsed = parseSnapshotDomains(options.domains);
  if ('unknown' in parsed) {
    throw new AppError('usage', {
      message: nl
        ? `--domains kent ${parsed.unknown.join(', ')} niet; kies uit ${snapshotDomainNames.join(', ')}`
        : `--domains does not know ${parsed.unknown.join(', ')}; choose from ${snapshotDomainNames.join(', ')}`,
    });
  }
  return parsed.domains;
}

async function runSyncCommand(context: CliContext, options: SyncCommandOptions): Promise<ExitCode> {
  const { io } = context;
  const tokens = linkedInTokenStore(io.env);
  if (options.status) return showStatus(context);
  const domains = chosenDomains(options, context.language);
  const baseUrl = apiBaseFromEnvironment(io.env);
  const token = await tokens.read();
  if (token === undefined) throw new AppError('linkedin-not-linked');

  const store = await openStore(context.databaseLocation);
  const live = io.stderr.isTTY === true && !context.json;
  let summary: SyncSummary;
  try {
    summary = await syncWithLinkedIn({
      store,
      api: { token: token.token, ...(baseUrl ? { baseUrl } : {}) },
      domains,
      // The snapshot waits on disk between reading and writing: in the user's own data dir.
      spoolDirectory: dataDirectory(io.env),
      ...(live
        ? {
            progress: {
              snapshotPage: (domain, page, rows) =>
                io.stderr.write(
                  `\r\u001b[2K${domain}: ${page} ${page === 1 ? 'page' : 'pages'}, ${rows} rows`,
                ),
              changelogFetched: (events) =>
                io.stderr.write(`\r\u001b[2Kchangelog: ${events} events\n`),
            },
          }
        : {}),
    });
  } finally {
    await store.close();
  }

  if (context.json) {
    const json = { ...syncSummaryJson(summary, context.language), database: store.location };
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    io.stdout.write(renderSyncSummary(summary, context.language, context.out));
  }
  for (const line of problemLines(summary, context.language)) {
    io.stderr.write(`${context.err.yellow('netwerk:')} ${line}\n`);
  }
  return hasSyncProblems(summary) ? 1 : 0;
}

/**
 * The `--json` shape (docs/formats.md, "Sync"): the summary, with each skipped row or event's
 * problem as a stable `code` with its facts and a `reason` in the user's language.
 */
export function syncSummaryJson(summary: SyncSummary, language: UserLanguage): object {
  return {
    ...summary,
    snapshot: summary.snapshot.map((domain) => ({
      ...domain,
      skipped: domain.skipped.map(({ row, problem }) => ({
        row,
        ...rowProblemJson(problem, language),
      })),
    })),
    changelog: {
      ...summary.changelog,
      skipped: summary.changelog.skipped.map(({ eventId, resource, problem }) => ({
        eventId,
        resource,
        ...changelogSkipJson(problem, language),
      })),
    },
  };
}

function changelogSkipJson(
  problem: ChangelogSkipProblem,
  language: UserLanguage,
): Record<string, unknown> {
  if (problem.kind !== 'event-shape' && problem.kind !== 'activity-missing') {
    return rowProblemJson(problem, language);
  }
  const { kind, ...facts } = problem;
  return { code: kind, ...facts, reason: describeChangelogSkip(problem, language) };
}

async function showStatus(context: CliContext): Promise<ExitCode> {
  const { io } = context;
  const nl = context.language === 'nl';
  const store = await openStore(context.databaseLocation);
  let status;
  try {
    status = await readSyncStatus({
      store,
      tokenSource: linkedInTokenStore(io.env),
      clock: () => context.now,
    });
  } finally {
    await store.close();
  }
  if (context.json) {
    io.stdout.write(`${JSON.stringify(status, null, 2)}\n`);
    return 0;
  }
  const never = nl ? 'nooit' : 'never';
  const lines = [
    `${nl ? 'gekoppeld' : 'linked'}: ${status.linked ? (nl ? `ja (${status.tokenFrom === 'env' ? 'NETWERK_LINKEDIN_TOKEN' : 'tokenbestand'})` : `yes (${status.tokenFrom === 'env' ? 'NETWERK_LINKEDIN_TOKEN' : 'token file'})`) : nl ? 'nee' : 'no'}`,
    `${nl ? 'laatste synchronisatie' : 'last sync'}: ${status.lastSyncAt ?? never}`,
    `${nl ? 'laatste snapshot' : 'last snapshot'}: ${status.lastSnapshotAt ?? never}`,
  ];
  if (status.lastError) {
    lines.push(
      `${nl ? 'laatste fout' : 'last error'} (${status.lastError.at}): ${status.lastError.message[context.language]}`,
    );
  }
  if (status.changelogGap) {
    lines.push(
      nl
        ? 'Meer dan 28 dagen niet gesynchroniseerd: wijzigingen uit die tijd kunnen ontbreken; `netwerk sync` haalt de snapshot opnieuw.'
        : 'Not synced for over 28 days: changes from that time may be missing; `netwerk sync` reads the snapshot again.',
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

const headers: Record<UserLanguage, string[]> = {
  nl: ['onderdeel', 'regels', 'nieuw', 'bijgewerkt', 'ongewijzigd', 'overgeslagen'],
  en: ['part', 'rows', 'new', 'updated', 'unchanged', 'skipped'],
};

const statusWords: Record<string, Record<UserLanguage, string>> = {
  empty: { nl: 'leeg', en: 'empty' },
  'not-supported': { nl: 'niet ondersteund', en: 'not supported' },
  'no-header': { nl: 'onbekende kolommen', en: 'unknown columns' },
  incomplete: { nl: 'onvolledig', en: 'incomplete' },
};

/** The table a person reads at the end of a sync. */
export function renderSyncSummary(
  summary: SyncSummary,
  language: UserLanguage,
  style: TerminalStyle,
): string {
  const nl = language === 'nl';
  const lines: string[] = [];
  if (summary.snapshot.length > 0) {
    const rows = summary.snapshot.map((domain) => [
      `${domain.domain}${statusWords[domain.status] ? ` (${statusWords[domain.status]?.[language]})` : ''}`,
      String(domain.rows),
      String(domain.inserted),
      String(domain.updated),
      String(domain.unchanged),
      String(domain.skippedCount),
    ]);
    const header = headers[language];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
    );
    const format = (cells: readonly string[]): string =>
      cells
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
        )
        .join('  ');
    lines.push(style.bold(format(header)), ...rows.map(format), '');
  }
  const changelog = summary.changelog;
  const ignored = Object.values(changelog.ignored).reduce((sum, count) => sum + (count ?? 0), 0);
  lines.push(
    nl
      ? `Wijzigingen (changelog): ${changelog.events} gebeurtenissen; ${changelog.inserted} nieuw, ${changelog.alreadyKnown} al bekend, ${changelog.replacedByTwin} vervangen door de snapshot, ${changelog.removed} verwijderd, ${ignored} niet gebruikt.`
      : `Changes (changelog): ${changelog.events} events; ${changelog.inserted} new, ${changelog.alreadyKnown} already known, ${changelog.replacedByTwin} replaced by the snapshot, ${changelog.removed} removed, ${ignored} not used.`,
  );
  lines.push(
    `${nl ? 'Gesynchroniseerd' : 'Synced'}: ${summary.finishedAt}${summary.seq !== null ? ` (import ${summary.seq})` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

/** Skipped rows, unknown domains, an incomplete read and a gap, one sentence each, for stderr. */
function problemLines(summary: SyncSummary, language: UserLanguage): string[] {
  const nl = language === 'nl';
  const lines: string[] = [];
  for (const domain of summary.snapshot) {
    if (domain.status === 'no-header') {
      lines.push(
        nl
          ? `${domain.domain} overgeslagen: de rijen hebben niet de kolommen van het exportbestand. Werk netwerk bij of meld dit.`
          : `skipped ${domain.domain}: its rows lack the columns of the export file. Update netwerk or report this.`,
      );
    }
    if (domain.status === 'incomplete') {
      lines.push(
        nl
          ? `${domain.domain} is niet tot het einde gelezen (te veel pagina's); wat er was, is opgeslagen.`
          : `${domain.domain} was not read to its end (too many pages); what came was saved.`,
      );
    }
    for (const row of domain.skipped.slice(0, 20)) {
      const reason = sanitizeForTerminal(describeRowProblem(row.problem, language));
      lines.push(
        nl
          ? `${domain.domain} rij ${row.row} overgeslagen: ${reason}. De rest is opgeslagen.`
          : `${domain.domain} row ${row.row} skipped: ${reason}. The rest was saved.`,
      );
    }
  }
  for (const event of summary.changelog.skipped.slice(0, 20)) {
    const which = `${sanitizeForTerminal(event.eventId)} (${sanitizeForTerminal(event.resource)})`;
    const reason = sanitizeForTerminal(describeChangelogSkip(event.problem, language));
    lines.push(
      nl ? `Gebeurtenis ${which} overgeslagen: ${reason}.` : `Event ${which} skipped: ${reason}.`,
    );
  }
  if (!summary.changelog.complete) {
    lines.push(
      nl
        ? 'De changelog is niet helemaal gelezen; de volgende synchronisatie gaat verder.'
        : 'The changelog was not read completely; the next sync goes on from here.',
    );
  }
  if (summary.changelog.gap) {
    lines.push(
      nl
        ? 'De vorige synchronisatie is meer dan 28 dagen geleden: LinkedIn bewaart wijzigingen 28 dagen, dus wat daarvoor gebeurde komt alleen via de snapshot.'
        : 'The previous sync was more than 28 days ago: LinkedIn keeps changes for 28 days, so what happened before comes only through the snapshot.',
    );
  }
  return lines;
}
