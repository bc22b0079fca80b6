import type { UserLanguage } from '../i18n/languages.js';
import type { AppError, ErrorCode, ErrorDetails } from './app-error.js';

type Describe = (details: ErrorDetails) => string;

const text = (value: string | number | undefined, fallback = '?'): string =>
  value === undefined || value === '' ? fallback : String(value);

/** What happened and what to do, in the user's words. */
const descriptions = {
  usage: {
    nl: (d) => `${text(d.message, 'Ongeldige opdracht')}. Zie \`netwerk --help\`.`,
    en: (d) => `${text(d.message, 'Invalid command')}. See \`netwerk --help\`.`,
  },
  'input-not-found': {
    nl: (d) => `${text(d.path)} bestaat niet. Controleer het pad en probeer het opnieuw.`,
    en: (d) => `${text(d.path)} does not exist. Check the path and try again.`,
  },
  'input-unreadable': {
    nl: (d) =>
      `${text(d.path)} kan niet gelezen worden${d.reason ? ` (${text(d.reason)})` : ''}. Controleer of het een leesbaar bestand is.`,
    en: (d) =>
      `${text(d.path)} cannot be read${d.reason ? ` (${text(d.reason)})` : ''}. Check that it is a readable file.`,
  },
  'input-format-unknown': {
    nl: (d) =>
      `${text(d.path)} is geen JSON Lines, JSON-array of LinkedIn Invitations.csv${d.line ? ` (regel ${text(d.line)})` : ''}. Geef één uitnodiging per regel als JSON, een JSON-array, of het Invitations.csv-bestand uit je LinkedIn-export.`,
    en: (d) =>
      `${text(d.path)} is not JSON Lines, a JSON array or LinkedIn's Invitations.csv${d.line ? ` (line ${text(d.line)})` : ''}. Give one invitation per line as JSON, a JSON array, or the Invitations.csv file from your LinkedIn export.`,
  },
  'config-invalid': {
    nl: (d) =>
      `Het configuratiebestand ${text(d.path)} klopt niet${d.field ? ` bij '${text(d.field)}'` : ''}${d.line ? ` (regel ${text(d.line)})` : ''}: ${text(d.reason)}. Pas het aan of maak een nieuw met \`netwerk config init --force\`.`,
    en: (d) =>
      `The config file ${text(d.path)} is invalid${d.field ? ` at '${text(d.field)}'` : ''}${d.line ? ` (line ${text(d.line)})` : ''}: ${text(d.reason)}. Fix it, or write a new one with \`netwerk config init --force\`.`,
  },
  'config-exists': {
    nl: (d) =>
      `${text(d.path)} bestaat al. Gebruik --force om het te vervangen (je huidige instellingen gaan dan verloren).`,
    en: (d) =>
      `${text(d.path)} already exists. Use --force to replace it (your current settings will be lost).`,
  },
  'storage-failed': {
    nl: (d) =>
      `De database ${text(d.path)} gaf een fout${d.reason ? ` (${text(d.reason)})` : ''}. Er is niets half weggeschreven; controleer het pad en de schijfruimte.`,
    en: (d) =>
      `The database ${text(d.path)} failed${d.reason ? ` (${text(d.reason)})` : ''}. Nothing was half-written; check the path and the free disk space.`,
  },
} satisfies Record<ErrorCode, Record<UserLanguage, Describe>>;

/** Turns an error into one sentence for the user. */
export function describeError(error: AppError, language: UserLanguage): string {
  return descriptions[error.code][language](error.details);
}
