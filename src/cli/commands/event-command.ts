import { createInterface } from 'node:readline/promises';
import { parse } from 'csv-parse/sync';
import { readTextFile } from '../../input/read-text-file.js';
import type { EventPerson } from '../../core/compose/draft-event-note.js';
import { AppError } from '../../core/errors/app-error.js';
import type { DraftLanguage } from '../../core/i18n/languages.js';
import { noteLimitFor } from '../../core/settings/user-settings.js';
import { openStore } from '../../store/open-store.js';
import { listEventsWithStatus, recordEvent } from '../../use-cases/events.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';
import { sanitizeForTerminal } from '../output/terminal-style.js';
import { parseLimitOption } from './limit-option.js';

export const registerEventCommands: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('event')
    .description(
      t({
        nl: 'na een netwerkevent: een persoonlijke uitnodiging voor iedereen die je sprak',
        en: 'after a networking event: a personal invitation for everyone you met',
      }),
    )
    .argument('<name>', t({ nl: 'naam van het event', en: 'name of the event' }))
    .option(
      '--people <file>',
      t({
        nl: 'CSV name,topic[,company,profileUrl] of JSON; zonder: vragen op de terminal',
        en: 'CSV name,topic[,company,profileUrl] or JSON; without: asked on the terminal',
      }),
    )
    .option('--limit <chars>', t({ nl: 'tekenlimiet', en: 'character limit' }))
    .action(
      kit.action(
        (context, name: string, options: { people?: string; limit?: string }) =>
          runEvent(context, name, options),
        { allowDraftLanguage: true },
      ),
    );
  program
    .command('events')
    .description(
      t({
        nl: 'je events en wie er inmiddels connectie is',
        en: 'your events and who has connected since',
      }),
    )
    .action(kit.action((context) => runEvents(context)));
};

async function runEvent(
  context: CliContext,
  name: string,
  options: { people?: string; limit?: string },
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  if (!name.trim())
    throw new AppError('usage', {
      message: nl ? 'geef de naam van het event' : 'give the name of the event',
    });
  const people = options.people
    ? await readPeopleFile(options.people, context)
    : await askPeople(context);
  if (people.length === 0)
    throw new AppError('usage', { message: nl ? 'geen mensen opgegeven' : 'no people given' });
  const limit = parseLimitOption(options.limit, noteLimitFor(context.settings), context.language);
  const language: DraftLanguage = context.languageFlag ?? context.settings.language;
  const signature = context.settings.signature ?? context.settings.name;
  const store = await openStore(context.databaseLocation);
  try {
    const event = await recordEvent(store, {
      name: name.trim(),
      people,
      now: context.now,
      language,
      limit,
      ...(signature ? { signature } : {}),
    });
    if (context.json) context.io.stdout.write(`${JSON.stringify(event, null, 2)}\n`);
    else {
      for (const person of event.people) {
        context.io.stdout.write(
          `${context.out.bold(sanitizeForTerminal(person.name))} ${context.out.dim(`(${person.note.length}/${limit})`)}\n${sanitizeForTerminal(person.note)}\n\n`,
        );
      }
      context.io.stderr.write(
        nl
          ? `Opgeslagen als ${event.eventId}; \`netwerk events\` laat na een import zien wie accepteerde.\n`
          : `Saved as ${event.eventId}; \`netwerk events\` shows who accepted after an import.\n`,
      );
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function runEvents(context: CliContext): Promise<ExitCode> {
  const store = await openStore(context.databaseLocation);
  try {
    const events = await listEventsWithStatus(store);
    if (context.json) context.io.stdout.write(`${JSON.stringify({ events }, null, 2)}\n`);
    else {
      const nl = context.language === 'nl';
      const label = {
        connected: nl ? 'connectie' : 'connected',
        invited: nl ? 'uitgenodigd' : 'invited',
        'not-invited': nl ? 'nog niet uitgenodigd' : 'not invited yet',
      };
      for (const event of events) {
        context.io.stdout.write(
          `${context.out.bold(sanitizeForTerminal(event.name))} ${context.out.dim(event.createdAt.slice(0, 10))}\n`,
        );
        for (const person of event.people)
          context.io.stdout.write(
            `  ${sanitizeForTerminal(person.name)}: ${label[person.status]}\n`,
          );
      }
      if (events.length === 0)
        context.io.stdout.write(nl ? 'Nog geen events.\n' : 'No events yet.\n');
    }
  } finally {
    await store.close();
  }
  return 0;
}

async function readPeopleFile(path: string, context: CliContext): Promise<EventPerson[]> {
  const text = await readTextFile(path);
  let rows: Record<string, unknown>[];
  try {
    rows = text.trimStart().startsWith('[')
      ? (JSON.parse(text) as Record<string, unknown>[])
      : parse(text, {
          columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
          skip_empty_lines: true,
          trim: true,
          relax_column_count: true,
        });
  } catch (error) {
    throw new AppError('input-format-unknown', { path }, { cause: error });
  }
  const people: EventPerson[] = [];
  rows.forEach((row, index) => {
    const name = String(row.name ?? '').trim();
    const topic = String(row.topic ?? '').trim();
    if (!name) {
      throw new AppError('usage', {
        message:
          context.language === 'nl'
            ? `${path} regel ${index + 2}: name ontbreekt`
            : `${path} line ${index + 2}: name is missing`,
      });
    }
    const company = String(row.company ?? '').trim();
    const profileUrl = String(row.profileurl ?? row.profileUrl ?? row.url ?? '').trim();
    people.push({
      name,
      topic,
      ...(company ? { company } : {}),
      ...(profileUrl ? { profileUrl } : {}),
    });
  });
  return people;
}

/** One person at a time on a terminal; an empty name ends the list. */
async function askPeople(context: CliContext): Promise<EventPerson[]> {
  const nl = context.language === 'nl';
  if (!context.io.stdin.isTTY) {
    throw new AppError('usage', {
      message: nl
        ? 'geef --people BESTAND, of start het op een terminal om de namen in te typen'
        : 'give --people FILE, or run it on a terminal to type the names',
    });
  }
  const prompt = createInterface({ input: context.io.stdin, output: context.io.stderr });
  const people: EventPerson[] = [];
  try {
    for (;;) {
      const name = (
        await prompt.question(nl ? 'Naam (leeg = klaar): ' : 'Name (empty = done): ')
      ).trim();
      if (!name) break;
      const topic = (
        await prompt.question(nl ? 'Waar ging het over? ' : 'What did you talk about? ')
      ).trim();
      people.push({ name, topic });
    }
  } finally {
    prompt.close();
  }
  return people;
}
