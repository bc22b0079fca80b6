import { formatBytes } from '../i18n/format-bytes.js';
import type { Localized, UserLanguage } from '../i18n/languages.js';
import { maxPhotoBytes, maxPhotoLongSidePx, maxPhotoShortSidePx } from '../profile/photo-limits.js';
import type { AppError, ErrorCode, ErrorDetails } from './app-error.js';
import { describeStorageFault } from './storage-fault.js';

type Describe = (details: ErrorDetails) => string;

/** A `postgres://` database: connection trouble, not a path or a full disk. */
const isServerUrl = (path: unknown): boolean =>
  typeof path === 'string' && /^postgres(?:ql)?:\/\//iu.test(path);

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
      `${text(d.path)} kan niet gelezen worden${d.reason ? ` (${systemReason(d.reason, 'nl')})` : ''}. Controleer of het een leesbaar bestand is.`,
    en: (d) =>
      `${text(d.path)} cannot be read${d.reason ? ` (${systemReason(d.reason, 'en')})` : ''}. Check that it is a readable file.`,
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
  'inviter-not-found': {
    nl: (d) =>
      `Geen openstaande uitnodiging van '${text(d.query)}'. Controleer de naam of de profiel-URL (zie \`netwerk triage\`), of importeer een nieuwere export.`,
    en: (d) =>
      `No pending invitation from '${text(d.query)}'. Check the name or profile URL (see \`netwerk triage\`), or import a newer export.`,
  },
  'inviter-ambiguous': {
    nl: (d) =>
      `'${text(d.query)}' past bij meer uitnodigingen: ${text(d.candidates)}. Gebruik de volledige naam of de profiel-URL.`,
    en: (d) =>
      `'${text(d.query)}' fits several invitations: ${text(d.candidates)}. Use the full name or the profile URL.`,
  },
  'person-not-found': {
    nl: (d) =>
      `'${text(d.query)}' staat niet tussen je connecties. Controleer de naam of gebruik de profiel-URL, of importeer een nieuwere export.`,
    en: (d) =>
      `'${text(d.query)}' is not among your connections. Check the name or use the profile URL, or import a newer export.`,
  },
  'person-ambiguous': {
    nl: (d) =>
      `'${text(d.query)}' past bij meer connecties: ${text(d.candidates)}. Kies er een met de profiel-URL.`,
    en: (d) =>
      `'${text(d.query)}' fits several connections: ${text(d.candidates)}. Pick one by its profile URL.`,
  },
  'introduction-not-found': {
    nl: (d) => `Er is geen introductie #${text(d.id)}. \`netwerk intro list\` toont de nummers.`,
    en: (d) => `There is no introduction #${text(d.id)}. \`netwerk intro list\` shows the numbers.`,
  },
  'storage-failed': {
    nl: (d) => {
      const known = describeStorageFault(d.fault, 'nl');
      if (known) {
        return `De database ${text(d.path)} ${known.cause}${d.driverCode ? ` (${text(d.driverCode)})` : ''}. Er is niets half weggeschreven; ${known.todo}.`;
      }
      return `De database ${text(d.path)} gaf een fout${d.reason ? ` (${text(d.reason)})` : ''}. Er is niets half weggeschreven; ${
        isServerUrl(d.path)
          ? 'controleer het adres, of de PostgreSQL-server draait en deze gebruiker binnenlaat'
          : 'controleer het pad en de schijfruimte'
      }.`;
    },
    en: (d) => {
      const known = describeStorageFault(d.fault, 'en');
      if (known) {
        return `The database ${text(d.path)} ${known.cause}${d.driverCode ? ` (${text(d.driverCode)})` : ''}. Nothing was half-written; ${known.todo}.`;
      }
      return `The database ${text(d.path)} failed${d.reason ? ` (${text(d.reason)})` : ''}. Nothing was half-written; ${
        isServerUrl(d.path)
          ? 'check the URL, and that the PostgreSQL server runs and lets this user in'
          : 'check the path and the free disk space'
      }.`;
    },
  },
  'photo-not-image': {
    nl: (d) =>
      `${text(d.path)} is geen JPEG- of PNG-foto${d.found ? ` maar een ${text(d.found)}-bestand` : ''}: sla de foto op als JPG of PNG (wat LinkedIn aanneemt) en probeer het opnieuw.`,
    en: (d) =>
      `${text(d.path)} is not a JPEG or PNG photo${d.found ? ` but a ${text(d.found)} file` : ''}: save the photo as JPG or PNG (what LinkedIn accepts) and try again.`,
  },
  'photo-damaged': {
    nl: (d) =>
      `${text(d.path)} is beschadigd of afgebroken (het ${formatName(d.format)}-bestand is niet tot het einde te lezen): exporteer of download de foto opnieuw.`,
    en: (d) =>
      `${text(d.path)} is damaged or cut off (the ${formatName(d.format)} file cannot be read to the end): export or download the photo again.`,
  },
  'photo-too-large': {
    nl: (d) =>
      `${text(d.path)} is te groot (${tooLargeFacts(d)}), groter dan LinkedIn aanneemt (${photoLimits}): verklein de foto, 1000 x 1000 pixels is ruim genoeg.`,
    en: (d) =>
      `${text(d.path)} is too large (${tooLargeFacts(d)}), more than LinkedIn accepts (${photoLimits}): scale the photo down, 1000 x 1000 pixels is plenty.`,
  },
  'profile-invalid': {
    nl: (d) =>
      `${text(d.path)} is geen geldig profiel${d.field ? ` bij '${text(d.field)}'` : ''}: ${text(d.reason)} (zie docs/formats.md, "Audit", voor de vorm).`,
    en: (d) =>
      `${text(d.path)} is not a valid profile${d.field ? ` at '${text(d.field)}'` : ''}: ${text(d.reason)} (see docs/formats.md, "Audit", for the shape).`,
  },
  'export-not-zip': {
    nl: (d) =>
      `${text(d.path)} is geen ZIP-bestand en geen map. Geef de ZIP die LinkedIn je mailde (…LinkedInDataExport….zip) of de map waarin je hem uitpakte.`,
    en: (d) =>
      `${text(d.path)} is not a ZIP file or a folder. Give the ZIP LinkedIn e-mailed you (…LinkedInDataExport….zip) or the folder you unpacked it to.`,
  },
  'export-damaged': {
    nl: (d) =>
      `${text(d.path)}${d.file ? `: ${text(d.file)}` : ''} is beschadigd of onvolledig${damage(d, 'nl')}. Er is niets geïmporteerd; ${
        d.problem === 'unsupported-compression'
          ? 'pak de ZIP uit en importeer de map.'
          : 'download het archief opnieuw bij LinkedIn.'
      }`,
    en: (d) =>
      `${text(d.path)}${d.file ? `: ${text(d.file)}` : ''} is damaged or incomplete${damage(d, 'en')}. Nothing was imported; ${
        d.problem === 'unsupported-compression'
          ? 'unpack the ZIP and import the folder.'
          : 'download the archive from LinkedIn again.'
      }`,
  },
  'export-no-linkedin-files': {
    nl: (d) =>
      `${text(d.path)} bevat geen bestanden uit een LinkedIn-export (zoals Connections.csv, messages.csv of Invitations.csv). Geef de ZIP uit LinkedIns 'Een kopie van je gegevens downloaden', of de uitgepakte map.`,
    en: (d) =>
      `${text(d.path)} holds no LinkedIn export files (such as Connections.csv, messages.csv or Invitations.csv). Give the ZIP from LinkedIn's 'Get a copy of your data', or its unpacked folder.`,
  },
  'export-zip-bomb': {
    nl: (d) =>
      `${text(d.path)}${d.file ? `: ${text(d.file)}` : ''} zou uitpakken tot ${inflation(d, 'nl')}; netwerk weigert dit als mogelijke zip-bom en heeft niets geïmporteerd. Download het archief opnieuw bij LinkedIn.`,
    en: (d) =>
      `${text(d.path)}${d.file ? `: ${text(d.file)}` : ''} would inflate to ${inflation(d, 'en')}; netwerk refuses it as a possible zip bomb and imported nothing. Download the archive from LinkedIn again.`,
  },
  'export-undecodable': {
    nl: (d) =>
      `${text(d.file)} in ${text(d.path)} is geen UTF-8-tekst (regel ${text(d.line)}). Er is niets geïmporteerd; download het archief opnieuw, of bewaar het bestand in Excel als 'CSV UTF-8'.`,
    en: (d) =>
      `${text(d.file)} in ${text(d.path)} is not UTF-8 text (line ${text(d.line)}). Nothing was imported; download the archive again, or save the file from Excel as 'CSV UTF-8'.`,
  },
  'upload-too-large': {
    nl: (d) =>
      `${uploadName[text(d.kind)]?.nl ?? 'Het bestand'} is groter dan netwerk aanneemt (${size(d.limitBytes, 'nl', d.limit)}). Kies het juiste bestand en probeer het opnieuw.`,
    en: (d) =>
      `${uploadName[text(d.kind)]?.en ?? 'The file'} is larger than netwerk accepts (${size(d.limitBytes, 'en', d.limit)}). Choose the right file and try again.`,
  },
  'import-busy': {
    nl: () => 'Er loopt al een import. Wacht tot die klaar is en probeer het daarna opnieuw.',
    en: () => 'An import is already running. Wait until it has finished, then try again.',
  },
  'server-port-in-use': {
    nl: (d) =>
      `Poort ${text(d.port)} is al in gebruik (draait netwerk serve al?). Kies een andere met --port, of --port 0 voor een vrije.`,
    en: (d) =>
      `Port ${text(d.port)} is already in use (is netwerk serve running already?). Choose another with --port, or --port 0 for a free one.`,
  },
  'linkedin-not-linked': {
    nl: () =>
      'netwerk is niet gekoppeld aan LinkedIn. Draai `netwerk link` om je eigen LinkedIn-app te koppelen (alleen voor leden in de EER en Zwitserland), of zet NETWERK_LINKEDIN_TOKEN; zie docs/sync.md.',
    en: () =>
      'netwerk is not linked to LinkedIn. Run `netwerk link` to link your own LinkedIn app (members in the EEA and Switzerland only), or set NETWERK_LINKEDIN_TOKEN; see docs/sync.md.',
  },
  'linkedin-token-rejected': {
    nl: () =>
      'LinkedIn weigert het token (HTTP 401): het is verlopen of ingetrokken. Maak een nieuw token in LinkedIns OAuth Token Tools en draai `netwerk link` opnieuw (docs/sync.md). Er is niets veranderd.',
    en: () =>
      "LinkedIn refuses the token (HTTP 401): it has expired or was revoked. Make a new token in LinkedIn's OAuth Token Tools and run `netwerk link` again (docs/sync.md). Nothing was changed.",
  },
  'linkedin-access-denied': {
    nl: (d) =>
      `LinkedIn geeft geen toegang (HTTP 403${linkedInSaid(d)}). Het token moet van een app met het product 'Member Data Portability API (Member)' zijn (scope r_dma_portability_self_serve), en alleen leden met een profiellocatie in de EER of Zwitserland krijgen toegang; zie docs/sync.md, stap 2. Er is niets veranderd.`,
    en: (d) =>
      `LinkedIn denies access (HTTP 403${linkedInSaid(d)}). The token must come from an app with the 'Member Data Portability API (Member)' product (scope r_dma_portability_self_serve), and only members whose profile location is in the EEA or Switzerland get access; see docs/sync.md, step 2. Nothing was changed.`,
  },
  'linkedin-version-refused': {
    nl: (d) =>
      `LinkedIn neemt de API-versie van netwerk (LinkedIn-Version ${text(d.version)}) niet meer aan (HTTP 426). Werk netwerk bij; importeer tot dan je gegevensexport met \`netwerk import\`. Er is niets veranderd.`,
    en: (d) =>
      `LinkedIn no longer accepts netwerk's API version (LinkedIn-Version ${text(d.version)}, HTTP 426). Update netwerk; until then, import your data export with \`netwerk import\`. Nothing was changed.`,
  },
  'linkedin-rate-limited': {
    nl: (d) =>
      `LinkedIn vraagt netwerk het rustiger aan te doen (HTTP 429)${d.retryAfterSeconds !== undefined ? `; probeer het over ${retryIn(d.retryAfterSeconds, 'nl')} opnieuw` : '; probeer het over een uur opnieuw'}. Er is niets verloren: de volgende synchronisatie gaat verder waar deze stopte.`,
    en: (d) =>
      `LinkedIn asks netwerk to slow down (HTTP 429)${d.retryAfterSeconds !== undefined ? `; try again in ${retryIn(d.retryAfterSeconds, 'en')}` : '; try again in an hour'}. Nothing was lost: the next sync goes on where this one stopped.`,
  },
  'linkedin-unavailable': {
    nl: (d) =>
      `LinkedIn is niet bereikbaar of gaf een fout (${text(d.reason)}). Er is niets verloren; probeer het later opnieuw.`,
    en: (d) =>
      `LinkedIn could not be reached or had an error (${text(d.reason)}). Nothing was lost; try again later.`,
  },
  'linkedin-request-failed': {
    nl: (d) =>
      `LinkedIn weigerde een verzoek of gaf een antwoord dat netwerk niet kent (${text(d.reason)}${linkedInSaid(d)}). Er is niets veranderd. Werk netwerk bij, of meld dit${d.requestId ? ` met request-id ${text(d.requestId)}` : ''}.`,
    en: (d) =>
      `LinkedIn refused a request or gave an answer netwerk does not know (${text(d.reason)}${linkedInSaid(d)}). Nothing was changed. Update netwerk, or report this${d.requestId ? ` with request id ${text(d.requestId)}` : ''}.`,
  },
  'login-failed': {
    nl: () =>
      'De gebruikersnaam of het wachtwoord klopt niet. Probeer het opnieuw; ben je je wachtwoord kwijt, vraag de beheerder van de server dan om een nieuw account (`netwerk user`).',
    en: () =>
      'The user name or password is not right. Try again; if you lost your password, ask whoever runs the server for a new account (`netwerk user`).',
  },
  'login-throttled': {
    nl: (d) =>
      `Te veel mislukte aanmeldpogingen. Probeer het over ${retryIn(d.retryAfterSeconds ?? 900, 'nl')} opnieuw.`,
    en: (d) =>
      `Too many failed sign-in attempts. Try again in ${retryIn(d.retryAfterSeconds ?? 900, 'en')}.`,
  },
  'password-invalid': {
    nl: (d) =>
      d.reason === 'too-long'
        ? `Het nieuwe wachtwoord is te lang (hoogstens ${text(d.max, '1024')} tekens). Kies een korter wachtwoord; er is niets veranderd.`
        : `Het nieuwe wachtwoord is te kort: gebruik minstens ${text(d.min, '10')} tekens, een zin werkt goed. Er is niets veranderd.`,
    en: (d) =>
      d.reason === 'too-long'
        ? `The new password is too long (at most ${text(d.max, '1024')} characters). Choose a shorter one; nothing was changed.`
        : `The new password is too short: use at least ${text(d.min, '10')} characters (a sentence works well). Nothing was changed.`,
  },
  'current-password-wrong': {
    nl: () =>
      'Je huidige wachtwoord klopt niet, dus het wachtwoord is niet veranderd. Typ je huidige wachtwoord opnieuw.',
    en: () =>
      'Your current password is not right, so the password was not changed. Type your current password again.',
  },
  'settings-invalid': {
    nl: (d) =>
      `De instelling '${text(d.field, 'instellingen')}' klopt niet: ${text(d.reason)}. Pas haar aan en bewaar opnieuw; er is niets bewaard.`,
    en: (d) =>
      `The setting '${text(d.field, 'settings')}' is invalid: ${text(d.reason)}. Change it and save again; nothing was saved.`,
  },
  'account-removed': {
    nl: () =>
      'Dit account is verwijderd (`netwerk user remove`) terwijl de import liep; er is niets geïmporteerd.',
    en: () =>
      'This account was removed (`netwerk user remove`) while the import ran; nothing was imported.',
  },
} satisfies Record<ErrorCode, Record<UserLanguage, Describe>>;

