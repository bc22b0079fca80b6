import type { DraftLanguage } from '../i18n/languages.js';
import type { RankedProspect } from '../network/rank-prospects.js';
import type { ComposedNote } from './compose-invitation-notes.js';
import { composeInvitationNotes } from './compose-invitation-notes.js';

interface ProspectHookPhrasing {
  /** `{mutual}` a shared connection, `{topic}` what they work on, `{company}` where. */
  withMutual: string;
  plain: string;
  atCompany: string;
  yourWork: string;
}

const phrasings: Record<DraftLanguage, ProspectHookPhrasing> = {
  nl: {
    withMutual:
      'we kennen allebei {mutual} en ik ben benieuwd hoe jij{company} met {topic} omgaat.',
    plain: 'ik ben benieuwd hoe jij{company} met {topic} omgaat.',
    atCompany: ' bij {company}',
    yourWork: 'je vak',
  },
  en: {
    withMutual: "we both know {mutual}, and I'd like to learn how you approach {topic}{company}.",
    plain: "I'd like to learn how you approach {topic}{company}.",
    atCompany: ' at {company}',
    yourWork: 'your work',
  },
  de: {
    withMutual:
      'wir kennen beide {mutual}, und ich würde gern erfahren, wie Sie{company} mit {topic} umgehen.',
    plain: 'ich würde gern erfahren, wie Sie{company} mit {topic} umgehen.',
    atCompany: ' bei {company}',
    yourWork: 'Ihrer Arbeit',
  },
  fr: {
    withMutual:
      "nous connaissons tous deux {mutual} et j'aimerais savoir comment vous abordez {topic}{company}.",
    plain: "j'aimerais savoir comment vous abordez {topic}{company}.",
    atCompany: ' chez {company}',
    yourWork: 'votre métier',
  },
  es: {
    withMutual: 'los dos conocemos a {mutual} y me gustaría saber cómo abordas {topic}{company}.',
    plain: 'me gustaría saber cómo abordas {topic}{company}.',
    atCompany: ' en {company}',
    yourWork: 'tu trabajo',
  },
  it: {
    withMutual:
      'conosciamo entrambi {mutual} e mi piacerebbe capire come affronta {topic}{company}.',
    plain: 'mi piacerebbe capire come affronta {topic}{company}.',
    atCompany: ' presso {company}',
    yourWork: 'il Suo lavoro',
  },
  pt: {
    withMutual: 'conhecemos ambos {mutual} e gostaria de saber como você aborda {topic}{company}.',
    plain: 'gostaria de saber como você aborda {topic}{company}.',
    atCompany: ' em {company}',
    yourWork: 'o seu trabalho',
  },
};

/**
 * A personal note for a prospect (playbook §4): a concrete question about their work, built from
 * the interests that ranked them, with a shared connection as social proof when there is one.
 */
export function draftProspectNote(
  ranked: RankedProspect,
  options: { language: DraftLanguage; limit: number; signature?: string },
): ComposedNote | undefined {
  const { prospect } = ranked;
  const phrasing = phrasings[options.language];
  const topic =
    ranked.reasons.find((reason) => reason.code === 'keyword')?.match ??
    ranked.reasons.find((reason) => reason.code === 'industry')?.match ??
    phrasing.yourWork;
  const company =
    prospect.company ?? ranked.reasons.find((reason) => reason.code === 'company')?.match;
  const hook = (prospect.mutualName ? phrasing.withMutual : phrasing.plain)
    .replace('{mutual}', prospect.mutualName ?? '')
    .replace('{topic}', topic)
    .replace('{company}', company ? phrasing.atCompany.replace('{company}', company) : '');
  return composeInvitationNotes({
    to: prospect.name,
    hook,
    context: 'other',
    language: options.language,
    limit: options.limit,
    ...(options.signature ? { signature: options.signature } : {}),
  })[0];
}
