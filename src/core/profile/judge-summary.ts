import { foldForMatching, normalizeForMatching } from '../text/normalize-for-matching.js';
import { anyWordPattern, matchesPattern } from '../text/word-pattern.js';
import type { SummaryFinding, SummaryJudgement } from './profile-check.js';
import { maxSummaryChars } from './profile-check.js';
import { statesOfferOrExperience } from './summary-parts.js';

/**
 * Playbook §2: a substantive summary has at least one concrete sentence on what the person does
 * or offers; it fails when empty or made only of slogans ("a motivated team player who loves a
 * challenge").
 */

/** Verbs of doing or offering, first person or company voice, in every draft language. */
const doingOrOffering = anyWordPattern([
  "(?:i|we|i'm|we're|i\\s+am|we\\s+are)\\s+(?:\\p{L}+\\s+){0,2}?(?:help|helps|helping|build|building|built|design|designing|develop|developing|advise|advising|lead|leading|run|running|manage|managing|teach|teaching|write|writing|train|training|coach|coaching|support|supporting|offer|offering|provide|providing|create|creating|work|working|specialise|specialize|specialising|specializing|focus|focusing|deliver|delivering|sell|selling|organise|organize|organising|organizing|research|researching|treat|treating|care|caring|translate|translating|founded|started|launched|ran|led|grew)",
  // Third person, for a summary written about oneself ("Petra is a coach who helps ...").
  '(?:he|she|they|who)\\s+(?:\\p{L}+\\s+){0,1}?(?:helps|builds|designs|develops|advises|leads|runs|manages|teaches|writes|trains|coaches|supports|offers|provides|creates|works|worked|delivers|sells|organi[sz]es|researches|treats|translates|founded|led)',
  '(?:hij|zij|ze|die)\\s+(?:\\p{L}+\\s+){0,6}?(?:helpt|bouwt|ontwerpt|ontwikkelt|adviseert|leidt|begeleidt|geeft|schrijft|traint|coacht|ondersteunt|biedt|maakt|werkt|werkte|richt|verzorgt|verkoopt|organiseert|vertaalt)',
  '(?:er|sie|der|die)\\s+(?:\\p{L}+\\s+){0,5}?(?:hilft|baut|entwickelt|berät|leitet|unterstützt|bietet|schreibt|trainiert|coacht|arbeitet|arbeitete|verkauft|fertigt|betreut|begleitet|führt|übersetzt)',
  '(?:il|elle|qui)\\s+(?:\\p{L}+\\s+){0,1}?(?:aide|accompagne|conçoit|développe|conseille|dirige|propose|offre|forme|travaille|vend|traduit)',
  '(?:él|ella|que)\\s+(?:\\p{L}+\\s+){0,1}?(?:ayuda|asesora|diseña|desarrolla|dirige|ofrece|trabaja|vende|traduce)',
  '(?:lui|lei|che)\\s+(?:\\p{L}+\\s+){0,1}?(?:aiuta|progetta|sviluppa|dirige|offre|lavora|vende|traduce)',
  '(?:ele|ela)\\s+(?:\\p{L}+\\s+){0,1}?(?:ajuda|desenvolve|dirige|oferece|trabalha|vende|traduz|assessora)',
  // "is een ervaren installateur die zonnepanelen plaatst", "is a designer who restores
  // boats", "ist Architektin und entwirft": a role followed by what it does, any verb.
  'is\\s+een\\s+(?:\\p{L}+\\s+){1,3}?die\\s+(?:\\p{L}+\\s+){0,6}?\\p{L}{2,}t\\b',
  'is\\s+an?\\s+(?:\\p{L}+\\s+){1,3}?who\\s+(?:\\p{L}+\\s+)?\\p{L}{2,}s\\b',
  '(?:ist|bin)\\s+(?:\\p{L}+\\s+){1,2}?und\\s+\\p{L}{2,}(?:t|e)\\b',
  'responsible\\s+for',
  'specialised\\s+in',
  'specialized\\s+in',
  'expert\\s+in',
  'experience\\s+(?:in|with)',
  'years\\s+of',
  '(?:ik|wij|we)\\s+(?:\\p{L}+\\s+){0,2}?(?:help|helpen|bouw|bouwen|ontwerp|ontwerpen|ontwikkel|ontwikkelen|adviseer|adviseren|leid|leiden|begeleid|begeleiden|geef|geven|schrijf|schrijven|train|trainen|coach|coachen|ondersteun|ondersteunen|bied|bieden|maak|maken|werk|werken|richt|richten|verzorg|verzorgen|verkoop|verkopen|organiseer|organiseren|onderzoek|verpleeg|zorg|zorgen|vertaal|vertalen)',
  'verantwoordelijk\\s+voor',
  'gespecialiseerd\\s+in',
  'ervaring\\s+(?:in|met)',
  'jaar\\s+ervaring',
  '(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?(?:helfe|helfen|baue|bauen|entwickle|entwickeln|berate|beraten|leite|leiten|unterstütze|unterstützen|biete|bieten|schreibe|schreiben|trainiere|coache|arbeite|arbeiten|verkaufe|verkaufen|organisiere|forsche|pflege|übersetze)',
  'verantwortlich\\s+für',
  'spezialisiert\\s+auf',
  'erfahrung\\s+(?:in|mit)',
  'jahre\\s+erfahrung',
  "(?:j'|je\\s+|nous\\s+)(?:\\p{L}+\\s+){0,2}?(?:aide|aidons|accompagne|accompagnons|conçois|concevons|développe|développons|conseille|conseillons|dirige|dirigeons|propose|proposons|offre|offrons|écris|forme|formons|travaille|travaillons|vends|organise|soigne|traduis)",
  'responsable\\s+d[eu]',
  'spécialisée?\\s+(?:en|dans)',
  'expérience\\s+(?:en|dans)',
  "ans\\s+d'expérience",
  '(?:ayudo|ayudamos|acompaño|diseño|diseñamos|desarrollo|desarrollamos|asesoro|asesoramos|dirijo|ofrezco|ofrecemos|escribo|formo|trabajo|trabajamos|vendo|organizo|traduzco)',
  'responsable\\s+de',
  'especializad[oa]\\s+en',
  'experiencia\\s+en',
  'años\\s+de\\s+experiencia',
  '(?:aiuto|aiutiamo|accompagno|progetto|progettiamo|sviluppo|sviluppiamo|consiglio|dirigo|offro|offriamo|scrivo|formo|lavoro|lavoriamo|vendo|organizzo|traduco)',
  'responsabile\\s+d[ie]',
  'specializzat[oa]\\s+in',
  'esperienza\\s+(?:in|nel|nella)',
  'anni\\s+di\\s+esperienza',
  '(?:ajudo|ajudamos|acompanho|projeto|desenvolvo|desenvolvemos|assessoro|dirijo|ofereço|oferecemos|escrevo|formo|trabalho|trabalhamos|vendo|organizo|traduzo)',
  'responsável\\s+p(?:or|ela|elo)',
  'especializad[oa]\\s+em',
  'experiência\\s+em',
  'anos\\s+de\\s+experiência',
]);

