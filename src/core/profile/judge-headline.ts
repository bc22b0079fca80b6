import { foldForMatching } from '../text/normalize-for-matching.js';
import { anyWordPattern, matchesPattern } from '../text/word-pattern.js';
import type { HeadlineFinding, HeadlineJudgement } from './profile-check.js';
import { maxHeadlineChars } from './profile-check.js';

/** Not when the seeking is done by others the person serves ("helping people looking for a job"). */
const notOthers =
  '(?<!(?:people|those|professionals|candidates|anyone|everyone|clients|talent|graduates|students|who|who\\s+are|mensen|kandidaten|werkzoekenden|iedereen|die|studenten)\\s+)';

/**
 * Playbook §2 and §3: a clear headline states a role or function with an organisation or field,
 * or is a strong one-liner about what the person does for whom. It fails when empty,
 * job-seeking, a pile of titles or buzzwords, or a single vague word.
 */
const jobSeeking = anyWordPattern([
  'open\\s+to\\s+(?:work|new\\s+(?:opportunities|roles|challenges|positions)|opportunities|offers)',
  // Up to two words may describe what is sought ("a challenging role", "an entry-level
  // position"), unless the headline is about other people who are looking ("helping people
  // looking for a job" is a career coach).
  `${notOthers}(?:looking|searching)\\s+for\\s+(?:a\\s+|an\\s+|my\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:job|role|position|opportunit(?:y|ies)|challenges?|career|employment|work|internship|traineeship)`,
  `${notOthers}seeking\\s+(?:a\\s+|an\\s+|my\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:job|role|position|opportunit(?:y|ies)|challenges?|employment|internship|traineeship)`,
  // The whole headline one word of availability: "Available", "Per direct beschikbaar".
  '^(?:immediately\\s+|now\\s+)?available[.!]*$',
  '^(?:per\\s+direct\\s+|direct\\s+|nu\\s+|per\\s+heden\\s+)?beschikbaar[.!]*$',
  'available\\s+(?:for|immediately)',
  'actively\\s+(?:looking|seeking)',
  'job\\s*seeker',
  '(?:in\\s+)?between\\s+jobs',
  '#?opentowork',
  'open\\s+for\\s+(?:new\\s+)?(?:opportunities|challenges|work)',
  // nl
  `${notOthers}op\\s+zoek\\s+naar\\s+(?:een\\s+|mijn\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:uitdaging|baan|functie|werk|job|rol|opdracht|werkplek|stage|stageplek|positie|betrekking)`,
  'zoek(?:t|end|ende)?\\s+(?:een\\s+)?(?:[\\p{L}-]+\\s+)?(?:uitdaging|baan|functie|werkplek|stageplek)',
  'beschikbaar\\s+(?:voor|per)',
  'werkzoekend',
  'open\\s+voor\\s+(?:een\\s+)?(?:nieuwe\\s+)?(?:uitdaging|kansen|werk)',
  // de
  'auf\\s+der\\s+suche\\s+nach\\s+(?:einer\\s+|einem\\s+)?(?:neuen\\s+|neuer\\s+)?(?:herausforderung(?:en)?|stelle[n]?|position(?:en)?|aufgabe[n]?|job(?:s)?|wirkungskreis)',
  'offen\\s+für\\s+(?:neue\\s+)?(?:herausforderungen|möglichkeiten|angebote|aufgaben)',
  'verfügbar\\s+(?:für|ab)',
  'arbeitssuchend',
  // fr
  "(?:à\\s+la\\s+|en\\s+)recherche\\s+(?:active\\s+)?d(?:'un|'une|e|')\\s*(?:nouveau\\s+|nouvelle\\s+|nouvelles\\s+)?(?:poste|opportunités?|défis?|emploi|travail|job|mission)s?",
  "en\\s+recherche\\s+(?:active\\s+)?d'emploi",
  'disponible\\s+(?:pour|immédiatement)',
  'ouverte?\\s+aux\\s+opportunités',
  // es
  'en\\s+búsqueda\\s+(?:activa\\s+)?de\\s+(?:empleo|trabajo|nuevas\\s+oportunidades|nuevos\\s+retos|nuevos\\s+desafíos)',
  'buscando\\s+(?:empleo|trabajo|nuevas\\s+oportunidades|nuevos\\s+retos)',
  'disponible\\s+para',
  'abiert[oa]\\s+a\\s+(?:nuevas\\s+)?oportunidades',
  // it
  '(?:alla\\s+ricerca|in\\s+cerca)\\s+di\\s+(?:nuove\\s+opportunità|lavoro|un\\s+nuovo\\s+(?:lavoro|impiego|ruolo)|nuove\\s+sfide|occupazione)',
  'disponibile\\s+(?:per|da\\s+subito)',
  'apert[oa]\\s+a\\s+nuove\\s+opportunità',
  // pt
  'em\\s+busca\\s+de\\s+(?:novas\\s+oportunidades|emprego|recolocação|novos\\s+desafios|trabalho)',
  'procurando\\s+(?:emprego|oportunidades|trabalho|recolocação)',
  'disponível\\s+para',
  'abert[oa]\\s+a\\s+(?:novas\\s+)?oportunidades',
]);

