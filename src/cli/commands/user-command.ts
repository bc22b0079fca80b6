import { createInterface } from 'node:readline';
import { AppError } from '../../core/errors/app-error.js';
import { accountSpelledLike } from '../../auth/account-name.js';
import { hashPassword, passwordProblem } from '../../auth/password-hash.js';
import { AccountStore } from '../../store/accounts.js';
import { isPostgresUrl } from '../../store/database-location.js';
import { openStore } from '../../store/open-store.js';
import type { CliContext } from '../cli-context.js';
import type { ExitCode, RegisterCommand } from '../command-kit.js';

/** `netwerk user add|list|remove`: accounts of the shared server (issue 8). */
export const registerUserCommands: RegisterCommand = (program, kit) => {
  const { t } = kit;
  const user = program.command('user').description(
    t({
      nl: 'accounts van de gedeelde server beheren (serve --multi-user)',
      en: 'manage accounts of the shared server (serve --multi-user)',
    }),
  );
  user
    .command('add')
    .description(
      t({
        nl: 'maak een account aan; het wachtwoord wordt gevraagd',
        en: 'create an account; the password is asked',
      }),
    )
    .argument('<name>', t({ nl: 'gebruikersnaam', en: 'user name' }))
    .option(
      '--password-stdin',
      t({ nl: 'lees het wachtwoord van stdin', en: 'read the password from stdin' }),
    )
    .action(
      kit.action((context, name: string, options: { passwordStdin?: boolean }) =>
        addUser(context, name, options),
      ),
    );
  user
    .command('password')
    .description(
      t({
        nl: 'zet een nieuw wachtwoord voor een account (vergeten wachtwoord) en beëindig zijn sessies',
        en: 'set a new password for an account (a forgotten one) and end its sessions',
      }),
    )
    .argument('<name>', t({ nl: 'gebruikersnaam', en: 'user name' }))
    .option(
      '--password-stdin',
      t({ nl: 'lees het wachtwoord van stdin', en: 'read the password from stdin' }),
    )
    .action(
      kit.action((context, name: string, options: { passwordStdin?: boolean }) =>
        resetPassword(context, name, options),
      ),
    );
  user
    .command('list')
    .description(t({ nl: 'toon de accounts', en: 'list the accounts' }))
    .action(kit.action((context) => listUsers(context)));
  user
    .command('remove')
    .description(
      t({
        nl: 'verwijder een account met al zijn gegevens',
        en: 'remove an account with all its data',
      }),
    )
    .argument('<name>', t({ nl: 'gebruikersnaam', en: 'user name' }))
    .option('--yes', t({ nl: 'niet om bevestiging vragen', en: 'do not ask for confirmation' }))
    .action(
      kit.action((context, name: string, options: { yes?: boolean }) =>
        removeUser(context, name, options),
      ),
    );
};

export async function withAccounts<T>(
  context: CliContext,
  work: (accounts: AccountStore) => Promise<T>,
): Promise<T> {
  const store = await openStore(context.databaseLocation);
  try {
    return await work(new AccountStore(store.database));
  } finally {
    await store.close();
  }
}

const validName = /^[\p{L}\p{N}._@-]{2,64}$/u;

async function addUser(
  context: CliContext,
  name: string,
  options: { passwordStdin?: boolean },
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  if (!validName.test(name)) {
    throw new AppError('usage', {
      message: nl
        ? `${name}: een gebruikersnaam is 2-64 letters, cijfers of . _ @ -`
        : `${name}: a user name is 2-64 letters, digits or . _ @ -`,
    });
  }
  const hash = await hashPassword(await newPassword(context, options));
  const account = await withAccounts(context, async (accounts) => {
    // Names that differ only in case or Unicode form are one name (the login limit counts them
    // as one): `Ann` next to `ann` would be two people no one can tell apart.
    const clash = accountSpelledLike(await accounts.list(), name);
    if (clash)
      throw new AppError('usage', {
        message:
          clash.username === name
            ? nl
              ? `${name} bestaat al`
              : `${name} already exists`
            : nl
              ? `${name} lijkt te veel op het bestaande account ${clash.username}: namen die alleen in hoofdletters of Unicode-vorm verschillen gelden als één naam`
              : `${name} is too much like the existing account ${clash.username}: names that differ only in case or Unicode form count as one name`,
      });
    return accounts.create(name, hash, context.now.toISOString());
  });
  if (context.json)
    context.io.stdout.write(
      `${JSON.stringify({ username: account.username, createdAt: account.createdAt })}\n`,
    );
  else
    context.io.stdout.write(
      nl ? `Account ${account.username} aangemaakt.\n` : `Account ${account.username} created.\n`,
    );
  if (!isPostgresUrl(context.databaseLocation)) {
    // Allowed (tests, a try-out), but no server can sign anyone in with it.
    context.io.stderr.write(
      nl
        ? 'Let op: deze database is geen PostgreSQL; de gedeelde server (serve --multi-user) draait alleen op PostgreSQL. Geef dezelfde --db postgres://… als de server.\n'
        : 'Note: this database is not PostgreSQL; the shared server (serve --multi-user) runs on PostgreSQL only. Give the same --db postgres://… as the server.\n',
    );
  }
  return 0;
}