/** Slogan words: a sentence made only of these (and little words) says nothing concrete. */
const sloganWords = new Set(
  `motivated driven passionate dedicated hardworking hard-working results-driven results-oriented result-oriented
  team player players loves love loving challenge challenges challenging enthusiastic energetic dynamic
  positive proactive creative innovative flexible reliable ambitious curious eager self-starter
  go-getter people person detail-oriented goal-oriented thinker outside box problem solver solving
  passion excellence success successful growth mindset always learning learner lifelong believe
  making difference make impact world better change believer dream dreams big achieve more
  who loves enjoys likes enjoy thrive thrives environment fast-paced strong communication skills
  excellent interpersonal organizational organisational leadership abilities ability values value
  gemotiveerd gedreven enthousiast teamspeler uitdaging uitdagingen houdt van resultaatgericht
  klantgericht flexibel betrouwbaar ambitieus nieuwsgierig leergierig positief proactief creatief
  zelfstandig communicatief sterk vaardig energiek motiviert engagiert teamplayer herausforderung
  herausforderungen leidenschaftlich zuverlässig ehrgeizig motivé motivée passionné passionnée
  défi défis dynamique rigoureux rigoureuse motivado motivada apasionado apasionada reto retos
  proattivo motivato motivata appassionato appassionata sfida sfide motivado apaixonado desafio desafios
  leidenschaft für innovation innovationen wachstum erfolg teamgeist innovatie groei succes
  innovación crecimiento éxito innovazione crescita successo inovação crescimento sucesso croissance
  succès réussite resultados risultati résultats resultaten ergebnisse results people mensen menschen
  i am a an the and with who is to in of for my me ik ben een de het en met die van voor mijn ich bin ein eine
  der die das und mit je suis un une le la les et avec qui soy un una el la y con que sono un una il e con che
  sou um uma o a e com que`
    .split(/\s+/)
    .filter(Boolean),
);

const sentenceSplit = /(?<=[.!?…])\s+|\n+/u;

export function judgeSummary(summary: string | undefined): SummaryJudgement {
  if (summary === undefined) return { status: 'unknown', findings: [] };
  const text = normalizeForMatching(summary).trim();
  if (!/[\p{L}\p{N}]/u.test(text)) return { status: 'missing', findings: ['summary-missing'] };

  const findings: SummaryFinding[] = [];
  if (summary.length > maxSummaryChars) findings.push('summary-too-long');
  const sentences = text
    .split(sentenceSplit)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
  const concrete = sentences.some(isConcreteSentence);
  const wordCount = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
  if (!concrete) findings.push(wordCount < 6 ? 'summary-too-short' : 'summary-slogans');
  const failing = findings.some((finding) => finding !== 'summary-too-long');
  return { status: failing ? 'weak' : 'ok', findings };
}

/** A sentence of at least five words that says what someone does or offers, or names something concrete. */
function isConcreteSentence(sentence: string): boolean {
  // A question ("How can I help you?") invites; it does not say what someone does.
  if (sentence.trimEnd().endsWith('?')) return false;
  const words = sentence.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  if (words.length < 5) return false;
  const meaningful = words.filter((word) => !sloganWords.has(word));
  if (meaningful.length === 0) return false;
  if (
    (matchesPattern(doingOrOffering, foldForMatching(sentence)) ||
      statesOfferOrExperience(sentence)) &&
    meaningful.length >= 2
  )
    return true;
  // Named organisations, numbers and domain nouns make a sentence concrete even without a verb.
  const named = sentence.match(/(?<=\S\s+)\p{Lu}[\p{L}\p{N}&'’.-]+|\p{N}+/gu) ?? [];
  return meaningful.length >= 4 && named.length >= 1;
}