/** A size in bytes in the user's words, or the fallback text. */
function size(
  bytes: string | number | undefined,
  language: UserLanguage,
  fallback?: string | number,
): string {
  return typeof bytes === 'number' ? formatBytes(bytes, language) : text(fallback ?? bytes);
}

/** What is wrong with a damaged export (details.problem from src/import), in brackets. */
function damage(d: ErrorDetails, language: UserLanguage): string {
  const nl = language === 'nl';
  switch (d.problem) {
    case undefined:
      return '';
    case 'zip-unreadable':
      return nl
        ? ' (de inhoudsopgave van de ZIP is niet te lezen; waarschijnlijk is de download afgebroken)'
        : " (the ZIP's table of contents cannot be read; the download was probably cut off)";
    case 'truncated':
      return nl
        ? ' (het bestand is korter dan de ZIP opgeeft; waarschijnlijk is de download afgebroken)'
        : ' (the file is shorter than the ZIP says; the download was probably cut off)';
    case 'entry-corrupt':
      return nl ? ' (de ingepakte gegevens zijn beschadigd)' : ' (the compressed data is damaged)';
    case 'entry-unreadable':
      return nl ? ' (het is niet uit te pakken)' : ' (it cannot be unpacked)';
    case 'size-mismatch':
      return nl
        ? ' (de grootte klopt niet met wat de ZIP opgeeft)'
        : ' (its size does not match what the ZIP says)';
    case 'checksum':
      return nl
        ? ` (de controlesom klopt niet na ${size(d.bytes, 'nl')})`
        : ` (the checksum does not match after ${size(d.bytes, 'en')})`;
    case 'no-header':
      return nl
        ? ` (geen kopregel met ${text(d.columns)} in de eerste regels)`
        : ` (no header row with ${text(d.columns)} in its first lines)`;
    case 'encrypted':
      return nl ? ' (het is versleuteld)' : ' (it is encrypted)';
    case 'unsupported-compression':
      return nl
        ? ' (het is ingepakt op een manier die netwerk niet kan lezen)'
        : ' (it is compressed in a way netwerk cannot read)';
    default:
      return ` (${text(d.problem)})`;
  }
}

