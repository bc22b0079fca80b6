import type { UserLanguage } from '../core/i18n/languages.js';
import type { AccountType } from '../core/settings/user-settings.js';
import { defaultNoteLimits } from '../core/settings/user-settings.js';

export interface ConfigTemplateValues {
  name?: string;
  language: UserLanguage;
  signature?: string;
  timeZone?: string;
  account: AccountType;
}

const quote = (value: string): string => JSON.stringify(value);

/** The commented config file `netwerk config init` writes, in the user's language. */
export function renderConfigTemplate(values: ConfigTemplateValues): string {
  const nl = values.language === 'nl';
  const lines = nl
    ? [
        '# netwerk-configuratie. Regels met # ervoor zijn toelichting.',
        '# Dit bestand is van jou: netwerk leest het, maar schrijft het alleen bij `netwerk config init`.',
        '',
        '# Je naam zoals op LinkedIn.',
        `name = ${quote(values.name ?? '')}`,
        '# De taal waarin netwerk met je praat: "nl" of "en".',
        `language = ${quote(values.language)}`,
        '# Komt onder elk concept (bijvoorbeeld "Mvg Robert Vos"). Leeg: geen ondertekening.',
        `signature = ${quote(values.signature ?? '')}`,
        '# Je tijdzone (IANA-naam, bijvoorbeeld "Europe/Amsterdam") voor weekgrenzen. Leeg: die van het systeem.',
        `timezone = ${quote(values.timeZone ?? '')}`,
        '# Je LinkedIn-account: "premium" (notities tot 300 tekens) of "free" (200 tekens).',
        `account = ${quote(values.account)}`,
        '',
        '# Waar je netwerk heen moet groeien: netwerk rangschikt kandidaten hierop.',
        '[interests]',
        '# Bedrijven of organisaties, bijvoorbeeld ["Isala", "Bunq"].',
        'companies = []',
        '# Sectoren, bijvoorbeeld ["zorg", "logistiek"].',
        'industries = []',
        '# Trefwoorden uit functies of koppen, bijvoorbeeld ["onboarding", "payments"].',
        'keywords = []',
        '# Plaatsen of regio\'s, bijvoorbeeld ["Breda", "Zwolle"].',
        'places = []',
        '',
        '# LinkedIn-limieten. Dit zijn feiten die LinkedIn kan veranderen; bronnen in docs/formats.md.',
        '[limits]',
        '# Tekens in een uitnodigingsnotitie op een betaald account.',
        `premium_note_chars = ${defaultNoteLimits.premiumNoteChars}`,
        '# Tekens in een uitnodigingsnotitie op een gratis account.',
        `free_note_chars = ${defaultNoteLimits.freeNoteChars}`,
        '# Persoonlijke notities per maand op een gratis account (LinkedIn Help a550555).',
        `free_monthly_personal_notes = ${defaultNoteLimits.freeMonthlyPersonalNotes}`,
      ]
    : [
        '# netwerk configuration. Lines starting with # are comments.',
        '# This file is yours: netwerk reads it, and writes it only on `netwerk config init`.',
        '',
        '# Your name as it appears on LinkedIn.',
        `name = ${quote(values.name ?? '')}`,
        '# The language netwerk speaks to you: "nl" or "en".',
        `language = ${quote(values.language)}`,
        '# Added under every draft (for example "Best, Robert Vos"). Empty: no signature.',
        `signature = ${quote(values.signature ?? '')}`,
        '# Your time zone (IANA name, for example "Europe/Amsterdam") for week boundaries. Empty: the system\'s.',
        `timezone = ${quote(values.timeZone ?? '')}`,
        '# Your LinkedIn account: "premium" (notes up to 300 characters) or "free" (200 characters).',
        `account = ${quote(values.account)}`,
        '',
        '# Where your network should grow: netwerk ranks prospects by these.',
        '[interests]',
        '# Companies or organisations, for example ["Isala", "Bunq"].',
        'companies = []',
        '# Industries, for example ["healthcare", "logistics"].',
        'industries = []',
        '# Keywords from titles or headlines, for example ["onboarding", "payments"].',
        'keywords = []',
        '# Places or regions, for example ["Breda", "Zwolle"].',
        'places = []',
        '',
        '# LinkedIn limits. These are facts LinkedIn may change; sources in docs/formats.md.',
        '[limits]',
        '# Characters in an invitation note on a paid account.',
        `premium_note_chars = ${defaultNoteLimits.premiumNoteChars}`,
        '# Characters in an invitation note on a free account.',
        `free_note_chars = ${defaultNoteLimits.freeNoteChars}`,
        '# Personalised notes per month on a free account (LinkedIn Help a550555).',
        `free_monthly_personal_notes = ${defaultNoteLimits.freeMonthlyPersonalNotes}`,
      ];
  return `${lines.join('\n')}\n`;
}
