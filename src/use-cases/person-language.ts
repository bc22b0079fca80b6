import type { DraftLanguage, UserLanguage } from '../core/i18n/languages.js';
import type { LanguageScorer } from '../core/language/detect-language.js';
import { detectLanguage } from '../core/language/detect-language.js';
import type { Register } from '../core/language/detect-register.js';
import { detectRegister } from '../core/language/detect-register.js';
import { normalizeForMatching } from '../core/text/normalize-for-matching.js';
import type { Store } from '../store/store.js';

export interface PersonVoice {
  language: DraftLanguage;
  register?: Register;
  /** Where the language came from: their note or messages, else the user's own. */
  known: boolean;
}

/**
 * The language and register to write to someone in: their invitation note, else what they wrote
 * to the user in messages (the five most recent), else the user's language.
 */
export async function voiceOfPerson(
  store: Store,
  personKey: string,
  theirNote: string | null,
  userLanguage: UserLanguage,
  scorer: LanguageScorer | undefined,
): Promise<PersonVoice> {
  let text = theirNote?.trim() ?? '';
  if (!text) {
    const messages = await store.listMessages({ personKey, limit: 20 });
    text = messages
      // Only what this person wrote: in a group, other people's messages say nothing of theirs.
      .filter(
        (message) => !message.fromOwner && !message.isDraft && message.senderKey === personKey,
      )
      .sort((a, b) => b.sentAt.localeCompare(a.sentAt))
      .slice(0, 5)
      .map((message) => message.content.replace(/<[^>]+>/g, ' '))
      .join('\n');
  }
  const detected = text ? detectLanguage(text, scorer) : 'und';
  if (detected === 'und') return { language: userLanguage, known: false };
  const register = detectRegister(normalizeForMatching(text), detected);
  return { language: detected, known: true, ...(register ? { register } : {}) };
}
