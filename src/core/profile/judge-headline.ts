import { foldForMatching } from '../text/normalize-for-matching.js';
import { anyWordPattern, matchesPattern } from '../text/word-pattern.js';
import type { HeadlineFinding, HeadlineJudgement } from './profile-check.js';
import { maxHeadlineChars } from './profile-check.js';

/** Not when the seeking is done by others the person serves ("helping people looking for a job"). */
const notOthers =
  '(?<!(?:people|those|professionals|candidates|anyone|everyone|clients|talent|graduates|students|who|who\\s+are|mensen|kandidaten|werkzoekenden|iedereen|die|studenten|menschen|personen|bewerber|personnes|candidats|talents|personas|candidatos|profesionales|jóvenes|persone|candidati|pessoas|profissionais|que|qui|che|der)\\s+)';

/**
 * Playbook §2 and §3: a clear headline states a role or function with an organisation or field,
 * or is a strong one-liner about what the person does for whom. It fails when empty,
 * job-seeking, a pile of titles or buzzwords, or a single vague word.
 */
const jobSeeking = anyWordPattern([
  // "Open to new roles", "Offen für neue berufliche Herausforderungen": up to three words between.
  "open\\s+(?:to|for)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:work|opportunit(?:y|ies)|roles|challenges|positions|offers|jobs)",
  // Up to two words may describe what is sought ("a challenging role", "an entry-level
  // position"), unless the headline is about other people who are looking ("helping people
  // looking for a job" is a career coach).
  `${notOthers}(?:looking|searching)\\s+for\\s+(?:a\\s+|an\\s+|my\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:job|role|position|opportunit(?:y|ies)|challenges?|career|employment|work|internship|traineeship)`,
  `${notOthers}seeking\\s+(?:a\\s+|an\\s+|my\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:job|role|position|opportunit(?:y|ies)|challenges?|career|employment|internship|traineeship)`,
  // The whole headline one word of availability: "Available", "Per direct beschikbaar".
  '^(?:immediately\\s+|now\\s+)?available[.!]*$',
  '^(?:per\\s+direct\\s+|direct\\s+|nu\\s+|per\\s+heden\\s+)?beschikbaar[.!]*$',
  'available\\s+(?:for|immediately)',
  'actively\\s+(?:looking|seeking)',
  'job\\s*seeker',
  '(?:in\\s+)?between\\s+jobs',
  '#?opentowork',
  // "Ready for my next challenge", "Exploring new opportunities": the next step is sought.
  '(?:ready|looking)\\s+for\\s+(?:my|a|the|your)\\s+(?:next|new)\\s+(?:challenge|step|role|position|job|opportunity|adventure|chapter)',
  'exploring\\s+(?:new\\s+|career\\s+|job\\s+)?(?:opportunities|roles|challenges|options|positions)',
  'available\\s+(?:from|as|now)',
  // nl
  '(?:klaar|toe)\\s+(?:voor|aan)\\s+(?:een\\s+|mijn\\s+)?(?:nieuwe\\s+|volgende\\s+)?(?:uitdaging|stap|baan|functie)',
  `${notOthers}op\\s+zoek\\s+naar\\s+(?:een\\s+|mijn\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:uitdaging|baan|functie|werk|job|rol|opdracht|werkplek|stage|stageplek|positie|betrekking)`,
  'zoek(?:t|end|ende)?\\s+(?:een\\s+)?(?:[\\p{L}-]+\\s+)?(?:uitdaging|baan|functie|werkplek|stageplek)',
  'beschikbaar\\s+(?:voor|per|als|vanaf)',
  'werkzoekend',
  "open\\s+voor\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:uitdaging(?:en)?|kansen|werk|functies?|banen)",
  // de
  'auf\\s+der\\s+suche\\s+nach\\s+(?:einer\\s+|einem\\s+)?(?:neuen\\s+|neuer\\s+)?(?:herausforderung(?:en)?|stelle[n]?|position(?:en)?|aufgabe[n]?|job(?:s)?|wirkungskreis)',
  "offen\\s+für\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:herausforderungen|möglichkeiten|angebote|aufgaben|chancen|jobs?|stellen|jobangebote)",
  'verfügbar\\s+(?:für|ab|als)',
  'arbeitssuchend',
  // "Auf Jobsuche", "Suche eine neue Herausforderung im Vertrieb"
  'auf\\s+(?:job|stellen|arbeits)suche',
  '(?:job|stellen)suchend',
  `${notOthers}(?:ich\\s+)?suche\\s+(?:eine[nr]?\\s+)?(?:neue[nr]?\\s+)?(?:herausforderung(?:en)?|stelle|job|position|aufgabe|anstellung|festanstellung)`,
  'bereit\\s+für\\s+(?:eine\\s+)?(?:neue|nächste)\\s+(?:herausforderung|aufgabe|stelle)',
  // fr
  "(?:à\\s+la\\s+|en\\s+)recherche\\s+(?:active\\s+)?d(?:'un|'une|e|')\\s*(?:nouveau\\s+|nouvelle\\s+|nouvelles\\s+)?(?:poste|opportunités?|défis?|emploi|travail|job|mission)s?",
  "en\\s+recherche\\s+(?:active\\s+)?d'emploi",
  'disponible\\s+(?:pour|immédiatement)',
  // "Ouvert à de nouvelles opportunités", "À l'écoute du marché"
  "ouverte?s?\\s+(?:à|aux)\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:opportunités|défis|propositions|challenges|offres|postes)",
  "à\\s+l'écoute\\s+(?:de\\s+(?:nouvelles\\s+)?(?:opportunités|propositions|offres)|du\\s+marché)",
  "en\\s+quête\\s+d(?:'un|'une|e|')\\s*(?:nouveau\\s+|nouvelle\\s+|nouvelles\\s+)?(?:poste|opportunités?|défis?|emploi|travail)",
  // es
  `${notOthers}en\\s+búsqueda\\s+(?:activa\\s+)?de\\s+(?:empleo|trabajo|nuevas\\s+oportunidades|nuevos\\s+retos|nuevos\\s+desafíos)`,
  // "Buscando nuevas oportunidades", "En busca de nuevos desafíos" (es and pt share the shape)
  `${notOthers}(?:en\\s+busca\\s+de|em\\s+busca\\s+de|buscando|procurando|à\\s+procura\\s+de|a\\s+procura\\s+de)\\s+(?:un\\s+|una\\s+|um\\s+|uma\\s+)?(?:nuev[oa]s?\\s+|nov[oa]s?\\s+)?(?:empleo|trabajo|oportunidad(?:es)?|oportunidades?|retos?|desafíos?|desafios?|puesto|emprego|recolocação|vaga|colocação)`,
  'disponible\\s+para',
  "abiert[oa]s?\\s+a\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:oportunidades|retos|desafíos|propuestas|ofertas)",
  // it
  "(?:alla\\s+ricerca|in\\s+cerca)\\s+di\\s+(?:un[oa]?\\s+|un'\\s*)?(?:nuov[aoie]\\s+)?(?:opportunità|lavoro|impiego|ruolo|sfid[ae]|occupazione|posizione)",
  'disponibile\\s+(?:per|da\\s+subito|come)',
  "apert[oa]\\s+a\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:opportunità|sfide|proposte|offerte)",
  // pt
  'disponível\\s+para',
  "abert[oa]s?\\s+a\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:oportunidades|desafios|propostas)",
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
  father husband vader moeder papa mama
  thinker denker macher doener penseur penseuse pensador pensadora pensatore pensatrice
  visionair visionär visionärin visionnaire visionario visionaria visionário visionária
  unternehmerin ondernemer onderneemster entrepreneuse emprendedora imprenditrice empreendedora
  gründerin oprichtster fondatrice fundadora verbinder
  synergy innovation disruption growth passion impact connection transformation inspiration
  leadership strategy creativity energy purpose change excellence success mindset
  passie groei verbinding inspiratie energie creativiteit innovatie transformatie leiderschap
  verandering leidenschaft wachstum verbindung wirkung croissance créativité passione crescita
  innovazione pasión crecimiento innovación paixão crescimento inovação
  hacker inspirator inspirer ambassador energizer motivator verbinder kansenzien
  creative curious empathic empathetic positive enthusiastic energetic loyal honest reliable
  authentic ambitious optimistic pragmatic analytical social sociable
  creatief nieuwsgierig empathisch positief enthousiast energiek loyaal eerlijk betrouwbaar
  authentiek ambitieus optimistisch pragmatisch analytisch sociaal
  kreativ neugierig empathisch positiv enthusiastisch loyal ehrlich zuverlässig authentisch
  ehrgeizig optimistisch pragmatisch analytisch
  créatif curieux empathique positif enthousiaste dynamique loyal honnête fiable authentique
  ambitieux optimiste pragmatique analytique
  creativo curioso empático positivo entusiasta dinámico leal honesto confiable auténtico
  ambicioso optimista pragmático analítico
  creativo curioso empatico positivo entusiasta dinamico leale onesto affidabile autentico
  ambizioso ottimista pragmatico analitico
  criativo curioso empático positivo entusiasta dinâmico leal honesto confiável autêntico
  ambicioso otimista pragmático analítico`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * A one-word headline ("Consultant", "Marketing", "Studentin", "Coolblue") names at most a
 * role, a field or an organisation, never a role with its organisation or field. The exception
 * is a Dutch or German compound that joins a field to a generic role ("Belastingadviseur",
 * "Steuerberater", "Kinderarts", "Webdesigner"): the field is in the word.
 */
const fieldRoleCompound = new RegExp(
  `^\\p{L}{3,}(?:${[
    'adviseur',
    'adviseuse',
    'berater(?:in)?',
    'consultant',
    'speciali[sz]t',
    'spezialist(?:in)?',
    'manager(?:in)?',
    'ontwerper',
    'designer(?:in)?',
    'ingenieur(?:in)?',
    'techniker(?:in)?',
    'monteur(?:in)?',
    'makelaar',
    'arts',
    'arzt',
    'ärztin',
    'therapeut(?:in)?',
    'coach',
    'trainer(?:in)?',
    'docent(?:e)?',
    'lehrer(?:in)?',
    'leraar',
    'ontwikkelaar',
    'entwickler(?:in)?',
    'jurist(?:in)?',
    'advocaat',
    '(?:an)?wältin',
    '(?:an)?walt',
    'fotogra(?:af|f|fin)',
    'journalist(?:in)?',
    'verkäufer(?:in)?',
    'verkoper',
    'kauf(?:mann|frau)',
    'schrijver',
    'vertaler',
    'übersetzer(?:in)?',
  ].join('|')})$`,
  'u',
);

/** Traits by their ending: "results-oriented", "oplossingsgericht", "lösungsorientiert", "people-minded". */
const traitSuffix =
  /^\p{L}[\p{L}-]*(?:-oriented|-driven|-minded|-focused|gericht|georiënteerd|orientiert|-orienté|-orientée)$/u;

const buzzwordTail = new RegExp(
  `^\\p{L}{3,}(?:${[...buzzwords].filter((word) => /^\p{L}{6,}$/u.test(word)).join('|')})$`,
  'u',
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

/**
 * "Passionate about people and innovation": a feeling, not a role; with a place or a field
 * ("Passionate nurse at Isala") the anchor keeps it.
 */
const passionOpening =
  /^(?:passionate|gepassioneerd|gedreven|driven|passionn[ée]e?|leidenschaftlich|apasionad[oa]|appassionat[oa]|apaixonad[oa]|in\s+love|lover)(?:\s+(?:about|by|for|with|of|door|voor|met|von|für|über|par|pour|de|por|di|da|per|com))?(?![\p{L}])/u;

function isPassionSlogan(text: string): boolean {
  const opening = passionOpening.exec(text);
  if (!opening) return false;
  // Only where or for whom anchors a feeling: "en" is "and" in Dutch, not "in".
  return !passionAnchor.test(text.slice(opening[0].length));
}
const passionAnchor =
  /@|(?:^|\s)(?:at|bij|voor|for|für|bei|chez|pour|para|presso|in|im|dans)(?=\s|$)/u;

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
  if (words.length === 1) {
    // "Available" or "Werkzoekend" already has its finding.
    if (!findings.includes('headline-job-seeking') && !fieldRoleCompound.test(words[0]!)) {
      findings.push('headline-vague');
    }
  } else if (isTitlePile(text, hasAnchor)) {
    findings.push('headline-title-pile');
  } else if (words.length > 0 && words.every(isBuzzword) && !hasAnchor) {
    findings.push(words.length === 1 ? 'headline-vague' : 'headline-slogan');
  } else if (isPassionSlogan(text)) {
    findings.push('headline-slogan');
  }
  const failing = findings.some((finding) => finding !== 'headline-too-long');
  return { status: failing ? 'weak' : 'ok', findings };
}

/**
 * A buzzword also in its feminine form ("Gründerin", "Penseuse", "Visionaria", "Conférencière")
 * and as the tail of a compound ("Querdenker", "Freethinker", "Keynotespeaker").
 */
function isBuzzword(word: string): boolean {
  if (buzzwords.has(word) || buzzwordTail.test(word) || traitSuffix.test(word)) return true;
  const masculine = [
    word.replace(/in$/u, ''),
    word.replace(/euse$/u, 'eur'),
    word.replace(/euse$/u, 'eux'),
    word.replace(/ive$/u, 'if'),
    word.replace(/trice$/u, 'teur'),
    word.replace(/ière$/u, 'ier'),
    word.replace(/ora$/u, 'or'),
    word.replace(/a$/u, 'o'),
  ];
  return masculine.some(
    (form) => form !== word && (buzzwords.has(form) || buzzwordTail.test(form)),
  );
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
    return words.length > 0 && words.length <= 3 && words.every(isBuzzword);
  });
  // "Founder at Acme | Speaker | Author" names an organisation: a role, not a pile.
  if (hasAnchor && buzzy.length < segments.length) return false;
  return buzzy.length >= Math.ceil(segments.length * 0.67);
}
