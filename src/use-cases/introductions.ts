import type { IntroductionDrafts, IntroductionPerson } from '../core/compose/draft-introduction.js';
import { draftIntroduction } from '../core/compose/draft-introduction.js';
import { AppError } from '../core/errors/app-error.js';
import type { IntroductionStatus } from '../core/give-and-take/introduction.js';
import type { DetectedLanguage, DraftLanguage } from '../core/i18n/languages.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import { detectLanguage } from '../core/language/detect-language.js';
import type { Register } from '../core/language/detect-register.js';
import { PersonIndex } from '../core/give-and-take/person-index.js';
import type { ConnectionFact } from '../core/network/network-facts.js';
import type { UserSettings } from '../core/settings/user-settings.js';
import { isoSeconds } from './ledger-people.js';
import type { Store, StoredConversationParticipant, StoredIntroduction } from '../store/store.js';
import { listConnectionFacts, resolveConnection } from './ledger-people.js';
import type { PersonVoice } from './person-language.js';
import { voiceOfPerson } from './person-language.js';

/** What the introductions need around them; `netwerk week`'s TodoContext fits. */
export interface IntroductionContext {
  store: Store;
  settings: Pick<UserSettings, 'language' | 'signature'>;
  now: Date;
  scorer?: LanguageScorer;
}

/** Where a side's language came from: `--lang`, their messages, or the user's own language. */
export type LanguageSource = 'flag' | 'messages' | 'user';

export interface IntroducedPerson extends ConnectionFact {
  language: DraftLanguage;
  register: Register | null;
  languageSource: LanguageSource;
}

export interface IntroductionPlan {
  introduction: StoredIntroduction;
  a: IntroducedPerson;
  b: IntroducedPerson;
  drafts: IntroductionDrafts;
  /** The language `--why` is written in, when it can be told. */
  whyLanguage: DetectedLanguage;
}

/**
 * The keys a connection's conversations know them by: their own, and every participant key the
 * ledger's rules tie to them (an export before mid-2023 keys a connection by name and date, a
 * sender by URL, a recipient by name).
 */
function messageKeysOf(
  person: ConnectionFact,
  index: PersonIndex,
  participants: readonly StoredConversationParticipant[],
): string[] {
  const keys = new Set([person.personKey]);
  for (const participant of participants) {
    if (index.resolve(participant.personKey, participant.name)?.personKey === person.personKey)
      keys.add(participant.personKey);
  }
  return [...keys];
}

async function voiceOf(
  context: IntroductionContext,
  person: ConnectionFact,
  messageKeys: readonly string[],
  forced: DraftLanguage | undefined,
): Promise<IntroducedPerson> {
  let voice: PersonVoice = { language: context.settings.language, known: false };
  for (const key of messageKeys) {
    voice = await voiceOfPerson(
      context.store,
      key,
      null,
      context.settings.language,
      context.scorer,
    );
    if (voice.known) break;
  }
  if (forced !== undefined) {
    // Their register still holds when `--lang` is the language they write in.
    const register = forced === voice.language && voice.known ? (voice.register ?? null) : null;
    return { ...person, language: forced, register, languageSource: 'flag' };
  }
  return {
    ...person,
    language: voice.language,
    register: voice.register ?? null,
    languageSource: voice.known ? 'messages' : 'user',
  };
}

const asDraftPerson = (person: IntroducedPerson): IntroductionPerson => ({
  name: person.name,
  position: person.position,
  company: person.company,
  language: person.language,
  ...(person.register ? { register: person.register } : {}),
});

/**
 * `netwerk intro A B --why TEXT`: finds both among the connections, drafts the double opt-in
 * messages (each side in the language of their messages to the user, else the user's; all in
 * `language` when given) and logs the introduction as `drafted`.
 */
export async function planIntroduction(
  context: IntroductionContext,
  queries: { a: string; b: string },
  why: string,
  options: { language?: DraftLanguage } = {},
): Promise<IntroductionPlan> {
  const people = await listConnectionFacts(context.store);
  const a = resolveConnection(queries.a, people);
  const b = resolveConnection(queries.b, people);
  if (a.personKey === b.personKey) {
    throw new AppError('usage', {
      message:
        context.settings.language === 'nl'
          ? `'${queries.a}' en '${queries.b}' zijn dezelfde persoon (${a.name}): een introductie is tussen twee mensen.`
          : `'${queries.a}' and '${queries.b}' are the same person (${a.name}): an introduction takes two people.`,
    });
  }
  const index = new PersonIndex(people);
  const participants = await context.store.listConversationParticipants();
  const sideA = await voiceOf(context, a, messageKeysOf(a, index, participants), options.language);
  const sideB = await voiceOf(context, b, messageKeysOf(b, index, participants), options.language);
  const drafts = draftIntroduction({
    a: asDraftPerson(sideA),
    b: asDraftPerson(sideB),
    why,
    seed: [a.personKey, b.personKey].sort().join('|'),
    ...(context.settings.signature ? { signature: context.settings.signature } : {}),
  });
  const introduction = await context.store.createIntroduction({
    a: { personKey: a.personKey, name: a.name },
    b: { personKey: b.personKey, name: b.name },
    why: why.trim(),
    at: isoSeconds(context.now),
  });
  return {
    introduction,
    a: sideA,
    b: sideB,
    drafts,
    whyLanguage: detectLanguage(why, context.scorer),
  };
}

/** `netwerk intro list`: the log, newest first. */
export function listIntroductionLog(context: IntroductionContext): Promise<StoredIntroduction[]> {
  return context.store.listIntroductions();
}

/** `netwerk intro mark ID STATUS`: what happened on LinkedIn, with the time of `--now`. */
export async function markIntroductionStatus(
  context: IntroductionContext,
  id: number,
  status: Exclude<IntroductionStatus, 'drafted'>,
): Promise<StoredIntroduction> {
  const marked = await context.store.markIntroduction(id, status, isoSeconds(context.now));
  if (!marked) throw new AppError('introduction-not-found', { id });
  return marked;
}
