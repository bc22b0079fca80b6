import { AppError } from '../../core/errors/app-error.js';
import type { UserLanguage } from '../../core/i18n/languages.js';
import { openStore } from '../../store/open-store.js';
import { checkMemberAuthorization } from '../../sync/fetch-changelog.js';
import { LinkedInApi } from '../../sync/linkedin-api.js';
import { apiBaseFromEnvironment } from '../../sync/linkedin-api-base.js';
import {
  isPlausibleToken,
  linkedInTokenStore,
  tokenEnvironmentVariable,
} from '../../sync/linkedin-token.js';
import type { CliContext } from '../cli-context.js';
import type { CliIo } from '../cli-io.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';

export const registerLinkCommand: RegisterCommand = (program, kit) => {
  const { t } = kit;
  program
    .command('link')
    .description(
      t({
        nl: 'koppel netwerk aan LinkedIn (leden in de EER en Zwitserland): je maakt je eigen app en token, netwerk controleert en bewaart het (docs/sync.md)',
        en: 'link netwerk to LinkedIn (members in the EEA and Switzerland): you make your own app and token, netwerk checks and keeps it (docs/sync.md)',
      }),
    )
    .option(
      '--token-stdin',
      t({
        nl: 'lees het token van stdin in plaats van het te vragen',
        en: 'read the token from stdin instead of asking for it',
      }),
    )
    .action(kit.action((context, options: { tokenStdin?: boolean }) => runLink(context, options)));
};

/** The self-serve steps (../shared/formats/linkedin-dma-api.md §1.3), for a non-developer. */
function setupSteps(language: UserLanguage, tokenFile: string): string {
  const nl = [
    'netwerk koppelen aan LinkedIn: je maakt eenmalig je eigen LinkedIn-app, alleen voor jezelf.',
    '',
    '1. Dit kan alleen als de locatie op je LinkedIn-profiel in de EER of Zwitserland ligt.',
    '2. Ga naar https://www.linkedin.com/developers/apps en klik op "Create app".',
    '   Kies bij "LinkedIn Page" de pagina "Member Data Portability (Member) Default Company".',
    '   Maak géén nieuwe bedrijfspagina aan. Voeg een logo toe, accepteer de voorwaarden.',
    '3. Open in je app het tabblad "Products" en klik bij "Member Data Portability API (Member)"',
    '   op "Request access"; accepteer de voorwaarden. Je krijgt meteen toegang.',
    '4. Ga naar "Docs and tools" > "OAuth Token Tools" > "Create token", kies je app, vink de scope',
    '   r_dma_portability_self_serve aan, klik "Request access token", log in en klik "Allow".',
    '   Kopieer het token en onthoud de vervaldatum die LinkedIn toont.',
    `5. Plak het token hieronder. netwerk controleert het bij LinkedIn en bewaart het in`,
    `   ${tokenFile}, leesbaar voor jou alleen.`,
    '',
  ];
  const en = [
    'Linking netwerk to LinkedIn: once, you make your own LinkedIn app, for yourself only.',
    '',
    '1. This works only when the location on your LinkedIn profile is in the EEA or Switzerland.',
    '2. Go to https://www.linkedin.com/developers/apps and click "Create app".',
    '   For "LinkedIn Page" choose "Member Data Portability (Member) Default Company".',
    '   Do not create a new company page. Add a logo, accept the terms.',
    '3. In your app, open the "Products" tab and click "Request access" for',
    '   "Member Data Portability API (Member)"; accept the terms. Access is given at once.',
    '4. Go to "Docs and tools" > "OAuth Token Tools" > "Create token", choose your app, tick the',
    '   scope r_dma_portability_self_serve, click "Request access token", sign in, click "Allow".',
    '   Copy the token and note the expiry date LinkedIn shows.',
    `5. Paste the token below. netwerk checks it with LinkedIn and keeps it in`,
    `   ${tokenFile}, readable by you only.`,
    '',
  ];
  return `${(language === 'nl' ? nl : en).join('\n')}\n`;
}

