import type { DraftLanguage } from '../i18n/languages.js';
import type { Register } from '../language/detect-register.js';

/**
 * A double opt-in introduction (playbook §6: share contacts), in the shape of a LinkedIn
 * message: first name, two or three short sentences, no subject, no sign-off formula (the
 * signature follows).
 *
 * - `ask`: to one side, before anything is shared: may I introduce you to the other? Slots:
 *   `{name}` (their first name), `{otherFull}` and `{other}` (the other's full and first name),
 *   `{otherAbout}` (" (position, company)" or nothing), `{why}` (the user's reason as a sentence).
 * - `introduce`: one group message to both once both said yes. Slots `{a}`, `{b}` (first names),
 *   `{aFull}`, `{bFull}`, `{aAbout}`, `{bAbout}`, `{why}`.
 *
 * No form depends on the writer's gender (no "ravi(e)", "obrigado/a", "encantado/a"), nor on the
 * recipients' ("l'un à l'autre", "los dos", "entrambi" are avoided). Spanish addresses the pair
 * with ustedes, which is right everywhere; Portuguese with vocês (informal) or vos (formal).
 */
export type IntroductionPart = 'ask' | 'introduce';

export const introductionPhrasings: Record<
  DraftLanguage,
  Record<Register, Record<IntroductionPart, readonly string[]>>
