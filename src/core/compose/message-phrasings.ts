import type { DraftLanguage } from '../i18n/languages.js';
import type { Register } from '../language/detect-register.js';

/**
 * Messages for maintaining the network (playbook §6), `{name}` for the first name:
 * thank-accept: the first message after someone accepted the user's invitation;
 * connected: the first message when it is unknown who invited whom;
 * coffee: an invitation to reconnect over coffee or a business lunch after a long silence.
 * (After accepting someone else's invitation the triage reply "ask-reason" is the follow-up.)
 */
export type MessageKind = 'thank-accept' | 'connected' | 'coffee';

export const messagePhrasings: Record<
  DraftLanguage,
  Record<Register, Record<MessageKind, readonly string[]>>
> = {
  nl: {
    informal: {
      'thank-accept': [
        'Hoi {name}, dank je voor het accepteren van mijn uitnodiging, leuk dat we nu verbonden zijn! Als ik je ergens mee kan helpen, laat het gerust weten.',
        'Hoi {name}, fijn dat je mijn uitnodiging hebt geaccepteerd. Waar ben je op dit moment mee bezig, en kan ik je ergens mee helpen?',
      ],
      connected: [
        'Hoi {name}, leuk dat we nu verbonden zijn! Waar ben je op dit moment mee bezig, en kan ik je ergens mee helpen?',
      ],
      coffee: [
        'Hoi {name}, het is alweer een tijd geleden dat we elkaar spraken. Zin om binnenkort een kop koffie te drinken of samen te lunchen? Ik hoor graag hoe het met je gaat.',
        'Hoi {name}, ik moest laatst aan je denken. Zullen we weer eens bijpraten, bij een kop koffie of een zakelijke lunch? Zeg maar wat je uitkomt.',
      ],
    },
    formal: {
      'thank-accept': [
        'Beste {name}, dank u voor het accepteren van mijn uitnodiging. Als ik u ergens mee kan helpen, hoor ik het graag.',
        'Beste {name}, fijn dat u mijn uitnodiging hebt geaccepteerd. Waar bent u op dit moment mee bezig, en kan ik u ergens mee helpen?',
      ],
      connected: [
        'Beste {name}, fijn dat we nu verbonden zijn. Waar bent u op dit moment mee bezig, en kan ik u ergens mee helpen?',
      ],
      coffee: [
        'Beste {name}, het is alweer een tijd geleden dat we elkaar spraken. Zullen we binnenkort eens koffie drinken of samen lunchen? Ik hoor graag hoe het met u gaat.',
        'Beste {name}, graag praat ik weer eens met u bij, bij een kop koffie of een zakelijke lunch. Wanneer komt het u uit?',
      ],
    },
  },
  en: {
    informal: {
      'thank-accept': [
        'Hi {name}, thanks for accepting my invitation, good to be connected! If there is anything I can help you with, just let me know.',
        "Hi {name}, glad we're connected now. What are you working on at the moment, and is there anything I can help with?",
      ],
      connected: [
        'Hi {name}, good to be connected! What are you working on at the moment, and is there anything I can help with?',
      ],
      coffee: [
        "Hi {name}, it's been a while since we last spoke. Would you like to catch up over coffee or lunch in the coming weeks? I'd love to hear how you're doing.",
        'Hi {name}, you came to mind the other day. Shall we catch up over a coffee or a business lunch? Let me know what suits you.',
      ],
    },
    formal: {
      'thank-accept': [
        'Dear {name}, thank you for accepting my invitation. Should there be anything I can help you with, please let me know.',
        'Dear {name}, I am glad we are connected. What are you working on at the moment, and is there anything I can do for you?',
      ],
      connected: [
        'Dear {name}, I am glad we are connected. What are you working on at the moment, and is there anything I can do for you?',
      ],
      coffee: [
        'Dear {name}, it has been a while since we last spoke. Would you have time for a coffee or a business lunch in the coming weeks?',
        'Dear {name}, I would be glad to catch up with you over a coffee or lunch. When would suit you?',
      ],
    },
  },
  de: {
    formal: {
      'thank-accept': [
        'Hallo {name}, vielen Dank, dass Sie meine Einladung angenommen haben. Wenn ich Ihnen bei etwas helfen kann, sagen Sie gern Bescheid.',
        'Guten Tag {name}, schön, dass wir jetzt vernetzt sind. Woran arbeiten Sie gerade, und kann ich Sie bei etwas unterstützen?',
      ],
      connected: [
        'Hallo {name}, schön, dass wir jetzt vernetzt sind. Woran arbeiten Sie gerade, und kann ich Sie bei etwas unterstützen?',
      ],
      coffee: [
        'Hallo {name}, es ist schon eine Weile her, dass wir gesprochen haben. Hätten Sie in den nächsten Wochen Zeit für einen Kaffee oder ein Mittagessen?',
        'Guten Tag {name}, ich würde mich gern wieder mit Ihnen austauschen, bei einem Kaffee oder einem Geschäftsessen. Wann passt es Ihnen?',
      ],
    },
    informal: {
      'thank-accept': [
        'Hallo {name}, danke, dass du meine Einladung angenommen hast. Wenn ich dir bei etwas helfen kann, sag gern Bescheid.',
        'Hi {name}, schön, dass wir jetzt vernetzt sind. Woran arbeitest du gerade, und kann ich dich bei etwas unterstützen?',
      ],
      connected: [
        'Hallo {name}, schön, dass wir jetzt vernetzt sind! Woran arbeitest du gerade, und kann ich dich bei etwas unterstützen?',
      ],
      coffee: [
        'Hallo {name}, es ist schon eine Weile her, dass wir gesprochen haben. Hast du in den nächsten Wochen Zeit für einen Kaffee oder ein Mittagessen?',
        'Hi {name}, ich würde mich gern mal wieder mit dir austauschen, bei einem Kaffee oder beim Mittagessen. Wann passt es dir?',
      ],
    },
  },
  fr: {
    formal: {
      'thank-accept': [
        "Bonjour {name}, merci d'avoir accepté mon invitation. Si je peux vous aider en quoi que ce soit, n'hésitez pas à me le dire.",
        'Bonjour {name}, merci pour la connexion. Sur quoi travaillez-vous en ce moment, et puis-je vous être utile ?',
      ],
      connected: [
        'Bonjour {name}, merci pour la connexion. Sur quoi travaillez-vous en ce moment, et puis-je vous être utile ?',
      ],
      coffee: [
        'Bonjour {name}, cela fait un moment que nous ne nous sommes pas parlé. Auriez-vous le temps pour un café ou un déjeuner dans les prochaines semaines ?',
        "Bonjour {name}, j'aimerais beaucoup reprendre contact autour d'un café ou d'un déjeuner. Quand cela vous conviendrait-il ?",
      ],
    },
    informal: {
      'thank-accept': [
        "Salut {name}, merci d'avoir accepté mon invitation. Si je peux t'aider en quoi que ce soit, dis-le-moi.",
        "Bonjour {name}, merci pour la connexion ! Sur quoi travailles-tu en ce moment, et est-ce que je peux t'aider ?",
      ],
      connected: [
        "Bonjour {name}, merci pour la connexion ! Sur quoi travailles-tu en ce moment, et est-ce que je peux t'aider ?",
      ],
      coffee: [
        'Salut {name}, ça fait un moment que nous ne nous sommes pas parlé. Un café ou un déjeuner dans les prochaines semaines, ça te dit ?',
        "Bonjour {name}, j'aimerais beaucoup qu'on se retrouve autour d'un café ou d'un déjeuner. Quand est-ce que ça t'arrange ?",
      ],
    },
  },
  es: {
    informal: {
      'thank-accept': [
        'Hola {name}, gracias por aceptar mi invitación, ¡me alegra que estemos conectados! Si puedo ayudarte en algo, dímelo.',
        'Hola {name}, gracias por conectar. ¿En qué estás trabajando ahora y hay algo en lo que pueda ayudarte?',
      ],
      connected: [
        'Hola {name}, ¡me alegra que estemos conectados! ¿En qué estás trabajando ahora y hay algo en lo que pueda ayudarte?',
      ],
      coffee: [
        'Hola {name}, hace tiempo que no hablamos. ¿Te apetece un café o una comida en las próximas semanas para ponernos al día?',
        'Hola {name}, me encantaría que nos pusiéramos al día con un café o una comida de trabajo. ¿Cuándo te viene bien?',
      ],
    },
    formal: {
      'thank-accept': [
        'Hola {name}, gracias por aceptar mi invitación. Si puedo ayudarle en algo, no dude en decírmelo.',
        'Buenos días, {name}: gracias por conectar. ¿En qué está trabajando ahora y puedo serle útil en algo?',
      ],
      connected: [
        'Hola {name}, me alegra que estemos conectados. ¿En qué está trabajando ahora y puedo serle útil en algo?',
      ],
      coffee: [
        'Hola {name}, hace tiempo que no hablamos. ¿Tendría tiempo para un café o una comida en las próximas semanas?',
        'Buenos días, {name}: me gustaría que nos pusiéramos al día con un café o una comida de trabajo. ¿Cuándo le vendría bien?',
      ],
    },
  },
  it: {
    formal: {
      'thank-accept': [
        'Buongiorno {name}, grazie per aver accettato il mio invito. Se posso esserLe utile in qualche modo, me lo faccia sapere.',
        'Gentile {name}, grazie per il collegamento. A cosa sta lavorando in questo periodo, e posso aiutarLa in qualche modo?',
      ],
      connected: [
        'Buongiorno {name}, è un piacere essere in contatto. A cosa sta lavorando in questo periodo, e posso aiutarLa in qualche modo?',
      ],
      coffee: [
        "Buongiorno {name}, è passato un po' di tempo dall'ultima volta che ci siamo sentiti. Avrebbe tempo per un caffè o un pranzo nelle prossime settimane?",
        'Gentile {name}, mi farebbe piacere aggiornarci davanti a un caffè o a un pranzo di lavoro. Quando Le sarebbe comodo?',
      ],
    },
    informal: {
      'thank-accept': [
        'Ciao {name}, grazie per aver accettato il mio invito! Se posso aiutarti in qualche modo, fammi sapere.',
        'Ciao {name}, grazie per il collegamento. A cosa stai lavorando in questo periodo, e posso darti una mano?',
      ],
      connected: [
        'Ciao {name}, è bello essere in contatto! A cosa stai lavorando in questo periodo, e posso darti una mano?',
      ],
      coffee: [
        "Ciao {name}, è passato un po' di tempo dall'ultima volta che ci siamo sentiti. Ti va un caffè o un pranzo nelle prossime settimane?",
        'Ciao {name}, mi farebbe piacere aggiornarci davanti a un caffè o a un pranzo. Quando ti andrebbe bene?',
      ],
    },
  },
  pt: {
    informal: {
      'thank-accept': [
        'Olá {name}, agradeço por aceitar o meu convite, é bom estarmos conectados! Se eu puder ajudar em alguma coisa, é só dizer.',
        'Olá {name}, agradeço a conexão. Em que você está trabalhando agora, e posso ajudar em alguma coisa?',
      ],
      connected: [
        'Olá {name}, é bom estarmos conectados! Em que você está trabalhando agora, e posso ajudar em alguma coisa?',
      ],
      coffee: [
        'Olá {name}, já faz um tempo que não conversamos. Que tal um café ou um almoço nas próximas semanas para colocarmos a conversa em dia?',
        'Olá {name}, gostaria muito de conversar de novo, com um café ou um almoço de negócios. Quando seria bom para você?',
      ],
    },
    formal: {
      'thank-accept': [
        'Olá {name}, agradeço ter aceitado o meu convite. Se eu puder ajudar em alguma coisa, diga-me.',
        'Bom dia, {name}. Agradeço a ligação. Em que está a trabalhar neste momento, e posso ser útil em alguma coisa?',
      ],
      connected: [
        'Olá {name}, é um prazer estarmos em contacto. Em que está a trabalhar neste momento, e posso ser útil em alguma coisa?',
      ],
      coffee: [
        'Olá {name}, já passou algum tempo desde a nossa última conversa. Teria disponibilidade para um café ou um almoço nas próximas semanas?',
        'Bom dia, {name}. Gostaria muito de pôr a conversa em dia, com um café ou um almoço de negócios. Quando lhe seria conveniente?',
      ],
    },
  },
};
