import type { DraftLanguage } from '../i18n/languages.js';
import type { ComposedNote } from './compose-invitation-notes.js';
import { composeInvitationNotes } from './compose-invitation-notes.js';
import { notePhrasings } from './note-phrasings.js';

/** What was talked about, after the event hook (playbook §4: invite the same evening, personally). */
const topicSentences: Record<DraftLanguage, string> = {
  nl: 'Ik vond ons gesprek over {topic} erg leuk.',
  en: 'I enjoyed our conversation about {topic}.',
  de: 'Unser Gespräch über {topic} hat mir sehr gefallen.',
  fr: "J'ai apprécié notre échange sur {topic}.",
  es: 'Me gustó mucho nuestra conversación sobre {topic}.',
  it: 'Mi è piaciuta la nostra conversazione su {topic}.',
  pt: 'Gostei muito da nossa conversa sobre {topic}.',
};

export interface EventPerson {
  name: string;
  topic: string;
  company?: string;
  profileUrl?: string;
}

/** The invitation for someone met at an event: the event, what you talked about, the ask. */
export function draftEventNote(
  person: EventPerson,
  event: string,
  options: { language: DraftLanguage; limit: number; signature?: string },
): ComposedNote | undefined {
  const eventFrame = notePhrasings[options.language].hook.event[0]!.replace(
    '{hook}',
    event.trim().replace(/[.!?]+$/u, ''),
  );
  const topic = person.topic.trim().replace(/[.!?]+$/u, '');
  const hook = topic
    ? `${eventFrame} ${topicSentences[options.language].replace('{topic}', topic)}`
    : eventFrame;
  return composeInvitationNotes({
    to: person.name,
    hook,
    context: 'other',
    language: options.language,
    limit: options.limit,
    ...(options.signature ? { signature: options.signature } : {}),
  })[0];
}
