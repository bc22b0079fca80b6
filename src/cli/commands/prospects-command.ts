import { parse } from 'csv-parse/sync';
import { readTextFile } from '../../input/read-text-file.js';
import { draftProspectNote } from '../../core/compose/draft-prospect-note.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DraftLanguage } from '../../core/i18n/languages.js';
import { detectLanguage } from '../../core/language/detect-language.js';
import { isProspectRowProblem, mapProspectRow } from '../../core/network/prospect-row.js';
import type { Prospect } from '../../core/network/rank-prospects.js';
import { rankProspects } from '../../core/network/rank-prospects.js';
import { noteLimitFor } from '../../core/settings/user-settings.js';
import { loadEldLanguageScorer } from '../../language-detector/eld-language-scorer.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';
import { parseLimitOption } from './limit-option.js';

interface ProspectsOptions {
  top?: string;
  limit?: string;
}

export const registerProspectsCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('prospects')
    .description(
      t({
        nl: 'rangschik mensen die je wilt leren kennen op je interesses en gemeenschappelijke connecties, met een notitie voor de besten',
        en: 'rank people you want to know by your interests and mutual connections, with a note for the best',
      }),
    )
    .argument(
      '<file>',
      t({
        nl: 'CSV: name,headline,company,location,mutualConnections,profileUrl',
        en: 'CSV: name,headline,company,location,mutualConnections,profileUrl',
      }),
    )
    .option(
      '--top <n>',
      t({
        nl: 'voor hoeveel mensen een notitie (standaard 10)',
        en: 'how many people get a note (default 10)',
      }),
      '10',
    )
    .option(
      '--limit <chars>',
      t({ nl: 'tekenlimiet van de notities', en: 'character limit of the notes' }),
    )
    .action(
      kit.action((context, file: string, options: ProspectsOptions) =>
        runProspects(context, file, options),
      ),
    );
};

async function runProspects(
  context: CliContext,
  file: string,
  options: ProspectsOptions,
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  const top = Number(options.top ?? '10');
  if (!Number.isInteger(top) || top < 0) {
    throw new AppError('usage', {
      message: nl ? `--top ${options.top}: geef een aantal` : `--top ${options.top}: give a number`,
    });
  }
  const limit = parseLimitOption(options.limit, noteLimitFor(context.settings), context.language);
  const text = await readTextFile(file);
  let rows: Record<string, string>[];
  try {
    rows = parse(text, {
      columns: true,
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
    });
  } catch (error) {
    throw new AppError(
      'input-format-unknown',
      { path: file, line: (error as { lines?: number }).lines },
      { cause: error },
    );
  }
  const prospects: Prospect[] = [];
  let problems = 0;
  rows.forEach((row, index) => {
    const mapped = mapProspectRow(row);
    if (isProspectRowProblem(mapped)) {
      problems += 1;
      const line = index + 2;
      const what =
        mapped.problem === 'missing-name'
          ? nl
            ? 'geen naam (kolom name, of First Name en Last Name)'
            : 'no name (column name, or First Name and Last Name)'
          : nl
            ? `${mapped.field} is geen getal`
            : `${mapped.field} is not a number`;
      context.io.stderr.write(
        `${context.err.red('netwerk:')} ${file} ${nl ? 'regel' : 'line'} ${line}: ${what}\n`,
      );
    } else {
      prospects.push(mapped);
    }
  });
  if (prospects.length === 0) {
    throw new AppError('usage', {
      message: nl
        ? `${file} bevat geen mensen: gebruik de kop name,headline,company,location,mutualConnections,profileUrl`
        : `${file} holds nobody: use the header name,headline,company,location,mutualConnections,profileUrl`,
    });
  }

  const ranked = rankProspects(prospects, context.settings.interests, context.language);
  const scorer = ranked.some((item) => item.prospect.headline)
    ? await loadEldLanguageScorer()
    : undefined;
  const signature = context.settings.signature ?? context.settings.name;
  const results = ranked.map((item, index) => {
    if (index >= top) return { ...item, note: undefined };
    const detected = item.prospect.headline
      ? detectLanguage(item.prospect.headline, scorer)
      : 'und';
    const language: DraftLanguage = detected === 'und' ? context.settings.language : detected;
    return {
      ...item,
      note: draftProspectNote(item, { language, limit, ...(signature ? { signature } : {}) }),
    };
  });

  const noInterests = Object.values(context.settings.interests).every((list) => list.length === 0);
  if (noInterests) {
    context.io.stderr.write(
      nl
        ? 'Tip: vul [interests] in je configuratie in (bedrijven, sectoren, trefwoorden, plaatsen); nu telt alleen het aantal gemeenschappelijke connecties.\n'
        : 'Tip: fill in [interests] in your config (companies, industries, keywords, places); now only mutual connections count.\n',
    );
  }
  if (context.json) {
    context.io.stdout.write(
      `${JSON.stringify(
        {
          top,
          limit,
          prospects: results.map((item, index) => ({
            rank: index + 1,
            ...item.prospect,
            score: item.score,
            reasons: item.reasons,
            note: item.note ?? null,
          })),
        },
        null,
        2,
      )}\n`,
    );
  } else {
    const out = context.out;
    results.forEach((item, index) => {
      const about = [item.prospect.headline, item.prospect.company].filter(Boolean).join(' · ');
      context.io.stdout.write(
        `${out.bold(`${index + 1}. ${sanitizeForTerminal(item.prospect.name)}`)} ${out.cyan(`${item.score}/100`)}${about ? out.dim(`  ${sanitizeForTerminal(about)}`) : ''}\n`,
      );
      for (const reason of item.reasons)
        context.io.stdout.write(`   + ${reason.points} ${reason.text}\n`);
      if (item.note) {
        context.io.stdout.write(
          `   ${out.dim(`${nl ? 'Notitie' : 'Note'} (${item.note.chars}/${limit}):`)}\n`,
        );
        for (const line of item.note.text.split('\n'))
          context.io.stdout.write(`     ${sanitizeForTerminal(line)}\n`);
      }
      context.io.stdout.write('\n');
    });
  }
  return problems > 0 ? 1 : 0;
}
