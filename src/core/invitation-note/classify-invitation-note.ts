import { foldForMatching, normalizeForMatching } from '../text/normalize-for-matching.js';
import type { TextSpan } from '../text/word-pattern.js';
import { anyWordPattern, wordSource } from '../text/word-pattern.js';
import {
  KeywordSelector,
  mandatoryKeywordsOf,
  WordPatternIndex,
} from '../text/word-pattern-index.js';
import { defaultLikeSources, greetingSource, signOffSource } from './default-invitation-texts.js';
import type { GenericMarkerKind } from './generic-note-patterns.js';
import { genericMarkerSources } from './generic-note-patterns.js';
import type { HookKind } from './personal-hook-patterns.js';
import {
  caseInsensitiveHookSources,
  caseSensitiveHookSources,
  notANameOrOrganisation,
  titledPieces,
} from './personal-hook-patterns.js';

/** none: no note; generic: could go to anyone; personal: names a checkable shared specific. */
export type NoteKind = 'none' | 'generic' | 'personal';

export interface NoteHook extends TextSpan {
  kind: HookKind;
}

export interface GenericMarker extends TextSpan {
  kind: GenericMarkerKind | 'default-text' | 'name-only';
}

export interface NoteClassification {
  kind: NoteKind;
  /** The specifics that make the note personal (empty for generic and none). */
  hooks: NoteHook[];
  /** Why the note is impersonal; also filled for personal notes that contain a pitch. */
  markers: GenericMarker[];
  /** The note is LinkedIn's default text (any language), maybe with a greeting or signature. */
  isDefaultText: boolean;
}

/** Every case-insensitive pattern of a note in one index: hooks, generic markers, default texts. */
const notePatterns = new WordPatternIndex<
  keyof typeof caseInsensitiveHookSources | GenericMarkerKind | 'default-text'
>({ ...caseInsensitiveHookSources, ...genericMarkerSources, 'default-text': defaultLikeSources });
/**
 * Name-bearing patterns are case-sensitive and start with a capitalised name, so they cannot be
 * indexed by a first word; each runs only when the note contains one of its keywords (one
 * keyword pass for all of them). A titled piece is selected by the piece ("book", "podcast").
 */
