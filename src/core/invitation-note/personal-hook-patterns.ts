/**
 * Playbook §2, "a clear personal note": the checkable specifics two people share. Each kind of
 * hook has patterns in every draft language. Meeting, content and upcoming patterns are matched
 * case-insensitively; referral and shared-organisation patterns need a capitalised name, so
 * they are case-sensitive (keywords spelled with both capitals where a sentence may start).
 */
export type HookKind =
  'met' | 'content' | 'referral' | 'shared-organisation' | 'request' | 'upcoming' | 'together';

/** Time words that anchor a meeting in the recent past. */
const recently = [
  'yesterday',
  'today',
  'tonight',
  'earlier\\s+today',
  'this\\s+(?:morning|afternoon|evening|week|weekend)',
  'last\\s+(?:night|week|month|year|time|\\p{L}+day)',
  'on\\s+\\p{L}+day',
  'gisteren',
  'gisteravond',
  'gistermiddag',
  'gisterochtend',
  'eergisteren',
  'vandaag',
  'vanavond',
  'vanmiddag',
  'vanochtend',
  'vanmorgen',
  'zojuist',
  'deze\\s+week',
  'vorige\\s+week',
  'afgelopen\\s+\\p{L}+',
  'gestern',
  'vorgestern',
  'heute(?:\\s+(?:morgen|abend|nachmittag|früh))?',
  'letzte\\s+woche',
  'vergangene\\s+woche',
  'am\\s+\\p{L}+tag',
  'hier',
  'avant-hier',
  "aujourd'hui",
  'ce\\s+(?:matin|soir|midi)',
  'cet\\s+après-midi',
  'la\\s+semaine\\s+dernière',
  'ayer',
  'anteayer',
  'hoy',
  'esta\\s+(?:mañana|tarde|noche|semana)',
  'la\\s+semana\\s+pasada',
  'ieri',
  "l'altro\\s+ieri",
  'oggi(?:\\s+pomeriggio)?',
  'stamattina',
  'stamane',
  'stasera',
  'la\\s+settimana\\s+scorsa',
  'ontem',
  'anteontem',
  'hoje(?:\\s+à\\s+(?:tarde|noite))?',
  'esta\\s+(?:manhã|tarde|noite)',
  'na\\s+semana\\s+passada',
].join('|');

/** A place or occasion after a meeting verb ("at ProductCamp", "bij de lunchlezing"), never LinkedIn itself. */
const occasion =
  "(?:(?:at|during|in|on|after|near|over|bij|op|tijdens|in|na|auf|bei|beim|im|am|während|nach|à|au|aux|lors\\s+d[eu']|pendant|après|chez|en|durante|tras|después\\s+de|a|al|alla|allo|dopo|no|na|em|após)\\s+(?!linkedin|here|online|this\\s+platform|hier\\b|deze\\s+site|(?:breve|presto|pronto|soon|person|persona|pessoa|personne|persoon|the\\s+future|futuro|futur|zukunft)(?![\\p{L}]))\\S+|(?:" +
  recently +
  '))';

/** A named occasion or a time, without the weak "in"/"on" (as in "thanks in advance"). */
const strongOccasion =
  "(?:(?:at|during|after|bij|tijdens|op|na|auf|bei|beim|während|nach|lors\\s+d[eu']|pendant|après|au|aux|durante|tras|después\\s+de|al|alla|allo|dopo|após|no|na)\\s+(?!linkedin|here|online|this\\s+platform|hier\\b|your\\b|my\\b|our\\b|all\\b|least\\b|once\\b|any\\b|voorhand|voorbaat|je\\b|jouw\\b|uw\\b|mijn\\b|ihre[nm]?\\b|deine[nm]?\\b|votre\\b|tu\\b|su\\b|tua\\b|sua\\b)\\S+|(?:" +
  recently +
  '))';

/** A kind of event two people can both be booked for (every draft language). */
const sharedEvent =
  '(?:workshop|training|cursus|congres|conferentie|conference|seminar|seminarie|symposium|beurs|meetup|bijeenkomst|lezing|masterclass|event|evenement|summit|borrel|netwerkborrel|webinar|sessie|leergang|opleiding|tagung|konferenz|messe|kongress|veranstaltung|schulung|atelier|conférence|salon|séminaire|congrès|formation|rencontre|soirée|webinaire|journée|forum|sommet|colloque|afterwork|taller|congreso|jornada|feria|curso|seminario|convegno|fiera|corso|evento|incontro|oficina|palestra|feira)\\p{L}*';

/**
 * An occasion after a present-tense "pleased to meet you" ("piacere di conoscerti al Salone"):
 * not this network, the future or being in contact, which only greet.
 */
const presentOccasion =
  "(?:(?:at|during|in|on|after|bij|op|tijdens|na|auf|bei|beim|im|am|während|nach|à|au|aux|lors\\s+d[eu']|pendant|après|chez|en|durante|tras|después\\s+de|a|al|alla|allo|dopo|no|na|em|após)\\s+(?!linkedin|here|online|hier\\b|deze\\s+site|(?:this|these|deze|dit|diesem|dieser|cette|ce|cet|esta|este|questa|questo|essa|esse|my|mijn|meinem|meiner|mon|ma|mi|mia|mio|meu|minha|persona|person|persoon|pessoa|personne|futuro|future|zukunft|avenir|breve|pronto|contatto|contacto|contato|kontakt|contact|rete|red|rede|réseau|netzwerk|netwerk|network|linea|línea)(?![\\p{L}]))\\S+|(?:" +
  recently +
  '))';

const gap = (max: number): string => `(?:\\s+\\S+){0,${max}}?\\s+`;

/** What thousands share and so names nothing to check: a field, a place, a state of mind. */
const notAFieldOrPlace =
  '(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|werkveld|secteur|domaine|campo|settore|setor|área|ramo|city|town|country|region|market|niche|business|profession|boat|page|wavelength|journey|mission|stad|regio|land|markt)(?![\\p{L}]))';

/** A Dutch past participle ("gefietst", "gespeeld", "gezongen"), not "gemeen". */
const dutchParticiple = 'ge(?!meen)\\p{L}{3,}(?:d|t|en)(?![\\p{L}])';

export const caseInsensitiveHookSources: Record<
  'met' | 'content' | 'request-ask' | 'request-observation' | 'upcoming' | 'together',
  readonly string[]