/** Titles and buzzwords that say nothing on their own when piled up ("CEO | Investor | Visionary"). */
const buzzwords = new Set(
  `ceo cfo cto coo cmo cio cro cpo founder co-founder cofounder owner investor angel visionary entrepreneur
  serial speaker keynote author writer coach mentor influencer leader thought innovator disruptor ninja
  guru evangelist dreamer doer believer philanthropist advisor adviser board member husband father
  mother mom dad wife creator strategist futurist storyteller changemaker game-changer gamechanger
  hustler maker builder connector networker traveller traveler optimist enthusiast lover fan expert
  specialist professional executive director president chairman chairwoman partner principal
  consultant freelancer manager ondernemer oprichter eigenaar spreker schrijver auteur adviseur
  unternehmer gründer inhaber redner berater entrepreneur fondateur fondatrice conférencier
  emprendedor fundador fundadora orador imprenditore fondatore empreendedor palestrante
  passionate motivated driven dedicated results-driven results-oriented creative visionary inspiring
  innovative dynamic passionné gepassioneerd leidinggevende lifelong learner learner student
  father husband vader moeder papa mama`
    .split(/\s+/)
    .filter(Boolean),
);

/** One-word headlines that name a field or role but no organisation, field or audience. */
const vagueWords = new Set(
  `marketing sales consultant manager entrepreneur ondernemer adviseur advisor adviser freelancer
  freelance zzp zzp'er zzper professional specialist director engineer developer designer student
  it ict hr finance management business owner ceo founder coach trainer recruiter recruitment
  accountant jurist lawyer docent teacher berater unternehmer conseil consultante consultor
  consulente empresário empresario imprenditore medewerker employee werknemer self-employed
  zelfstandige interim retired gepensioneerd manager directeur`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that tie a role to an organisation, field or audience ("at", "bij", "for", "@"). */
const anchorPattern = anyWordPattern([
  'at',
  'for',
  'in',
  'with',
  'of',
  'bij',
  'voor',
  'van',
  'in',
  'op',
  'bei',
  'für',
  'im',
  'chez',
  'pour',
  'de',
  'du',
  'en',
  'para',
  'per',
  'presso',
  'di',
  'da',
  'em',
  'na',
  'no',
  'helping',
  'helps',
  'help',
  'helpt',
  'help',
  'hilft',
  'aide',
  'ayudo',
  'ayuda',
  'aiuto',
  'ajudo',
  'ajuda',
]);

const separators = /\s*(?:[|•·/,;–—★✦✪❖◆►▪⬥]|\s-\s|\s&\s|\+)\s*/u;

export function judgeHeadline(headline: string | undefined): HeadlineJudgement {
  if (headline === undefined) return { status: 'unknown', findings: [] };
  const text = foldForMatching(headline).trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'missing', findings: ['headline-missing'] };

  const findings: HeadlineFinding[] = [];
  if (headline.length > maxHeadlineChars) findings.push('headline-too-long');
  if (matchesPattern(jobSeeking, text)) findings.push('headline-job-seeking');

  const words = wordsOf(text);
  const hasAnchor = text.includes('@') || matchesPattern(anchorPattern, text);
  if (words.length === 1 && vagueWords.has(words[0]!)) {
    findings.push('headline-vague');
  } else if (isTitlePile(text, hasAnchor)) {
    findings.push('headline-title-pile');
  } else if (words.length > 0 && words.every((word) => buzzwords.has(word)) && !hasAnchor) {
    findings.push(words.length === 1 ? 'headline-vague' : 'headline-slogan');
  }
  const failing = findings.some((finding) => finding !== 'headline-too-long');
  return { status: failing ? 'weak' : 'ok', findings };
}

function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter(
    (word) => !['and', 'en', 'und', 'et', 'y', 'e', 'the', 'a', 'an', '&'].includes(word),
  );
}

/** Three or more short segments of titles and buzzwords with no organisation or field. */
function isTitlePile(text: string, hasAnchor: boolean): boolean {
  const segments = text
    .split(separators)
    .map((segment) => segment.trim())
    .filter(Boolean);
  if (segments.length < 3) return false;
  const buzzy = segments.filter((segment) => {
    const words = wordsOf(segment);
    return words.length > 0 && words.length <= 3 && words.every((word) => buzzwords.has(word));
  });
  // "Founder at Acme | Speaker | Author" names an organisation: a role, not a pile.
  if (hasAnchor && buzzy.length < segments.length) return false;
  return buzzy.length >= Math.ceil(segments.length * 0.67);
}