/** What a ZIP would inflate to (details.problem of export-zip-bomb). */
function inflation(d: ErrorDetails, language: UserLanguage): string {
  const nl = language === 'nl';
  switch (d.problem) {
    case 'too-many-files':
      return nl ? `meer dan ${text(d.limit)} bestanden` : `more than ${text(d.limit)} files`;
    case 'ratio':
      return nl
        ? `meer dan ${text(d.maxRatio)} keer de ingepakte grootte (${size(d.bytes, 'nl')} uit ${size(d.compressedBytes, 'nl')})`
        : `more than ${text(d.maxRatio)} times its compressed size (${size(d.bytes, 'en')} from ${size(d.compressedBytes, 'en')})`;
    case 'total':
      return nl
        ? `meer dan ${size(d.limitBytes, 'nl')} in totaal`
        : `more than ${size(d.limitBytes, 'en')} in all`;
    default:
      return nl ? 'te veel gegevens' : 'too much data';
  }
}

/** The operating system's error codes people meet when a file cannot be read. */
const systemReasons: Record<string, Localized> = {
  EACCES: { nl: 'geen toestemming om het te lezen', en: 'no permission to read it' },
  EPERM: { nl: 'geen toestemming om het te lezen', en: 'no permission to read it' },
  EISDIR: { nl: 'het is een map', en: 'it is a folder' },
  ENOTDIR: { nl: 'een deel van het pad is geen map', en: 'part of the path is not a folder' },
  ELOOP: { nl: 'te veel symbolische links', en: 'too many symbolic links' },
  EIO: { nl: 'leesfout van de schijf', en: 'the disk gave a read error' },
  EMFILE: { nl: 'te veel open bestanden', en: 'too many open files' },
  ENAMETOOLONG: { nl: 'het pad is te lang', en: 'the path is too long' },
};