> = {
  nl: {
    informal: {
      ask: [
        'Hoi {name}, ik wil je graag voorstellen aan {otherFull}{otherAbout}. {why} Lijkt je dat wat? Dan stuur ik jullie een gezamenlijk berichtje. Komt het nu niet uit, dan is dat ook prima.',
        'Hoi {name}, volgens mij moeten jij en {otherFull}{otherAbout} elkaar eens spreken. {why} Zal ik jullie aan elkaar voorstellen? Zeg het gerust als het nu niet uitkomt.',
      ],
      introduce: [
        'Hoi {a} en {b}, zoals beloofd stel ik jullie aan elkaar voor. {why} {a}, dit is {bFull}{bAbout}. {b}, dit is {aFull}{aAbout}. Ik laat de rest aan jullie over. Veel plezier met het gesprek!',
      ],
    },
    formal: {
      ask: [
        'Beste {name}, graag stel ik u voor aan {otherFull}{otherAbout}. {why} Staat u daarvoor open? Dan breng ik u met {other} in contact. Komt het nu niet uit, dan is dat uiteraard ook goed.',
      ],
      introduce: [
        'Beste {a} en {b}, zoals afgesproken stel ik u graag aan elkaar voor. {why} {a}, dit is {bFull}{bAbout}. {b}, dit is {aFull}{aAbout}. Het vervolg laat ik graag aan u over.',
      ],
    },
  },
  en: {
    informal: {
      ask: [
        "Hi {name}, I'd like to introduce you to {otherFull}{otherAbout}. {why} Would you like that? If so, I'll send you both a message; if not, no problem at all.",
        'Hi {name}, I think you and {otherFull}{otherAbout} should meet. {why} Shall I introduce you? No worries if the timing is not right.',
      ],
      introduce: [
        "Hi {a} and {b}, as promised, I'm introducing you to each other. {why} {a}, meet {bFull}{bAbout}. {b}, meet {aFull}{aAbout}. I'll leave it to you two from here!",
      ],
    },
    formal: {
      ask: [
        'Dear {name}, I would like to introduce you to {otherFull}{otherAbout}. {why} Would you be open to that? If so, I will put you in touch; if not, that is perfectly fine.',
      ],
      introduce: [
        'Dear {a} and {b}, as agreed, I am pleased to introduce you to each other. {why} {a}, allow me to introduce {bFull}{bAbout}. {b}, this is {aFull}{aAbout}. I will leave it to you to take it from here.',
      ],
    },
  },
  de: {
    formal: {
      ask: [
        'Hallo {name}, ich würde Sie gern mit {otherFull}{otherAbout} bekannt machen. {why} Hätten Sie Interesse? Dann bringe ich Sie beide per Nachricht in Kontakt. Falls es gerade nicht passt, ist das selbstverständlich kein Problem.',
      ],
      introduce: [
        'Hallo {a}, hallo {b}, wie vereinbart stelle ich Sie gern einander vor. {why} {a}, das ist {bFull}{bAbout}. {b}, das ist {aFull}{aAbout}. Alles Weitere überlasse ich gern Ihnen.',
      ],
    },
    informal: {
      ask: [
        'Hallo {name}, ich würde dich gern mit {otherFull}{otherAbout} bekannt machen. {why} Hättest du Lust darauf? Dann bringe ich euch per Nachricht in Kontakt. Wenn es gerade nicht passt, ist das natürlich auch okay.',
      ],
      introduce: [
        'Hallo {a}, hallo {b}, wie versprochen stelle ich euch einander vor. {why} {a}, das ist {bFull}{bAbout}. {b}, das ist {aFull}{aAbout}. Alles Weitere überlasse ich euch. Viel Freude beim Austausch!',
      ],
    },
  },
  fr: {
    formal: {
      ask: [
        "Bonjour {name}, j'aimerais vous mettre en relation avec {otherFull}{otherAbout}. {why} Cela vous intéresserait-il ? Si oui, je vous envoie un message commun ; sinon, aucun souci.",
      ],
      introduce: [
        "Bonjour {a} et {b}, comme convenu, je vous mets en relation. {why} {a}, je vous présente {bFull}{bAbout}. {b}, je vous présente {aFull}{aAbout}. Je vous laisse poursuivre l'échange.",
      ],
    },
    informal: {
      ask: [
        "Bonjour {name}, j'aimerais te mettre en relation avec {otherFull}{otherAbout}. {why} Ça te dirait ? Si oui, je vous envoie un message commun ; sinon, pas de souci.",
      ],
      introduce: [
        'Bonjour {a} et {b}, comme promis, je vous mets en relation ! {why} {a}, je te présente {bFull}{bAbout}. {b}, je te présente {aFull}{aAbout}. Je vous laisse la suite !',
      ],
    },
  },
  es: {
    informal: {
      ask: [
        'Hola {name}, me gustaría presentarte a {otherFull}{otherAbout}. {why} ¿Te interesa? Si es así, te pongo en contacto con {other}; si no, no pasa nada.',
      ],
      introduce: [
        'Hola, {a} y {b}: como quedamos, aquí va la presentación. {why} {a}, te presento a {bFull}{bAbout}. {b}, te presento a {aFull}{aAbout}. A partir de aquí, la conversación es suya.',
      ],
    },
    formal: {
      ask: [
        'Hola {name}, me gustaría presentarle a {otherFull}{otherAbout}. {why} ¿Le interesaría? Si es así, le pongo en contacto con {other}; si no, no se preocupe.',
      ],
      introduce: [
        'Hola, {a} y {b}: como acordamos, aquí va la presentación. {why} {a}, le presento a {bFull}{bAbout}. {b}, le presento a {aFull}{aAbout}. A partir de aquí, la conversación es suya.',
      ],
    },
  },
  it: {
    formal: {
      ask: [
        'Buongiorno {name}, vorrei metterLa in contatto con {otherFull}{otherAbout}. {why} Le interesserebbe? Se sì, vi scrivo un messaggio comune; altrimenti nessun problema.',
      ],
      introduce: [
        "Buongiorno {a} e {b}, come d'accordo vi metto in contatto. {why} {a}, Le presento {bFull}{bAbout}. {b}, Le presento {aFull}{aAbout}. Lascio a voi il seguito della conversazione.",
      ],
    },
    informal: {
      ask: [
        'Ciao {name}, vorrei metterti in contatto con {otherFull}{otherAbout}. {why} Ti andrebbe? Se sì, vi scrivo un messaggio comune; altrimenti nessun problema.',
      ],
      introduce: [
        'Ciao {a} e {b}, come promesso vi metto in contatto. {why} {a}, ti presento {bFull}{bAbout}. {b}, ti presento {aFull}{aAbout}. Vi lascio continuare la conversazione!',
      ],
    },
  },
  pt: {
    informal: {
      ask: [
        'Olá {name}, gostaria de colocar você em contato com {otherFull}{otherAbout}. {why} Tem interesse? Se sim, envio uma mensagem conjunta; se não, tudo bem.',
      ],
      introduce: [
        'Olá, {a} e {b}! Como combinado, estou colocando vocês em contato. {why} {a}, conheça {bFull}{bAbout}. {b}, conheça {aFull}{aAbout}. Agora é com vocês!',
      ],
    },
    formal: {
      ask: [
        'Bom dia, {name}. Gostaria de lhe apresentar {otherFull}{otherAbout}. {why} Teria interesse? Se sim, envio uma mensagem conjunta; caso contrário, não há problema.',
      ],
      introduce: [
        'Bom dia, {a} e {b}. Conforme combinado, ponho-vos em contacto. {why} {a}, apresento-lhe {bFull}{bAbout}. {b}, apresento-lhe {aFull}{aAbout}. Deixo a conversa convosco.',
      ],
    },
  },
};
