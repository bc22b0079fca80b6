import type { DraftLanguage } from '../i18n/languages.js';
import type { Register } from '../language/detect-register.js';
import { defaultRegister } from '../language/detect-register.js';
import { firstNameOf } from '../language/first-name.js';
import { pickBySeed } from '../text/stable-hash.js';
import { appendSignature } from './draft-reply.js';
import type { IntroductionPart } from './introduction-phrasings.js';
import { introductionPhrasings } from './introduction-phrasings.js';

/** One side of an introduction: who they are and how to write to them. */
export interface IntroductionPerson {
  /** The full name as LinkedIn shows it; messages greet the first name. */
  name: string;
  position?: string | null;
  company?: string | null;
  language: DraftLanguage;
  /** Their register where known; else the language's business default. */
  register?: Register;
}

export interface IntroductionRequest {
  a: IntroductionPerson;
  b: IntroductionPerson;
  /** Why the two should meet, in the user's words (`--why`). */
  why: string;
  /** The user's signature from the config; none without config. */
  signature?: string;
  /** Picks the phrasing: the same pair always gets the same messages. */
  seed: string;
}

export interface IntroductionDraft {
  language: DraftLanguage;
  register: Register;
  text: string;
}

export interface IntroductionDrafts {
  /** To A first: would you like to meet B? */
  askA: IntroductionDraft;
  /** To B: would you like to meet A? */
  askB: IntroductionDraft;
  /** To both in one group message, once both said yes. */
  introduction: IntroductionDraft;
}

/** " (Head of Payments, Bunq)", or nothing when neither is known. */
function aboutOf(person: IntroductionPerson): string {
  const parts = [person.position, person.company].map((part) => part?.trim()).filter(Boolean);
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/** The user's reason as one sentence: a capital first, a full stop last. */
export function reasonSentence(why: string): string {
  const text = why.trim().replace(/\s+/gu, ' ');
  if (text === '') return '';
  const capitalised = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?…]$/u.test(capitalised) ? capitalised : `${capitalised}.`;
}

function fill(template: string, slots: Record<string, string>): string {
  const text = template.replace(/\{(\w+)\}/gu, (whole, slot: string) => slots[slot] ?? whole);
  // An empty reason leaves two spaces behind.
  return text.replace(/ {2,}/gu, ' ');
}

function phrasing(
  language: DraftLanguage,
  register: Register,
  part: IntroductionPart,
  seed: string,
): string {
  return pickBySeed(introductionPhrasings[language][register][part], `${seed}|${part}`);
}

const registerOf = (person: IntroductionPerson): Register =>
  person.register ?? defaultRegister[person.language];

/**
 * The language of the one message to both: theirs when they share it; otherwise English, the
 * language business contacts on LinkedIn most often share. Formal when either side is written
 * to formally in it.
 */
export function jointVoice(
  a: IntroductionPerson,
  b: IntroductionPerson,
): { language: DraftLanguage; register: Register } {
  if (a.language !== b.language) return { language: 'en', register: defaultRegister.en };
  const formal = registerOf(a) === 'formal' || registerOf(b) === 'formal';
  return { language: a.language, register: formal ? 'formal' : 'informal' };
}

/**
 * A double opt-in introduction (playbook §6): a short message to each side asking whether they
 * would like to meet the other, each in that person's language and register, then the
 * introduction itself for when both said yes. The user's signature closes each message.
 */
export function draftIntroduction(request: IntroductionRequest): IntroductionDrafts {
  const why = reasonSentence(request.why);
  const ask = (to: IntroductionPerson, other: IntroductionPerson): IntroductionDraft => {
    const register = registerOf(to);
    const text = fill(phrasing(to.language, register, 'ask', request.seed), {
      name: firstNameOf(to.name),
      other: firstNameOf(other.name),
      otherFull: other.name.trim(),
      otherAbout: aboutOf(other),
      why,
    });
    return { language: to.language, register, text: appendSignature(text, request.signature) };
  };
  const joint = jointVoice(request.a, request.b);
  const introduction = fill(phrasing(joint.language, joint.register, 'introduce', request.seed), {
    a: firstNameOf(request.a.name),
    b: firstNameOf(request.b.name),
    aFull: request.a.name.trim(),
    bFull: request.b.name.trim(),
    aAbout: aboutOf(request.a),
    bAbout: aboutOf(request.b),
    why,
  });
  return {
    askA: ask(request.a, request.b),
    askB: ask(request.b, request.a),
    introduction: { ...joint, text: appendSignature(introduction, request.signature) },
  };
}
