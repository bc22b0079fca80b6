import type { DraftLanguage } from '../i18n/languages.js';

/** The kind of hook (`--context`): how the two know of each other. */
export type HookContext = 'event' | 'content' | 'mutual' | 'organisation' | 'other';

export interface NotePhrasings {
  greeting: readonly string[];
  /** `{hook}` is the user's words; frames follow on the greeting after a comma. */
  hook: Record<Exclude<HookContext, 'other'>, readonly string[]>;
  ask: readonly string[];
  thanks: readonly string[];
  pointer: string;
  closing: string;
}

/**
 * Invitation note parts per language, in the shape of the playbook's own example: greeting with
 * name, the hook, the ask, thanks, a pointer to your own work, a closing, your name. German,
 * French and Italian use the polite form; Dutch, English, Spanish and Portuguese the familiar
 * one, as business notes in those languages do.
 */
export const notePhrasings: Record<DraftLanguage, NotePhrasings> = {
  nl: {
    greeting: ['Hoi {name},', 'Beste {name},'],
    hook: {
      event: ['leuk je te ontmoeten bij {hook}.', 'fijn dat we elkaar spraken bij {hook}.'],
      content: [
        'ik heb met plezier je {hook} gelezen.',
        'je {hook} heb ik met veel interesse gelezen.',
      ],
      mutual: [
        '{hook} raadde me aan contact met je op te nemen.',
        'via {hook} hoorde ik over je werk.',
      ],
      organisation: ['we zijn allebei verbonden aan {hook}.', 'we zijn allebei actief bij {hook}.'],
    },
    ask: [
      'Mag ik je uitnodigen om te connecten?',
      'Zullen we connecten?',
      'Ik connect graag met je.',
    ],
    thanks: ['Dankjewel.', 'Bedankt!'],
    pointer: 'Meer over mijn werk: {pointer}.',
    closing: 'Graag tot ziens.',
  },
  en: {
    greeting: ['Hi {name},', 'Hello {name},'],
    hook: {
      event: ['great to meet you at {hook}.', 'it was good talking with you at {hook}.'],
      content: ['I enjoyed reading your {hook}.', 'your {hook} stayed with me.'],
      mutual: ['{hook} suggested I get in touch.', '{hook} told me about your work.'],
      organisation: ['we are both part of {hook}.', 'we are both connected to {hook}.'],
    },
    ask: ['May I invite you to connect?', 'Shall we connect?', "I'd be glad to connect."],
    thanks: ['Thank you!', 'Thanks!'],
    pointer: 'More about my work: {pointer}.',
    closing: 'Hope to speak soon.',
  },
  de: {
    greeting: ['Hallo {name},', 'Guten Tag {name},'],
    hook: {
      event: ['es war schön, Sie bei {hook} kennenzulernen.', 'danke für das Gespräch bei {hook}.'],
      content: [
        'mit Interesse habe ich gelesen: {hook}.',
        'Ihr Beitrag hat mich angesprochen: {hook}.',
      ],
      mutual: [
        '{hook} hat mir empfohlen, mich bei Ihnen zu melden.',
        '{hook} hat mir von Ihrer Arbeit erzählt.',
      ],
      organisation: ['wir sind beide Mitglied bei {hook}.', 'wir sind beide mit {hook} verbunden.'],
    },
    ask: [
      'Darf ich Sie in mein Netzwerk einladen?',
      'Wollen wir uns vernetzen?',
      'Ich würde mich gern mit Ihnen vernetzen.',
    ],
    thanks: ['Vielen Dank!', 'Danke!'],
    pointer: 'Mehr über meine Arbeit: {pointer}.',
    closing: 'Bis bald!',
  },
  fr: {
    greeting: ['Bonjour {name},', 'Bonjour {name},'],
    hook: {
      event: [
        'merci pour notre échange lors de {hook}.',
        'ce fut un plaisir de vous rencontrer à {hook}.',
      ],
      content: [
        "j'ai lu avec intérêt votre {hook}.",
        'votre contribution a retenu mon attention : {hook}.',
      ],
      mutual: ["{hook} m'a conseillé de vous contacter.", "{hook} m'a parlé de votre travail."],
      organisation: [
        'nous sommes tous deux membres de {hook}.',
        'nous sommes tous deux liés à {hook}.',
      ],
    },
    ask: [
      'Puis-je vous inviter à nous connecter ?',
      'Restons en contact ?',
      'Ce serait un plaisir de rester en contact.',
    ],
    thanks: ['Merci !', 'Merci beaucoup !'],
    pointer: 'Plus sur mon travail : {pointer}.',
    closing: 'À bientôt !',
  },
  es: {
    greeting: ['Hola {name},', 'Buenos días, {name},'],
    hook: {
      event: ['fue un placer conocerte en {hook}.', 'gracias por la charla en {hook}.'],
      content: ['leí con interés tu {hook}.', 'me gustó mucho tu publicación: {hook}.'],
      mutual: ['{hook} me sugirió que te escribiera.', '{hook} me habló de tu trabajo.'],
      organisation: ['ambos formamos parte de {hook}.', 'ambos estamos vinculados a {hook}.'],
    },
    ask: ['¿Conectamos?', '¿Te parece si conectamos?', 'Me encantaría conectar contigo.'],
    thanks: ['¡Gracias!', 'Muchas gracias.'],
    pointer: 'Más sobre mi trabajo: {pointer}.',
    closing: '¡Hasta pronto!',
  },
  it: {
    greeting: ['Buongiorno {name},', 'Gentile {name},'],
    hook: {
      event: ['è stato un piacere conoscerLa a {hook}.', 'grazie per la conversazione a {hook}.'],
      content: ['ho letto con interesse: {hook}.', 'il Suo contributo mi ha colpito: {hook}.'],
      mutual: ['{hook} mi ha suggerito di contattarLa.', '{hook} mi ha parlato del Suo lavoro.'],
      organisation: ['siamo entrambi parte di {hook}.', 'siamo entrambi legati a {hook}.'],
    },
    ask: [
      'Posso invitarLa a collegarci?',
      'Restiamo in contatto?',
      'Mi farebbe piacere collegarmi con Lei.',
    ],
    thanks: ['Grazie!', 'Grazie mille.'],
    pointer: 'Di più sul mio lavoro: {pointer}.',
    closing: 'A presto!',
  },
  pt: {
    greeting: ['Olá {name},', 'Bom dia {name},'],
    hook: {
      event: ['foi um prazer conhecer você em {hook}.', 'agradeço a conversa em {hook}.'],
      content: ['li com interesse: {hook}.', 'a sua publicação chamou a minha atenção: {hook}.'],
      mutual: [
        '{hook} sugeriu que eu entrasse em contato com você.',
        '{hook} me falou do seu trabalho.',
      ],
      organisation: ['somos ambos parte de {hook}.', 'somos ambos ligados a {hook}.'],
    },
    ask: [
      'Posso convidar você para nos conectarmos?',
      'Vamos nos conectar?',
      'Gostaria muito de me conectar com você.',
    ],
    thanks: ['Agradeço desde já.', 'Agradeço a atenção.'],
    pointer: 'Mais sobre o meu trabalho: {pointer}.',
    closing: 'Até breve!',
  },
};

