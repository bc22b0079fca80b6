import { normalizeForMatching } from '../text/normalize-for-matching.js';
import { anyWordPattern } from '../text/word-pattern.js';

/**
 * The three parts of a good About text (playbook §3): a greeting with an offer of help, what
 * you offer (product or service), and a short profile sketch (an elevator pitch). Patterns in
 * Dutch and English, with the commonest German phrasings; other languages are under-detected.
 */

/** "Thanks for visiting my profile", "Welkom op mijn profiel", "Hallo!" at the start. */
const greeting = anyWordPattern(
  [
    '(?:thanks?|thank\\s+you)\\s+(?:so\\s+much\\s+|very\\s+much\\s+)?for\\s+(?:visiting|stopping\\s+by|viewing|checking\\s+out|taking\\s+the\\s+time|reading|your\\s+visit|dropping\\s+by|coming\\s+by|looking)',
    'welcome\\s+(?:to|on)\\s+my\\s+(?:profile|page|linkedin)',
    '(?:nice|good|great|glad)\\s+to\\s+(?:see|have|meet)\\s+you',
    '(?:hartelijk\\s+|heel\\s+erg\\s+|erg\\s+)?(?:dank|bedankt)\\s+(?:je\\s+|u\\s+)?(?:wel\\s+)?voor\\s+(?:je|jouw|uw|het)\\s+(?:bezoek|interesse|komst|bekijken|lezen)',
    'welkom\\s+(?:op|bij|en\\s+dank\\s+voor)\\s+(?:mijn|je|jouw|uw)?\\s*(?:profiel|pagina|bezoek)?',
    '(?:leuk|fijn|mooi)\\s+dat\\s+(?:je|jij|u)\\s+(?:langskomt|langs\\s+komt|er\\s+bent|mijn\\s+profiel\\s+(?:bekijkt|leest|bezoekt)|hier\\s+bent|even\\s+kijkt|kijkt)',
    'danke\\s+(?:für\\s+ihren|für\\s+deinen)\\s+besuch',
    'willkommen\\s+(?:auf|in)\\s+meinem\\s+profil',
  ],
  'giu',
);
const openingGreeting =
  /^\s*(?:hi|hello|hey|dear\s+visitor|hoi|hallo|goedendag|goedemiddag|beste\s+bezoeker|welkom|welcome|hallo\s+en\s+welkom|guten\s+tag)\b/iu;

/** "How can I help you?", "Waarmee zou ik u mogen helpen?", "Neem gerust contact op." */
const helpOffer = anyWordPattern(
  [
    '(?:how|what)\\s+(?:can|could|may|might)\\s+i\\s+(?:help|do\\s+for|assist|mean\\s+for)(?:\\s+you)?',
    'can\\s+i\\s+(?:help|assist)\\s+you',
    'how\\s+i\\s+(?:can|could|might)\\s+help(?:\\s+you)?',
    "(?:i'd|i\\s+would|i'm|i\\s+am|always)\\s+(?:be\\s+)?(?:happy|glad|pleased|keen)\\s+to\\s+help",
    'happy\\s+to\\s+help',
    '(?:let\\s+me\\s+know|tell\\s+me)\\s+(?:how|if|whether)\\s+i\\s+can\\s+help',
    'feel\\s+free\\s+to\\s+(?:reach\\s+out|contact\\s+me|get\\s+in\\s+touch|send\\s+me\\s+a\\s+(?:message|note)|message\\s+me|call\\s+me|connect)',
    "(?:don't|do\\s+not)\\s+hesitate\\s+to\\s+(?:contact|reach\\s+out|get\\s+in\\s+touch|call|message)",
    '(?:get|be)\\s+in\\s+touch(?:\\s+with\\s+me)?',
    'reach\\s+out\\s+to\\s+me',
    '(?:waarmee|hoe|waarin)\\s+(?:kan|mag|zou|kunnen)\\s+(?:ik|wij|we)\\s+(?:je|jou|u|jullie)\\s+(?:mogen\\s+|kunnen\\s+|van\\s+dienst\\s+zijn|misschien\\s+)?(?:helpen|van\\s+dienst\\s+zijn|ondersteunen|verder\\s+helpen)?',
    'wat\\s+(?:kan|mag|zou)\\s+(?:ik|wij|we)\\s+voor\\s+(?:je|jou|u|jullie)\\s+(?:doen|betekenen)',
    'kan\\s+ik\\s+(?:je|jou|u)\\s+(?:ergens\\s+mee\\s+|misschien\\s+)?helpen',
    '(?:ik|wij|we)\\s+(?:help|helpen|denk|denken)\\s+(?:je|jou|u)\\s+graag(?:\\s+mee|\\s+verder)?',
    'neem\\s+(?:gerust\\s+|vrijblijvend\\s+|dan\\s+)*contact\\s+(?:met\\s+(?:mij|me|ons)\\s+)?op',
    'stuur\\s+(?:me|mij|ons)\\s+(?:gerust\\s+)?een\\s+bericht(?:je)?',
    'bel\\s+(?:me|mij|ons)\\s+gerust',
    'wie\\s+weet\\s+wat\\s+(?:ik|wij|we)\\s+voor\\s+(?:elkaar|je|jou|u)\\s+(?:kunnen|kan)\\s+betekenen',
    'wie\\s+kann\\s+ich\\s+(?:ihnen|dir)\\s+helfen',
    'womit\\s+kann\\s+ich\\s+(?:ihnen|dir)\\s+helfen',
  ],
  'giu',
);

