/**
 * LinkedIn's default invitation text. Only the English sentence is verified verbatim (with a
 * straight or curly apostrophe, sometimes with the sender's name appended); for the other
 * languages no verbatim default is known, so default-like phrasing ("add you to my
 * (professional) network") is recognised by pattern (docs/formats.md, "Default texts").
 */
export const verifiedEnglishDefault = "I'd like to add you to my professional network on LinkedIn.";

export const defaultLikeSources: readonly string[] = [
  // en: the verified default, its shortened variants and the pre-2011 default
  "(?:i'?d|i\\s+would|i\\s+want\\s+to|i'?d\\s+love\\s+to|i\\s+wish\\s+to|i\\s+wanted\\s+to)\\s+(?:like\\s+to\\s+)?(?:add|invite)\\s+you\\s+to\\s+(?:join\\s+)?my\\s+(?:professional\\s+)?(?:linkedin\\s+)?network(?:\\s+on\\s+linkedin)?",
  "(?:i'?d|i\\s+would)\\s+like\\s+to\\s+(?:connect|join)\\s+(?:with\\s+you\\s+)?(?:on\\s+linkedin|your\\s+(?:professional\\s+)?(?:linkedin\\s+)?network)",
  "(?:i'?d|i\\s+would)\\s+like\\s+to\\s+include\\s+you\\s+in\\s+my\\s+(?:professional\\s+)?network",
  'since\\s+you\\s+are\\s+a\\s+person\\s+i\\s+trust,?\\s+i\\s+wanted\\s+to\\s+invite\\s+you\\s+to\\s+join\\s+my\\s+network\\s+on\\s+linkedin',
  'please\\s+accept\\s+my\\s+invitation\\s+to\\s+connect(?:\\s+on\\s+linkedin)?',
  // nl
  '(?:ik\\s+(?:wil|zou)\\s+(?:je|jou|u)\\s+graag|graag\\s+(?:wil|zou)\\s+ik\\s+(?:je|jou|u))\\s+(?:willen\\s+)?(?:toevoegen|uitnodigen)\\s+(?:aan|voor|in|bij|tot)\\s+mijn\\s+(?:professionele\\s+)?(?:linkedin[\\s-]?)?netwerk(?:\\s+op\\s+linkedin)?(?:\\s+(?:toevoegen|uitnodigen))?',
  '(?:ik\\s+(?:wil|zou)\\s+(?:je|jou|u)\\s+graag|graag\\s+(?:wil|zou)\\s+ik\\s+(?:je|jou|u))\\s+(?:aan|in|bij|tot)\\s+mijn\\s+(?:professionele\\s+)?(?:linkedin[\\s-]?)?netwerk(?:\\s+op\\s+linkedin)?\\s+(?:willen\\s+)?(?:toevoegen|uitnodigen|hebben)',
  '(?:ik\\s+)?(?:wil|zou)\\s+graag\\s+(?:met\\s+(?:je|jou|u)\\s+)?(?:willen\\s+)?(?:connecten|verbinden|linken|connectie\\s+maken)(?:\\s+op\\s+linkedin)?',
  // de
  '(?:ich\\s+)?(?:möchte|würde)\\s+(?:sie|dich)\\s+(?:gerne?\\s+)?(?:zu|in)\\s+meinem\\s+(?:beruflichen\\s+)?(?:linkedin[\\s-]?)?netzwerk\\s+(?:auf\\s+linkedin\\s+)?hinzufügen',
  '(?:ich\\s+)?(?:möchte|würde)\\s+(?:sie|dich)\\s+gerne?\\s+(?:als\\s+kontakt\\s+)?(?:auf\\s+linkedin\\s+)?hinzufügen',
  '(?:ich\\s+)?(?:möchte|würde)\\s+mich\\s+gerne?\\s+mit\\s+(?:ihnen|dir)\\s+(?:auf\\s+linkedin\\s+)?(?:vernetzen|verbinden)',
  'gerne?\\s+(?:möchte|würde)\\s+ich\\s+(?:sie|dich)\\s+(?:zu\\s+meinem\\s+(?:beruflichen\\s+)?netzwerk\\s+)?hinzufügen',
  'gerne?\\s+(?:möchte|würde)\\s+ich\\s+mich\\s+mit\\s+(?:ihnen|dir)\\s+vernetzen',
  // fr
  "je\\s+(?:souhaiterais|souhaite|voudrais|veux|aimerais)\\s+(?:vous|t'|te)\\s*(?:ajouter|inviter)\\s+(?:à|dans)\\s+mon\\s+réseau(?:\\s+professionnel)?(?:\\s+sur\\s+linkedin)?",
  'je\\s+vous\\s+invite\\s+à\\s+(?:rejoindre|faire\\s+partie\\s+de)\\s+mon\\s+réseau(?:\\s+professionnel)?(?:\\s+sur\\s+linkedin)?',
  'je\\s+(?:souhaiterais|souhaite|voudrais|aimerais)\\s+(?:me\\s+connecter|entrer\\s+en\\s+contact|être\\s+en\\s+relation|rejoindre\\s+votre\\s+réseau)(?:\\s+avec\\s+(?:vous|toi))?(?:\\s+sur\\s+linkedin)?',
  // es
  'me\\s+gustaría\\s+(?:añadirte|agregarte|añadirle|agregarle|invitarte|invitarle|incluirte)\\s+a\\s+mi\\s+red(?:\\s+profesional)?(?:\\s+(?:de|en)\\s+linkedin)?',
  'me\\s+gustaría\\s+(?:contactar|conectar|conectarme)\\s+(?:contigo|con\\s+usted)(?:\\s+en\\s+linkedin)?',
  'quisiera\\s+(?:añadirte|agregarte|añadirle|agregarle)\\s+a\\s+mi\\s+red(?:\\s+profesional)?',
  // it
  'vorrei\\s+(?:aggiungerti|aggiungerla|invitarti|invitarla|includerti)\\s+(?:alla|nella)\\s+mia\\s+rete(?:\\s+professionale)?(?:\\s+(?:su|di)\\s+linkedin)?',
  'vorrei\\s+(?:collegarmi|connettermi|entrare\\s+in\\s+contatto)\\s+con\\s+(?:te|lei)(?:\\s+su\\s+linkedin)?',
  // pt
  'gostaria\\s+de\\s+(?:adicioná-lo|adicioná-la|adicionar\\s+você|te\\s+adicionar|adicionar-te|convidá-lo|convidá-la|incluí-lo|incluí-la)\\s+(?:à|a|na)\\s+minha\\s+rede(?:\\s+profissional)?(?:\\s+(?:no|do)\\s+linkedin)?',
  'gostaria\\s+de\\s+(?:me\\s+conectar|conectar-me|conectar)\\s+com\\s+(?:você|o\\s+senhor|a\\s+senhora|vc)(?:\\s+no\\s+linkedin)?',
  'gostaria\\s+de\\s+fazer\\s+parte\\s+da\\s+sua\\s+rede(?:\\s+profissional)?',
];