/** Prepositions merge with a following article in these languages ("à le salon" is "au salon"). */
const contractions: Partial<Record<DraftLanguage, readonly [RegExp, string][]>> = {
  de: [
    [/(?<![\p{L}])bei dem /gu, 'beim '],
    [/(?<![\p{L}])an dem /gu, 'am '],
    [/(?<![\p{L}])in dem /gu, 'im '],
    [/(?<![\p{L}])zu dem /gu, 'zum '],
    [/(?<![\p{L}])zu der /gu, 'zur '],
  ],
  fr: [
    [/(?<![\p{L}])de le /giu, 'du '],
    [/(?<![\p{L}])de les /giu, 'des '],
    [/(?<![\p{L}])à le /giu, 'au '],
    [/(?<![\p{L}])à les /giu, 'aux '],
  ],
  es: [
    [/(?<![\p{L}])de el /giu, 'del '],
    [/(?<![\p{L}])a el /giu, 'al '],
  ],
  it: [
    [/(?<![\p{L}])a il /giu, 'al '],
    [/(?<![\p{L}])a lo /giu, 'allo '],
    [/(?<![\p{L}])a la /giu, 'alla '],
    [/(?<![\p{L}])a l'/giu, "all'"],
    [/(?<![\p{L}])a i /giu, 'ai '],
    [/(?<![\p{L}])a le /giu, 'alle '],
  ],
  pt: [
    [/(?<![\p{L}])em o /giu, 'no '],
    [/(?<![\p{L}])em a /giu, 'na '],
    [/(?<![\p{L}])em os /giu, 'nos '],
    [/(?<![\p{L}])em as /giu, 'nas '],
    [/(?<![\p{L}])de o /giu, 'do '],
    [/(?<![\p{L}])de a /giu, 'da '],
  ],
};

export function applyContractions(text: string, language: DraftLanguage): string {
  let result = text;
  for (const [pattern, replacement] of contractions[language] ?? [])
    result = result.replace(pattern, replacement);
  return result;
}