> = {
  // Words that say the two did or will do something together ("we both", "samen", "each
  // other"); with a named thing in the same sentence they make a shared specific (see the
  // classifier), as the ways of saying what was shared are too many to list.
  together: [
    'both',
    'together',
    'each\\s+other',
    'one\\s+another',
    'shared',
    'same(?<=the\\s+same)',
    'samen',
    'allebei',
    'beiden',
    'elkaar',
    'gedeeld',
    'deelden',
    'dezelfde',
    'hetzelfde',
    'zusammen',
    'gemeinsam',
    'beide',
    'selben',
    'gleichen',
    'ensemble',
    'tous\\s+les\\s+deux',
    'toutes\\s+les\\s+deux',
    'mêmes?(?<=(?:le|la|les)\\s+mêmes?)',
    'juntos',
    'juntas',
    'ambos',
    'ambas',
    'los\\s+dos',
    'las\\s+dos',
    'mism[oa](?<=(?:el|la)\\s+mism[oa])',
    'insieme',
    'entrambi',
    'entrambe',
    'tutti\\s+e\\s+due',
    'stess[oa](?<=(?:lo|la)\\s+stess[oa])',
    'os\\s+dois',
    'as\\s+duas',
    'nós\\s+dois',
    'mesm[oa](?<=(?:o|a)\\s+mesm[oa])',
    'delen(?<=(?:we|wij)\\s+delen)',
  ],
  met: [
    // en
    '(?:we|i)\\s+(?:first\\s+)?(?:met|spoke|talked|chatted|sat\\s+next\\s+to\\s+each\\s+other)' +
      gap(5) +
      occasion,
    '(?:great|nice|good|lovely|pleasure|glad|wonderful|fantastic|fun|happy|enjoyed|thanks\\s+for|thank\\s+you\\s+for|was\\s+a\\s+pleasure)[,!.]?\\s+(?:\\S+\\s+){0,2}?(?:to\\s+)?(?:meet|meeting|seeing|see|talking|chatting|speaking|catching\\s+up|to\\s+talk|to\\s+chat|to\\s+speak)(?:\\s+(?:to|with))?\\s+you' +
      gap(4) +
      occasion,
    '(?:great|nice|good|lovely|pleasure|glad|wonderful|fantastic|fun|happy)[,!.]?\\s+(?:\\S+\\s+){0,2}?(?:to\\s+have\\s+met|meeting|to\\s+meet|to\\s+chat\\s+with|talking\\s+to|talking\\s+with|chatting\\s+with|speaking\\s+with)\\s+you\\s+(?:\\S+\\s+){0,3}?(?:' +
      recently +
      ')',
    '(?:thanks|thank\\s+you)\\s+(?:again\\s+|so\\s+much\\s+|very\\s+much\\s+)?for\\s+(?:the|our|your|a|this)\\s+(?:\\S+\\s+){0,2}?(?:chat|conversation|talk|discussion|meeting|coffee|lunch|call|exchange|tour|demo|workshop|session|presentation|intro|introduction)',
    // Sharing a table, a stage or a ride somewhere ("a pleasure sharing a table with you at…").
    '(?:sharing|shared)\\s+(?:a|the|an)\\s+(?:table|stage|panel|ride|taxi|cab|coffee|lunch|dinner|session|booth|bench|stand|stall|room|office|desk|flight|car|train|tent|house|flat|apartment|dorm)\\s+(?:with\\s+you\\s+)?' +
      occasion,
    // Praise for the recipient's talk at a named occasion ("great panel at Slush yesterday").
    '(?:great|nice|good|excellent|fantastic|inspiring|strong|brilliant|mooie|sterke|goede|inspirerende|toller|tolle|starker|starkes|starke|super|belle|excellente|gran|buena|excelente|bel|ottimo|ottima|ótima|ótimo|excelente)\\s+(?:talk|panel|keynote|session|presentation|pitch|speech|masterclass|presentatie|lezing|sessie|vortrag|beitrag|conférence|intervention|présentation|charla|ponencia|presentación|intervento|talk|presentazione|palestra|apresentação)\\s+' +
      strongOccasion,
    '(?:enjoyed|loved|appreciated|valued)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:chat|conversation|talk|discussion|meeting|exchange)',
    '(?:our|the)\\s+(?:brief\\s+|short\\s+|quick\\s+|great\\s+)?(?:chat|conversation|talk|discussion|exchange)\\s+(?:at|during|in|on|after|over|yesterday|today|last|this|earlier)',
    '(?:sat|stood)\\s+next\\s+to\\s+(?:you|each\\s+other)',
    '(?:as|like\\s+we)\\s+(?:discussed|promised|agreed|mentioned|talked\\s+about)(?:\\s+\\S+){0,4}?\\s+(?:on\\s+the\\s+phone|by\\s+phone|at|during|in|over|yesterday|today|this|last|earlier)',
    '(?:following|further\\s+to)\\s+(?:our|the)\\s+(?:\\S+\\s+){0,2}?(?:call|conversation|chat|meeting|talk|exchange|discussion)',
    '(?:panel|session|workshop|track|masterclass|round\\s*table)\\s+(?:you\\W?re|you\\s+are|you\\s+will\\s+be)\\s+(?:on|in|speaking\\s+at|hosting|leading|moderating)',
    '(?:saw|heard|watched)\\s+you\\s+(?:speak|present|talk|pitch|perform|moderate|at)',
    // Thanks for something that happened at a named occasion or a recent time.
    '(?:thanks|thank\\s+you|bedankt|dank\\s*(?:je|u)?(?:\\s+wel)?|dankzij|danke|vielen\\s+dank|merci|gracias|grazie|obrigad[oa]|agradeço)\\s+(?:\\S+\\s+){1,6}?' +
      strongOccasion,
    // Chatting, meeting or working somewhere, without "you" ("great chatting at the meetup").
    '(?:great|nice|good|lovely|fun|glad)[,!.]?\\s+(?:\\S+\\s+){0,1}?(?:meeting|chatting|talking|speaking|catching\\s+up|connecting|working)\\s+(?:\\S+\\s+){0,3}?' +
      strongOccasion,
    '(?:' +
      recently +
      ')\\s+(?:\\S+\\s+){0,4}?(?:gesproken|gekletst|bijgekletst|gepraat|bijgepraat|ontmoet|gebabbeld)',
    // Knowing each other from somewhere, or having been colleagues there, in each language.
    '(?:know|kennen|connaît|connaissons|conocemos|conosciamo|conhecemos|conhecemo)(?<=(?:we\\s+know|we\\s+kennen|wij\\s+kennen|wir\\s+kennen|on\\s+se\\s+connaît|nous\\s+nous\\s+connaissons|nos\\s+conocemos|ci\\s+conosciamo|nos\\s+conhecemos|conhecemo))(?:-nos|\\s+each\\s+other|\\s+elkaar|\\s+uns)?\\s+(?:al\\s+)?(?:from|through|via|van|uit|via|vom|von|aus|über|de|du|des|del|dal|dalla|dai|do|da|dos|das)\\s+(?!linkedin(?![\\p{L}])|here(?![\\p{L}])|online(?![\\p{L}])|hier(?![\\p{L}])|(?:the\\s+|de\\s+|het\\s+|la\\s+|le\\s+|el\\s+|il\\s+|o\\s+|a\\s+)?(?:same\\s+|zelfde\\s+|gleichen\\s+|même\\s+|mismo\\s+|stesso\\s+|mesmo\\s+)?(?:industry|field|sector|space|vakgebied|branche|werkveld|secteur|domaine|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:colleagues|classmates|teammates|housemates|roommates|flatmates|neighbou?rs|batchmates|bandmates|crewmates|coursemates|labmates|clubmates|collega\\W?s|studiegenoten|teamgenoten|jaargenoten|klasgenoten|clubgenoten|huisgenoten|medestudenten|buren|nachbarn|mitbewohner|klassenkameraden|teamkollegen|voisins|colocataires|vecinos|vicini|coinquilini|vizinhos|kollegen|kommilitonen|collègues|camarades|compañer[oa]s|colegas|colleghi|compagni)(?<=(?:we\\s+were|we\\s+used\\s+to\\s+be|we\\s+waren|wij\\s+waren|wir\\s+waren|nous\\s+étions|on\\s+était|fuimos|éramos|eravamo|siamo\\s+stati|fomos|éramos)\\s+(?:\\S+\\s+)?\\p{L}+(?:\\W?s)?)\\s+(?:\\S+\\s+){0,2}?(?:at|in|on|bij|op|in|bei|an|im|chez|à|au|dans|en|de|del|presso|da|al|alla|nel|nella|no|na|em)\\s+(?!linkedin(?![\\p{L}])|here(?![\\p{L}])|online(?![\\p{L}])|hier(?![\\p{L}])|(?:the\\s+|de\\s+|het\\s+|la\\s+|le\\s+|el\\s+|il\\s+|o\\s+|a\\s+)?(?:same\\s+|zelfde\\s+|gleichen\\s+|même\\s+|mismo\\s+|stesso\\s+|mesmo\\s+)?(?:industry|field|sector|space|vakgebied|branche|werkveld|secteur|domaine|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    // Being together somewhere, in each language ("we were on the same panel", "zaten we aan dezelfde tafel").
    'we\\s+(?:were|sat|stood|spoke|served|worked)\\s+(?:\\S+\\s+){0,2}?(?:together|on\\s+the\\s+same|at\\s+the\\s+same|in\\s+the\\s+same|next\\s+to\\s+each\\s+other)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:we|wij)\\s+(?:\\S+\\s+){0,3}?(?:zaten|stonden|waren)\\s+(?:\\S+\\s+){0,4}?(?:samen|aan\\s+dezelfde|in\\s+dezelfde|in\\s+hetzelfde|op\\s+hetzelfde|naast\\s+elkaar)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:zaten|stonden|waren)\\s+(?:we|wij)\\s+(?:\\S+\\s+){0,3}?(?:samen|aan\\s+dezelfde|in\\s+dezelfde|in\\s+hetzelfde|op\\s+hetzelfde|naast\\s+elkaar)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:we|wij)\\s+(?:hebben|hadden)\\s+(?:\\S+\\s+){0,2}?samen\\s+(?:\\S+\\s+){0,8}?' +
      dutchParticiple,
    '(?:hebben|hadden)\\s+(?:we|wij)\\s+(?:\\S+\\s+){0,3}?samen\\s+(?:\\S+\\s+){0,8}?' +
      dutchParticiple,
    'wir\\s+(?:waren|saßen|standen|haben)\\s+(?:\\S+\\s+){0,3}?(?:zusammen|gemeinsam|am\\s+selben|am\\s+gleichen|im\\s+selben|im\\s+gleichen|nebeneinander)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    'nous\\s+(?:étions|avons\\s+été|avons)\\s+(?:\\S+\\s+){0,3}?(?:ensemble|à\\s+la\\s+même|au\\s+même|dans\\s+le\\s+même|dans\\s+la\\s+même|côte\\s+à\\s+côte)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:estuvimos|estábamos|coincidimos)\\s+(?:\\S+\\s+){0,3}?(?:juntos|juntas|en\\s+la\\s+misma|en\\s+el\\s+mismo)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:eravamo|siamo\\s+stati)\\s+(?:\\S+\\s+){0,3}?(?:insieme|allo\\s+stesso|alla\\s+stessa|nello\\s+stesso|nella\\s+stessa)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    '(?:estivemos|estávamos)\\s+(?:\\S+\\s+){0,3}?(?:juntos|juntas|no\\s+mesmo|na\\s+mesma)\\s+(?!(?:industry|field|sector|space|area|line\\s+of\\s+work|vakgebied|branche|sector|werkveld|secteur|domaine|sector|campo|settore|setor|área|ramo)(?![\\p{L}]))\\S+',
    // nl
    '(?:elkaar|je|jou|u|we|wij)\\s+(?:\\S+\\s+){0,10}?(?:ontmoet|gesproken|getroffen|(?<!te\\s)leren\\s+kennen|tegengekomen|kennisgemaakt|gekletst|bijgekletst|gepraat|bijgepraat)',
    'elkaar\\s+(?:\\S+\\s+){0,10}?gezien',
    '(?:elkaar|we|wij|je|jou|u)\\s+(?:\\S+\\s+){0,6}?(?:spraken|ontmoetten|troffen|leerden\\s+kennen|tegenkwamen)',
    'elkaar\\s+(?:\\S+\\s+){0,6}?zagen',
    '(?:leuk|fijn|prettig|goed|plezierig|mooi|gezellig|aangenaam|interessant)[,!.]?\\s+(?:\\S+\\s+){0,4}?(?:' +
      recently +
      ')\\s+(?:\\S+\\s+){0,4}?(?:te\\s+)?(?:ontmoeten|spreken|zien|leren\\s+kennen)',
    '(?:leuk|fijn|prettig|goed|plezierig|mooi|gezellig|aangenaam|interessant)[,!.]?\\s+(?:\\S+\\s+){0,4}?(?:te\\s+)?(?:ontmoeten|spreken|zien|leren\\s+kennen)\\s+(?:\\S+\\s+){0,1}?(?:bij|op|tijdens|in|na)\\s+\\S+',
    '(?:bedankt|dank\\s*(?:je|u|jullie)?(?:\\s+wel)?)\\s+voor\\s+(?:het|ons|de|je|jouw|uw|dit)\\s+(?:\\S+\\s+){0,2}?(?:gesprek|gesprekje|telefoontje|telefoongesprek|belletje|kennismaking|koffie|lunch|presentatie|lezing|workshop|rondleiding|demo|uitleg|sessie)',
    '(?:zoals|als)\\s+(?:\\S+\\s+){0,4}?(?:besproken|beloofd|afgesproken|toegezegd)',
    '(?:naar\\s+aanleiding\\s+van|n\\.a\\.v\\.)\\s+(?:ons|het|onze)\\s+(?:\\S+\\s+){0,2}?(?:gesprek|telefoontje|telefoongesprek|overleg|kennismaking)',
    '(?:ons|het)\\s+(?:korte\\s+|leuke\\s+|fijne\\s+|goede\\s+)?(?:gesprek|gesprekje|kennismaking|praatje)\\s+(?:bij|op|tijdens|van|na|gisteren|vandaag|vanmiddag|vanochtend|vorige|afgelopen)',
    'naast\\s+(?:je|jou|elkaar|u)\\s+(?:zat|zaten|stond|stonden)',
    '(?:zat|zaten|stond|stonden)\\s+(?:je|jij|u|we|wij)\\s+(?:\\S+\\s+){0,3}?naast\\s+(?:me|mij|elkaar)',
    // de
    '(?:uns|sie|dich|euch|wir)\\s+(?:\\S+\\s+){0,12}?(?:kennengelernt|getroffen|gesprochen|begegnet|unterhalten|ausgetauscht)',
    // "Pleased to meet you" in the present is a greeting, not a meeting: it needs an occasion.
    '(?:schön|toll|nett|freut|gefreut|schönen\\s+dank|war\\s+schön)[,!.]?\\s+(?:\\S+\\s+){0,8}?(?:kennengelernt|getroffen|gesprochen)',
    '(?:schön|toll|nett|freut|gefreut)[,!.]?\\s+(?:\\S+\\s+){0,8}?(?:' +
      presentOccasion +
      ')\\s+(?:\\S+\\s+){0,3}?(?:kennenzulernen|zu\\s+treffen|zu\\s+sprechen)',
    '(?:danke|vielen\\s+dank|herzlichen\\s+dank)\\s+(?:\\S+\\s+){0,1}?für\\s+(?:das|unser|den|ihr|dein|die|unseren|den\\s+netten)\\s+(?:\\S+\\s+){0,2}?(?:gespräch|austausch|treffen|kaffee|mittagessen|telefonat|vortrag|workshop|rundgang)',
    '(?:unser|unserem|unseres|unseren)\\s+(?:\\S+\\s+){0,1}?(?:gespräch|gespräches|gesprächs|austausch|treffen|telefonat|telefonats)',
    'wie\\s+(?:\\S+\\s+){0,5}?(?:besprochen|versprochen|vereinbart|abgesprochen|angekündigt)',
    // Having seen or heard the recipient speak somewhere ("ik zag je spreken op…", "te escuché ayer en…").
    '(?:hoorde|zag)\\s+(?:je|jou|u)\\s+(?:\\S+\\s+){0,3}?(?:spreken|presenteren|vertellen|praten|pitchen|optreden|interviewen)',
    '(?:hab|habe)\\s+(?:dich|sie)\\s+(?:\\S+\\s+){0,1}?' +
      occasion +
      '(?:\\s+\\S+){0,5}?\\s+(?:sprechen\\s+hören|sprechen\\s+sehen|reden\\s+hören|gehört|gesehen|erlebt)',
    "(?:t'ai|vous\\s+ai)\\s+(?:vue?s?|entendue?s?|écoutée?s?)" + gap(4) + occasion,
    '(?:te|le|la)\\s+(?:vi|escuché|oí)' + gap(4) + occasion,
    "(?:ti\\s+ho|l'ho)\\s+(?:vist[oa]|sentit[oa]|ascoltat[oa])" + gap(4) + occasion,
    '(?:(?:te|o|a)\\s+(?:vi|ouvi)|(?:vi|ouvi)\\s+(?:você|voce))' + gap(4) + occasion,
    // fr
    '(?:rencontré(?:e|s|es)?|croisé(?:e|s|es)?|échangé|discuté|parlé)' + gap(4) + occasion,
    "(?:ravi|ravie|heureux|heureuse|plaisir|enchanté|enchantée)[,!.]?\\s+(?:\\S+\\s+){0,2}?(?:d'avoir|de\\s+t'avoir|de\\s+vous\\s+avoir)\\s+(?:rencontr|fait\\s+(?:votre|ta)\\s+connaissance|échang|discut|croisé)\\p{L}*",
    '(?:ravi|ravie|heureux|heureuse|plaisir|enchanté|enchantée)[,!.]?\\s+(?:\\S+\\s+){0,4}?(?:rencontr|faire\\s+(?:votre|ta)\\s+connaissance|échang|discut)\\p{L}*' +
      gap(4) +
      presentOccasion,
    "merci\\s+pour\\s+(?:notre|cet|cette|l'|le|la|votre|ta|ce)\\s*(?:\\S+\\s+){0,2}?(?:échange|discussion|conversation|rencontre|café|déjeuner|présentation|conférence|intervention|atelier|visite)",
    '(?:notre|nos)\\s+(?:\\S+\\s+){0,1}?(?:échange|échanges|discussion|conversation|rencontre|appel|entretien|rendez-vous)',
    'comme\\s+(?:convenu|promis|discuté|évoqué|prévu)',
    // es
    '(?:conocí|conocimos|conocerte|conocerle|conocerla|coincidimos|hablamos|charlamos|nos\\s+vimos|nos\\s+encontramos)' +
      gap(4) +
      occasion,
    '(?:fue\\s+un\\s+placer|fue\\s+un\\s+gusto|me\\s+alegró|qué\\s+gusto\\s+(?:fue|haber))[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:conocerte|conocerle|conocerla|hablar|charlar|coincidir|verte|verle|saludarte|saludarle)',
    '(?:encantad[oa]|un\\s+placer|un\\s+gusto|qué\\s+gusto)[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:conocerte|conocerle|conocerla|hablar|charlar|coincidir|verte|verle|saludarte|saludarle)' +
      gap(4) +
      presentOccasion,
    'gracias\\s+por\\s+(?:la|nuestra|el|tu|su)\\s+(?:\\S+\\s+){0,2}?(?:charla|conversación|reunión|café|comida|presentación|ponencia|taller|visita)',
    '(?:nuestra)\\s+(?:\\S+\\s+){0,1}?(?:charla|conversación|reunión|llamada)',
    'como\\s+(?:hablamos|acordamos|quedamos|prometí|comentamos|te\\s+comenté|le\\s+comenté)',
    // it
    '(?:conosciut[oaie]|incontrat[oaie]|parlato|chiacchierato|ci\\s+siamo\\s+visti|incrociat[oaie])' +
      gap(4) +
      occasion,
    '(?:è\\s+stato\\s+un\\s+piacere|è\\s+stato\\s+bello)[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:conoscerti|conoscerla|parlare|chiacchierare|incontrarti|incontrarla|vederti)',
    '(?:piacere|lieto|lieta|felice|bello|contento|contenta)[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:averti\\s+conosciut[oa]|averla\\s+conosciut[oa]|averti\\s+incontrat[oa]|averla\\s+incontrat[oa])',
    '(?:piacere|lieto|lieta|felice|bello|contento|contenta)[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:conoscerti|conoscerla|parlare|chiacchierare|incontrarti|incontrarla|vederti)' +
      gap(4) +
      presentOccasion,
    "grazie\\s+per\\s+(?:la|il|l'|nostra|nostro|lo)\\s*(?:\\S+\\s+){0,2}?(?:chiacchierata|conversazione|incontro|caffè|pranzo|presentazione|intervento|workshop|confronto)",
    '(?:la\\s+nostra|il\\s+nostro)\\s+(?:\\S+\\s+){0,1}?(?:chiacchierata|conversazione|incontro|confronto|telefonata|chiamata)',
    "come\\s+(?:d'accordo|promesso|concordato|detto|anticipato)",
    // pt
    '(?:conheci|conhecemos|conhecê-lo|conhecê-la|conhecer-te|te\\s+conhecer|conhecer\\s+você|nos\\s+encontramos|falamos|falámos|conversamos|conversámos|estivemos|almoçámos|almoçamos|jantámos|jantamos|nos\\s+vimos)' +
      gap(4) +
      occasion,
    '(?:foi\\s+um\\s+prazer|adorei|gostei|foi\\s+(?:ótimo|bom|legal|incrível|muito\\s+bom|uma\\s+alegria))[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:conhecê-lo|conhecê-la|conhecer\\s+você|te\\s+conhecer|conhecer-te|conversar|falar|encontrar)',
    '(?:prazer|muito\\s+prazer|muito\\s+bom)[,!.]?\\s+(?:\\S+\\s+){0,3}?(?:conhecê-lo|conhecê-la|conhecer\\s+você|te\\s+conhecer|conhecer-te|conversar|falar|encontrar)' +
      gap(4) +
      presentOccasion,
    'agradeço\\s+(?:a|o|pela|pelo)\\s+(?:\\S+\\s+){0,2}?(?:conversa|reunião|café|almoço|apresentação|palestra|workshop|papo|visita)',
    'obrigad[oa]\\s+pel[ao]s?\\s+(?:\\S+\\s+){0,2}?(?:conversa|reunião|café|almoço|apresentação|palestra|workshop|papo|visita)',
    '(?:nossa)\\s+(?:\\S+\\s+){0,1}?(?:conversa|reunião|chamada|ligação)',
    'como\\s+(?:combinado|combinamos|conversamos|prometido|prometi|falamos)',
    // A past exchange between the two: "we exchanged emails about the pallet pilot".
    'we\\s+(?:exchanged\\s+(?:emails|messages|a\\s+few\\s+emails|ideas)|emailed|corresponded|had\\s+(?:a\\s+)?(?:call|chat|coffee|lunch|meeting|video\\s+call))\\s+(?:\\S+\\s+){0,4}?(?:about|on|regarding|at|during|when|last|in)\\s+(?!linkedin(?![\\p{L}]))\\S+',
    // The recipient in a role in the sender's past: "you interviewed me", "jij was mijn stagebegeleider".
    'you\\s+(?:interviewed|hired|trained|coached|mentored|supervised|managed|taught|advised|onboarded|recruited|placed|examined|graded)\\s+me(?![\\p{L}])',
    // The recipient's hand in the sender's work: "you reviewed my grant proposal" (not "my profile").
    'you\\s+(?:reviewed|assessed|graded|judged|edited|approved|rejected|checked|commented\\s+on|answered|fixed|merged|signed|supervised|examined|co-?wrote|proofread)\\s+(?:my|our)\\s+(?!(?:profile|message|note|invitation|request|cv|resume|connection)(?![\\p{L}]))\\S+',
    'you\\s+were\\s+my\\s+(?:\\S+\\s+){0,1}?(?:manager|boss|supervisor|mentor|coach|teacher|lecturer|professor|tutor|trainer|team\\s+lead|interviewer|recruiter|colleague|buddy|predecessor|successor)',
    // The recipient as the sender's predecessor: "jij was mijn voorganger", "du warst mein Vorgänger".
    '(?:jij\\s+was|je\\s+was|u\\s+was|jij\\s+bent|du\\s+warst|sie\\s+waren|vous\\s+étiez|tu\\s+étais|fuiste|eras|eri|sei\\s+stat[oa]|foste|eras)\\s+(?:mijn|mein|meine|mon|ma|mi|il\\s+mio|la\\s+mia|o\\s+meu|a\\s+minha)\\s+(?:voorganger|voorgangster|opvolger|opvolgster|vorgänger|vorgängerin|nachfolger|nachfolgerin|prédécesseur|successeur|predecesor|predecesora|sucesor|sucesora|predecessore|successore|antecessor|antecessora|sucessor|sucessora)(?![\\p{L}])',
    // Something the recipient did for the sender: "jij gaf mij vorig jaar een rondleiding door
    // het DC", "you gave us a tour of the lab" (a tip or advice alone fits anyone).
    '(?:you|jij|je|u)\\s+(?:\\S+\\s+){0,2}?(?:gave|gaf|gav)\\s+(?:me|mij|us|ons)\\s+(?:\\S+\\s+){0,3}?(?:a|an|the|een|de|het)\\s+(?:\\p{L}+\\s+)?(?:tour|rondleiding|ride|lift|training|workshop|presentation|presentatie|demo|masterclass|lesson|les|gastles|guest\\s+lecture|interview|sollicitatiegesprek|intake)(?![\\p{L}])',
    // Having sat on the same committee, jury or board: "ik zat bij jou in de sollicitatiecommissie".
    '(?:ik|wij|we)\\s+(?:zat|zaten|zaten\\s+samen)\\s+(?:bij\\s+jou|met\\s+jou|samen\\s+met\\s+jou|bij\\s+u|met\\s+u)\\s+(?:\\S+\\s+){0,2}?(?:in|op|aan)\\s+(?:de|het|een)\\s+\\S+',
    '(?:i|we)\\s+(?:sat|served|was|were)\\s+(?:with\\s+you\\s+)?on\\s+(?:the\\s+)?(?:same\\s+)?(?:\\p{L}+\\s+)?(?:committee|jury|board|panel|council)(?<=(?:with\\s+you\\s+on\\s+(?:the\\s+)?|same\\s+)(?:\\p{L}+\\s+)?(?:committee|jury|board|panel|council))',
    // Neighbours: "ik ben de nieuwe buurvrouw op nummer 12", "I'm your new neighbour".
    "(?:ik\\s+ben|i'm|i\\s+am|wij\\s+zijn|we\\s+are|we're)\\s+(?:je|jouw|uw|jullie|your|de|the)\\s+(?:nieuwe\\s+|new\\s+)?(?:buurman|buurvrouw|buren|neighbou?rs?)(?![\\p{L}])",
    // A relative of the sender on the recipient's team: "mijn broer Thijs werkt in jouw team".
    '(?:my|mijn)\\s+(?:brother|sister|son|daughter|husband|wife|partner|father|mother|cousin|broer|zus|zoon|dochter|man|vrouw|vader|moeder|neef|nicht)\\s+(?:\\S+\\s+){0,2}?(?:works|worked|is|was|werkt|werkte|zit|zat)\\s+(?:\\S+\\s+){0,1}?(?:in|on|at|bij|op)\\s+(?:your|jouw|je|uw)\\s+(?:team|department|class|group|company|afdeling|klas|groep|bedrijf|praktijk|school)(?![\\p{L}])',
    // A start the recipient gave: "it was you who gave me my first internship".
    '(?:you|jij|je|u)\\s+(?:\\S+\\s+){0,3}?(?:gave|offered|got|found|gaf|bood|bezorgde)\\s+(?:me|mij)\\s+(?:my|a|an|the|mijn|een|de|het)\\s+(?:first\\s+|eerste\\s+)?(?:\\p{L}+\\s+)?(?:job|internship|role|chance|break|start|position|contract|placement|baan|stage|stageplek|kans|functie|opdracht|rol)(?![\\p{L}])',
    // In the audience at a named occasion: "ik zat bij jullie in het publiek tijdens de pitchavond van…".
    '(?:in\\s+the\\s+audience|in\\s+het\\s+publiek|in\\s+de\\s+zaal|im\\s+publikum|dans\\s+le\\s+public|dans\\s+la\\s+salle|en\\s+el\\s+público|entre\\s+el\\s+público|tra\\s+il\\s+pubblico|in\\s+platea|na\\s+plateia|no\\s+público)\\s+(?:\\S+\\s+){0,3}?(?:at|for|during|of|bij|tijdens|van|op|bei|beim|auf|während|à|au|lors|pendant|en|durante|al|alla|a|no|na)\\s+(?!linkedin(?![\\p{L}]))\\S+',
    // A file of the recipient's taken over: "je reprends le dossier que vous suiviez".
    "(?:je\\s+reprends|j'ai\\s+repris|je\\s+succède\\s+à|je\\s+remplace)\\s+(?!contact|la\\s+parole)(?:\\S+\\s+){0,3}?(?:que\\s+vous|que\\s+tu|vos|votre|ton|tes|vous|toi)(?![\\p{L}])",
    // A good conversation at a recent time: "fijn gesprek vanmiddag", "great chat yesterday".
    '(?:fijn|fijne|leuk|leuke|goed|goede|prettig|prettige|mooi|mooie|interessant|interessante|nuttig|nuttige|waardevol|waardevolle|great|good|nice|lovely|useful|inspiring|productive)\\s+(?:\\S+\\s+){0,1}?(?:gesprek|gesprekje|kennismaking|call|chat|conversation|talk|meeting|exchange|koffie|lunch|overleg|belletje|coffee)\\s+(?:\\S+\\s+){0,2}?(?:' +
      recently +
      ')(?!\\s+(?:gehad\\s+)?met\\s+(?:een|mijn|onze)|\\s+with\\s+(?:a|my|our))',
    '(?:jij|je|u)\\s+(?:was|waart|bent)\\s+(?:mijn|onze)\\s+(?:\\S+\\s+){0,1}?(?:begeleider|stagebegeleider|scriptiebegeleider|docent|leraar|lerares|manager|leidinggevende|coach|mentor|teamleider|baas|trainer|opleider|buddy)',
    '(?:jij|je|u)\\s+(?:hebt|heeft)\\s+mij\\s+(?:\\S+\\s+){0,4}?(?:begeleid|aangenomen|geïnterviewd|gecoacht|geholpen|geadviseerd|opgeleid|ingewerkt|lesgegeven|les\\s+gegeven)',
    '(?:du\\s+warst|sie\\s+waren)\\s+(?:mein|meine)\\s+(?:betreuer|betreuerin|dozent|dozentin|chef|chefin|mentor|mentorin|coach|vorgesetzter|vorgesetzte|ausbilder|ausbilderin|professor|professorin|lehrer|lehrerin)',
    '(?:du\\s+hast|sie\\s+haben)\\s+mich\\s+(?:\\S+\\s+){0,4}?(?:betreut|eingestellt|interviewt|gecoacht|ausgebildet|unterrichtet|beraten|eingearbeitet)',
    '(?:vous\\s+avez|tu\\s+as)\\s+été\\s+(?:mon|ma)\\s+(?:tuteur|tutrice|manager|professeur|professeure|mentor|mentore|coach|maître\\s+de\\s+stage|responsable|formateur|formatrice)',
    "(?:vous\\s+m'avez|tu\\s+m'as)\\s+(?:recruté|recrutée|interviewé|interviewée|formé|formée|encadré|encadrée|accompagné|accompagnée|coaché|coachée|embauché|embauchée)",
    '(?:fuiste|fue)\\s+mi\\s+(?:tutor|tutora|jefe|jefa|profesor|profesora|mentor|mentora|coach|responsable|formador|formadora)',
    'me\\s+(?:entrevistaste|contrataste|formaste|enseñaste|entrevistó|contrató|formó|tutorizaste)',
    '(?:sei\\s+stat[oa]|è\\s+stat[oa])\\s+(?:il\\s+mio|la\\s+mia)\\s+(?:tutor|responsabile|professore|professoressa|mentore|capo|coach|relatore|relatrice)',
    'mi\\s+(?:hai|ha)\\s+(?:intervistat[oa]|assunt[oa]|format[oa]|seguit[oa]\\s+(?:nella|nel|durante))',
    '(?:foste|foi)\\s+(?:o\\s+meu|a\\s+minha|meu|minha)\\s+(?:orientador|orientadora|chefe|professor|professora|mentor|mentora|gestor|gestora|tutor|tutora)',
    '(?:você|tu)\\s+me\\s+(?:entrevistou|contratou|orientou|formou)',
    // Somewhere the recipient is too: "I mentor at the same incubator as you".
    'same(?<=(?:at|in|for|with|on|to)\\s+the\\s+same)\\s+(?:(?!(?:industry|field|sector|space|line|area|business|profession|role|position|boat|interests?|city|country|region|kind|type|page|wavelength|side|journey|path|mission|level|track|goals?|challenges?|problems?|values?|passion)(?![\\p{L}]))\\S+\\s+){1,3}?as\\s+you(?![\\p{L}])',
    '(?:bij|op|in)\\s+(?:dezelfde|hetzelfde)\\s+(?:(?!(?:branche|vakgebied|sector|werkveld|regio|stad|functie|rol|soort|vak)(?![\\p{L}]))\\S+\\s+){1,3}?als\\s+(?:jij|jou|u)(?![\\p{L}])',
    // A business tie: "ik ben de nieuwe accountmanager van jullie transporteur", "I'm your new account manager".
    '(?:ik\\s+ben|ben\\s+ik)\\s+(?:de|jullie|je|jouw|uw)\\s+(?:nieuwe\\s+)?(?:accountmanager|contactpersoon|adviseur|consultant|projectleider|opvolger|vervanger|leverancier)\\s+(?:\\S+\\s+){0,2}?(?:van|bij|voor)\\s+(?:jullie|je|jouw|uw)(?![\\p{L}])',
    "(?:i'm|i\\s+am)\\s+your\\s+(?:new\\s+)?(?:account\\s+manager|contact\\s+person|point\\s+of\\s+contact|consultant|advisor|project\\s+lead|successor|replacement)\\s+(?:at|for|from|of|on)\\s+\\S+",
    // Family ties the two share: "my daughter is in your son's class", "onze kinderen zitten samen op…".
    '(?:my|our)\\s+(?:daughter|son|kids|children|child|wife|husband|partner)\\s+(?:\\S+\\s+){0,7}?(?:your|with\\s+your)\\s+(?:daughter|son|kids|children|child|wife|husband|partner)',
    '(?:mijn|onze)\\s+(?:dochter|zoon|kinderen|kind|vrouw|man|partner)\\s+(?:\\S+\\s+){0,5}?(?:jouw|je|uw)\\s+(?:dochter|zoon|kinderen|kind|vrouw|man|partner)',
    'onze\\s+kinderen\\s+(?:zitten|zaten|spelen|speelden|voetballen|hockeyen)\\s+(?:\\S+\\s+){0,3}?samen',
    '(?:meine|mein|unsere)\\s+(?:tochter|sohn|kinder|kind|frau|mann|partnerin|partner)\\s+(?:\\S+\\s+){0,5}?(?:deine[mnr]?|ihre[mnr]?|dein|ihr)\\s+(?:tochter|sohn|kinder|kind|frau|mann|partnerin|partner)',
    // fr: "nous étions voisins de table au dîner de gala…"
    'nous\\s+(?:étions|avons\\s+été)\\s+(?:voisins|voisines|assis|assises|ensemble|côte\\s+à\\s+côte|dans\\s+le\\s+même|dans\\s+la\\s+même)' +
      gap(4) +
      occasion,
    // it: "eravamo seduti vicini al convegno…"
    '(?:eravamo|siamo\\s+stati)\\s+(?:seduti\\s+)?(?:vicini|insieme|allo\\s+stesso\\s+tavolo|nello\\s+stesso\\s+gruppo)' +
      gap(3) +
      occasion,
    // it: "abbiamo partecipato insieme al corso…"
    "(?:abbiamo|avevamo)\\s+(?:partecipato|frequentato|seguito)\\s+insieme\\s+(?:a|al|alla|allo|ai|alle|all'|il|lo|la)\\s*\\S+",
    '(?:participamos|participámos|frequentamos|frequentámos|fizemos)\\s+(?:juntos|juntas)\\s+(?:o|a|no|na|do|da)\\s+\\S+',
    '(?:participamos|asistimos|hicimos)\\s+juntos\\s+(?:en|a|al)\\s+\\S+',
    // Working with the recipient's team on something: "working with your team on the returns API"
    // (not the pitch "I'd love to work with your team on…" or "looking forward to working…").
    '(?<!to\\s)(?:working|worked|collaborating|collaborated)\\s+(?:closely\\s+)?with\\s+(?:you\\s+and\\s+)?your\\s+(?:team|colleagues|department|people)\\s+on\\s+\\S+',
    "(?:ik|we|wij)\\s+(?:werk|werken|werkte|werkten)\\s+(?:\\S+\\s+){0,2}?met\\s+(?:jouw|je|uw)\\s+(?:team|collega'?s|afdeling)\\s+(?:aan|op)\\s+\\S+",
    '(?:ich|wir)\\s+(?:arbeite|arbeiten|arbeitete|arbeiteten)\\s+(?:\\S+\\s+){0,2}?mit\\s+(?:deinem|ihrem|eurem)\\s+team\\s+(?:an|am|beim)\\s+\\S+',
    // Doing something together in the same named group: "we played in the same five-a-side league".
    '(?:played|rowed|sang|trained|studied|ran|cycled|volunteered|sailed|swam|danced|interned|coached|taught|competed|lived|raced|toured)(?<=we\\s+\\p{L}+)\\s+(?:\\S+\\s+){0,2}?(?:together|on\\s+the\\s+same|at\\s+the\\s+same|in\\s+the\\s+same|for\\s+the\\s+same|with\\s+the\\s+same|next\\s+to\\s+each\\s+other)\\s+' +
      notAFieldOrPlace +
      '\\S+',
    // On the team behind something: "we were on the team that built the checker".
    'were(?<=we\\s+(?:both\\s+)?were)\\s+(?:both\\s+)?on\\s+the\\s+(?:\\S+\\s+){0,2}?(?:team|panel|project|committee|board|crew|jury|squad|shift)\\s+(?:that|which|who|at|of|for|behind|during)\\s+\\S+',
    // A shared memory: "remember the hackathon at Booking.com?", "weet je nog, de borrel bij…".
    "(?:remember|weet\\s+je\\s+nog|herinner\\s+je\\s+je|erinnerst\\s+du\\s+dich\\s+an|erinnern\\s+sie\\s+sich\\s+an|souviens(?:-tu)?\\s+d[eu]|souvenez(?:-vous)?\\s+d[eu]|acuerdas\\s+de|recuerdas|ricordi|lembras-te\\s+d[aoe]|lembra\\s+d[aoe])[,:]?\\s+(?:the|that|our|those|de|het|die|dat|onze|ons|der|das|unser\\p{L}*|la|le|l'|notre|nuestr[oa]|el|il|la\\s+nostra|il\\s+nostro|a|o|nossa|nosso)\\s*(?:\\S+\\s+){0,4}?(?:at|in|on|during|with|bij|op|tijdens|met|auf|bei|beim|im|mit|à|au|lors|avec|en|durante|con|al|alla|no|na|em|com)\\s+(?!linkedin(?![\\p{L}]))\\S+",
    // A year or class apart at the same school: "ik zat twee klassen onder je".
    '(?:years?|class(?:es)?|jaar|klas(?:sen)?|jahrgänge|jahrgang|jahre?|klassen?|ans?|promos?|años?|cursos?|anni|anno|classi|anos?|turmas?)\\s+(?:below|above|behind|ahead\\s+of|under|onder|boven|unter|über|après|avant|por\\s+debajo\\s+de|detrás\\s+de|sotto|dopo|abaixo\\s+de|depois\\s+de)\\s+(?:you|me|je|jou|u|mij|dir|ihnen|mir|vous|toi|moi|ti|te|usted|mí|você|mim)(?![\\p{L}])',
    // nl separable verbs: "ik kwam je tegen op de stand van Festo" (not "kwam je profiel tegen").
    '(?:kwam|kwamen|liep|liepen)\\s+(?:ik\\s+|we\\s+|wij\\s+)?(?:je|jou|u|elkaar)\\s+(?:(?!profiel|naam|pagina|account|berichten?|posts?|website|cv|artikel)\\S+\\s+){0,5}?tegen(?![\\p{L}])',
    '(?:sprak|ontmoette|trof|zag|hoorde)\\s+(?:ik\\s+)?(?:je|jou|u)\\s+(?:nog\\s+|kort\\s+|even\\s+|laatst\\s+|toevallig\\s+)?(?:op|bij|tijdens|in|na)\\s+(?!linkedin|internet|(?:de\\s+)?website|je\\b|jouw\\b|uw\\b|mijn\\b|een\\b|deze\\b|dit\\b|online|social)\\S+',
    // A new business tie: "ik ben vanaf 1 mei uw nieuwe contactpersoon", "I'm your new account manager".
    'nieuwe(?<=(?:ik\\s+ben|ben\\s+ik)\\s+(?:(?!graag|wellicht|misschien|wil|kan|zou)\\S+\\s+){0,4}(?:je|jouw|uw|jullie)\\s+nieuwe)\\s+(?:accountmanager|contactpersoon|adviseur|consultant|projectleider|opvolger|vervanger|leverancier|aanspreekpunt|relatiebeheerder|casemanager|behandelaar|coördinator|begeleider|collega|buurman|buurvrouw|teamleider|manager|stagiair|stagiaire)',
    "new(?<=(?:i'm|i\\s+am)\\s+(?:now\\s+)?your\\s+new)\\s+(?:account\\s+manager|contact\\s+person|point\\s+of\\s+contact|consultant|advisor|adviser|project\\s+lead|project\\s+manager|case\\s+manager|colleague|teammate|neighbou?r|landlord|tenant|supplier|successor|replacement|buddy|mentor|mentee|intern|student|manager|team\\s+lead)",
    'neue[rn]?(?<=ich\\s+bin\\s+(?:\\S+\\s+){0,3}(?:dein|ihr)e?[rn]?\\s+neue[rn]?)\\s+(?:ansprechpartner(?:in)?|kollege|kollegin|berater(?:in)?|betreuer(?:in)?|nachbar(?:in)?|kundenbetreuer(?:in)?|projektleiter(?:in)?|nachfolger(?:in)?)',
    '(?:nouveau|nouvelle)(?<=je\\s+suis\\s+(?:\\S+\\s+){0,3}(?:votre|ton|ta)\\s+(?:nouveau|nouvelle))\\s+(?:interlocuteur|interlocutrice|conseiller|conseillère|collègue|voisin|voisine|chargée?|responsable)',
    'soy\\s+(?:\\S+\\s+){0,2}?(?:tu|su)\\s+nuev[oa]\\s+(?:contacto|asesor|asesora|compañer[oa]|vecin[oa]|gestor|gestora|responsable|interlocutor)',
    'sono\\s+(?:\\S+\\s+){0,2}?(?:il\\s+tuo|il\\s+suo|la\\s+tua|la\\s+sua)\\s+nuov[oa]\\s+(?:referente|consulente|collega|vicin[oa]|responsabile|account)',
    'sou\\s+(?:\\S+\\s+){0,2}?(?:o\\s+seu|a\\s+sua|o\\s+teu|a\\s+tua|seu|sua|teu|tua)\\s+nov[oa]\\s+(?:contato|contacto|consultor|consultora|colega|vizinh[oa]|gestor|gestora|responsável)',
    // A customer of the recipient: "I bought a coffee machine from your shop in Haarlem".
    '(?:bought|ordered|purchased|rented|booked|stayed|ate|dined|had\\s+(?:dinner|lunch|breakfast|coffee))\\s+(?:\\S+\\s+){0,5}?(?:from|at|in|with|through|via)\\s+your\\s+(?:shop|store|restaurant|bakery|café|cafe|hotel|studio|gallery|garage|salon|practice|webshop|bar|brewery|farm|bookshop|bookstore|clinic|stand|stall|booth|winery|guesthouse|kitchen|gym)',
    '(?:kocht|kochten|bestelde|bestelden|aten|sliep|sliepen|overnachtte|huurde|huurden|boekte|dronk|dronken)\\s+(?:\\S+\\s+){0,5}?(?:bij|in|van|uit)\\s+(?:jouw|je|uw|jullie)\\s+(?:winkel|zaak|restaurant|bakkerij|café|hotel|studio|galerie|garage|salon|praktijk|webshop|brouwerij|boerderij|kraam|stand|wijnhuis|kapsalon|sportschool|boekhandel|kwekerij|keuken)',
    '(?:winkel|zaak|restaurant|bakkerij|café|hotel|studio|galerie|garage|salon|praktijk|webshop|brouwerij|boerderij|kraam|stand|wijnhuis|kapsalon|sportschool|boekhandel|kwekerij|keuken)(?<=(?:bij|in|van|uit)\\s+(?:jouw|je|uw|jullie)\\s+\\p{L}+)\\s+(?:\\S+\\s+){0,4}?(?:gekocht|besteld|gegeten|geslapen|overnacht|gehuurd|geboekt|gedronken|geweest)',
    // Thanks for something the recipient did for the sender (not for accepting or reading).
    '(?:thanks|thank\\s+you)\\s+(?:again\\s+|so\\s+much\\s+|very\\s+much\\s+)?for\\s+(?:reviewing|answering|replying\\s+to|responding\\s+to|merging|fixing|commenting\\s+on|explaining|hosting|recommending|interviewing|mentoring|coaching|signing|returning|forwarding|checking|approving|judging|grading)\\s+(?:my|our|me|us)\\s+\\S+',
    '(?:thanks|thank\\s+you)\\s+(?:again\\s+|so\\s+much\\s+|very\\s+much\\s+)?for\\s+(?:your|the)\\s+(?:tip|tips|advice|feedback|help|answer|reply|review|comments?|pointers?|suggestion|recommendation|explanation)\\s+(?:on|about|with|regarding|for|in|under)\\s+(?:my|our|the)\\s+(?!future|advance)\\S+',
    '(?:bedankt|dank\\s*(?:je|u)(?:\\s+wel)?)\\s+voor\\s+(?:je\\s+|jouw\\s+|uw\\s+|de\\s+)?(?:tip|tips|advies|feedback|hulp|antwoord|reactie|review|uitleg|suggestie)\\s+(?:op|over|bij|met|onder|voor)\\s+(?:mijn|ons|onze)\\s+\\S+',
    '(?:bedankt|dank\\s*(?:je|u)(?:\\s+wel)?)\\s+voor\\s+het\\s+(?:beantwoorden|nakijken|reviewen|doorsturen|beoordelen|meelezen)\\s+van\\s+(?:mijn|ons|onze)\\s+\\S+',
    // The recipient's place taken over or handed on: "I took over your old desk", "jouw opvolger".
    '(?:took\\s+over|taking\\s+over|inherited|succeeded\\s+you\\s+(?:as|at|in))\\s+(?:\\S+\\s+){0,2}?(?:your|you)(?![\\p{L}])',
    '(?:your|jouw|je|uw|ihr|ihre|dein|deine|votre|ton|ta|tu|su|il\\s+tuo|il\\s+suo|la\\s+tua|la\\s+sua|o\\s+seu|a\\s+sua|o\\s+teu|a\\s+tua)\\s+(?:new\\s+|nieuwe\\s+)?(?:successor|predecessor|replacement|opvolger|opvolgster|voorganger|voorgangster|nachfolger|nachfolgerin|vorgänger|vorgängerin|successeur|successeuse|prédécesseur|sucesor|sucesora|predecesor|predecesora|successore|predecessore|sucessor|sucessora|antecessor|antecessora)(?![\\p{L}])',
    '(?:naast|bij)\\s+elkaar\\s+(?:\\S+\\s+){0,2}?(?:gestaan|gezeten|gelopen|gefietst|gestart|gewerkt|gespeeld)',
  ],
  content: [
    // en
    '(?:your|you\\s+wrote|you\\s+gave|you\\s+published|you\\s+posted)\\s+(?:\\S+\\s+){0,3}?(?:article|post|piece|op-?ed|blog(?:\\s+post)?|talk|pitch|quote|keynote|presentation|podcast|episode|book|paper|newsletter|interview|webinar|video|thread|column|research|report|study|thesis|speech|panel|lecture|session|workshop|masterclass|slot|course|comment|analysis|essay|publication|letter|case\\s+study|answer|reply|review|tutorial|guide|story|stories|write-?up|post-?mortem|repo|library|plugin|template|checklist|dataset|documentary|film|exhibition|framework|toolkit|playbook|white\\s*paper|e-?book|survey|contribution|question|pull\\s+request|merge\\s+request|commit|patch|package|module|crate|extension|integration|notebook|gist)s?\\s+(?:\\S+\\s+){0,2}?(?:about|on|in|at|for|to|regarding|from|titled|called|during|with|by|yesterday|today|last|this|["\']\\S*)(?!\\s*(?:linkedin|here)(?![\\p{L}]))',
    '(?:read|heard)\\s+about\\s+(?:it|this|you|your\\s+\\S+)\\s+(?:in|on)\\s+(?!linkedin(?![\\p{L}])|here(?![\\p{L}])|online(?![\\p{L}])|the\\s+(?:news|internet|web)(?![\\p{L}]))\\S+',
    '(?:read|saw|watched|heard|listened\\s+to|enjoyed|loved|liked|appreciated|came\\s+across)\\s+your\\s+(?:\\S+\\s+){0,3}?(?:article|post|piece|op-?ed|blog|talk|keynote|presentation|podcast|episode|book|paper|newsletter|interview|webinar|video|column|research|report|study|speech|lecture|essay)\\s+(?:\\S+\\s+){0,2}?(?:about|on|in|at|regarding|titled|called|yesterday|today|this|last|["\']\\S*)',
    // nl
    // Common Dutch and German compounds end in the piece: "je podcastaflevering", "Ihr Gastvortrag".
    '(?:je|jouw|uw)\\s+(?:\\S+\\s+){0,4}?(?:podcast|blog|gast|vak|opinie|web|video|linkedin-|nieuws|onderzoeks|praktijk)?(?:artikel|opiniestuk|stuk|post|bericht|blog|blogpost|column|podcast|aflevering|boek|paper|presentatie|lezing|keynote|talk|pitch|gastcollege|gastles|workshop|training|cursus|leergang|bootcamp|interview|webinar|video|onderzoek|rapport|nieuwsbrief|proefschrift|masterclass|college|voordracht|sessie|reactie|analyse|essay|publicatie|ingezonden\\s+brief|betoog|antwoord|vraag|recensie|handleiding|film|documentaire|tentoonstelling|expositie|vlog|enquête|whitepaper|e-book|checklist|template|bijdrage|pull\\s+request|merge\\s+request|commit|package|integratie|plug-?in|extensie)\\s+(?:\\S+\\s+){0,2}?(?:in|op|over|bij|van|voor|aan|tijdens|gisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vorige|afgelopen|["\']\\S*)(?!\\s*(?:linkedin)(?![\\p{L}]))',
    // Inverted: "wat een mooi stuk schreef je in het FD", "het artikel dat je schreef voor Skipr".
    '(?:stuk|artikel|opiniestuk|column|blog|blogpost|boek|essay|interview)\\s+(?:dat\\s+|die\\s+)?(?:(?:je|jij|u)\\s+)?(?:schreef|schreven|publiceerde|plaatste|gaf|schrijft)\\s+(?:(?:je|jij|u)\\s+)?(?:\\S+\\s+){0,2}?(?:in|op|voor|bij|aan)\\s+(?!linkedin(?![\\p{L}]))\\S+',
    // de
    // Genitive: "Teilnehmerin Ihres Workshops", "im Publikum Ihres Vortrags".
    '(?:ihres|deines)\\s+(?:\\S+\\s+){0,2}?(?:vortrag|workshop|beitrag|artikel|buch|podcast|webinar|seminar|kurs|panel|interview|vortrag)(?:e?s)?(?![\\p{L}])',
    '(?:ihren?|deinen?|ihr|dein|ihre|deine|ihrem|deinem)\\s+(?:\\S+\\s+){0,3}?(?:fach|gast|podcast|blog|impuls|linkedin-|zeitungs|video)?(?:artikel|beitrag|post|blog|blogbeitrag|kolumne|vortrag|keynote|präsentation|podcast|folge|buch|interview|webinar|video|studie|bericht|newsletter|workshop|training|kurs|seminar|schulung|vorlesung|kommentar|analyse|essay|publikation|rede|panel|session|vortrags)\\s+(?:\\S+\\s+){0,2}?(?:in|im|auf|über|zu|zum|zur|bei|beim|von|gestern|heute|letzte|["\'„]\\S*)(?!\\s*(?:linkedin)(?![\\p{L}]))',
    // fr
    "(?:votre|ton|ta|vos|tes)\\s+(?:\\S+\\s+){0,3}?(?:article|publication|post|thread|fil|billet|tribune|chronique|conférence|présentation|podcast|épisode|livre|interview|entretien|webinaire|vidéo|formation|cours|étude|rapport|newsletter|atelier|intervention|analyse|essai|thèse|commentaire|keynote|talk)s?\\s+(?:\\S+\\s+){0,2}?(?:dans|sur|à|au|lors|de|du|d'|pendant|hier|ce|[\"'«]\\S*)(?!\\s*(?:linkedin)(?![\\p{L}]))",
    // es
    '(?:tu|su|tus|sus)\\s+(?:\\S+\\s+){0,3}?(?:artículo|publicación|post|hilo|thread|demo|columna|charla|ponencia|presentación|podcast|episodio|libro|entrevista|webinar|vídeo|video|curso|formación|estudio|informe|boletín|taller|intervención|análisis|ensayo|tesis|comentario|conferencia)s?\\s+(?:\\S+\\s+){0,2}?(?:en|sobre|de|del|durante|ayer|hoy|«|["\']\\S*)(?!\\s*(?:linkedin)(?![\\p{L}]))',
    // it
    "(?:il\\s+tuo|il\\s+suo|la\\s+tua|la\\s+sua|i\\s+tuoi|le\\s+tue|tuo|tua|suo|sua)\\s+(?:\\S+\\s+){0,3}?(?:articolo|post|thread|demo|pubblicazione|intervento|presentazione|podcast|episodio|libro|intervista|webinar|video|corso|formazione|studio|rapporto|newsletter|workshop|talk|keynote|analisi|saggio|tesi|commento|conferenza|lezione)\\s+(?:\\S+\\s+){0,2}?(?:(?:sull|dell|nell|all)'\\p{L}+|su|sul|sulla|in|nel|nella|a|al|alla|di|del|durante|ieri|oggi|[\"'«]\\S*)(?!\\s*(?:linkedin)(?![\\p{L}]))",
    // pt
    '(?:seu|sua|teu|tua|seus|suas)\\s+(?:\\S+\\s+){0,3}?(?:artigo|publicação|post|thread|demo|coluna|palestra|apresentação|podcast|episódio|livro|entrevista|webinar|vídeo|curso|formação|treinamento|estudo|relatório|newsletter|workshop|talk|keynote|análise|ensaio|tese|comentário|conferência|aula)s?\\s+(?:\\S+\\s+){0,2}?(?:no|na|em|sobre|de|do|da|durante|ontem|hoje|«|["\']\\S*)(?!\\s*(?:linkedin)(?![\\p{L}]))',
    // The recipient on stage somewhere: "you spoke at KubeCon", "je sprak op de DCC", "du hast
    // auf der LogiMAT gesprochen", "vous avez présenté à DevoxxFR", "hablaste en la KubeCon".
    'you\\s+(?:spoke|presented|talked|gave\\s+(?:a|the|your)\\s+(?:talk|presentation|keynote|workshop|lecture|masterclass)|were\\s+(?:speaking|presenting|on\\s+(?:the|a)\\s+panel))\\s+(?:\\S+\\s+){0,3}?(?:at|during)\\s+(?!(?:length|several|many|various|numerous|multiple|lots|conferences|events)(?![\\p{L}]))\\S+',
    '(?:je|jij|u)\\s+(?:sprak|presenteerde|gaf\\s+(?:een|de|je|jouw|uw)\\s+(?:lezing|presentatie|keynote|workshop|talk|masterclass|college)|stond\\s+op\\s+het\\s+podium|zat\\s+in\\s+het\\s+panel)\\s+(?:\\S+\\s+){0,3}?(?:op|bij|tijdens)\\s+(?!(?:meerdere|verschillende|veel|diverse|congressen|evenementen)(?![\\p{L}]))\\S+',
    '(?:je|jij|u)\\s+(?:hebt|heeft)\\s+(?:\\S+\\s+){0,3}?(?:op|bij|tijdens)\\s+(?!(?:meerdere|verschillende|veel|diverse|congressen|evenementen)(?![\\p{L}]))(?:\\S+\\s+){1,6}?(?:gesproken|gepresenteerd|een\\s+(?:lezing|presentatie|keynote|workshop)\\s+gegeven)',
    'du\\s+(?:hast|hattest)\\s+(?:\\S+\\s+){0,3}?(?:auf|bei|beim|in|im|während)\\s+(?!(?:vielen|mehreren|verschiedenen|zahlreichen|konferenzen|events)(?![\\p{L}]))(?:\\S+\\s+){1,6}?(?:gesprochen|präsentiert|vorgetragen|referiert|einen\\s+vortrag\\s+gehalten)',
    '(?:vous\\s+avez|tu\\s+as)\\s+(?:\\S+\\s+){0,2}?(?:parlé|présenté|animé|pris\\s+la\\s+parole|donné\\s+une\\s+(?:conférence|présentation|keynote))\\s+(?:\\S+\\s+){0,3}?(?:à|au|aux|lors|pendant)\\s+(?!(?:plusieurs|nombreux|nombreuses|différents|différentes|conférences)(?![\\p{L}]))\\S+',
    '(?:hablaste|presentaste|diste\\s+una\\s+(?:charla|ponencia|conferencia|presentación)|(?:usted\\s+)?(?:habló|presentó|dio\\s+una\\s+(?:charla|ponencia|conferencia)))\\s+(?:\\S+\\s+){0,3}?(?:en|durante)\\s+(?!(?:varios|varias|muchos|muchas|diversos|diversas|conferencias|eventos)(?![\\p{L}]))\\S+',
    '(?:você|tu)\\s+(?:falou|apresentou|palestrou|deu\\s+uma\\s+(?:palestra|apresentação|aula))\\s+(?:\\S+\\s+){0,3}?(?:no|na|em|durante)\\s+(?!(?:vários|várias|muitos|muitas|diversos|diversas|conferências|eventos)(?![\\p{L}]))\\S+',
    '(?:falaste|apresentaste|deste\\s+uma\\s+(?:palestra|apresentação))\\s+(?:\\S+\\s+){0,3}?(?:no|na|em|durante)\\s+(?!(?:vários|várias|muitos|muitas|diversos|diversas|conferências|eventos)(?![\\p{L}]))\\S+',
    // A named piece introduced by a colon: "mit Interesse habe ich gelesen: …", "ho letto con interesse: …".
    '(?:read|heard|watched)\\s+with\\s+(?:great\\s+)?interest\\s*:\\s*\\S+',
    '(?:met\\s+(?:veel\\s+)?(?:plezier|interesse)\\s+)(?:gelezen|beluisterd|bekeken)\\s*:\\s*\\S+',
    'mit\\s+(?:großem\\s+)?interesse\\s+(?:habe\\s+ich\\s+)?(?:gelesen|gehört|gesehen)\\s*:\\s*\\S+',
    '(?:ihr|dein)\\s+beitrag\\s+hat\\s+mich\\s+(?:angesprochen|beeindruckt|inspiriert)\\s*:\\s*\\S+',
    "(?:j'ai\\s+)?(?:lu|écouté|vu)\\s+avec\\s+(?:grand\\s+)?intérêt\\s*:\\s*\\S+",
    '(?:votre|ta)\\s+contribution\\s+a\\s+retenu\\s+mon\\s+attention\\s*:\\s*\\S+',
    '(?:leí|escuché|vi)\\s+con\\s+(?:mucho\\s+)?interés\\s*:\\s*\\S+',
    '(?:me\\s+gustó\\s+mucho\\s+tu\\s+publicación)\\s*:\\s*\\S+',
    '(?:ho\\s+)?(?:letto|ascoltato|visto)\\s+con\\s+(?:grande\\s+)?interesse\\s*:\\s*\\S+',
    '(?:il\\s+suo|il\\s+tuo)\\s+contributo\\s+mi\\s+ha\\s+colpito\\s*:\\s*\\S+',
    '(?:li|ouvi|vi)\\s+com\\s+(?:muito\\s+)?interesse\\s*:\\s*\\S+',
    'a\\s+sua\\s+publicação\\s+chamou\\s+a\\s+minha\\s+atenção\\s*:\\s*\\S+',
    // The recipient's talk at a named occasion: "the talk you gave at ProductCamp", "keynote gaf je op…".
    '(?:talk|keynote|presentation|lecture|workshop|session|masterclass|pitch|speech|webinar|panel|demo)(?<=the\\s+\\p{L}+)\\s+(?:that\\s+)?you\\s+(?:gave|did|held|hosted|ran|led|delivered|moderated)\\s+(?:\\S+\\s+){0,2}?(?:at|during|for)\\s+(?!(?:length|several|many|various|numerous|multiple|lots|conferences|events)(?![\\p{L}]))\\S+',
    '(?:lezing|presentatie|keynote|workshop|sessie|masterclass|pitch|training|gastcollege|talk|webinar|toespraak|voordracht)\\s+(?:die\\s+)?(?:(?:je|jij|u)\\s+(?:gaf|hield|deed|verzorgde)|(?:gaf|hield|deed|verzorgde)\\s+(?:je|jij|u))\\s+(?:\\S+\\s+){0,2}?(?:op|bij|tijdens|voor)\\s+(?!(?:meerdere|verschillende|veel|diverse|congressen|evenementen|linkedin)(?![\\p{L}]))\\S+',
    '(?:vortrag|keynote|workshop|präsentation|impulsvortrag|rede|session),?\\s+(?:den|die|das)\\s+(?:du|sie)\\s+(?:\\S+\\s+){0,2}?(?:auf|bei|beim|in|im|während)\\s+(?!(?:vielen|mehreren|verschiedenen|zahlreichen|konferenzen|linkedin)(?![\\p{L}]))\\S+',
    '(?:conférence|présentation|intervention|atelier|keynote|talk)\\s+(?:que\\s+)?(?:vous\\s+avez|tu\\s+as)\\s+(?:donnée?|faite?|animée?|présentée?)\\s+(?:\\S+\\s+){0,2}?(?:à|au|aux|lors|pendant)\\s+(?!(?:plusieurs|nombreux|nombreuses|différents|différentes|linkedin)(?![\\p{L}]))\\S+',
    '(?:charla|ponencia|presentación|taller|conferencia)\\s+(?:que\\s+)?(?:diste|dio|hiciste|impartiste|impartió)\\s+(?:\\S+\\s+){0,2}?(?:en|durante)\\s+(?!(?:varios|varias|muchos|muchas|linkedin)(?![\\p{L}]))\\S+',
    '(?:intervento|presentazione|talk|workshop|keynote|lezione)\\s+(?:che\\s+)?(?:hai|ha)\\s+(?:tenuto|fatto|presentato)\\s+(?:\\S+\\s+){0,2}?(?:al|alla|allo|a|in|durante|nel|nella)\\s+(?!(?:vari|varie|molti|molte|linkedin)(?![\\p{L}]))\\S+',
    '(?:palestra|apresentação|workshop|aula|talk)\\s+(?:que\\s+)?(?:deu|deste|fez|fizeste|apresentou)\\s+(?:\\S+\\s+){0,2}?(?:no|na|em|durante)\\s+(?!(?:vários|várias|muitos|muitas|linkedin)(?![\\p{L}]))\\S+',
    // The recipient's part in something named: "saw you're one of the mentors".
    "(?:one|among)(?<=you(?:'re|\\s+are|'ll\\s+be|\\s+will\\s+be)\\s+(?:also\\s+)?(?:one|among))\\s+(?:of\\s+)?the\\s+(?:\\S+\\s+)?(?:mentors|speakers|panel(?:l)?ists|judges|coaches|trainers|hosts|organi[sz]ers|moderators|teachers|lecturers|jurors|facilitators|presenters|instructors|tutors)(?![\\p{L}])",
    '(?:sprekers|mentoren|mentors|coaches|juryleden|trainers|docenten|begeleiders|organisatoren|panelleden|dagvoorzitters)(?<=(?:je|jij|u)\\s+(?:bent\\s+|is\\s+)?(?:ook\\s+)?(?:een|één)\\s+van\\s+de\\s+\\p{L}+)(?![\\p{L}])',
    // Something the recipient's firm made for the sender: "your agency built the first version".
    '(?:agency|team|company|firm|studio|department|lab|group|office|startup|colleagues|shop|school)(?<=your\\s+\\p{L}+)\\s+(?:built|designed|developed|created|made|launched|delivered|implemented|wrote|organi[sz]ed|ran|hosted|published|released|rebuilt|redesigned|renovated|installed|supplied|printed|catered|restored)\\s+(?:our|my|the\\s+(?:first|original|current|new|old|previous|last)\\s+(?:version|release|edition|site|website|app|design|build|office|house|kitchen|campaign|logo|brand))(?![\\p{L}])',
    "(?:bureau|team|bedrijf|studio|afdeling|collega's|winkel|school)(?<=(?:jullie|jouw|je|uw)\\s+\\S+)\\s+(?:heeft|hebben|had|bouwde|ontwierp|ontwikkelde|maakte|lanceerde|organiseerde|leverde|installeerde|renoveerde|verbouwde)\\s+(?:\\S+\\s+){0,3}?(?:onze|ons|mijn)\\s+(?!(?:interesse|aandacht|nieuwsgierigheid|oog)(?![\\p{L}]))\\S+",
    // The recipient on stage soon: "saw you're hosting a session", not "you're leading a team".
    "(?:hosting|speaking|presenting|moderating|teaching)(?<=you(?:'re|\\s+are|'ll\\s+be|\\s+will\\s+be)\\s+\\p{L}+)\\s+(?:a|the|at|on|during)\\s+\\S+",
  ],
  'request-ask': [
    // en
    '(?:learn|hear|understand|know|ask|curious|find\\s+out|wondering|wonder)[,:]?\\s+(?:\\S+\\s+){0,3}?how\\s+(?:you|your\\s+team|your\\s+\\p{L}+)\\s+\\p{L}+',
    '(?:could|can|may|might)\\s+i\\s+ask\\s+(?:you\\s+)?(?:\\S+\\s+){0,3}?(?:questions?|about|how|whether|what|for\\s+your)',
    '(?:a|one|two|three|some|a\\s+few|few|quick)\\s+(?:quick\\s+|short\\s+|specific\\s+)?questions?\\s+(?:about|on|regarding)\\s+\\S+',
    '(?:pick\\s+your\\s+brain|your\\s+(?:advice|take|view|perspective|thoughts|experience))\\s+(?:about|on|regarding)\\s+\\S+',
    'how\\s+(?:did|do|does)\\s+(?:you|your\\s+team)\\s+\\p{L}+',
    // nl
    '(?:leren|horen|weten|begrijpen|benieuwd|nieuwsgierig)[,:]?\\s+(?:\\S+\\s+){0,3}?hoe\\s+(?:je|jij|jullie|u)\\s+\\p{L}+',
    'mag\\s+ik\\s+(?:je|jou|u)\\s+(?:\\S+\\s+){0,3}?(?:vraag|vragen|vragen\\s+stellen|iets\\s+vragen)',
    '(?:een|twee|drie|paar|enkele|korte)\\s+(?:korte\\s+)?(?:vraag|vragen)\\s+over\\s+\\S+',
    'hoe\\s+(?:hebben|hebt|heb|hebben)\\s+(?:jullie|je|u)\\s+\\p{L}+',
    '(?:jullie|jouw|je|uw)\\s+(?:aanpak|ervaring|werkwijze)\\s+(?:met|van|bij|rond)\\s+\\S+',
    // de
    '(?:lernen|erfahren|verstehen|wissen|neugierig|interessiert)[,:]?\\s+(?:\\S+\\s+){0,3}?wie\\s+(?:sie|du|ihr|ihr\\s+team|dein\\s+team)\\s+\\p{L}+',
    'darf\\s+ich\\s+(?:ihnen|dir)\\s+(?:\\S+\\s+){0,3}?fragen?',
    '(?:eine|zwei|drei|ein\\s+paar|einige|kurze)\\s+(?:kurze\\s+)?fragen?\\s+(?:zu|zum|zur|über)\\s+\\S+',
    // fr
    '(?:apprendre|savoir|comprendre|curieux|curieuse)[,:]?\\s+(?:\\S+\\s+){0,3}?comment\\s+(?:vous|tu|votre\\s+équipe|ton\\s+équipe)\\s+\\p{L}+',
    '(?:puis-je|pourrais-je|je\\s+peux)\\s+(?:vous|te)\\s+poser\\s+(?:\\S+\\s+){0,3}?questions?',
    '(?:une|deux|trois|quelques)\\s+(?:petites\\s+)?questions?\\s+sur\\s+\\S+',
    // es
    '(?:aprender|saber|entender|conocer|curiosidad)[,:]?\\s+(?:\\S+\\s+){0,3}?cómo\\s+(?:\\S+\\s+)?\\p{L}+',
    '(?:podría|puedo|me\\s+permites)\\s+(?:hacerte|hacerle|preguntarte|preguntarle)',
    '(?:una|dos|tres|algunas)\\s+preguntas?\\s+sobre\\s+\\S+',
    // it
    '(?:imparare|sapere|capire|curioso|curiosa)[,:]?\\s+(?:\\S+\\s+){0,3}?come\\s+\\p{L}+',
    '(?:posso|potrei)\\s+(?:farti|farle|chiederti|chiederle)',
    '(?:una|due|tre|alcune)\\s+(?:domanda|domande)\\s+su\\p{L}*\\s+\\S+',
    // pt
    '(?:aprender|saber|entender|curioso|curiosa)[,:]?\\s+(?:\\S+\\s+){0,3}?como\\s+\\p{L}+',
    '(?:posso|poderia)\\s+(?:te|lhe)\\s+(?:fazer|perguntar)',
    '(?:uma|duas|três|algumas)\\s+perguntas?\\s+sobre\\s+\\S+',
    '(?:tell|show|explain\\s+to|share\\s+with|walk)\\s+(?:me|us)\\s+(?:through\\s+)?how\\s+(?:you|your\\s+\\p{L}+)\\s+(?:\\S+\\s+){0,3}?(?:\\p{L}{2,}ed|built|ran|did|made|set\\s+up|got|went|chose|dealt|kept|brought|found|won|grew|cut|took|began|started|handle|handles|organi[sz]e|organi[sz]es|manage|manages|approach|approaches)(?![\\p{L}])',
    'how\\s+your\\s+(?:team|company|department|group|lab|hospital|school|startup|firm|office)\\s+(?:at\\s+\\S+\\s+)?(?:handled|handles|approached|approaches|solved|solves|managed|manages|tackled|tackles|built|builds|organi[sz]ed|organi[sz]es|dealt|deals|migrated|moved|rolled|set|sets|did|does)(?![\\p{L}])',
    '(?:vertellen|uitleggen|laten\\s+zien|delen)\\s+hoe\\s+(?:je|jij|jullie|u)\\s+\\p{L}+',
  ],
  'request-observation': [
    '(?:see|saw|noticed|notice|read|heard|understand|learned|gather)\\s+(?:that\\s+)?you\\s+(?:\\S+\\s+){0,1}?(?:lead|led|run|ran|built|rebuilt|manage|managed|head|headed|founded|started|launched|created|designed|developed|wrote|organi[sz]e|organi[sz]ed|set\\s+up|introduced|moved|switched|scaled|are\\s+(?:responsible|leading|building|working|running))',
    '(?:zie|zag|las|lees|hoor|hoorde|begrijp|begreep)\\s+(?:ik\\s+)?(?:dat\\s+)?(?:je|jij|u|jullie)\\s+(?:\\S+\\s+){0,4}?(?:leidt|leidde|runt|bouwde|opzette|opgezet|hebt|heeft|hebben|verantwoordelijk|oprichtte|opgericht|startte|lanceerde|ontwikkelde|schreef|werkt|werkte|werken|coördineert|organiseert|begeleidt)',
    '(?:sehe|sah|las|lese|hörte|habe\\s+gelesen|habe\\s+gesehen)\\s+(?:\\S+\\s+){0,1}?(?:dass\\s+)?(?:sie|du|ihr)\\s+(?:\\S+\\s+){0,4}?(?:leiten|leitest|aufgebaut|gegründet|verantwortlich|entwickelt|eingeführt)',
    "(?:je\\s+vois|j'ai\\s+vu|j'ai\\s+lu|j'ai\\s+appris)\\s+(?:que\\s+)?(?:vous|tu)\\s+(?:\\S+\\s+){0,3}?(?:dirigez|diriges|avez|as|êtes|es|gérez|gères|avez\\s+fondé|as\\s+fondé)",
    '(?:veo|vi|leí|he\\s+visto|he\\s+leído)\\s+(?:que\\s+)?(?:\\S+\\s+){0,2}?(?:diriges|dirige|lideras|lidera|has|ha|fundaste|fundó|creaste|gestionas|gestiona)',
    '(?:vedo|ho\\s+visto|ho\\s+letto)\\s+(?:che\\s+)?(?:\\S+\\s+){0,2}?(?:guidi|guida|dirigi|dirige|hai|ha|gestisci|gestisce|hai\\s+fondato)',
    '(?:vejo|vi|li)\\s+(?:que\\s+)?(?:\\S+\\s+){0,2}?(?:lidera|lideras|dirige|diriges|gerencia|fundou|criou|tem)',
    '(?:your|jouw|je|uw|ihr|dein|votre|ton|tu|su|il\\s+tuo|il\\s+suo|seu|sua)\\s+(?:team|teams|work|werk|project|projects|projecten|research|onderzoek|afdeling|department|abteilung|équipe|equipo|squadra|equipe|hospital|ziekenhuis|startup|start-up|school|lab|practice|praktijk)\\s+(?:at|bij|op|in|on|with|met|van|bei|chez|en|presso|na|no)\\s+\\S+',
  ],
  upcoming: [
    "(?:we're|we\\s+are|we'll|we\\s+will|we\\s+both|both\\s+of\\s+us)\\s+(?:\\S+\\s+){0,2}?(?:booked|registered|signed\\s+up|attending|speaking|enrolled|presenting)\\s+(?:for|at|to|on|in)\\s+\\S+",
    'see\\s+you\\s+(?:at|next|tomorrow|on|in)\\s+(?!our\\b|my\\b|one\\b|some\\b|any\\b|an?\\b|events?\\b|linkedin(?![\\p{L}])|here(?![\\p{L}])|online(?![\\p{L}])|the\\s+(?:feed|top|other\\s+side|road|future)(?![\\p{L}])|around(?![\\p{L}])|soon(?![\\p{L}]))\\S+',
    '(?:looking\\s+forward|look\\s+forward|excited)\\s+to\\s+(?:seeing|meeting|see|meet)\\s+you\\s+(?:at|in|during|next|tomorrow|on)\\s+(?!our\\b|my\\b|your\\b|a\\b|an\\b|linkedin\\b|person\\b|some\\b|real\\b|future\\b|the\\s+future\\b|one\\s+day\\b)\\S+',
    "also(?<=(?:i'll|i\\s+will|i'm|i\\s+am)\\s+also)\\s+(?:be\\s+)?(?:at|attending|speaking\\s+at|joining|going\\s+to|registered\\s+for)\\s+\\S+",
    "(?:too|well)(?<=(?:i'll|i\\s+will)\\s+(?:be\\s+)?(?:at|attending|speaking\\s+at|joining|going\\s+to|registered\\s+for)\\s+(?:\\S+\\s+){1,6}?(?:too|as\\s+well))(?![\\p{L}])",
    '(?:we|wij)\\s+(?:staan|zijn|gaan)\\s+(?:allebei|beiden|ook|allebei\\s+ook|samen)\\s+(?:\\S+\\s+){0,3}?(?:ingeschreven|aangemeld|naar)',
    'tot\\s+(?:volgende\\s+week|morgen|straks|dan|\\p{L}+dag)\\s+(?:bij|op|in|tijdens)',
    '(?:zie|spreek)\\s+(?:je|jou|u)\\s+(?:volgende\\s+week|morgen|op|bij|tijdens|\\p{L}+dag)',
    'ik\\s+ben\\s+er\\s+ook\\s+(?:bij|aanwezig)',
    // Both booked for a named kind of event, with the time in between ("we zitten volgende week allebei bij de workshop").
    '(?:we|wij)\\s+(?:zitten|zijn|staan|gaan)\\s+(?:\\S+\\s+){0,3}?(?:allebei|beiden|samen)\\s+(?:\\S+\\s+){0,1}?(?:bij|op|naar)\\s+(?:de|het)\\s+(?:\\S+\\s+){0,1}?' +
      sharedEvent,
    'wir\\s+(?:sind|gehen|nehmen)\\s+(?:beide|beide\\s+auch|auch\\s+beide)\\s+(?:\\S+\\s+){0,3}?(?:angemeldet|dabei|teil|zum|zur)',
    'wir\\s+(?:sind|gehen|fahren)\\s+(?:beide|beide\\s+auch|auch\\s+beide)\\s+(?:\\S+\\s+){0,3}?(?:beim|bei\\s+der|bei\\s+dem|auf\\s+der|auf\\s+dem|im|in\\s+der)\\s+(?:\\S+\\s+){0,1}?' +
      sharedEvent,
    'bis\\s+(?:nächste\\s+woche|morgen|\\p{L}+tag)\\s+(?:auf|bei|in|im|beim)',
    '(?:wir\\s+sehen|treffen)\\s+uns\\s+(?:nächste\\s+woche|morgen|auf|bei|beim|am)',
    'nous\\s+sommes\\s+(?:tous\\s+)?(?:les\\s+)?deux\\s+(?:inscrits|inscrites|attendus)',
    "(?:nous\\s+(?:serons|allons\\s+être|sommes)|on\\s+(?:sera|va\\s+être))\\s+(?:tous\\s+|toutes\\s+)?(?:les\\s+)?deux\\s+(?:\\S+\\s+){0,1}?(?:à\\s+la|à\\s+l'|au|aux|à|lors\\s+d[eu'])\\s*(?:\\S+\\s+){0,1}?" +
      sharedEvent,
    'à\\s+(?:la\\s+semaine\\s+prochaine|demain|\\p{L}+di)\\s+(?:au|à|chez|lors)',
    'on\\s+se\\s+(?:voit|retrouve)\\s+(?:la\\s+semaine\\s+prochaine|demain|au|à|lors)',
    '(?:ambos|los\\s+dos)\\s+(?:estamos|vamos|iremos)\\s+(?:\\S+\\s+){0,2}?(?:inscritos|apuntados|a\\s+ir|al|a\\s+la)',
    'nos\\s+vemos\\s+(?:la\\s+próxima\\s+semana|la\\s+semana\\s+que\\s+viene|el\\s+mes\\s+que\\s+viene|pasado\\s+mañana|mañana|(?:en|el)\\s+(?!linkedin|el\\s+camino|la\\s+red|las\\s+redes|redes|breve|línea)\\S+)',
    '(?:siamo|saremo)\\s+entrambi\\s+(?:\\S+\\s+){0,2}?(?:iscritti|presenti|al|alla|a)',
    'ci\\s+vediamo\\s+(?:la\\s+prossima\\s+settimana|la\\s+settimana\\s+prossima|domani|(?:al|alla|a)\\s+(?!presto|breve|dopo|linkedin|giro)\\S+|lunedì|martedì|mercoledì|giovedì|venerdì)',
    '(?:estamos|vamos)\\s+(?:ambos|os\\s+dois)\\s+(?:\\S+\\s+){0,2}?(?:inscritos|ao|à|no|na)',
    'nos\\s+vemos\\s+(?:na\\s+próxima\\s+semana|na\\s+semana\\s+que\\s+vem|amanhã|(?:no|na|em)\\s+(?!breve|linkedin|rede|redes|caminho)\\S+)',
    // "I'll be there too": je serai aussi au SITL, ik ben er ook bij, ich bin auch auf der…, estaré también en…
    "je\\s+(?:serai|vais\\s+être)\\s+(?:aussi|également)\\s+(?:présente?\\s+)?(?:à\\s+la|à\\s+l'|au|aux|à|lors\\s+d[eu'])\\s*(?!(?:l'|la\\s+)?(?:linkedin|écoute|votre|ta\\b|vos\\b|disposition))\\S+",
    'ich\\s+(?:bin|werde)\\s+(?:auch|ebenfalls)\\s+(?:\\S+\\s+){0,2}?(?:auf\\s+der|auf\\s+dem|beim)\\s+(?!suche|höhe|seite|weg(?![\\p{L}]))\\S+',
    '(?:estaré|voy\\s+a\\s+estar)\\s+(?:también\\s+)?(?:en\\s+(?:el|la)|en|al)\\s+(?!linkedin|contacto|tu\\b|su\\b|mi\\b|red\\b|disposición)\\S+',
    '(?:sarò|sarò\\s+anche|anch\\S+\\s+io\\s+sarò)\\s+(?:anche\\s+)?(?:al|alla|allo|a|all\\S+)\\s+(?!presto|disposizione|tua\\b|sua\\b|mia\\b|rete\\b)\\S+',
    '(?:vou\\s+estar|estarei)\\s+(?:também\\s+)?(?:no|na|em)\\s+(?!breve|contato|contacto|linkedin)\\S+',
    // Also going to a named kind of event: "volgende week zit ik ook bij de Masterclass…".
    'ook(?<=(?:ik\\s+(?:zit|ben|ga|sta)|(?:zit|ben|ga|sta)\\s+ik)\\s+(?:\\S+\\s+){0,2}ook)\\s+(?:aanwezig\\s+)?(?:bij|op|naar|in)\\s+(?:de|het)\\s+(?:\\p{L}+\\s+)?' +
      sharedEvent,
    // Meeting soon at a named place: "we treffen elkaar op 14 november op de ALV van…".
    'elkaar(?<=(?:(?:we|wij)\\s+(?:treffen|zien|spreken|ontmoeten)|(?:treffen|zien|spreken|ontmoeten)\\s+(?:we|wij))\\s+elkaar)\\s+(?:\\S+\\s+){0,4}?(?:op|bij|tijdens)\\s+(?!(?:een|linkedin|internet|termijn|korte|afstand)(?![\\p{L}]))\\S+',
    'see\\s+you\\s+(?:on\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight)(?![\\p{L}])',
    // An appointment the two have made, with its time: "looking forward to our kickoff Thursday",
    // "ons gesprek morgen", not "our collaboration in the future" or "our conversation".
    '(?:our|ons|onze)(?<!(?:schedule|book|set\\s+up|arrange|plan|organi[sz]e|inplannen|plannen|boeken|regelen)\\s+(?:our|ons|onze))\\s+(?:\\S+\\s+)?(?:meeting|call|kick-?off|appointment|interview|intake|session|lunch|coffee|demo|visit|onboarding|site\\s+visit|gesprek|afspraak|kennismaking|kennismakingsgesprek|sollicitatiegesprek|overleg|koffie|bezoek|belafspraak)\\s+(?:call\\s+|gesprek\\s+)?(?:on\\s+|next\\s+|this\\s+|op\\s+|volgende\\s+|deze\\s+|aanstaande\\s+|a\\.s\\.\\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|week|morning|afternoon|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|ochtend|middag|\\d{1,2}(?:[:.]\\d{2})?(?:\\s*(?:am|pm|uur))?(?![\\p{L}\\d]))(?![\\p{L}])',
    // Both booked for the same thing: "estaremos las dos en…", "we'll both be at…", "saremo entrambi al…".
    "both(?<=(?:we'll|we\\s+will|we're\\s+going\\s+to|we\\s+are\\s+going\\s+to)\\s+both)\\s+(?:be\\s+)?(?:at|in|on|attending|speaking|joining|presenting)\\s+\\S+",
    '(?:estaremos|iremos|vamos\\s+a\\s+estar)\\s+(?:los\\s+dos|las\\s+dos|ambos|ambas|juntos|juntas)\\s+(?:en|al|a\\s+la)\\s+\\S+',
    '(?:estaremos|iremos|vamos\\s+estar)\\s+(?:os\\s+dois|as\\s+duas|ambos|ambas|juntos|juntas)\\s+(?:no|na|em)\\s+\\S+',
    // Joining something of the recipient's: "I'll be joining your cohort at the Leadership Lab".
    '(?:joining|attending|taking|following|in)\\s+your\\s+(?:next\\s+|upcoming\\s+|new\\s+)?(?:cohort|class|course|programme|program|workshop|session|masterclass|training|panel|bootcamp|lecture|retreat|webinar)\\s+(?:at|in|on|for|during|next|this|in)\\s+\\S+',
    // Starting in the recipient's group: "ik begin in september als docent bij jouw vakgroep".
    '(?:begin|start|kom|begint|starten|beginnen)\\s+(?:\\S+\\s+){0,5}?(?:bij|in)\\s+(?:jouw|je|uw|jullie)\\s+(?:vakgroep|team|afdeling|groep|lab|school|praktijk|klas|project)(?![\\p{L}])',
    '(?:joining|starting\\s+(?:in|on|with)|start\\s+(?:in|on|with))\\s+your\\s+(?:team|department|group|lab|school|practice|class|project)(?![\\p{L}])(?!\\s+(?:soon|one\\s+day|someday))',
  ],
};

