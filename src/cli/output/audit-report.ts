import type { UserLanguage } from '../../core/i18n/languages.js';
import type { AuditVerdict } from '../../core/profile/audit-summary.js';
import type { ProfileAudit } from '../../core/profile/audit-profile.js';
import type { ProfileFacts } from '../../core/profile/profile-facts.js';
import type { PhotoPartVerdict } from '../../core/profile/score-profile.js';
import type { PhotoAnalysis } from '../../vision/analyze-photo.js';
import type { TerminalStyle } from './terminal-style.js';
import { sanitizeForTerminal } from './terminal-style.js';

const verdictLabels = {
  good: { nl: 'goed', en: 'good' },
  weak: { nl: 'zwak', en: 'weak' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  unknown: { nl: 'niet opgegeven', en: 'not given' },
} satisfies Record<AuditVerdict, Record<UserLanguage, string>>;

const photoLabels = {
  good: { nl: 'goed', en: 'good' },
  'low-resolution': { nl: 'te klein', en: 'low resolution' },
  'too-dark': { nl: 'te donker', en: 'too dark' },
  blurred: { nl: 'onscherp', en: 'blurred' },
  'no-face': { nl: 'geen gezicht', en: 'no face' },
  drawing: { nl: 'geen foto', en: 'not a photo' },
  group: { nl: 'groepsfoto', en: 'group photo' },
  'face-too-small': { nl: 'gezicht te klein', en: 'face too small' },
  nsfw: { nl: 'te bloot', en: 'risqué' },
  missing: { nl: 'ontbreekt', en: 'missing' },
  'not-checked': { nl: 'niet bekeken', en: 'not checked' },
} satisfies Record<PhotoPartVerdict, Record<UserLanguage, string>>;

const words = {
  title: { nl: 'Profielaudit', en: 'Profile audit' },
  noScore: { nl: 'geen score: niets beoordeeld', en: 'no score: nothing judged' },
  photo: { nl: 'Foto', en: 'Photo' },
  headline: { nl: 'Kop', en: 'Headline' },
  summary: { nl: 'Samenvatting', en: 'Summary' },
  rewrites: { nl: 'Voorstellen', en: 'Suggestions' },
  chars: { nl: 'tekens', en: 'characters' },
  parts: {
    welcome: { nl: 'begroeting en hulp', en: 'greeting and help' },
    offer: { nl: 'aanbod', en: 'offer' },
    pitch: { nl: 'profielschets', en: 'sketch' },
    offerBeforeSeeMore: { nl: 'aanbod voor "meer"', en: 'offer before "see more"' },
  },
  fine: {
    nl: 'Je profiel is in orde.',
    en: 'Your profile is in good shape.',
  },
  todo: { nl: 'Werk de punten hierboven af.', en: 'Work through the points above.' },
  unknownParts: {
    nl: 'Niet opgegeven delen tellen niet mee in de score.',
    en: 'Parts not given do not count in the score.',
  },
} as const;

const partNames = {
  photo: { nl: 'foto', en: 'photo' },
  headline: { nl: 'kop', en: 'headline' },
  summary: { nl: 'samenvatting', en: 'summary' },
} as const;

function number(value: number, digits: number, language: UserLanguage): string {
  return value.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** The human view: score, then each part with its verdict, advice and (for the headline) suggestions. */
export function renderAuditReport(
  audit: ProfileAudit,
  facts: ProfileFacts,
  language: UserLanguage,
  style: TerminalStyle,
  analysis?: PhotoAnalysis,
  photoFile?: string,
): string {
  const out: string[] = [];
  const clean = sanitizeForTerminal;
  const colour = (good: boolean, known = true): ((text: string) => string) =>
    !known ? style.dim : good ? style.green : style.yellow;

  const parts = audit.scoredParts.map((part) => partNames[part][language]).join(', ');
  out.push(
    style.bold(
      audit.score === undefined
        ? `${words.title[language]}: ${words.noScore[language]}`
        : `${words.title[language]}: ${audit.score}/100${parts ? ` (${parts})` : ''}`,
    ),
    '',
  );

  if (audit.photo) {
    const { verdict, advice } = audit.photo;
    const label = photoLabels[verdict][language].toUpperCase();
    out.push(
      `${style.bold(words.photo[language])}${photoFile ? ` ${style.dim(clean(photoFile))}` : ''}: ${colour(verdict === 'good', verdict !== 'not-checked')(label)}`,
    );
    if (analysis) out.push(`  ${style.dim(measuredLine(analysis, language))}`);
    out.push(`  ${advice}`, '');
  }

  const headline = audit.headline;
  out.push(
    `${style.bold(words.headline[language])}: ${colour(headline.verdict === 'good', headline.verdict !== 'unknown')(verdictLabels[headline.verdict][language].toUpperCase())}${facts.headline ? `  ${style.dim(`"${clean(facts.headline)}"`)}` : ''}`,
  );
  for (const finding of headline.findings) out.push(`  - ${finding.advice}`);
  if (headline.rewrites.length > 0) {
    out.push(`  ${style.cyan(`${words.rewrites[language]}:`)}`);
    headline.rewrites.forEach((rewrite, index) => out.push(`    ${index + 1}. ${clean(rewrite)}`));
  }
  out.push('');

  const summary = audit.summary;
  out.push(
    `${style.bold(words.summary[language])}: ${colour(summary.verdict === 'good', summary.verdict !== 'unknown')(verdictLabels[summary.verdict][language].toUpperCase())}${summary.verdict !== 'unknown' ? `  ${style.dim(`${summary.chars} ${words.chars[language]}`)}` : ''}`,
  );
  if (summary.parts) {
    const ticks = (Object.keys(words.parts) as (keyof typeof words.parts)[])
      .map((part) => `${summary.parts?.[part] ? '✓' : '✗'} ${words.parts[part][language]}`)
      .join('   ');
    out.push(`  ${style.dim(ticks)}`);
  }
  for (const finding of summary.findings) out.push(`  - ${finding.advice}`);
  out.push('');

  if (audit.scoredParts.length < 3) out.push(style.dim(words.unknownParts[language]));
  out.push(audit.fine ? style.green(words.fine[language]) : words.todo[language]);
  return `${out.join('\n')}\n`;
}

function measuredLine(analysis: PhotoAnalysis, language: UserLanguage): string {
  const facesWord =
    language === 'nl'
      ? analysis.faces === 1
        ? 'gezicht'
        : 'gezichten'
      : analysis.faces === 1
        ? 'face'
        : 'faces';
  const share =
    analysis.faces > 0
      ? language === 'nl'
        ? ` (grootste ${number(analysis.largestFaceShare * 100, 1, language)}% van de foto)`
        : ` (largest ${number(analysis.largestFaceShare * 100, 1, language)}% of the photo)`
      : '';
  const light = language === 'nl' ? 'helderheid' : 'brightness';
  const focus = language === 'nl' ? 'scherpte' : 'sharpness';
  return `${analysis.width} x ${analysis.height} px, ${analysis.faces} ${facesWord}${share}, ${light} ${number(analysis.brightness, 2, language)}, ${focus} ${number(analysis.sharpness, 1, language)}`;
}

const round = (value: number, digits: number): number => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/** The machine view (docs/formats.md, "Audit"): stable field names, numbers rounded. */
export function auditJson(
  audit: ProfileAudit,
  language: UserLanguage,
  analysis?: PhotoAnalysis,
  photoFile?: string,
): Record<string, unknown> {
  const photo = audit.photo
    ? analysis
      ? {
          ...(photoFile ? { file: photoFile } : {}),
          format: analysis.format,
          width: analysis.width,
          height: analysis.height,
          faces: analysis.faces,
          largestFaceShare: round(analysis.largestFaceShare, 4),
          brightness: round(analysis.brightness, 3),
          contrast: round(analysis.contrast, 3),
          sharpness: round(analysis.sharpness, 2),
          ...(analysis.faceBrightness !== undefined
            ? { faceBrightness: round(analysis.faceBrightness, 3) }
            : {}),
          ...(analysis.faceFlatShare !== undefined
            ? { faceFlatShare: round(analysis.faceFlatShare, 3) }
            : {}),
          measuredOn: analysis.measuredOn,
          faceBoxes: analysis.faceBoxes,
          ...(analysis.nsfw
            ? {
                nsfw: Object.fromEntries(
                  Object.entries(analysis.nsfw).map(([name, p]) => [name, round(p, 4)]),
                ),
              }
            : {}),
          verdict: audit.photo.verdict,
          advice: audit.photo.advice,
        }
      : audit.photo
    : undefined;
  return {
    score: audit.score ?? null,
    scoredParts: audit.scoredParts,
    fine: audit.fine,
    language,
    headline: { ...audit.headline, rewriteLanguage: audit.rewriteLanguage },
    summary: audit.summary,
    ...(photo ? { photo } : {}),
  };
}
