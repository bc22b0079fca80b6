import type { DraftLanguage } from '../i18n/languages.js';
import type { Register } from '../language/detect-register.js';

/** offer-help: a clear personal note; ask-reason: an impersonal one from a good profile (playbook §2). */
export type FollowUpKind = 'offer-help' | 'ask-reason';

type Phrasings = Record<FollowUpKind, readonly string[]>;

/**
 * Replies by language and register, `{name}` for the first name. Several phrasings each, so
 * replies do not all read the same; a draft picks one deterministically. Written to avoid
 * gendered forms the writer cannot know (French and Italian participles, Portuguese
 * "obrigado/obrigada").
 */
export const replyPhrasings: Record<DraftLanguage, Record<Register, Phrasings>> = {
  nl: {
    informal: {
      'offer-help': [
        'Hoi {name}, dank je voor je uitnodiging en je persoonlijke bericht. Leuk dat we nu verbonden zijn! Kan ik je ergens mee helpen? Laat het gerust weten.',
        'Hoi {name}, bedankt voor je berichtje, ik heb je uitnodiging graag geaccepteerd. Is er iets waarmee ik je kan helpen?',
        'Dag {name}, fijn dat je contact zocht en dank voor je persoonlijke bericht. Waarmee kan ik je helpen?',
      ],
      'ask-reason': [
        'Hoi {name}, dank je voor je uitnodiging. Ik ben benieuwd: wat bracht je bij mij? En kan ik je ergens mee helpen?',
        'Hoi {name}, bedankt voor je uitnodiging, ik heb hem graag geaccepteerd. Waaraan heb ik de eer te danken?',
        'Dag {name}, leuk dat je wilt connecten! Wat was voor jou de aanleiding om mij uit te nodigen?',
      ],
    },
    formal: {
      'offer-help': [
        'Beste {name}, dank u voor uw uitnodiging en uw persoonlijke bericht. Ik heb deze graag geaccepteerd. Kan ik u ergens mee helpen?',
        'Beste {name}, hartelijk dank voor uw bericht. Fijn dat we nu verbonden zijn. Waarmee kan ik u van dienst zijn?',
        'Goedendag {name}, dank voor uw uitnodiging en uw vriendelijke woorden. Is er iets waarmee ik u kan helpen?',
      ],
      'ask-reason': [
        'Beste {name}, dank u voor uw uitnodiging, die ik graag heb geaccepteerd. Mag ik vragen wat u bij mij bracht?',
        'Beste {name}, hartelijk dank voor uw uitnodiging. Waaraan heb ik de eer te danken?',
        'Goedendag {name}, dank voor uw uitnodiging. Wat was voor u de aanleiding om contact te zoeken?',
      ],
    },
  },
  en: {
    informal: {
      'offer-help': [
        'Hi {name}, thanks for the invitation and your kind note. Glad to be connected! Is there anything I can help you with?',
        'Hi {name}, thank you for reaching out so personally, happy to connect. How can I help?',
        'Hello {name}, thanks for your message and the invitation. Is there anything I can do for you? Just let me know.',
      ],
      'ask-reason': [
        "Hi {name}, thanks for the invitation, happy to connect. I'm curious: what brought you to my profile?",
        'Hi {name}, thank you for connecting. What prompted you to reach out? And is there anything I can help you with?',
        'Hello {name}, thanks for the invitation. May I ask what brought you to me?',
      ],
    },
    formal: {
      'offer-help': [
        'Dear {name}, thank you for the invitation and your kind note, which I was glad to accept. Is there anything I can help you with?',
        'Dear {name}, thank you for your message. I am glad we are connected. How may I be of help?',
        'Hello {name}, thank you for reaching out. Please let me know if there is anything I can do for you.',
      ],
      'ask-reason': [
        'Dear {name}, thank you for the invitation, which I was glad to accept. May I ask what brought you to me?',
        'Dear {name}, thank you for connecting. What prompted you to reach out?',
        'Hello {name}, thank you for the invitation. May I ask what led you to my profile?',
      ],
    },
  },
  de: {
    formal: {
      'offer-help': [
        'Hallo {name}, vielen Dank für Ihre Einladung und Ihre persönliche Nachricht. Ich freue mich über die Vernetzung. Kann ich Ihnen bei etwas behilflich sein?',
        'Guten Tag {name}, herzlichen Dank für Ihre Nachricht, ich habe Ihre Einladung gern angenommen. Wie kann ich Ihnen helfen?',
        'Hallo {name}, danke für Ihre freundlichen Worte. Schön, dass wir jetzt vernetzt sind. Gibt es etwas, wobei ich Sie unterstützen kann?',
      ],
      'ask-reason': [
        'Hallo {name}, vielen Dank für Ihre Einladung, die ich gern angenommen habe. Darf ich fragen, was Sie zu mir geführt hat?',
        'Guten Tag {name}, danke für Ihre Vernetzungsanfrage. Was war für Sie der Anlass, sich bei mir zu melden?',
        'Hallo {name}, herzlichen Dank für Ihre Einladung. Was hat Sie auf mich aufmerksam gemacht?',
      ],
    },
    informal: {
      'offer-help': [
        'Hallo {name}, danke für deine Einladung und deine persönliche Nachricht. Schön, dass wir jetzt vernetzt sind! Kann ich dir bei etwas helfen?',
        'Hi {name}, vielen Dank für deine Nachricht, ich habe die Einladung gern angenommen. Wobei kann ich dich unterstützen?',
        'Hallo {name}, danke, dass du dich gemeldet hast. Gibt es etwas, wobei ich dir helfen kann?',
      ],
      'ask-reason': [
        'Hallo {name}, danke für deine Einladung, die ich gern angenommen habe. Was hat dich zu mir geführt?',
        'Hi {name}, danke für die Vernetzungsanfrage! Was war der Anlass, dich bei mir zu melden?',
        'Hallo {name}, vielen Dank für deine Einladung. Was hat dich auf mich aufmerksam gemacht?',
      ],
    },
  },
  fr: {
    formal: {
      'offer-help': [
        "Bonjour {name}, merci pour votre message personnel et pour votre invitation, que j'ai acceptée avec plaisir. Puis-je vous aider en quoi que ce soit ?",
        "Bonjour {name}, merci beaucoup pour votre message. C'est un plaisir d'être en contact. Comment puis-je vous être utile ?",
        'Bonjour {name}, merci de votre prise de contact. Y a-t-il quelque chose que je puisse faire pour vous ?',
      ],
      'ask-reason': [
        "Bonjour {name}, merci pour votre invitation, que j'ai acceptée avec plaisir. Puis-je vous demander ce qui a motivé votre demande ?",
        "Bonjour {name}, merci pour votre invitation. Qu'est-ce qui a retenu votre attention sur mon profil ?",
        "Bonjour {name}, merci de votre invitation. Qu'est-ce qui vous a donné envie de vous connecter avec moi ?",
      ],
    },
    informal: {
      'offer-help': [
        "Salut {name}, merci pour ton petit mot et pour ton invitation, que j'accepte avec plaisir. Est-ce que je peux t'être utile ?",
        "Bonjour {name}, merci pour ton message ! Au plaisir d'échanger. Comment puis-je t'aider ?",
        "Salut {name}, merci d'avoir pris contact. Y a-t-il quelque chose que je puisse faire pour toi ?",
      ],
      'ask-reason': [
        "Salut {name}, merci pour ton invitation, acceptée avec plaisir. Qu'est-ce qui t'a donné envie de te connecter avec moi ?",
        "Bonjour {name}, merci pour l'invitation ! Qu'est-ce qui a retenu ton attention sur mon profil ?",
        'Salut {name}, merci pour ton invitation. Puis-je te demander ce qui a motivé ta demande ?',
      ],
    },
  },
  es: {
    informal: {
      'offer-help': [
        'Hola {name}, gracias por tu invitación y tu mensaje personal. Un placer conectar contigo. ¿Hay algo en lo que pueda ayudarte?',
        'Hola {name}, muchas gracias por tu mensaje, he aceptado tu invitación con gusto. ¿Cómo puedo ayudarte?',
        'Hola {name}, gracias por ponerte en contacto. Si hay algo en lo que pueda echarte una mano, dímelo.',
      ],
      'ask-reason': [
        'Hola {name}, gracias por tu invitación, la he aceptado con gusto. ¿Qué te ha traído hasta mi perfil?',
        'Hola {name}, gracias por querer conectar. ¿Puedo preguntarte qué te llevó a invitarme?',
        'Hola {name}, muchas gracias por la invitación. ¿Qué te animó a conectar conmigo?',
      ],
    },
    formal: {
      'offer-help': [
        'Hola {name}, gracias por su invitación y su mensaje personal. Es un placer conectar con usted. ¿Hay algo en lo que pueda ayudarle?',
        'Buenos días, {name}: muchas gracias por su mensaje; he aceptado su invitación con mucho gusto. ¿En qué puedo ayudarle?',
        'Hola {name}, gracias por ponerse en contacto conmigo. ¿Hay algo en lo que pueda serle útil?',
      ],
      'ask-reason': [
        'Hola {name}, gracias por su invitación, que he aceptado con gusto. ¿Puedo preguntarle qué le llevó a contactarme?',
        'Buenos días, {name}: muchas gracias por la invitación. ¿Qué le animó a conectar conmigo?',
        'Hola {name}, gracias por su invitación. ¿Qué le trajo hasta mi perfil?',
      ],
    },
  },
  it: {
    formal: {
      'offer-help': [
        'Buongiorno {name}, grazie per il Suo invito e per il messaggio personale. È un piacere essere in contatto. Posso esserLe utile in qualche modo?',
        'Gentile {name}, molte grazie per il messaggio: ho accettato volentieri il Suo invito. Come posso aiutarLa?',
        "Buongiorno {name}, grazie per il contatto. C'è qualcosa in cui posso aiutarLa?",
      ],
      'ask-reason': [
        'Buongiorno {name}, grazie per il Suo invito, che ho accettato volentieri. Posso chiederLe che cosa ha motivato il Suo invito?',
        "Gentile {name}, grazie per l'invito. Che cosa ha attirato la Sua attenzione sul mio profilo?",
        "Buongiorno {name}, molte grazie per l'invito a collegarci. Qual è stato il motivo del Suo contatto?",
      ],
    },
    informal: {
      'offer-help': [
        "Ciao {name}, grazie per l'invito e per il messaggio personale. È un piacere essere in contatto! Posso aiutarti in qualche modo?",
        'Ciao {name}, grazie mille per il messaggio, ho accettato volentieri il tuo invito. Come posso esserti utile?',
        "Ciao {name}, grazie per il contatto. C'è qualcosa in cui posso darti una mano?",
      ],
      'ask-reason': [
        "Ciao {name}, grazie per l'invito, accettato volentieri. Che cosa ha motivato il tuo invito?",
        "Ciao {name}, grazie per l'invito! Che cosa ha attirato la tua attenzione sul mio profilo?",
        'Ciao {name}, grazie per volerti collegare con me. Qual è stato il motivo del tuo invito?',
      ],
    },
  },
  pt: {
    informal: {
      'offer-help': [
        'Olá {name}, agradeço o convite e a mensagem pessoal. É um prazer estar em contato. Posso ajudar em alguma coisa?',
        'Olá {name}, agradeço a mensagem; aceitei o convite com prazer. Como posso ajudar você?',
        'Olá {name}, agradeço o contato. Há algo em que eu possa ajudar?',
      ],
      'ask-reason': [
        'Olá {name}, agradeço o convite, que aceitei com prazer. Posso perguntar o que motivou o seu contato?',
        'Olá {name}, agradeço o convite! O que chamou a sua atenção no meu perfil?',
        'Olá {name}, agradeço o convite para nos conectarmos. Qual foi o motivo do seu contato?',
      ],
    },
    formal: {
      'offer-help': [
        'Olá {name}, agradeço o seu convite e a sua mensagem pessoal. É um prazer estarmos em contacto. Em que posso ser útil?',
        'Bom dia, {name}. Agradeço a sua mensagem; aceitei o convite com todo o gosto. Posso ajudar em alguma coisa?',
        'Olá {name}, agradeço o seu contacto. Há algo em que eu possa ajudar?',
      ],
      'ask-reason': [
        'Olá {name}, agradeço o seu convite, que aceitei com todo o gosto. Posso perguntar o que motivou o seu contacto?',
        'Bom dia, {name}. Agradeço o convite. O que chamou a sua atenção no meu perfil?',
        'Olá {name}, agradeço o convite para nos ligarmos. Qual foi o motivo do seu contacto?',
      ],
    },
  },
};