/** An error code of the system in words, with the code for searching; other text as it is. */
function systemReason(reason: string | number, language: UserLanguage): string {
  const known = systemReasons[String(reason)];
  return known ? `${known[language]}, ${String(reason)}` : text(reason);
}

/** LinkedIn's own message, when it gave one (never personal data: error texts only). */
function linkedInSaid(d: ErrorDetails): string {
  return d.linkedinMessage ? `: "${text(d.linkedinMessage)}"` : '';
}

/** Seconds as a person says them: "40 seconds", "3 minutes", "2 hours". */
function retryIn(seconds: string | number, language: UserLanguage): string {
  const value = Number(seconds);
  const nl = language === 'nl';
  if (value < 90)
    return nl
      ? `${Math.max(1, Math.round(value))} seconden`
      : `${Math.max(1, Math.round(value))} seconds`;
  if (value < 3600)
    return nl ? `${Math.round(value / 60)} minuten` : `${Math.round(value / 60)} minutes`;
  return nl ? `${Math.round(value / 3600)} uur` : `${Math.round(value / 3600)} hours`;
}

/** What an upload was, for upload-too-large. */
const uploadName: Record<string, Record<UserLanguage, string>> = {
  export: { nl: 'De export-ZIP', en: 'The export ZIP' },
  photo: { nl: 'De foto', en: 'The photo' },
  request: { nl: 'Het verzoek', en: 'The request' },
};

const photoLimits = `${maxPhotoBytes / (1024 * 1024)} MB, ${maxPhotoLongSidePx} x ${maxPhotoShortSidePx} pixels`;

function formatName(format: string | number | undefined): string {
  return format === 'png' ? 'PNG' : format === 'jpeg' ? 'JPEG' : text(format, 'image');
}

function tooLargeFacts(d: ErrorDetails): string {
  if (d.megabytes !== undefined) return `${text(d.megabytes)} MB`;
  return `${text(d.width)} x ${text(d.height)} pixels`;
}

/** Turns an error into one sentence for the user. */
export function describeError(error: AppError, language: UserLanguage): string {
  return descriptions[error.code][language](error.details);
}
