import { existsSync, mkdirSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname } from 'node:path';
import { Option } from 'commander';
import { AppError } from '../../core/errors/app-error.js';
import { renderConfigTemplate } from '../../config/config-template.js';
import { parseConfigText } from '../../config/load-config.js';
import type { RegisterCommand } from '../command-kit.js';

interface ConfigInitOptions {
  name?: string;
  signature?: string;
  timezone?: string;
  account?: 'premium' | 'free';
  force?: boolean;
}

export const registerConfigCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  const config = program
    .command('config')
    .description(
      t({ nl: 'het configuratiebestand maken en tonen', en: 'write and show the config file' }),
    );

  config
    .command('init')
    .description(
      t({
        nl: 'schrijf een configuratiebestand met toelichting (naam, taal, ondertekening, tijdzone, interesses, account)',
        en: 'write a commented config file (name, language, signature, time zone, interests, account)',
      }),
    )
    .option('--name <name>', t({ nl: 'je naam', en: 'your name' }))
    .option(
      '--signature <text>',
      t({ nl: 'ondertekening onder concepten', en: 'signature under drafts' }),
    )
    .option(
      '--timezone <zone>',
      t({
        nl: 'IANA-tijdzone, bijv. Europe/Amsterdam',
        en: 'IANA time zone, e.g. Europe/Amsterdam',
      }),
    )
    .addOption(
      new Option('--account <type>', t({ nl: 'LinkedIn-account', en: 'LinkedIn account' })).choices(
        ['premium', 'free'],
      ),
    )
    .option('--force', t({ nl: 'vervang een bestaand bestand', en: 'replace an existing file' }))
    .action(
      kit.action((context, options: ConfigInitOptions) => {
        const path = context.configPath;
        if (existsSync(path) && !options.force) throw new AppError('config-exists', { path });
        const text = renderConfigTemplate({
          language: context.language,
          account: options.account ?? 'premium',
          ...(options.name ? { name: options.name } : {}),
          ...(options.signature ? { signature: options.signature } : {}),
          ...(options.timezone ? { timeZone: options.timezone } : {}),
        });
        // Validate before writing, so a bad --timezone never leaves a broken file behind.
        parseConfigText(text, path);
        try {
          mkdirSync(dirname(path), { recursive: true });
          const temporary = `${path}.${process.pid}.tmp`;
          writeFileSync(temporary, text, { mode: 0o600 });
          renameSync(temporary, path);
        } catch (error) {
          throw new AppError(
            'input-unreadable',
            { path, reason: (error as Error).message },
            { cause: error },
          );
        }
        if (context.json) context.io.stdout.write(`${JSON.stringify({ path })}\n`);
        else context.io.stdout.write(`${path}\n`);
        context.io.stderr.write(
          t({
            nl: `Configuratie geschreven. Open het bestand om je interesses in te vullen.\n`,
            en: `Config written. Open the file to fill in your interests.\n`,
          }),
        );
        return 0;
      }),
    );

  config
    .command('show')
    .description(
      t({ nl: 'toon de instellingen die netwerk gebruikt', en: 'show the settings netwerk uses' }),
    )
    .action(
      kit.action((context) => {
        const summary = {
          path: context.configPath,
          exists: context.configExists,
          database: context.databaseLocation.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@'),
          settings: context.settings,
        };
        if (context.json) context.io.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
        else if (context.configExists)
          context.io.stdout.write(readFileSync(context.configPath, 'utf8'));
        else
          context.io.stdout.write(
            t({
              nl: `Geen configuratiebestand op ${context.configPath}; netwerk gebruikt de standaardinstellingen. Maak er een met \`netwerk config init\`.\n`,
              en: `No config file at ${context.configPath}; netwerk uses the defaults. Write one with \`netwerk config init\`.\n`,
            }),
          );
        return 0;
      }),
    );

  config
    .command('path')
    .description(
      t({ nl: 'toon waar het configuratiebestand staat', en: 'show where the config file is' }),
    )
    .action(
      kit.action((context) => {
        context.io.stdout.write(
          context.json
            ? `${JSON.stringify({ path: context.configPath })}\n`
            : `${context.configPath}\n`,
        );
        return 0;
      }),
    );
};
