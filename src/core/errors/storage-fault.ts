import type { UserLanguage } from '../i18n/languages.js';

/**
 * What went wrong with the database, from the driver's error code (SQLite's `SQLITE_…`, Node's
 * `E…`, PostgreSQL's SQLSTATE): the user gets the cause and what to do in their language, not
 * the driver's English text.
 */
export type StorageFault =
  | 'busy'
  | 'read-only'
  | 'not-a-database'
  | 'disk-full'
  | 'cannot-open'
  | 'server-unreachable'
  | 'access-denied'
  | 'no-such-database'
  | 'connection-lost';

const faultByCode: [RegExp, StorageFault][] = [
  [/^SQLITE_(?:BUSY|LOCKED)/u, 'busy'],
  [/^(?:SQLITE_READONLY|SQLITE_PERM|SQLITE_AUTH|EACCES$|EPERM$|EROFS$)/u, 'read-only'],
  [/^(?:SQLITE_CORRUPT|SQLITE_NOTADB)/u, 'not-a-database'],
  [/^(?:SQLITE_FULL|ENOSPC$|EDQUOT$|53100$)/u, 'disk-full'],
  [/^(?:SQLITE_CANTOPEN|ENOTDIR$|EISDIR$)/u, 'cannot-open'],
  [
    /^(?:ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ENETUNREACH|ETIMEDOUT|EAI_AGAIN)$/u,
    'server-unreachable',
  ],
  [/^(?:28P01|28000)$/u, 'access-denied'],
  [/^3D000$/u, 'no-such-database'],
  [/^(?:ECONNRESET|EPIPE|57P01|57P02|57P03|08006|08003)$/u, 'connection-lost'],
];

export function storageFaultOf(code: string | undefined): StorageFault | undefined {
  if (code === undefined) return undefined;
  return faultByCode.find(([pattern]) => pattern.test(code))?.[1];
}

interface FaultWords {
  /** After "The database X …". */
  cause: string;
  /** After "Nothing was half-written; …". */
  todo: string;
}

const faultWords: Record<StorageFault, Record<UserLanguage, FaultWords>> = {
  busy: {
    nl: {
      cause: 'is bezet door een ander proces',
      todo: 'wacht tot de andere netwerk-opdracht (een import, `netwerk serve`) klaar is en probeer het opnieuw',
    },
    en: {
      cause: 'is in use by another process',
      todo: 'wait until the other netwerk command (an import, `netwerk serve`) is done and try again',
    },
  },
  'read-only': {
    nl: {
      cause: 'mag niet beschreven worden',
      todo: 'controleer de rechten op het bestand en de map',
    },
    en: { cause: 'cannot be written', todo: 'check the permissions of the file and its folder' },
  },
  'not-a-database': {
    nl: {
      cause: 'is geen netwerk-database of is beschadigd',
      todo: 'kies een ander bestand met --db, of zet een reservekopie terug',
    },
    en: {
      cause: 'is not a netwerk database, or is damaged',
      todo: 'choose another file with --db, or restore a backup',
    },
  },
  'disk-full': {
    nl: {
      cause: 'kan niet verder: de schijf is vol',
      todo: 'maak ruimte vrij en probeer het opnieuw',
    },
    en: { cause: 'cannot go on: the disk is full', todo: 'free some space and try again' },
  },
  'cannot-open': {
    nl: {
      cause: 'kan niet geopend worden',
      todo: 'controleer of het pad naar een bestand in een bestaande, beschrijfbare map wijst',
    },
    en: {
      cause: 'cannot be opened',
      todo: 'check that the path names a file in a folder that exists and can be written',
    },
  },
  'server-unreachable': {
    nl: {
      cause: 'is niet bereikbaar',
      todo: 'controleer het adres in de URL en of de PostgreSQL-server draait',
    },
    en: {
      cause: 'cannot be reached',
      todo: 'check the address in the URL and that the PostgreSQL server runs',
    },
  },
  'access-denied': {
    nl: {
      cause: 'laat deze gebruiker niet binnen',
      todo: 'controleer de gebruikersnaam en het wachtwoord in de URL',
    },
    en: { cause: 'does not let this user in', todo: 'check the user name and password in the URL' },
  },
  'no-such-database': {
    nl: {
      cause: 'bestaat niet op de server',
      todo: 'maak haar aan (createdb) of controleer de naam in de URL',
    },
    en: {
      cause: 'does not exist on the server',
      todo: 'create it (createdb) or check the name in the URL',
    },
  },
  'connection-lost': {
    nl: { cause: 'verbrak de verbinding', todo: 'probeer het opnieuw als de server weer draait' },
    en: { cause: 'dropped the connection', todo: 'try again once the server runs' },
  },
};

/** The cause (after "The database X …") and what to do, or undefined for an unknown fault. */
export function describeStorageFault(
  fault: unknown,
  language: UserLanguage,
): FaultWords | undefined {
  return typeof fault === 'string' && Object.hasOwn(faultWords, fault)
    ? faultWords[fault as StorageFault][language]
    : undefined;
}