/** A person's name: capitalised words with the particles of Dutch, German, French, Spanish, Italian and Portuguese names. */
const personName =
  "(?:\\p{Lu}[\\p{Ll}'’-]+)(?:\\s+(?:(?:van|de|der|den|ten|ter|te|von|vom|zu|di|da|del|della|dos|das|do|le|la|du|des|af|mc|y|e)\\s+){0,3}\\p{Lu}[\\p{Ll}'’-]+){0,2}";

/** An organisation: capitalised words, acronyms or names with digits ("Isala", "KvK", "TU Delft", "ASML"). */
const organisation =
  "(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|\\p{N}+\\p{L}+)(?:\\s+(?:(?:of|van|de|der|voor|für|du|des|di|do|da|and|&|en|und|et|y|e|the)\\s+)?(?:\\p{Lu}[\\p{L}\\p{N}&'’.-]*|\\p{N}+)){0,4}";

/** Up to four words, or a relative clause, between a referrer's name and the verb. */
const bridge = '(?:\\s*,?\\s+(?:who|die|dat|der|qui|que|che|quem))?(?:\\s+[^\\s,.;:!?]+){0,4}?';

/**
 * Pieces of work a title may follow ("your book Small Data Teams"); their lower-case forms
 * select the pattern, as they are rarer than "your" or "je".
 */