/**
 * The new password: from stdin, or asked twice without echo (a typo in a hidden password would
 * lock the account out), and checked against the length rules.
 */
async function newPassword(
  context: CliContext,
  options: { passwordStdin?: boolean },
): Promise<string> {
  const nl = context.language === 'nl';
  let password: string;
  if (options.passwordStdin) password = await readAll(context);
  else {
    password = await askHidden(context, nl ? 'Wachtwoord: ' : 'Password: ');
    const again = await askHidden(context, nl ? 'Nog een keer: ' : 'Again: ');
    if (again !== password) {
      throw new AppError('usage', {
        message: nl
          ? 'de twee wachtwoorden verschillen; er is niets veranderd'
          : 'the two passwords differ; nothing was changed',
      });
    }
  }
  const problem = passwordProblem(password);
  if (problem) {
    throw new AppError('usage', {
      message:
        problem === 'too-short'
          ? nl
            ? 'het wachtwoord moet minstens 10 tekens hebben'
            : 'the password must have at least 10 characters'
          : nl
            ? 'het wachtwoord is te lang'
            : 'the password is too long',
    });
  }
  return password;
}

/** A forgotten password: a new one, every session of the account ended; the data stays. */
async function resetPassword(
  context: CliContext,
  name: string,
  options: { passwordStdin?: boolean },
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  const noAccount = () =>
    new AppError('usage', { message: nl ? `geen account ${name}` : `no account ${name}` });
  // Before asking: no point typing a password twice for a name that does not exist.
  if (!(await withAccounts(context, (accounts) => accounts.find(name)))) throw noAccount();
  const hash = await hashPassword(await newPassword(context, options));
  const changed = await withAccounts(context, async (accounts) => {
    const account = await accounts.find(name);
    if (!account) return false;
    await accounts.changePassword(account.ownerId, hash, context.now.toISOString());
    return true;
  });
  if (!changed) throw noAccount();
  context.io.stdout.write(
    nl
      ? `Nieuw wachtwoord voor ${name}; zijn sessies zijn beëindigd.\n`
      : `New password for ${name}; its sessions were ended.\n`,
  );
  return 0;
}

async function listUsers(context: CliContext): Promise<ExitCode> {
  const list = await withAccounts(context, (accounts) => accounts.list());
  if (context.json)
    context.io.stdout.write(
      `${JSON.stringify(
        list.map(({ username, createdAt, passwordChangedAt }) => ({
          username,
          createdAt,
          passwordChangedAt,
        })),
        null,
        2,
      )}\n`,
    );
  else
    for (const account of list)
      context.io.stdout.write(`${account.username}\t${account.createdAt.slice(0, 10)}\n`);
  return 0;
}

async function removeUser(
  context: CliContext,
  name: string,
  options: { yes?: boolean },
): Promise<ExitCode> {
  const nl = context.language === 'nl';
  if (!options.yes) {
    if (!context.io.stdin.isTTY)
      throw new AppError('usage', {
        message: nl
          ? 'bevestig met --yes: alle gegevens van dit account worden verwijderd'
          : 'confirm with --yes: all data of this account is deleted',
      });
    const answer = await askVisible(
      context,
      nl
        ? `Account ${name} en al zijn gegevens verwijderen? (ja/nee) `
        : `Remove account ${name} and all its data? (yes/no) `,
    );
    if (!/^(y|yes|j|ja)$/iu.test(answer.trim())) return 1;
  }
  // An import or sync of this account makes the removal wait; say so rather than hang silently.
  const removed = await withAccounts(context, (accounts) =>
    accounts.remove(name, () =>
      context.io.stderr.write(
        nl
          ? `netwerk: wacht tot de lopende import of synchronisatie van ${name} klaar is…\n`
          : `netwerk: waiting for the running import or sync of ${name} to finish…\n`,
      ),
    ),
  );
  if (!removed)
    throw new AppError('usage', { message: nl ? `geen account ${name}` : `no account ${name}` });
  context.io.stdout.write(
    nl
      ? `Account ${name} en zijn gegevens verwijderd.\n`
      : `Account ${name} and its data removed.\n`,
  );
  return 0;
}

async function readAll(context: CliContext): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of context.io.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

function askVisible(context: CliContext, question: string): Promise<string> {
  const prompt = createInterface({ input: context.io.stdin, output: context.io.stderr });
  return new Promise((resolve) =>
    prompt.question(question, (answer) => (prompt.close(), resolve(answer))),
  );
}

/** A password prompt that does not echo what is typed. */
function askHidden(context: CliContext, question: string): Promise<string> {
  if (!context.io.stdin.isTTY) {
    throw new AppError('usage', {
      message:
        context.language === 'nl'
          ? 'geen terminal: gebruik --password-stdin'
          : 'no terminal: use --password-stdin',
    });
  }
  const output = context.io.stderr;
  output.write(question);
  const prompt = createInterface({ input: context.io.stdin, output, terminal: true });
  const internal = prompt as unknown as { _writeToOutput: (text: string) => void };
  internal._writeToOutput = () => undefined;
  return new Promise((resolve) =>
    prompt.question('', (answer) => {
      prompt.close();
      output.write('\n');
      resolve(answer);
    }),
  );
}
