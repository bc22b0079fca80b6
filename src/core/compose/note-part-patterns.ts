/**
 * The parts of a good invitation note (playbook §4: greeting with name, the specific hook, the
 * ask to connect, thanks, a pointer to your own work, a closing, your name), recognised in the
 * seven draft languages. Lower-case sources for the WordPatternIndex; see word-pattern.ts.
 */
export type NotePart = 'ask' | 'thanks' | 'closing' | 'pointer';

export const notePartSources: Record<NotePart, readonly string[]> = {
  ask: [
    // en
    '(?:connect|connecting|connected|link\\s+up|join\\s+(?:my|your)\\s+network|add\\s+you|invite\\s+you|stay\\s+in\\s+touch|keep\\s+in\\s+touch|get\\s+in\\s+touch|be\\s+in\\s+touch|exchange\\s+(?:ideas|thoughts))',
    // nl
    '(?:connecten|connectie\\s+maken|verbinden|linken|uitnodigen|uit\\s+te\\s+nodigen|in\\s+contact\\s+(?:blijven|komen|treden)|contact\\s+(?:houden|maken|leggen|opnemen)|toevoegen|verbonden\\s+(?:zijn|blijven)|kennismaken|koffie\\s+drinken)',
    // de
    '(?:vernetzen|verbinden|vernetzung|in\\s+kontakt\\s+(?:bleiben|treten|kommen)|kontakt\\s+(?:aufnehmen|halten)|einladen|hinzufügen|austauschen)',
    // fr
    "(?:connecter|me\\s+connecter|nous\\s+connecter|restons\\s+en\\s+contact|(?:rester|entrer|être)\\s+en\\s+contact|échanger|ajouter\\s+à\\s+(?:mon|votre|ton)\\s+réseau|rejoindre\\s+(?:mon|votre|ton)\\s+réseau|vous\\s+inviter|t'inviter)",
    // es
    '(?:conectar|conectarnos|conectemos|conectamos|seguir\\s+en\\s+contacto|estar\\s+en\\s+contacto|mantenernos\\s+en\\s+contacto|ponernos\\s+en\\s+contacto|añadirte|agregarte|invitarte|invitarle)',
    // it
    '(?:collegarci|collegarmi|connetterci|connetterti|restiamo\\s+in\\s+contatto|restare\\s+in\\s+contatto|rimanere\\s+in\\s+contatto|essere\\s+in\\s+contatto|entrare\\s+in\\s+contatto|invitarti|invitarla|aggiungerti)',
    // pt
    '(?:conectar|conectarmos|nos\\s+conectar|manter\\s+contato|manter\\s+o\\s+contacto|ficar\\s+em\\s+contato|estar\\s+em\\s+contato|adicioná-lo|adicioná-la|convidá-lo|convidá-la|te\\s+convidar)',
  ],
  thanks: [
    '(?:thanks|thank\\s+you|many\\s+thanks|cheers)',
    '(?:dank|dankjewel|dankjwel|dank\\s+je(?:\\s+wel)?|dank\\s+u(?:\\s+wel)?|bedankt|alvast\\s+bedankt|merci)',
    '(?:danke|vielen\\s+dank|herzlichen\\s+dank|besten\\s+dank)',
    '(?:merci|je\\s+vous\\s+remercie)',
    '(?:gracias|muchas\\s+gracias)',
    '(?:grazie|grazie\\s+mille|la\\s+ringrazio|ti\\s+ringrazio)',
    '(?:obrigad[oa]|agradeço|muito\\s+obrigad[oa])',
  ],
  closing: [
    '(?:see\\s+you(?:\\s+(?:soon|around|there|again))?|looking\\s+forward(?:\\s+to\\s+\\S+)?|hope\\s+to\\s+(?:see|meet|hear)\\s+(?:you|from\\s+you)(?:\\s+(?:soon|again))?|speak\\s+soon|talk\\s+soon|have\\s+a\\s+(?:great|nice|good)\\s+(?:day|week|weekend))',
    '(?:graag\\s+tot\\s+ziens|tot\\s+ziens|tot\\s+(?:snel|gauw|binnenkort)|hopelijk\\s+tot\\s+(?:snel|ziens)|ik\\s+kijk\\s+(?:er\\s+)?(?:naar\\s+)?uit|fijne\\s+(?:dag|week|avond))',
    '(?:bis\\s+bald|auf\\s+wiedersehen|ich\\s+freue\\s+mich(?:\\s+auf\\s+\\S+)?|schönen\\s+(?:tag|abend))',
    '(?:à\\s+bientôt|au\\s+plaisir(?:\\s+de\\s+vous\\s+revoir)?|bonne\\s+(?:journée|soirée))',
    '(?:hasta\\s+pronto|nos\\s+vemos|un\\s+saludo|buen\\s+día)',
    '(?:a\\s+presto|a\\s+risentirci|buona\\s+giornata)',
    '(?:até\\s+breve|até\\s+logo|bom\\s+dia)',
  ],
  pointer: [
    '(?:my|mijn|mein|meinem|meinen|mon|ma|mi|il\\s+mio|o\\s+meu|a\\s+minha)\\s+(?:blog|website|site|podcast|newsletter|book|boek|buch|livre|libro|livro|passion|passie|leidenschaft|pasión|passione|paixão|portfolio|channel|kanaal|kanal)',
    '(?:more\\s+about\\s+(?:me|my\\s+work)|meer\\s+over\\s+(?:mij|mijn\\s+werk)|mehr\\s+über\\s+mich|plus\\s+sur\\s+moi|más\\s+sobre\\s+mí|di\\s+più\\s+su\\s+di\\s+me|mais\\s+sobre\\s+mim)',
    '(?:https?://|www\\.)\\S+',
  ],
};

/** Sign-offs and their shorter forms (playbook: "Mvg" for "Met vriendelijke groet"). */
export const shorterSignOffs: readonly [RegExp, string][] = [
  [/met vriendelijke groet(?:en)?,?/iu, 'Mvg'],
  [/vriendelijke groet(?:en)?,?/iu, 'Mvg'],
  [/hartelijke groet(?:en)?,?/iu, 'Groet'],
  [/(?:best|kind|warm|warmest)\s+regards,?/iu, 'Best'],
  [/(?:with\s+)?(?:best|kind)\s+wishes,?/iu, 'Best'],
  [/mit freundlichen grüßen,?/iu, 'Beste Grüße'],
  [/(?:viele|herzliche|liebe)\s+grüße,?/iu, 'VG'],
  [/bien cordialement,?|(?:très\s+)?cordialement,?/iu, 'Cdlt'],
  [/saludos cordiales,?|un cordial saludo,?/iu, 'Saludos'],
  [/cordiali saluti,?|distinti saluti,?/iu, 'Saluti'],
  [/atenciosamente,?|com os melhores cumprimentos,?/iu, 'Abraço'],
];

/** Words a note can lose without losing its point ("met plezier", "really"); removed by lint --fix. */
export const fillerPatterns: readonly RegExp[] = [
  /\s(?:met (?:veel )?plezier)(?=[\s,.])/giu,
  /\s(?:heel|erg|echt|zeer|really|very|truly|just|actually|basically|genuinely|wirklich|sehr|einfach|eigentlich|vraiment|très|juste|realmente|muy|simplemente|davvero|molto|semplicemente|muito|simplesmente)(?=\s\p{L})/giu,
];