export const titledPieces =
  'book|article|paper|podcast|newsletter|blog|essay|talk|keynote|course|documentary|film|album|study|report|thesis|boek|artikel|nieuwsbrief|cursus|proefschrift|Buch|Artikel|Podcast|Newsletter|Blog|Vortrag|Studie|Kurs|Dissertation|livre|balado|étude|rapport|libro|artículo|estudio|informe|curso|articolo|saggio|corso|livro|artigo|estudo|relatório'.split(
    '|',
  );

/** Referral, shared-organisation and titled-content patterns (case-sensitive). Named groups carry the name. */
export const caseSensitiveHookSources: Record<
  'referral' | 'shared-organisation' | 'content' | 'owned',
  readonly string[]
> = {
  // Something of the recipient's with a name: "your GitHub project", "jouw Substack", "il tuo
  // crate Tokio" (not German, which capitalises every noun: "Ihr Profil"; not the two-letter
  // "tu", "su", "ta", which would select the pattern for every "summit" or "talk").
  owned: [
    `(?:[Yy]our|[Jj]ouw|[Jj]ullie|[Uu]w|[Vv]otre|[Tt]uo|[Tt]ua|[Ss]uo|[Ss]ua|[Ss]eu|[Tt]eu)\\s+(?:(?!(?:in|at|on|bij|op|van|from|for|to|naar|uit|aan|en|and|et|y|e|o|a|de|di|da|no|na|em|al|is|was|zijn|bent|are)(?![\\p{L}]))\\p{Ll}+\\s+)?(?<name>\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,3})(?!\\s+(?:office|offices|team|teams|branch|location|area|region|market|skills?|profile|experience|background|expertise|network|page|feed|posts|updates|journey|career|site|website|kantoor|vestiging|regio|markt|profiel|ervaring|netwerk|bureau|bureaux|équipe|sede|oficina|ufficio|escritório)(?![\\p{L}]))`,
  ],
  // A piece of the recipient's named by its title: "your book Small Data Teams", "je podcast Boeren met Data".
  content: [
    `(?:[Yy]our|[Jj]ouw|[Jj]e|[Uu]w|[Ii]hre?[nms]?|[Dd]eine?[nms]?|[Vv]otre|[Tt]on|[Tt]a|[Tt]u|[Ss]u|[Tt]uo|[Tt]ua|[Ss]uo|[Ss]ua|[Ss]eu|[Tt]eu)\\s+(?:new\\s+|latest\\s+|recent\\s+|nieuwe\\s+|laatste\\s+|neue[ns]?\\s+|neueste[ns]?\\s+|nouveau\\s+|nouvelle\\s+|dernier\\s+|dernière\\s+|nuevo\\s+|nueva\\s+|último\\s+|última\\s+|nuovo\\s+|nuova\\s+|ultimo\\s+|ultima\\s+|novo\\s+|nova\\s+)?(?:${titledPieces.join('|')})\\s+(?<name>${organisation})`,
  ],
  referral: [
    // en
    `(?<name>${personName})${bridge}\\s+(?:told|suggested|recommended|mentioned|said|thought|pointed|referred|introduced|advised|gave|passed|passed\\s+on|encouraged|urged|asked|forwarded|sent|tipped|put|says|tells|recommends|suggests)\\s+(?:me|us|I|that|we|you|your)`,
    `(?<name>${personName})\\s+(?:from|at|of)\\s+(?:[^\\s,.;:!?]+\\s+){0,5}?(?:told|said|suggested|recommended|mentioned|passed\\s+on|gave|referred|pointed|introduced|forwarded|sent|put)\\s+(?:me|us|I|that|you|your)`,
    // "Anna and I were just talking about you", not "Simon Sinek and I see you are a fan too".
    `(?<name>${personName})\\s+and\\s+I\\s+(?:\\p{Ll}+ed|were|met|spoke|sat|ran|went|had|did|built|began|started|taught|led|wrote|both|are|have|used|work|play|run|sing|volunteer|share|organi[sz]e|host|teach|coach|just)(?![\\p{L}])`,
    `(?:[Vv]ia|[Tt]hrough|[Tt]hanks\\s+to|[Oo]n\\s+the\\s+(?:advice|recommendation|suggestion)\\s+of|[Rr]ecommended\\s+by|[Rr]eferred\\s+by|[Ii]ntroduced\\s+by|[Aa]t\\s+the\\s+suggestion\\s+of)\\s+(?:(?:our|my|a)\\s+(?:mutual\\s+|former\\s+)?(?:friend|contact|colleague|connection|acquaintance|sister|brother|neighbou?r|manager|client|teacher)\\s+)?(?<name>${personName})`,
    `(?:mutual|shared|common)\\s+(?:friend|contact|colleague|connection|acquaintance)\\s*,?\\s+(?<name>${personName})`,
    `(?:your|jouw|je|uw|deine?r?|[Ii]hre?r?|ton|ta|votre|tu|su|il\\s+tuo|la\\s+tua|o\\s+teu|a\\s+tua|o\\s+seu|a\\s+sua)\\s+(?:former\\s+|old\\s+|ex-|oud-|ehemalige[rn]?\\s+|ancien(?:ne)?\\s+|antigu[oa]\\s+|ex\\s+)?(?:colleague|co-worker|manager|boss|classmate|teammate|husband|wife|partner|brother|sister|father|mother|dad|mum|mom|son|daughter|cousin|friend|neighbou?r|assistant|co-?founder|collega|oud-collega|studiegenoot|man|vrouw|broer|zus|vader|moeder|zoon|dochter|neef|nicht|vriend(?:in)?|buurman|buurvrouw|compagnon|Kollegin|Kollege|Kollegen|Mann|Frau|Bruder|Schwester|Vater|Mutter|Sohn|Tochter|Freund(?:in)?|Nachbar(?:in)?|collègue|mari|femme|frère|sœur|père|mère|fils|fille|amie?|voisine?|compañer[oa]|colega|marido|esposa|mujer|herman[oa]|padre|madre|hij[oa]|amig[oa]|vecin[oa]|collega|marito|moglie|fratello|sorella|figli[oa]|amic[oa]|irmão|irmã|pai|mãe|filh[oa]|vizinh[oa])\\s+(?<name>${personName})`,
    // The sender as a named person's relation: "I'm Rik's colleague at Vattenfall", "ik ben de zus van Anna".
    `(?:I'm|I\\s+am|I\\s+was)\\s+(?<name>${personName})['’]s?\\s+(?:former\\s+|old\\s+)?(?:colleague|co-worker|friend|sister|brother|wife|husband|partner|daughter|son|neighbou?r|manager|co-?founder|teammate|classmate|flatmate|roommate)`,
    `(?:I'm|I\\s+am|I\\s+was)\\s+(?:a|an|the)\\s+(?:former\\s+|old\\s+)?(?:colleague|co-worker|friend|sister|brother|neighbou?r|teammate|classmate)\\s+of\\s+(?<name>${personName})`,
    `(?:collega|vriend(?:in)?|zus|broer|vrouw|man|dochter|zoon|buurman|buurvrouw|teamgenoot|studiegenoot|huisgenoot)(?<=[Ii]k\\s+(?:ben|was)\\s+(?:de|het|een)\\s+(?:oud-)?\\p{L}+)\\s+van\\s+(?<name>${personName})`,
    // nl
    `(?<name>${personName})${bridge}\\s+(?:vertelde|zei|raadde|tipte|noemde|adviseerde|wees|verwees|gaf|stelde|suggereerde|beval|vroeg|stuurde|zegt|vertelt|raadt|tipt|noemt|adviseert|verwijst|stuurt|beveelt)\\s+(?:me|mij|ons|dat|aan|je|jou|jouw|u|uw)`,
    `(?<name>${personName})${bridge}\\s+(?:heeft|had)\\s+(?:me|mij|ons)\\s+(?:\\S+\\s+){0,3}?(?:verteld|getipt|aangeraden|gewezen|doorverwezen|verwezen|doorgestuurd|gestuurd|gegeven|voorgesteld|aanbevolen|geïntroduceerd|gevraagd)`,
    `(?:[Vv]ia|[Oo]p\\s+aanraden\\s+van|[Oo]p\\s+advies\\s+van|[Dd]ankzij|[Oo]p\\s+voorspraak\\s+van|[Oo]p\\s+aanbeveling\\s+van|[Gg]etipt\\s+door|[Dd]oorverwezen\\s+door)\\s+(?:(?:onze|mijn|een)\\s+(?:gemeenschappelijke\\s+|gezamenlijke\\s+|wederzijdse\\s+|oud-)?(?:kennis|vriend(?:in)?|collega|connectie|relatie|zus|broer|buurman|buurvrouw|begeleider|leidinggevende|manager|klant|docent)\\s+)?(?<name>${personName})`,
    // The successor of a named person: "ik ben Sander, de opvolger van Erik", "Nachfolger von".
    `(?:opvolger|opvolgster|vervanger|vervangster|voorganger|voorgangster|successor|replacement|predecessor|Nachfolger(?:in)?|Vorgänger(?:in)?|successeur|remplaçante?|sucesor(?:a)?|successore|sucessor(?:a)?)\\s+(?:van|of|to|von|de|di)\\s+(?<name>${personName})`,
    `(?:gemeenschappelijke|gezamenlijke|wederzijdse)\\s+(?:kennis|vriend(?:in)?|collega|connectie|relatie)\\s*,?\\s+(?<name>${personName})`,
    // de
    `(?<name>${personName})${bridge}\\s+(?:hat|erzählte|empfahl|meinte|sagte|riet|schlug|gab|sagt|meint|erzählt|empfiehlt|schickte|nannte|verwies)[,]?\\s+(?:mir|uns|vor|mich|dass|du|Sie|ich)`,
    `(?:[Üü]ber|[Aa]uf\\s+Empfehlung\\s+von|[Dd]urch|[Dd]ank)\\s+(?:unseren?\\s+(?:gemeinsamen\\s+)?(?:Kontakt|Kollegen|Kollegin|Freund(?:in)?|Bekannten)\\s+)?(?<name>${personName})\\s+(?:bin|habe|kam|wurde|erfuhr)`,
    `(?:gemeinsamen?|gemeinsame)\\s+(?:Kontakt|Kollegen|Kollegin|Freund(?:in)?|Bekannten)\\s*,?\\s+(?<name>${personName})`,
    // fr
    `(?<name>${personName})${bridge}\\s+m'a\\s+(?:\\S+\\s+){0,2}?(?:dit|parlé|conseillé|recommandé|suggéré|donné|indiqué|orienté|transmis)`,
    `(?:[Dd]e\\s+la\\s+part\\s+de|[Ss]ur\\s+(?:les\\s+)?conseils?\\s+de|[Ss]ur\\s+la\\s+recommandation\\s+de|[Gg]râce\\s+à|[Rr]ecommandée?\\s+par)\\s+(?:notre\\s+(?:ami|amie|contact|collègue)\\s+commune?\\s+)?(?<name>${personName})`,
    `(?:ami|amie|contact|collègue)\\s+commune?\\s*,?\\s+(?<name>${personName})`,
    // es
    `(?<name>${personName})${bridge}\\s+me\\s+(?:\\S+\\s+){0,1}?(?:dijo|habló|recomendó|sugirió|comentó|dio|pasó|contó|dice|recomienda|sugiere|cuenta|dicho|hablado|recomendado|sugerido|contado|comentado)`,
    `(?:[Dd]e\\s+parte\\s+de|[Pp]or\\s+recomendación\\s+de|[Ss]iguiendo\\s+(?:el\\s+consejo|la\\s+recomendación)\\s+de|[Gg]racias\\s+a)\\s+(?:nuestr[oa]\\s+(?:amig[oa]|contacto|colega)\\s+(?:en\\s+)?común\\s+)?(?<name>${personName})`,
    `(?:amig[oa]|contacto|colega)\\s+en\\s+común\\s*,?\\s+(?<name>${personName})`,
    // it
    `(?<name>${personName})${bridge}\\s+mi\\s+(?:ha|dice|consiglia|suggerisce|racconta)\\s+(?:\\S+\\s+){0,2}?(?:detto|parlato|consigliato|suggerito|dato|raccontato|indicato|che|di)`,
    `(?:[Dd]a\\s+parte\\s+di|[Ss]u\\s+consiglio\\s+di|[Ss]u\\s+suggerimento\\s+di|[Gg]razie\\s+a)\\s+(?:il\\s+nostro\\s+(?:amico|contatto|collega)\\s+(?:in\\s+)?comune\\s+)?(?<name>${personName})`,
    `(?:amic[oa]|contatto|collega)\\s+(?:in\\s+)?comune\\s*,?\\s+(?<name>${personName})`,
    // pt
    `(?<name>${personName})${bridge}\\s+me\\s+(?:\\S+\\s+){0,1}?(?:disse|falou|recomendou|sugeriu|indicou|passou|contou|deu)`,
    `(?<name>${personName})${bridge}\\s+(?:sugeriu|recomendou|indicou|aconselhou)\\s+(?:que|-me|me)`,
    `(?<name>${personName})${bridge}\\s+(?:disse-me|falou-me|recomendou-me|sugeriu-me|indicou-me|contou-me|deu-me|passou-me)`,
    `(?:[Dd]a\\s+parte\\s+de|[Pp]or\\s+indicação\\s+d[eoa]|[Pp]or\\s+recomendação\\s+d[eoa]|[Gg]raças\\s+a)\\s+(?:noss[oa]\\s+(?:amig[oa]|contato|colega)\\s+em\\s+comum\\s+)?(?<name>${personName})`,
    `(?:amig[oa]|contato|colega)\\s+em\\s+comum\\s*,?\\s+(?<name>${personName})`,
  ],
  'shared-organisation': [
    // en
    `(?:[Ww]e|[Bb]oth\\s+of\\s+us)\\s+(?:both\\s+|all\\s+)?(?:work(?:ed)?|stud(?:y|ied)|volunteer(?:ed)?|were|are|graduated|row(?:ed)?|play(?:ed)?|sing|sang|train(?:ed)?|coach(?:ed)?|teach|taught|run|ran|swim|swam|cycle[ds]?|sail(?:ed)?|climb(?:ed)?|serve[d]?|sit|sat|mentor(?:ed)?|dance[d]?|belong(?:ed)?|intern(?:ed)?|volunteer)\\s+(?:both\\s+)?(?:at|for|with|from)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `(?:both|fellow|former|ex-?)\\s+(?:\\p{Ll}+\\s+)?(?:colleagues?|alumni|alums?|alumnus|alumna|members?|students?|classmates?|teammates?|volunteers?)\\s+(?:at|of|from|in)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `(?:[Ff]ellow|[Ff]ormer)\\s+(?<name>${organisation})\\s+(?:alumni|alum|alumnus|alumna|members?|colleagues?|employees?|students?)`,
    `I(?:'m|\\s+am)\\s+also\\s+(?:a|an)\\s+(?:\\p{Ll}+\\s+)?(?:alumnus|alumna|alum|graduate|member|volunteer|mentor|coach|trainer|student|parent|ambassador|fellow|supporter|donor|trustee|teacher|player)\\s+(?:of|from|at|with|for)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `I\\s+(?:also|too)\\s+(?:work(?:ed)?|stud(?:y|ied)|was|volunteer(?:ed)?)\\s+(?:at|for|in|with)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `I\\s+(?:work(?:ed)?|stud(?:y|ied)|was)\\s+(?:at|for|in)\\s+(?:the\\s+)?(?<name>${organisation})\\s+(?:too|as\\s+well)`,
    `(?:[Ww]e)\\s+(?:were|are)\\s+(?:colleagues|classmates|teammates)\\s+(?:at|in)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `both\\s+(?:members|part)\\s+of\\s+(?:the\\s+)?(?<name>${organisation})`,
    `(?:[Ww]e(?:'re|’re|\\s+are|\\s+were))\\s+both\\s+(?:on|in)\\s+(?:the\\s+)?(?:\\p{Ll}+\\s+){1,3}?(?:of|at|for)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `(?:same|one)\\s+(?:cohort|class|team|program|programme|course|batch|intake|year|group|department|project|chapter|board)\\s+(?:of|at|in|from)\\s+(?:the\\s+)?(?<name>${organisation})`,
    `(?:[Ww]e|[Ww]ij)\\s+(?:are|were|zijn|waren)\\s+(?:both|allebei|beiden)\\s+(?:part\\s+of|members\\s+of|connected\\s+to|involved\\s+(?:in|with)|verbonden\\s+aan|lid\\s+van|actief\\s+bij)\\s+(?:the\\s+|de\\s+|het\\s+)?(?<name>${organisation})`,
    `(?:[Ww]ir)\\s+sind\\s+beide\\s+(?:Mitglied(?:er)?\\s+(?:beim|bei|im|in\\s+der)|mit|beim|bei|an\\s+der)\\s+(?:dem\\s+|der\\s+|den\\s+)?(?<name>${organisation})`,
    `(?:[Nn]ous)\\s+sommes\\s+tous\\s+(?:les\\s+)?deux\\s+(?:membres\\s+de|liés\\s+à|chez)\\s+(?:la\\s+|l'|le\\s+)?(?<name>${organisation})`,
    `(?:[Aa]mbos)\\s+(?:formamos\\s+parte\\s+de|estamos\\s+vinculados\\s+a|somos\\s+miembros\\s+de)\\s+(?:la\\s+|el\\s+)?(?<name>${organisation})`,
    `(?:[Ss]iamo)\\s+entrambi\\s+(?:parte\\s+di|legati\\s+a|membri\\s+di)\\s+(?<name>${organisation})`,
    `(?:[Ss]omos)\\s+ambos\\s+(?:parte\\s+d[eoa]s?|ligados\\s+[àa]s?|ligados\\s+aos?|membros\\s+d[eoa]s?)\\s+(?:a\\s+|o\\s+)?(?<name>${organisation})`,
    // nl
    `(?:[Ww]e|[Ww]ij)\\s+(?:werkten|werken|studeerden|studeren|zaten|zitten|waren|zijn)\\s+(?:allebei\\s+|beiden\\s+|samen\\s+|ook\\s+|allebei\\s+ook\\s+|destijds\\s+)?(?:bij|op|aan|in)\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})`,
    `(?:[Ww]e|[Ww]ij)\\s+(?:zaten|zitten|waren|zijn)\\s+(?:allebei\\s+|beiden\\s+|samen\\s+)(?:in|bij)\\s+(?:de|het)\\s+\\p{Ll}+\\s+(?:van|bij)\\s+(?:de\\s+|het\\s+)?(?:\\p{Ll}+\\s+)?(?<name>${organisation})`,
    `(?:oud-?collega|collega|oud-studiegenoot|studiegenoot|jaargenoot|teamgenoot|clubgenoot)(?:'s)?\\s+(?:bij|van|op|aan)\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})`,
    `(?:ook|allebei|beiden)\\s+lid\\s+van\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})`,
    `(?:[Ii]k)\\s+(?:werk|werkte|studeerde|zat)\\s+ook\\s+(?:bij|op|aan|in)\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})`,
    `(?:[Ii]k)\\s+(?:heb|had)\\s+ook\\s+(?:bij|op|aan)\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})\\s+(?:gewerkt|gestudeerd)`,
    `(?:[Ww]e|[Ww]ij)\\s+(?:hebben|hadden)\\s+(?:\\S+\\s+){0,6}?(?:samen|allebei|beiden|ook)\\s+(?:bij|op|aan|in)\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})(?:\\s+\\S+){0,3}?\\s+(?:gewerkt|gestudeerd|gezeten|gespeeld)`,
    `(?:dezelfde|zelfde)\\s+(?:klas|groep|opleiding|lichting|jaargang|afdeling|leergang)\\s+(?:bij|op|aan|van)\\s+(?:de\\s+|het\\s+)?(?<name>${organisation})`,
    // de
    `(?:[Ww]ir)\\s+(?:haben|waren|sind)\\s+(?:beide|beide\\s+auch|auch\\s+beide|zusammen)\\s+(?:\\S+\\s+){0,1}?(?:bei|an\\s+der|an|in\\s+der|im)\\s+(?<name>${organisation})`,
    `(?:ehemalige[rn]?|frühere[rn]?)\\s+(?:Kollegen|Kollegin|Kommilitonen|Kommilitonin)\\s+(?:bei|an\\s+der|von)\\s+(?<name>${organisation})`,
    `(?:[Ww]ir)\\s+(?:haben|waren)\\s+beide\\s+(?:\\S+\\s+){0,2}?(?:an\\s+der|bei|im|in\\s+der)\\s+(?<name>${organisation})(?:\\s+\\S+){0,3}?\\s+(?:studiert|gearbeitet|gelernt)`,
    `(?:[Ii]ch)\\s+bin\\s+(?:auch|ebenfalls)\\s+(?:Alumn(?:us|a)|Absolvent(?:in)?|Mitglied|Ehemalige[rn]?)\\s+(?:der|des|von|vom|bei|an\\s+der)\\s+(?<name>${organisation})`,
    `(?:[Ii]k)\\s+ben\\s+ook\\s+(?:\\p{Ll}[\\p{Ll}-]+\\s+){1,2}?(?:van|bij)\\s+(?:de\\s+|het\\s+)?(?:\\p{Ll}+\\s+)?(?<name>${organisation})`,
    `(?:[Jj]e\\s+suis)\\s+(?:aussi|également)\\s+(?:ancien(?:ne)?\\s+(?:élève\\s+|étudiante?\\s+)?|diplômée?\\s+|membre\\s+)(?:de\\s+l'|de\\s+la\\s+|du\\s+|de\\s+|d')(?<name>${organisation})`,
    `(?:[Tt]ambién\\s+soy|[Ss]oy\\s+también)\\s+(?:ex-?alumn[oa]|antigu[oa]\\s+alumn[oa]|egresad[oa]|miembro)\\s+(?:de\\s+la\\s+|del\\s+|de\\s+)(?<name>${organisation})`,
    `[Aa]nch'io\\s+sono\\s+(?:un\\s+|una\\s+)?(?:ex\\s+(?:alunn[oa]|student(?:e|essa))|alumn(?:us|a)|laureat[oa]|socio|membro)\\s+(?:di|del|della|dell')\\s*(?<name>${organisation})`,
    `(?:[Tt]ambém\\s+sou|[Ss]ou\\s+também)\\s+(?:ex-?alun[oa]|antig[oa]\\s+alun[oa]|formad[oa]|membro)\\s+(?:da|do|de)\\s+(?<name>${organisation})`,
    `(?:[Ii]ch)\\s+(?:war|arbeite|arbeitete|habe)\\s+(?:auch|ebenfalls)\\s+(?:\\S+\\s+){0,1}?(?:bei|an\\s+der)\\s+(?<name>${organisation})`,
    // fr
    `(?:[Nn]ous)\\s+(?:avons|étions|sommes)\\s+(?:tous\\s+)?(?:les\\s+)?(?:deux\\s+)?(?:travaillé\\s+|étudié\\s+|passés\\s+)?(?:chez|à|au|à\\s+la)\\s+(?<name>${organisation})`,
    `promo(?:tion)?\\s+\\d{4}\\s+(?:de\\s+l'|de\\s+la\\s+|du\\s+|de\\s+|d')(?<name>${organisation})\\s+comme\\s+(?:toi|vous)`,
    `(?:même|la\\s+même)\\s+promo(?:tion)?\\s+(?:\\S+\\s+){0,1}?(?:de\\s+l'|de\\s+la\\s+|du\\s+|de\\s+|d'|à\\s+l'|à\\s+)(?<name>${organisation})`,
    `(?:anciens?|ancienne)\\s+(?:collègues?|camarades?)\\s+(?:chez|de|à)\\s+(?<name>${organisation})`,
    `(?:[Jj]'ai|[Mm]oi)\\s+aussi\\s+(?:travaillé\\s+|étudié\\s+)?(?:chez|à)\\s+(?<name>${organisation})`,
    `(?:[Nn]ous\\s+avons|[Oo]n\\s+a|[Jj]'ai)\\s+(?:travaillé|bossé|étudié|collaboré)\\s+(?:ensemble|avec\\s+(?:toi|vous))\\s+(?:chez|à|au|pour|dans)\\s+(?:l'|la\\s+|le\\s+)?(?<name>${organisation})`,
    // es
    `(?:[Aa]mbos|[Ll]os\\s+dos|[Ll]as\\s+dos)\\s+(?:trabajamos|estudiamos|estuvimos|somos)\\s+(?:\\S+\\s+){0,1}?(?:en|de)\\s+(?<name>${organisation})`,
    `(?:ex|antigu[oa]s?)\\s*-?\\s*(?:compañer[oa]s?|colegas?)\\s+(?:en|de)\\s+(?<name>${organisation})`,
    `(?:[Yy]o\\s+)?también\\s+(?:trabajé|estudié|estuve)\\s+en\\s+(?<name>${organisation})`,
    `(?:[Tt]rabajamos|[Tt]rabajábamos|[Ee]studiamos|[Cc]oincidimos|[Hh]emos\\s+trabajado|[Hh]abíamos\\s+trabajado)\\s+(?:juntos|juntas)\\s+(?:en|para)\\s+(?:el\\s+|la\\s+)?(?<name>${organisation})`,
    // it
    `(?:[Ee]ntrambi|[Tt]utti\\s+e\\s+due)\\s+(?:abbiamo\\s+)?(?:lavorato|studiato|siamo\\s+stati)\\s+(?:in|da|presso|alla|al|all')\\s*(?<name>${organisation})`,
    `(?:ex)\\s+(?:colleghi|colleghe|collega|compagni)\\s+(?:in|da|presso|di|alla|al)\\s+(?<name>${organisation})`,
    `[Aa]nch'io\\s+(?:ho\\s+lavorato|lavoro|ho\\s+studiato|sono\\s+stat[oa])\\s+(?:in|da|presso|alla|al)\\s+(?<name>${organisation})`,
    `(?:[Aa]bbiamo\\s+(?:lavorato|studiato|collaborato)|[Ll]avoravamo|[Ss]tudiavamo)\\s+insieme\\s+(?:in|da|presso|alla|al|nella|nel|per|all')\\s*(?<name>${organisation})`,
    // pt
    `(?:[Aa]mbos|[Nn]ós\\s+dois|[Oo]s\\s+dois)\\s+(?:trabalhamos|estudamos|estivemos)\\s+(?:na|no|em)\\s+(?<name>${organisation})`,
    `(?:ex-?)\\s*(?:colegas?|companheiros?)\\s+(?:na|no|da|do|de)\\s+(?<name>${organisation})`,
    `[Tt]ambém\\s+(?:trabalhei|estudei|estive)\\s+(?:na|no|em)\\s+(?<name>${organisation})`,
    `(?:[Tt]rabalhamos|[Tt]rabalhávamos|[Tt]rabalhámos|[Ee]studamos|[Ee]studámos)\\s+(?:juntos|juntas)\\s+(?:na|no|em|pela|pelo)\\s+(?:(?:projeto|projecto|equipa|equipe|departamento|cliente|escritório)\\s+(?:da|do|de)\\s+)?(?<name>${organisation})`,
    // Through a named group: "via de ouderraad van basisschool De Regenboog", "through the alumni network of INSEAD".
    `(?:[Vv]ia|[Tt]hrough|[Ff]rom|[Üü]ber|[Pp]ar|[Tt]ramite)\\s+(?:de|het|the|our|onze|ons|die|den|das|la|le|el|il|o|a|l')\\s*(?:ouderraad|medezeggenschapsraad|bestuur|vereniging|club|commissie|werkgroep|board|committee|alumni\\s+network|alumninetwerk|network|netwerk|community|kring|Verein|Vorstand|Netzwerk|Ausschuss|Elternbeirat|conseil|association|réseau|asociación|red|junta|associazione|rete|associação|rede)\\s+(?:van|of|at|bij|von|vom|der|des|de|du|del|della|da|do)\\s+(?:\\p{Ll}+\\s+)?(?<name>${organisation})`,
    // "ook oud-Pieter Zandt-leerling hier", "fellow alum": the same school or club.
    `(?:[Oo]ok|[Mm]ede|[Aa]ls)\\s+oud-(?<name>${organisation})(?:-|\\s+)(?:leerling|student|studente|medewerker|lid|collega|alumnus|alumna)`,
  ],
};

/** Capitalised words that look like names but never are a shared contact or organisation. */
export const notANameOrOrganisation = new Set([
  'LinkedIn',
  'Linkedin',
  'Google',
  'Twitter',
  'Facebook',
  'Instagram',
  'YouTube',
  'X',
  'Xing',
  'WhatsApp',
  'Telegram',
  'Mail',
  'E-mail',
  'Email',
  'I',
  'Hi',
  'Hello',
  'Dear',
  'Hoi',
  'Hallo',
  'Beste',
  'Bonjour',
  'Hola',
  'Ciao',
  'Olá',
  'Thanks',
  'Thank',
  'Please',
  'My',
  'Our',
  'Your',
  'The',
  'This',
  'That',
  'He',
  'She',
  'They',
  'We',
  'You',
  'It',
  'Mijn',
  'Ik',
  'Je',
  'Jij',
  'Hij',
  'Zij',
  'Ich',
  'Sie',
  'Er',
  'Je',
  'Il',
  'Elle',
  'Yo',
  'Él',
  'Ella',
  'Io',
  'Lui',
  'Lei',
  'Eu',
  'Ele',
  'Ela',
  'Someone',
  'Somebody',
  'Everyone',
  'Iemand',
  'Jemand',
  'Quelqu',
  'Alguien',
  'Qualcuno',
  'Alguém',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Internet',
  'Web',
  'Online',
]);