const namedKinds = ['referral', 'shared-organisation', 'content', 'owned'] as const;
const namedSources = namedKinds.flatMap((kind) =>
  caseSensitiveHookSources[kind].map((source) => ({ kind, source })),
);
const namedHookPatterns = {
  kinds: namedSources.map(({ kind }) => kind),
  regexes: namedSources.map(({ source }) => new RegExp(wordSource(source), 'gu')),
  selector: new KeywordSelector(
    namedSources.map(({ kind, source }) =>
      kind === 'content'
        ? titledPieces.map((piece) => piece.toLowerCase())
        : mandatoryKeywordsOf(source),
    ),
  ),
};
const markerKinds = Object.keys(genericMarkerSources) as GenericMarkerKind[];
const greetingPattern = new RegExp(greetingSource, 'iu');
const signOffPattern = new RegExp(signOffSource, 'iu');
/** A capitalised word or acronym in the middle of a sentence: a named thing to check. */
const namedThingPattern =
  /(?<=[\p{Ll}\p{N},;:'"()&-]\s+)(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{N}{2,}[\p{L}\p{N}]*)/gu;

export interface ClassifyOptions {
  /** The recipient's first name: a note that names only them is still generic. */
  recipientFirstName?: string;
}

/**
 * Classifies an invitation note by playbook §2. A hook that says the two met, share a named
 * contact or organisation makes the note personal; a named piece of the recipient's work, a
 * concrete question about it or a meeting soon does too, unless the note is a pitch.
 */
export function classifyInvitationNote(
  message: string | undefined,
  options: ClassifyOptions = {},
): NoteClassification {
  const original = message ?? '';
  if (!/[\p{L}\p{N}]/u.test(original)) {
    return { kind: 'none', hooks: [], markers: [], isDefaultText: false };
  }
  // Case matters for names (referrals, organisations); the word patterns run on folded text.
  const text = normalizeForMatching(original);
  const folded = foldForMatching(original);
  const found = notePatterns.find(folded, original);
  const hooks = findHooks(text, folded, found, original, options);
  const markers: GenericMarker[] = [];
  for (const kind of markerKinds) {
    for (const span of found.get(kind) ?? []) markers.push({ kind, ...span });
  }

  const defaultSpans = found.get('default-text') ?? [];
  const isDefaultText = defaultSpans.length > 0 && residueWithout(text, defaultSpans).length === 0;
  for (const span of defaultSpans) markers.push({ kind: 'default-text', ...span });
  if (defaultSpans.length === 0 && residueWithout(text, []).length === 0) {
    markers.push({ kind: 'name-only', start: 0, end: original.length, text: original });
  }

  const isPitch = markers.some((marker) => marker.kind === 'pitch' || marker.kind === 'recruiting');
  const isTemplate = markers.some((marker) => marker.kind === 'placeholder');
  // A pitch that names an event both will attend is still a pitch ("I'll be at the fair too; we
  // help firms like yours…"): there, as with content and requests, the pitch wins.
  const isWeak = (hook: NoteHook): boolean =>
    hook.kind === 'content' ||
    hook.kind === 'request' ||
    hook.kind === 'together' ||
    (isPitch && hook.kind === 'upcoming');
  const strong = hooks.filter((hook) => !isWeak(hook));
  const weak = hooks.filter(isWeak);
  const personal =
    !isDefaultText && !isTemplate && (strong.length > 0 || (weak.length > 0 && !isPitch));
  markers.sort((a, b) => a.start - b.start);
  return {
    kind: personal ? 'personal' : 'generic',
    hooks: personal ? hooks.sort((a, b) => a.start - b.start) : [],
    markers,
    isDefaultText,
  };
}

function findHooks(
  text: string,
  folded: string,
  found: ReadonlyMap<string, TextSpan[]>,
  original: string,
  options: ClassifyOptions,
): NoteHook[] {
  const hooks: NoteHook[] = [];
  const add = (kind: HookKind, spans: readonly TextSpan[] = []): void => {
    for (const span of spans) hooks.push({ kind, ...span });
  };
  add('met', found.get('met'));
  add(
    'content',
    found.get('content')?.filter((span) => !isAboutABuzzTopic(text, folded, span, options)),
  );
  add('upcoming', found.get('upcoming'));
  hooks.push(...findNamedHooks(text, folded, original, options));
  if (found.has('together'))
    add('together', findTogetherSpecifics(text, folded, original, options));
  // A concrete request needs the ask and something specific about the recipient's work.
  const asks = found.get('request-ask') ?? [];
  if (asks.length > 0) {
    const observations = found.get('request-observation') ?? [];
    if (observations.length > 0 || hasNamedThing(text, options))
      add('request', [...observations, ...asks]);
  }
  return hooks;
}

function findNamedHooks(
  text: string,
  folded: string,
  original: string,
  options: ClassifyOptions,
): NoteHook[] {
  const hooks: NoteHook[] = [];
  for (const id of namedHookPatterns.selector.select(folded)) {
    const namedKind = namedHookPatterns.kinds[id]!;
    const kind = namedKind === 'owned' ? 'content' : namedKind;
    const regex = namedHookPatterns.regexes[id]!;
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) {
      const name = Object.values(match.groups ?? {}).find((value) => value !== undefined) ?? '';
      const named =
        namedKind === 'content'
          ? isTitle(name, options)
          : isNameOrOrganisation(name, match, text, options) &&
            (namedKind !== 'owned' || !commonCapitalised.has(name.split(/\s+/)[0]!));
      if (!named) continue;
      const start = match.index;
      const end = start + match[0].length;
      hooks.push({ kind, start, end, text: original.slice(start, end) });
    }
  }
  return hooks;
}

/** Whether the capitalised words a referral or shared organisation caught name someone. */
function isNameOrOrganisation(
  name: string,
  match: RegExpExecArray,
  text: string,
  options: ClassifyOptions,
): boolean {
  const firstWord = name.split(/\s+/)[0] ?? '';
  if (notANameOrOrganisation.has(firstWord) || notANameOrOrganisation.has(name)) return false;
  if (fieldOrSectorPattern.test(firstWord)) return false;
  if (determiners.has(firstWord.toLowerCase())) return false;
  if (match[0].startsWith(name) && followsDeterminer(text, match.index)) return false;
  if (options.recipientFirstName && firstWord === options.recipientFirstName) return false;
  return !isGreetedName(text, match.index, firstWord);
}

/**
 * A title after a piece of the recipient's ("your book Small Data Teams") may start with any
 * word ("The Lean Startup", "De Nieuwe Wereld"): only a lone non-name or their own name is no title.
 */
function isTitle(name: string, options: ClassifyOptions): boolean {
  if (notANameOrOrganisation.has(name) || determiners.has(name.toLowerCase())) return false;
  return !(options.recipientFirstName && name === options.recipientFirstName);
}

/**
 * Capitalised words that name no checkable thing: nationalities, languages, months, the
 * words and acronyms of a trade ("your AI strategy", "we both did an MBA", "back in October").
 */
const commonCapitalised = new Set(
  'AI CV ESG Digital Data Business Innovation Strategy Leadership Management Online Cloud CRM ERP KPI KPIs ROI SEO SEA SaaS B2B B2C CEO CFO CTO COO CMO CIO HR IT ICT PR MBA PhD MSc BSc Dutch English German French Spanish Italian Portuguese European American British Belgian Nederlandse Nederlands Engels Duits Frans Spaans Europese Deutsch Deutsche Français Française Española Español Italiano Italiana Português Portuguesa January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** In a sentence with a named thing these stop "together" from naming a shared specific. */
const proposalOrFieldPattern = new RegExp(
  wordSource(
    "(?:let's|let\\s+us|laten\\s+we|lass\\s+uns|lasst\\s+uns|shall|could|would|can|zullen|zouden|zou|kunnen|können|könnten|würden|sollen|pouvons|pourrions|podemos|podríamos|possiamo|potremmo|poderíamos|connect\\p{L}*|vernetz\\p{L}*|netwerk|network|netzwerk|réseau|rete|rede|industry|industrie|sector|sektor|field|branche|vakgebied|werkveld|secteur|domaine|settore|setor|ramo|city|stad|town|region|regio|country|stadt|ville|ciudad|città|cidade|interests?|interesse[ns]?|passion\\p{L}*|passie|goals?|doelen|values|waarden|opportunit\\p{L}*|kansen|vacature\\p{L}*|vacanc\\p{L}*|hiring|jobs?|offer\\p{L}*|bieden|help|helps|helping|helpen|helfen|unterstützen|aidons|ayudamos|aiutiamo|ajudamos|newsletter|nieuwsbrief|follow\\p{L}*|volgen|folgen|suivons|seguimos|seguiamo|boat|journey|page)",
  ),
  'u',
);
/** A sentence of its own: "." "!" "?" or a new line end it (a ";" or a dash joins two halves). */
const sentenceEndPattern = /[.!?]+(?=\s|$)|\n/gu;
/** German capitalises every noun, so there a named thing must look like a name: "ASML", "re:publica". */
const germanPattern = new RegExp(
  wordSource('(?:wir|uns|ich|und|der|die|das|nicht|mit|beim|im|auf)'),
  'u',
);
/** A named thing, also after an elided article: "l'INSA", "dell'Università". */
const namedOrElidedPattern =
  /(?:(?<=[\p{Ll}\p{N},;:'"()&-]\s+)|(?<=(?<![\p{L}])(?:l|d|dell|all|nell|sull)['’]))(?:\p{Lu}[\p{L}\p{N}&'’.-]*|\p{N}{2,}[\p{L}\p{N}]*)/gu;
const togetherWordPattern = anyWordPattern(caseInsensitiveHookSources.together, 'u');

/**
 * A sentence that says the two did or will do something together ("we both", "samen", "each
 * other", "the same") and names a thing in it is a shared specific, however it is
 * worded: "we shared a stand at the Vakbeurs Energie", "we both started as trainees at Unilever
 * in 2011". Not when it proposes ("let's…", "could we…") or shares only a field or a city.
 */
function findTogetherSpecifics(
  text: string,
  folded: string,
  original: string,
  options: ClassifyOptions,
): TextSpan[] {
  const spans: TextSpan[] = [];
  let start = 0;
  const ends = [...text.matchAll(sentenceEndPattern)].map((match) => match.index + match[0].length);
  for (const end of [...ends, text.length]) {
    if (end <= start) continue;
    const sentence = folded.slice(start, end);
    if (
      togetherWordPattern.test(sentence) &&
      !proposalOrFieldPattern.test(sentence) &&
      namesSomething(text, start, end, germanPattern.test(sentence), options)
    ) {
      spans.push({ start, end, text: original.slice(start, end) });
    }
    start = end;
  }
  return spans;
}

function namesSomething(
  text: string,
  start: number,
  end: number,
  german: boolean,
  options: ClassifyOptions,
): boolean {
  const sentence = text.slice(start, end);
  for (const match of sentence.matchAll(namedOrElidedPattern)) {
    const word = match[0].replace(/[.'’-]+$/, '');
    if (notANameOrOrganisation.has(word) || commonCapitalised.has(word)) continue;
    if (/^(?:\p{N}+|I['’]\p{L}+)$/u.test(word)) continue;
    if (fieldOrSectorPattern.test(word) || determiners.has(word.toLowerCase())) continue;
    if (options.recipientFirstName && word === options.recipientFirstName) continue;
    if (isGreetedName(text, start + match.index, word)) continue;
    if (german && !/^(?:\p{Lu}{2,}|.*\p{N}|.+\p{Lu})/u.test(word)) continue;
    if (placeBeforePattern.test(sentence.slice(0, match.index))) continue;
    return true;
  }
  return false;
}

/**
 * Topics a mail-merge flatters anyone with ("I read your post about leadership, great
 * insights"): a piece named only by one of them is no checkable specific, unlike "your post on
 * the Rotterdam port strike" or "your article in Les Échos".
 */
const buzzTopic =
  '(?:leadership|leiderschap|führung|liderazgo|liderança|ai|a\\.i\\.|artificial\\s+intelligence|kunstmatige\\s+intelligentie|künstliche\\s+intelligenz|intelligence\\s+artificielle|inteligencia\\s+artificial|intelligenza\\s+artificiale|inteligência\\s+artificial|genai|generative\\s+ai|innovation|innovatie|innovación|innovazione|inovação|(?:digital\\s+|digitale\\s+)?transforma(?:tion|tie|ción|zione|ção)|digitali[sz]ation|digitalisering|digitalisierung|sustainability|duurzaamheid|nachhaltigkeit|durabilité|sostenibilidad|sostenibilità|sustentabilidade|esg|marketing|sales|growth|groei|wachstum|croissance|crecimiento|crescita|crescimento|strateg(?:y|ie)|stratégie|estrategia|strategia|estratégia|(?:the\\s+)?future\\s+of\\s+work|remote\\s+work|hybrid\\s+work(?:ing)?|(?:big\\s+)?data|technolog(?:y|ie)|tech|entrepreneurship|ondernemerschap|unternehmertum|entrepreneuriat|emprendimiento|imprenditorialità|empreendedorismo|management|hr|recruit(?:ment|ing)|(?:company\\s+)?culture|cultuur|kultur|cultura|motivation|motivatie|productivity|productiviteit|teamwork|networking|netwerken|personal\\s+branding|mindset|success|succes|erfolg|succès|éxito|successo|sucesso|careers?|carrière|karriere|carrera|carriera|carreira|change(?:\\s+management)?|verandering|customer\\s+experience|cx|cyber\\s*security|blockchain|web3|crypto|the\\s+economy|economie|wirtschaft|économie|economía|economia)';
const buzzTopicPattern = new RegExp(
  `(?:about|on|over|omtrent|über|zu|zum|zur|sur|sobre|acerca\\s+de|su|sul|sulla|sull'|sugli|sui)\\s+(?:(?:the|de|het|die|der|das|dem|le|la|les|l'|el|los|las|il|lo|os|as|o|a)\\s*)?${buzzTopic}(?:\\s+(?:and|en|und|et|y|e)\\s+${buzzTopic})?\\s*(?:[.,;:!?)\\n]|$)`,
  'u',
);

/**
 * A content hook whose piece is named only by a buzz topic at the end of its clause, with no
 * named thing before it ("your article in the FD on hybrid work" names the FD).
 */
function isAboutABuzzTopic(
  text: string,
  folded: string,
  span: TextSpan,
  options: ClassifyOptions,
): boolean {
  const clauseEnd = folded.slice(span.end).search(/[.!?;\n]|$/u);
  const clause = folded.slice(span.start, span.end + Math.max(0, clauseEnd) + 1);
  const topic = buzzTopicPattern.exec(clause);
  return (
    topic !== null && !hasNamedThing(text.slice(span.start, span.start + topic.index), options)
  );
}

/**
 * A town after "in", "à", "em": living or working in the same city is shared by thousands ("we
 * both work in Amsterdam", "nous travaillons tous les deux à Paris"), not a checkable specific.
 */
const placeBeforePattern = /(?:^|[^\p{L}])(?:in|à|em|en|aus|uit|from|near|nabij|rond|around)\s+$/iu;

/**
 * A field or sector is shared by thousands, not a named organisation: German capitalises every
 * noun, so "wir sind beide in der Automobilbranche tätig" or "Interesse an Nachhaltigkeit"
 * would otherwise read as one.
 */
const fieldOrSectorPattern =
  /^(?:[\p{L}-]*(?:branche|bereich|sektor|industrie|wirtschaft|wesen|szene|umfeld|markt|sector|industry)|Recursos|Humanos|Ressources|Humaines|Risorse|Umane|Vendas|Ventas|Ventes|Vendite|Finanças|Finanzas|Finanza|Logística|Logistica|Logistique|Saúde|Salud|Santé|Sanità|Tecnologia|Tecnología|Technologie|Informatique|Informática|Informatica|Ingeniería|Engenharia|Ingénierie|Ingegneria|Energia|Énergie|Energía|\p{Lu}\p{Ll}+(?:keit|heit|ung|ismus)|Technik|IT|ICT|HR|Tech|Fintech|Finance|Marketing|Sales|Logistics|Logistik|Logistiek|Zorg|Pflege|Gesundheit|Vertrieb|Einkauf|Personal|Finanzen|Bouw|Bau|Onderwijs|Bildung|Energie|Energy)$/iu;

/**
 * Words that make the capitalised word after them a noun, not a person: "dein Profil hat mich
 * beeindruckt", "Ihr Vortrag hat mir gefallen" (German capitalises every noun). A capitalised
 * determiner is no name either ("Ihr Werdegang hat mich…"). Words that may stand before or be
 * a first name ("a Inês Costa disse-me", "il Marco", "de Marie", Ton, An, Mia) are left out.
 */
const determiners = new Set(
  'the your my our his her their this that het een jouw uw mijn ons onze dit deze der die das dein deine deinen ihr ihre ihren mein meine unser unsere ein eine dieser diese dieses jeder jede les votre mon notre un une ce cette los las nuestro nuestra una este esta tuo tua suo sua questo questa seu teu minha nosso nossa esse essa'.split(
    ' ',
  ),
);

function followsDeterminer(text: string, index: number): boolean {
  const before = /([\p{L}]+)\s+$/u.exec(text.slice(Math.max(0, index - 20), index));
  return before !== null && determiners.has(before[1]!.toLowerCase());
}

/** "Hi Karin my boss told me" must not read Karin as the referrer. */
function isGreetedName(text: string, index: number, name: string): boolean {
  const greeting = greetingPattern.exec(text);
  return greeting !== null && index < greeting[0].length + 1 && greeting[0].includes(name);
}

function hasNamedThing(text: string, options: ClassifyOptions): boolean {
  for (const match of text.matchAll(namedThingPattern)) {
    const word = match[0].replace(/[.'’-]+$/, '');
    if (notANameOrOrganisation.has(word)) continue;
    if (options.recipientFirstName && word === options.recipientFirstName) continue;
    // "Hi Leo, I'd value your perspective on my idea": neither the greeted name nor "I'd" names
    // anything.
    if (isGreetedName(text, match.index, word) || /^I['’]\p{L}+$/u.test(word)) continue;
    return true;
  }
  return false;
}

/**
 * What is left of a note once the default sentence, the greeting and the sign-off are cut:
 * an empty residue means the note says nothing of its own.
 */
function residueWithout(text: string, spans: readonly TextSpan[]): string {
  let rest = text;
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    rest = `${rest.slice(0, span.start)} ${rest.slice(span.end)}`;
  }
  rest = rest.replace(greetingPattern, ' ');
  for (let pass = 0; pass < 3; pass += 1) rest = rest.trim().replace(signOffPattern, ' ');
  return rest.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