/** Greetings that may open a note ("Hi Karin,", "Beste Peter", "Sehr geehrte Frau Müller,"). */
export const greetingSource =
  "^\\s*(?:hi|hello|hey|dear|greetings|good\\s+(?:morning|afternoon|evening|day)|hoi|hallo|hai|hey|beste|goedemorgen|goedemiddag|goedenavond|goedendag|geachte|lieve|sehr\\s+geehrte[rs]?|guten\\s+(?:tag|morgen|abend)|liebe[rs]?|servus|moin|grüß\\s+gott|bonjour|bonsoir|salut|cher|chère|madame|monsieur|hola|buenos\\s+días|buenas\\s+(?:tardes|noches)|estimad[oa]s?|querid[oa]|ciao|buongiorno|buonasera|salve|gentile|egregi[oa]|caro|cara|olá|ola|oi|bom\\s+dia|boa\\s+(?:tarde|noite)|prezad[oa])(?:\\s+(?:mr|mrs|ms|dr|frau|herr|mevrouw|meneer|heer|sig(?:nor|nora|\\.ra)?|sr|sra|señor|señora|senhor|senhora|m\\.|mme|mlle|prof)\\.?)?(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,3}\\s*[,.!:;\\-–—]?";

/** Closings and signatures that may end a note ("- Peter", "Mvg Robert Vos", "Best regards"). */
export const signOffSource =
  "(?:(?:^|\\n|[.!?]\\s*|\\s)[-–—~]+\\s*[\\p{L}][\\p{L}'’. -]{0,40}$|(?:^|\\n|[.!?,]\\s*|\\s)(?:(?:best|kind|warm|many|with)\\s+)?(?:regards|wishes|greetings|thanks|thank\\s+you|cheers|best|mvg|m\\.v\\.g\\.|met\\s+vriendelijke\\s+groet(?:en)?|vriendelijke\\s+groet(?:en)?|groet(?:en|jes)?|gr\\.?|hartelijke\\s+groet(?:en)?|dank\\s*(?:je|u)?(?:\\s+wel)?|bedankt|viele\\s+grüße|beste\\s+grüße|(?:mit\\s+)?freundlichen\\s+grüßen|lg|vg|danke|cordialement|bien\\s+à\\s+vous|merci|amitiés|saludos(?:\\s+cordiales)?|un\\s+saludo|gracias|atentamente|cordiali\\s+saluti|saluti|grazie|un\\s+saluto|abraços?|atenciosamente|obrigad[oa]|cumprimentos)[!.,]?(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,4}\\s*$)";