/** "I help webshops ...", "Wij bieden ...", "my services", "gespecialiseerd in". */
const offer = anyWordPattern(
  [
    "(?:i|we|i'm|we're|i\\s+am|we\\s+are)\\s+(?:\\p{L}+\\s+){0,2}?(?:help|helping|offer|offering|provide|providing|deliver|delivering|build|building|design|designing|develop|developing|create|creating|make|making|write|writing|sell|selling|teach|teaching|train|training|coach|coaching|advise|advising|support|supporting|organise|organize|organising|organizing|run|running|translate|translating|install|installing|repair|repairing|produce|producing|supply|supplying|guide|guiding|consult|consulting|photograph|photographing|manage|managing|treat|treating|care\\s+for|automate|automating|grow|growing|turn|turning)\\b",
    '(?:my|our)\\s+(?:services?|products?|offer(?:ing|s)?|expertise|speciali[sz]ations?|clients|customers|work\\s+for)',
    'speciali[sz](?:ed|ing|e)\\s+in',
    '(?:you\\s+can\\s+)?(?:hire|book|call\\s+on)\\s+me\\s+(?:for|to)',
    'i\\s+can\\s+help\\s+you\\s+(?:with|to)',
    '(?:services|products)\\s+(?:include|for)',
    '(?:ik|wij|we)\\s+(?:\\p{L}+\\s+){0,2}?(?:help|helpen|bied|bieden|lever|leveren|bouw|bouwen|ontwerp|ontwerpen|ontwikkel|ontwikkelen|maak|maken|schrijf|schrijven|verkoop|verkopen|geef|geven|train|trainen|coach|coachen|adviseer|adviseren|begeleid|begeleiden|ondersteun|ondersteunen|organiseer|organiseren|vertaal|vertalen|verzorg|verzorgen|installeer|installeren|repareer|repareren|produceer|produceren|fotografeer|fotograferen|beheer|beheren|behandel|behandelen|automatiseer|automatiseren|zorg|zorgen|verbind|verbinden|laat|laten)\\b',
    '(?:mijn|onze)\\s+(?:diensten|dienstverlening|producten|aanbod|expertise|specialisatie|specialiteit|klanten|opdrachtgevers)',
    'gespecialiseerd\\s+in',
    '(?:je|u)\\s+(?:kunt|kan)\\s+(?:me|mij|ons)\\s+(?:inschakelen|inhuren|boeken)',
    '(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?(?:helfe|helfen|biete|bieten|entwickle|entwickeln|berate|beraten|unterstütze|unterstützen|gestalte|gestalten|schreibe|schreiben)\\b',
    // Third person and relative clauses: "a designer who builds webshops", "die webshops bouwt".
    '(?:who|that|he|she|they)\\s+(?:\\p{L}+\\s+){0,1}?(?:helps|builds|designs|develops|creates|makes|writes|sells|teaches|trains|coaches|advises|supports|organi[sz]es|runs|translates|delivers|provides|offers|guides|automates)\\b',
    '(?:die|dat|hij|zij|ze)\\s+(?:\\p{L}+\\s+){0,6}?(?:helpt|bouwt|ontwerpt|ontwikkelt|maakt|schrijft|verkoopt|traint|coacht|adviseert|begeleidt|ondersteunt|organiseert|vertaalt|verzorgt|levert|biedt|automatiseert)\\b',
    // A list of what is on offer: "Services: ...", "Diensten: ...".
    '(?:services|products|expertise|specialties|specialities|diensten|producten|aanbod|specialiteiten|dienstverlening|leistungen)\\s*:',
  ],
  'giu',
);