/** Reads a line from the terminal without echoing it (the token is a password). */
function readHiddenLine(io: CliIo, prompt: string): Promise<string> {
  const stdin = io.stdin as NodeJS.ReadStream;
  io.stdout.write(prompt);
  return new Promise((resolve, reject) => {
    let value = '';
    const finish = (error?: Error): void => {
      stdin.off('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stdout.write('\n');
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer | string): void => {
      for (const char of chunk.toString()) {
        if (char === '\r' || char === '\n' || char === '\u0004') return finish();
        if (char === '\u0003') return finish(new AppError('usage', { message: 'Cancelled' }));
        if (char === '\u007f' || char === '\b') value = value.slice(0, -1);
        else if (char >= ' ') value += char;
      }
    };
    stdin.setRawMode?.(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}

async function readAll(io: CliIo): Promise<string> {
  let text = '';
  for await (const chunk of io.stdin) text += chunk.toString();
  return text;
}

async function runLink(context: CliContext, options: { tokenStdin?: boolean }): Promise<ExitCode> {
  const { io } = context;
  const nl = context.language === 'nl';
  const tokens = linkedInTokenStore(io.env);
  const baseUrl = apiBaseFromEnvironment(io.env);
  const fromEnv = io.env[tokenEnvironmentVariable]?.trim();

  let token: string;
  if (options.tokenStdin) token = (await readAll(io)).trim();
  else if (fromEnv) token = fromEnv;
  else if (io.stdin.isTTY === true) {
    io.stdout.write(setupSteps(context.language, tokens.file));
    token = (
      await readHiddenLine(
        io,
        nl ? 'Token (wat je typt blijft verborgen): ' : 'Token (what you type stays hidden): ',
      )
    ).trim();
  } else {
    throw new AppError('usage', {
      message: nl
        ? `Geef het token met --token-stdin of via ${tokenEnvironmentVariable} (stdin is geen terminal); de stappen staan in docs/sync.md`
        : `Give the token with --token-stdin or in ${tokenEnvironmentVariable} (stdin is not a terminal); the steps are in docs/sync.md`,
    });
  }
  if (!isPlausibleToken(token)) {
    throw new AppError('usage', {
      message: nl
        ? 'Dat lijkt geen LinkedIn-token (verwacht: één lange reeks letters, cijfers en -._~+/=). Kopieer het access token uit LinkedIns OAuth Token Tools opnieuw'
        : "That does not look like a LinkedIn token (expected one long run of letters, digits and -._~+/=). Copy the access token from LinkedIn's OAuth Token Tools again",
    });
  }

  // Checked before anything is kept: a token LinkedIn refuses is never stored.
  const api = new LinkedInApi({ token, ...(baseUrl ? { baseUrl } : {}) });
  const authorization = await checkMemberAuthorization(api);
  const origin = options.tokenStdin || !fromEnv ? 'file' : 'env';
  if (origin === 'file') await tokens.save(token, context.now);

  const store = await openStore(context.databaseLocation);
  try {
    await store.updateSyncState({
      memberUrn: authorization.memberUrn,
      regulatedAt: authorization.regulatedAt,
      linkedAt: context.now.toISOString(),
      lastError: null,
    });
  } finally {
    await store.close();
  }

  if (context.json) {
    io.stdout.write(
      `${JSON.stringify(
        {
          linked: true,
          tokenFrom: origin,
          ...(origin === 'file' ? { tokenFile: tokens.file } : {}),
          registered: authorization.registered,
          regulatedAt: authorization.regulatedAt,
        },
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  const lines: string[] = [];
  lines.push(
    origin === 'file'
      ? nl
        ? `Gekoppeld. Het token staat in ${tokens.file} (alleen voor jou leesbaar), nooit in de database.`
        : `Linked. The token is in ${tokens.file} (readable by you only), never in the database.`
      : nl
        ? `Gekoppeld met het token uit ${tokenEnvironmentVariable}; netwerk bewaart het nergens.`
        : `Linked with the token from ${tokenEnvironmentVariable}; netwerk keeps it nowhere.`,
  );
  if (authorization.registered) {
    lines.push(
      nl
        ? `LinkedIn houdt je activiteit bij sinds ${authorization.regulatedAt ?? '?'}. Draai nu \`netwerk sync\` om je gegevens op te halen.`
        : `LinkedIn archives your activity since ${authorization.regulatedAt ?? '?'}. Now run \`netwerk sync\` to bring your data in.`,
    );
  } else {
    lines.push(
      nl
        ? 'LinkedIn heeft dit token nog niet aangemeld voor gegevensoverdracht; dat duurt meestal een paar minuten. Draai straks `netwerk sync`.'
        : 'LinkedIn has not registered this token for data portability yet; that usually takes a few minutes. Run `netwerk sync` in a while.',
    );
  }
  io.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