/** "I'm a ... with 10 years", "mijn achtergrond", "sinds 2012", "mijn passie". */
const pitch = anyWordPattern(
  [
    "(?:i\\s+am|i'm)\\s+(?:a|an|the)\\s+\\p{L}+",
    '(?:\\d+|ten|fifteen|twenty|many|several)\\+?\\s+years\\s+(?:of\\s+experience|in|as|at|of)',
    '(?:my|a)\\s+background\\s+(?:is\\s+)?in',
    'my\\s+(?:background|career|passion|mission|drive|story|journey)',
    '(?:i|i\\s+have|i\\s+previously|previously\\s+i)\\s+(?:worked|studied|graduated|trained|started|founded|led|spent|grew\\s+up)',
    "i've\\s+(?:worked|spent|been|led|built|founded)",
    '(?:since|from)\\s+(?:19|20)\\d\\d',
    'passionate\\s+about',
    '(?:i|what\\s+drives\\s+me|what\\s+i)\\s+(?:love|believe|enjoy|care\\s+about)',
    'degree\\s+in',
    'outside\\s+(?:of\\s+)?work',
    '(?:ik\\s+ben|ben\\s+ik)\\s+(?:een|de|al|sinds|van|geboren|opgeleid|opgegroeid|\\d+)',
    '\\d+\\s+jaar\\s+(?:ervaring|werkzaam|actief|lang)',
    '(?:ruime|jarenlange|brede)\\s+ervaring',
    '(?:mijn|een)\\s+achtergrond\\s+(?:ligt\\s+)?(?:in|als)',
    'mijn\\s+(?:achtergrond|loopbaan|carrière|passie|missie|drijfveer|verhaal|opleiding|kracht)',
    'ik\\s+(?:heb\\s+)?(?:werkte|gewerkt|studeerde|gestudeerd|afgestudeerd|begon|ben\\s+begonnen|richtte|opgericht)',
    'sinds\\s+(?:19|20)\\d\\d',
    '(?:daarvoor|eerder|daarna)\\s+werkte\\s+ik',
    '(?:ik\\s+geloof|ik\\s+hou\\s+van|ik\\s+houd\\s+van|wat\\s+mij\\s+drijft|ik\\s+word\\s+blij)',
    'naast\\s+mijn\\s+werk',
    '(?:ich\\s+bin|seit\\s+(?:19|20)\\d\\d|jahre\\s+erfahrung|mein\\s+hintergrund)',
  ],
  'giu',
);

export interface SummaryParts {
  /** A greeting of the visitor ("Thanks for visiting my profile"). */
  greeting: boolean;
  /** An offer of help ("How can I help you?"). */
  helpOffer: boolean;
  /** What the user offers; `offerEndsAt` is where its first mention ends (a character index). */
  offer: boolean;
  offerEndsAt?: number;
  /** A profile sketch: background, experience, what drives the user. */
  pitch: boolean;
}

/** Finds the three parts, sentence by sentence (a question never states an offer or a sketch). */
export function findSummaryParts(summary: string): SummaryParts {
  const text = normalizeForMatching(summary);
  const parts: SummaryParts = {
    greeting: openingGreeting.test(text) || test(greeting, text),
    helpOffer: test(helpOffer, text),
    offer: false,
    pitch: false,
  };
  for (const sentence of sentencesOf(text)) {
    if (sentence.text.trimEnd().endsWith('?')) continue;
    // "I'd be happy to help" offers help, not a service: blank it before looking for an offer.
    const statement = blank(helpOffer, blank(greeting, sentence.text));
    if (!parts.offer) {
      offer.lastIndex = 0;
      const found = offer.exec(statement);
      if (found) {
        parts.offer = true;
        parts.offerEndsAt = sentence.start + found.index + found[0].length;
      }
    }
    if (!parts.pitch && test(pitch, statement)) parts.pitch = true;
  }
  return parts;
}

interface Sentence {
  text: string;
  start: number;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?…]+(?=\s|$)|\n+/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    sentences.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length) sentences.push({ text: text.slice(start), start });
  return sentences.filter((sentence) => /\p{L}/u.test(sentence.text));
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Replaces every match with spaces, so offsets stay put. */
function blank(pattern: RegExp, text: string): string {
  pattern.lastIndex = 0;
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}
