import { normalizeForMatching } from '../text/normalize-for-matching.js';
import { anyWordPattern } from '../text/word-pattern.js';

/**
 * The three parts of a good About text (playbook §3): a greeting with an offer of help, what
 * you offer (product or service), and a short profile sketch (an elevator pitch). Patterns in
 * Dutch and English, and the common phrasings in German, French, Spanish, Italian and Portuguese
 * (an outside check found every part missed in those four); first person, and third person
 * for a summary written about oneself ("Petra is a coach who helps ...").
 */

/** Numbers of years, in digits or words, for "ten years as ...", "tien jaar", "zwölf Jahre". */
const yearCount =
  '(?:\\d+|a\\s+few|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|many|several|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vele|zwei|drei|fünf|sechs|sieben|neun|zehn|zwölf|fünfzehn|zwanzig|dreißig|vielen|mehreren|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|plusieurs|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|varios|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta|molti|dois|duas|três|sete|oito|dez|doze|vinte|vários|muitos)';

/** "Thanks for visiting my profile", "Welkom op mijn profiel", "Hallo!" at the start. */
const greeting = anyWordPattern(
  [
    '(?:thanks?|thank\\s+you)\\s+(?:so\\s+much\\s+|very\\s+much\\s+)?for\\s+(?:visiting|stopping\\s+by|viewing|checking\\s+out|taking\\s+the\\s+time|reading|your\\s+visit|dropping\\s+by|coming\\s+by|looking)',
    'welcome\\s+(?:to|on)\\s+my\\s+(?:profile|page|linkedin)',
    '(?:nice|good|great|glad)\\s+to\\s+(?:see|have|meet)\\s+you',
    '(?:hartelijk\\s+|heel\\s+erg\\s+|erg\\s+)?(?:dank|bedankt)\\s+(?:je\\s+|u\\s+)?(?:wel\\s+)?voor\\s+(?:je|jouw|uw|het)\\s+(?:bezoek|interesse|komst|bekijken|lezen)',
    'welkom\\s+(?:op|bij|en\\s+dank\\s+voor)\\s+(?:mijn|je|jouw|uw)?\\s*(?:profiel|pagina|bezoek)?',
    '(?:leuk|fijn|mooi)\\s+dat\\s+(?:je|jij|u)\\s+(?:langskomt|langs\\s+komt|er\\s+bent|mijn\\s+profiel\\s+(?:bekijkt|leest|bezoekt)|hier\\s+bent|even\\s+kijkt|kijkt)',
    'danke\\s+(?:für\\s+ihren|für\\s+deinen)\\s+besuch',
    'willkommen\\s+(?:auf|in)\\s+meinem\\s+profil',
    'schön,?\\s+dass\\s+(?:sie|du)\\s+(?:\\p{L}+\\s+){0,3}?(?:besuchen|besuchst|vorbeischauen|vorbeischaust|hier\\s+sind|hier\\s+bist)',
    'danke\\s+fürs\\s+vorbeischauen',
    // fr, es, it, pt
    "merci\\s+(?:beaucoup\\s+)?(?:de\\s+(?:votre|ta)\\s+visite|pour\\s+(?:votre|ta)\\s+visite|d'avoir\\s+visité|de\\s+(?:visiter|consulter|lire|passer))",
    'bienvenue\\s+(?:sur|à)\\s+(?:mon|ma)\\s+(?:profil|page)',
    'gracias\\s+por\\s+(?:visitar|tu\\s+visita|su\\s+visita|pasar(?:te)?|leer|ver)',
    'bienvenid[oa]s?\\s+a\\s+mi\\s+(?:perfil|página)',
    'grazie\\s+(?:per|di)\\s+(?:aver\\s+visitato|la\\s+(?:tua|sua)\\s+visita|essere\\s+passat[oaie]|aver\\s+letto|visitare)',
    'benvenut[oaie]\\s+(?:sul|nel)\\s+mio\\s+profilo',
    'obrigad[oa]\\s+(?:por|pela)\\s+(?:visitar|sua\\s+visita|tua\\s+visita|visita|passar|ler)',
    'bem-vind[oa]s?\\s+ao\\s+meu\\s+perfil',
  ],
  'giu',
);
const openingGreeting =
  /^\s*(?:hi|hello|hey|dear\s+visitor|hoi|hallo|goedendag|goedemiddag|beste\s+bezoeker|welkom|welcome|hallo\s+en\s+welkom|guten\s+tag|herzlich\s+willkommen|willkommen|moin|servus|bonjour|bienvenue|salut|¡?\s*hola|¡?\s*bienvenid[oa]s?|ciao|salve|benvenut[oaie]|olá|oi|bem-vind[oa]s?)(?![\p{L}\p{N}])/iu;

/** "How can I help you?", "Waarmee zou ik u mogen helpen?", "Neem gerust contact op." */
const helpOffer = anyWordPattern(
  [
    '(?:how|what)\\s+(?:can|could|may|might)\\s+i\\s+(?:help|do\\s+for|assist|mean\\s+for)(?:\\s+you)?',
    'can\\s+i\\s+(?:help|assist)\\s+you',
    'how\\s+i\\s+(?:can|could|might)\\s+help(?:\\s+you)?',
    "(?:i'd|i\\s+would|i'm|i\\s+am|always)\\s+(?:be\\s+)?(?:happy|glad|pleased|keen)\\s+to\\s+help",
    'happy\\s+to\\s+help',
    '(?:let\\s+me\\s+know|tell\\s+me)\\s+(?:how|if|whether)\\s+i\\s+can\\s+help',
    'feel\\s+free\\s+to\\s+(?:reach\\s+out|contact\\s+me|get\\s+in\\s+touch|send\\s+me\\s+a\\s+(?:message|note)|message\\s+me|call\\s+me|connect)',
    "(?:don't|do\\s+not)\\s+hesitate\\s+to\\s+(?:contact|reach\\s+out|get\\s+in\\s+touch|call|message)",
    '(?:get|be)\\s+in\\s+touch(?:\\s+with\\s+me)?',
    'reach\\s+out\\s+to\\s+me',
    '(?:waarmee|hoe|waarin)\\s+(?:kan|mag|zou|kunnen)\\s+(?:ik|wij|we)\\s+(?:je|jou|u|jullie)\\s+(?:mogen\\s+|kunnen\\s+|van\\s+dienst\\s+zijn|misschien\\s+)?(?:helpen|van\\s+dienst\\s+zijn|ondersteunen|verder\\s+helpen)?',
    'wat\\s+(?:kan|mag|zou)\\s+(?:ik|wij|we)\\s+voor\\s+(?:je|jou|u|jullie)\\s+(?:doen|betekenen)',
    'kan\\s+ik\\s+(?:je|jou|u)\\s+(?:ergens\\s+mee\\s+|misschien\\s+)?helpen',
    '(?:ik|wij|we)\\s+(?:help|helpen|denk|denken)\\s+(?:je|jou|u)\\s+graag(?:\\s+mee|\\s+verder)?',
    'neem\\s+(?:gerust\\s+|vrijblijvend\\s+|dan\\s+)*contact\\s+(?:met\\s+(?:mij|me|ons)\\s+)?op',
    'stuur\\s+(?:me|mij|ons)\\s+(?:gerust\\s+)?een\\s+bericht(?:je)?',
    'bel\\s+(?:me|mij|ons)\\s+gerust',
    'wie\\s+weet\\s+wat\\s+(?:ik|wij|we)\\s+voor\\s+(?:elkaar|je|jou|u)\\s+(?:kunnen|kan)\\s+betekenen',
    'wie\\s+kann\\s+ich\\s+(?:ihnen|dir)\\s+helfen',
    'womit\\s+kann\\s+ich\\s+(?:ihnen|dir)\\s+helfen',
    'was\\s+kann\\s+ich\\s+für\\s+(?:sie|dich)\\s+tun',
    '(?:melden|wenden)\\s+sie\\s+sich\\s+gerne?',
    '(?:sprechen|schreiben|kontaktieren)\\s+sie\\s+mich',
    '(?:send|drop)\\s+me\\s+a\\s+(?:message|note|line|dm|mail)',
    '(?:message|call|e-?mail|contact)\\s+me',
    'if\\s+you\\s+need\\s+(?:a\\s+hand|help|support)',
    // fr
    "comment\\s+(?:puis-je|pourrais-je|est-ce\\s+que\\s+je\\s+peux|je\\s+peux)\\s+(?:vous\\s+|t'|te\\s+)?(?:aider|être\\s+utile)",
    "(?:que|qu'est-ce\\s+que)\\s+(?:puis-je|je\\s+peux)\\s+(?:faire\\s+pour|vous\\s+apporter)",
    '(?:je\\s+serai[s]?|je\\s+suis)\\s+(?:ravie?|heureu(?:x|se))\\s+de\\s+vous\\s+aider',
    "n'hésite[zs]?\\s+pas\\s+à\\s+(?:me\\s+contacter|m'écrire|me\\s+joindre|prendre\\s+contact)",
    '(?:contactez|écrivez)-moi',
    // es
    '(?:en\\s+qué|cómo)\\s+(?:puedo|podría)\\s+ayudar(?:te|le|les|os)?',
    '(?:estaré|estoy)\\s+encantad[oa]\\s+de\\s+ayudar',
    'no\\s+dude[ns]?\\s+en\\s+(?:contactarme|escribirme|ponerse\\s+en\\s+contacto|ponerte\\s+en\\s+contacto)',
    '(?:escríbeme|contáctame|escríbame|contácteme)',
    // it
    'come\\s+(?:posso|potrei)\\s+(?:aiutarti|aiutarvi|aiutarla|esserti\\s+utile|esservi\\s+utile|esserle\\s+utile)',
    '(?:in\\s+che\\s+modo|cosa)\\s+posso\\s+(?:fare\\s+per\\s+(?:te|voi|lei)|aiutarti)',
    'sarò\\s+(?:felice|lieto|lieta)\\s+di\\s+aiutar(?:ti|vi|la)',
    'non\\s+esit(?:are|ate)\\s+a\\s+contattarmi',
    '(?:scrivimi|contattami)',
    // pt
    '(?:como|em\\s+que)\\s+(?:posso|poderia)\\s+(?:te\\s+|lhe\\s+)?ajudar',
    '(?:fico|ficarei)\\s+feliz\\s+em\\s+(?:te\\s+)?ajudar',
    'não\\s+hesite\\s+em\\s+(?:me\\s+)?(?:contatar|contactar|procurar)',
    '(?:entre|entra)\\s+em\\s+contato',
    'fale\\s+comigo',
  ],
  'giu',
);

/** "I help webshops ...", "Wij bieden ...", "my services", "gespecialiseerd in". */
const offer = anyWordPattern(
  [
    "(?:i|we|i'm|we're|i\\s+am|we\\s+are)\\s+(?:\\p{L}+\\s+){0,2}?(?:help|helping|offer|offering|provide|providing|deliver|delivering|build|building|design|designing|develop|developing|create|creating|make|making|write|writing|sell|selling|teach|teaching|train|training|coach|coaching|advise|advising|support|supporting|organise|organize|organising|organizing|run|running|translate|translating|install|installing|repair|repairing|produce|producing|supply|supplying|guide|guiding|consult|consulting|photograph|photographing|manage|managing|treat|treating|care\\s+for|automate|automating|grow|growing|turn|turning)\\b",
    '(?:my|our)\\s+(?:services?|products?|offer(?:ing|s)?|expertise|speciali[sz]ations?|clients|customers|work\\s+for)',
    'speciali[sz](?:ed|ing|e)\\s+in',
    '(?:you\\s+can\\s+)?(?:hire|book|call\\s+on)\\s+me\\s+(?:for|to)',
    'i\\s+can\\s+help\\s+you\\s+(?:with|to)',
    '(?:services|products)\\s+(?:include|for)',
    '(?:ik|wij|we)\\s+(?:\\p{L}+\\s+){0,2}?(?:help|helpen|bied|bieden|lever|leveren|bouw|bouwen|ontwerp|ontwerpen|ontwikkel|ontwikkelen|maak|maken|schrijf|schrijven|verkoop|verkopen|geef|geven|train|trainen|coach|coachen|adviseer|adviseren|begeleid|begeleiden|ondersteun|ondersteunen|organiseer|organiseren|vertaal|vertalen|verzorg|verzorgen|installeer|installeren|repareer|repareren|produceer|produceren|fotografeer|fotograferen|beheer|beheren|behandel|behandelen|automatiseer|automatiseren|zorg|zorgen|verbind|verbinden|laat|laten|verhuur|verhuren|onderhoud|onderhouden|plaats|plaatsen|regel|regelen|bezorg|bezorgen|ontzorg|ontzorgen|inspecteer|inspecteren|bemiddel|bemiddelen|werf|werven|teken|tekenen|schilder|schilderen|kook|koken|bak|bakken|restaureer|restaureren)\\b',
    '(?:mijn|onze)\\s+(?:diensten|dienstverlening|producten|aanbod|expertise|specialisatie|specialiteit|klanten|opdrachtgevers)',
    'gespecialiseerd\\s+in',
    '(?:je|u)\\s+(?:kunt|kan)\\s+(?:me|mij|ons)\\s+(?:inschakelen|inhuren|boeken)',
    '(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?(?:helfe|helfen|biete|bieten|entwickle|entwickeln|berate|beraten|unterstütze|unterstützen|gestalte|gestalten|schreibe|schreiben)\\b',
    // Third person and relative clauses: "a designer who builds webshops", "die webshops bouwt".
    '(?:who|that|he|she|they)\\s+(?:\\p{L}+\\s+){0,1}?(?:helps|builds|designs|develops|creates|makes|writes|sells|teaches|trains|coaches|advises|supports|organi[sz]es|runs|translates|delivers|provides|offers|guides|automates)\\b',
    '(?:die|dat|hij|zij|ze)\\s+(?:\\p{L}+\\s+){0,6}?(?:helpt|bouwt|ontwerpt|ontwikkelt|maakt|schrijft|verkoopt|traint|coacht|adviseert|begeleidt|ondersteunt|organiseert|vertaalt|verzorgt|levert|biedt|automatiseert)\\b',
    '(?:ich|wir)\\s+(?:\\p{L}+\\s+){0,2}?(?:fertige|fertigen|betreue|betreuen|baue|bauen|erstelle|erstellen|liefere|liefern|verkaufe|verkaufen|trainiere|trainieren|coache|begleite|begleiten|übersetze|programmiere|organisiere|installiere|repariere)\\b',
    '(?:er|sie|und)\\s+(?:\\p{L}+\\s+){0,1}?(?:hilft|berät|unterstützt|entwickelt|baut|fertigt|gestaltet|schreibt|bietet|verkauft|betreut|begleitet|trainiert|übersetzt|erstellt|liefert)\\b',
    '(?:der|die)\\s+(?:\\p{L}+\\s+){0,5}?(?:hilft|berät|unterstützt|entwickelt|baut|fertigt|gestaltet|schreibt|bietet|verkauft|betreut|begleitet|trainiert|übersetzt|erstellt|liefert)\\b',
    '(?:meine|unsere)\\s+(?:leistungen|angebote?|produkte|kunden|expertise)',
    'spezialisiert\\s+auf',
    // fr: first person, third person, "mes services", "spécialisé en"
    "(?:j'|je\\s+|nous\\s+)(?:\\p{L}+\\s+){0,2}?(?:aide|aidons|accompagne|accompagnons|conçois|concevons|développe|développons|conseille|conseillons|propose|proposons|offre|offrons|crée|créons|réalise|réalisons|traduis|traduisons|forme|formons|rédige|rédigeons|construis|construisons|vends|vendons|organise|organisons|installe|installons|répare|gère|gérons|coache|soigne|fabrique|fabriquons)\\b",
    '(?:il|elle|qui|et)\\s+(?:\\p{L}+\\s+){0,1}?(?:aide|accompagne|conseille|conçoit|développe|propose|offre|crée|réalise|forme|traduit|rédige|fabrique)\\b',
    '(?:mes|nos)\\s+(?:services|prestations|produits|clients|offres)',
    'spécialisée?\\s+(?:en|dans)',
    // es and pt: the verb carries the person ("Ofrezco ...", "Desenvolvo ...")
    '(?:ofrezco|ofrecemos|ayudo|ayudamos|asesoro|asesoramos|acompaño|acompañamos|creamos|construyo|construimos|gestiono|gestionamos|traduzco|imparto|impartimos|vendo|vendemos|instalo|reparo|organizo|produzco|fabrico)\\b',
    '(?:diseño|diseñamos|desarrollo|desarrollamos)(?!\\s+(?:de|del|y)\\b)',
    '(?:él|ella|que|y)\\s+(?:\\p{L}+\\s+){0,1}?(?:ayuda|asesora|ofrece|diseña|desarrolla|acompaña|crea|gestiona|imparte|vende|fabrica)\\b',
    'especializad[oa]\\s+(?:en|em)',
    '(?:mis|nuestros|meus|nossos)\\s+(?:servicios|productos|clientes|serviços|produtos)',
    '(?:ofereço|oferecemos|ajudo|ajudamos|desenvolvo|desenvolvemos|crio|criamos|presto|prestamos|assessoro|assessoramos|acompanho|acompanhamos|atendo|atendemos|traduzo|vendo|instalo|conserto|gerencio|organizo|produzo|fabrico)\\b',
    '(?:ele|ela)\\s+(?:\\p{L}+\\s+){0,1}?(?:ajuda|oferece|desenvolve|cria|projeta|presta|assessora|acompanha|atende)\\b',
    // it
    '(?:aiuto|aiutiamo|offro|offriamo|realizzo|realizziamo|creo|creiamo|accompagno|accompagniamo|affianco|affianchiamo|assisto|traduco|insegno|vendo|vendiamo|installo|riparo|gestisco|gestiamo|organizzo|produco|produciamo)\\b',
    '(?:progetto|progettiamo|sviluppo|sviluppiamo)(?!\\s+(?:di|del|della|dei|delle|e)\\b)',
    '(?:lui|lei|che)\\s+(?:\\p{L}+\\s+){0,1}?(?:aiuta|offre|progetta|sviluppa|realizza|crea|accompagna|affianca|assiste)\\b',
    'specializzat[oaie]\\s+(?:in|nel|nella)',
    '(?:i\\s+miei|i\\s+nostri)\\s+(?:servizi|prodotti|clienti)',
    // "is een ervaren installateur die zonnepanelen plaatst", "is a designer who restores
    // boats", "ist Architektin und entwirft": a role followed by what it does, any verb.
    'is\\s+een\\s+(?:\\p{L}+\\s+){1,3}?die\\s+(?:\\p{L}+\\s+){0,6}?\\p{L}{2,}t\\b',
    'is\\s+an?\\s+(?:\\p{L}+\\s+){1,3}?who\\s+(?:\\p{L}+\\s+)?\\p{L}{2,}s\\b',
    '(?:ist|bin)\\s+(?:\\p{L}+\\s+){1,2}?und\\s+\\p{L}{2,}(?:t|e)\\b',
    // A list of what is on offer: "Services: ...", "Diensten: ...".
    '(?:services|products|expertise|specialties|specialities|diensten|producten|aanbod|specialiteiten|dienstverlening|leistungen|prestations|servicios|servizi|serviços)\\s*:',
  ],
  'giu',
);

/** "I'm a ... with 10 years", "mijn achtergrond", "sinds 2012", "mijn passie". */
const pitch = anyWordPattern(
  [
    "(?:i\\s+am|i'm)\\s+(?:a|an|the)\\s+\\p{L}+",
    '(?:\\d+|ten|fifteen|twenty|many|several)\\+?\\s+years\\s+(?:of\\s+experience|in|as|at|of)',
    '(?:my|a)\\s+background\\s+(?:is\\s+)?in',
    'my\\s+(?:background|career|passion|mission|drive|story|journey)',
    '(?:i|i\\s+have|i\\s+previously|previously\\s+i)\\s+(?:worked|studied|graduated|trained|started|founded|led|spent|grew\\s+up)',
    "i've\\s+(?:worked|spent|been|led|built|founded)",
    '(?:since|from)\\s+(?:19|20)\\d\\d',
    'passionate\\s+about',
    '(?:i|what\\s+drives\\s+me|what\\s+i)\\s+(?:love|believe|enjoy|care\\s+about)',
    'degree\\s+in',
    'outside\\s+(?:of\\s+)?work',
    '(?:ik\\s+ben|ben\\s+ik)\\s+(?:een|de|al|sinds|van|geboren|opgeleid|opgegroeid|\\d+)',
    '\\d+\\s+jaar\\s+(?:ervaring|werkzaam|actief|lang)',
    '(?:ruime|jarenlange|brede)\\s+ervaring',
    '(?:mijn|een)\\s+achtergrond\\s+(?:ligt\\s+)?(?:in|als)',
    'mijn\\s+(?:achtergrond|loopbaan|carrière|passie|missie|drijfveer|verhaal|opleiding|kracht)',
    'ik\\s+(?:heb\\s+)?(?:werkte|gewerkt|studeerde|gestudeerd|afgestudeerd|begon|ben\\s+begonnen|richtte|opgericht)',
    'sinds\\s+(?:19|20)\\d\\d',
    '(?:daarvoor|eerder|daarna)\\s+werkte\\s+ik',
    '(?:ik\\s+geloof|ik\\s+hou\\s+van|ik\\s+houd\\s+van|wat\\s+mij\\s+drijft|ik\\s+word\\s+blij)',
    'naast\\s+mijn\\s+werk',
    '(?:ich\\s+bin|seit\\s+(?:19|20)\\d\\d|jahre\\s+erfahrung|mein\\s+hintergrund)',
    // Years of anything, in any of the seven languages: "tien jaar", "15 Jahren", "dix ans".
    `${yearCount}\\+?\\s+(?:years|jaar|jahren?|ans|años|anni|anos)\\b`,
    'werkte\\s+(?:\\p{L}+\\s+){0,3}?(?:bij|als|in|voor)',
    '(?:ik|en)\\s+houd?\\s+van',
    // Third person: "He has led forty projects", "Zij werkte in het onderwijs".
    '(?:he|she|they)\\s+(?:has\\s+|have\\s+|had\\s+)?(?:\\p{L}+\\s+)?(?:worked|led|spent|built|been|studied|founded|run|managed|started|grew\\s+up)',
    'is\\s+an?\\s+(?:experienced|seasoned|certified|qualified)',
    '(?:hij|zij|ze)\\s+(?:heeft\\s+)?(?:werkte|gewerkt|studeerde|gestudeerd|begon|richtte|opgericht|leidde|geleid)',
    'is\\s+een\\s+(?:ervaren|gecertificeerde?|allround)',
    '(?:er|sie)\\s+(?:hat\\s+)?(?:arbeitete|gearbeitet|studierte|studiert|gründete|gegründet|leitete|geleitet)',
    '(?:davor|zuvor|vorher)\\s+(?:war|arbeitete)',
    'seit\\s+(?:über\\s+|mehr\\s+als\\s+)?\\d+',
    // fr
    "(?:j'ai|il\\s+a|elle\\s+a)\\s+(?:\\p{L}+\\s+)?(?:travaillé|été|dirigé|fondé|créé|étudié|passé|exercé)",
    '(?:je\\s+suis|il\\s+est|elle\\s+est)\\s+(?:un|une|passionnée?|diplômée?|ingénieure?|depuis)',
    '(?:ancien|ancienne|diplômée?)\\s+(?:\\p{L}+\\s+){0,2}?(?:de|en|chez|d)',
    '\\p{L}+\\s+de\\s+formation',
    'depuis\\s+(?:19|20)\\d\\d',
    'ma\\s+(?:passion|mission|formation|carrière)',
    // es
    'soy\\s+(?:un\\s+|una\\s+)?\\p{L}{4,}',
    // "María es abogada": a profession after "es", not German "es gibt", "es freut".
    'es\\s+(?:un\\s+|una\\s+)?\\p{L}{2,}(?:o|a|or|ista|ente|ante)\\b',
    '(?:trabajé|he\\s+trabajado|estudié|fundé|dirigí|tiene\\s+más\\s+de|tengo\\s+más\\s+de)',
    '(?:me\\s+apasiona|mi\\s+pasión|mi\\s+trayectoria|licenciad[oa]\\s+en|graduad[oa]\\s+en)',
    'desde\\s+(?:19|20)\\d\\d',
    // it
    "(?:sono|è)\\s+(?:un\\s+|una\\s+|un'\\s*)?\\p{L}{4,}",
    '(?:ho|ha)\\s+(?:\\p{L}+\\s+)?(?:lavorato|studiato|fondato|diretto|guidato)',
    '(?:laureat[oa]\\s+in|la\\s+mia\\s+passione|mi\\s+appassiona|il\\s+mio\\s+percorso)',
    'dal\\s+(?:19|20)\\d\\d',
    // pt
    '(?:sou|é)\\s+(?:um\\s+|uma\\s+)?\\p{L}{4,}',
    '(?:trabalhei|estudei|fundei|liderei|tenho\\s+mais\\s+de|tem\\s+mais\\s+de)',
    '(?:formad[oa]\\s+em|minha\\s+paixão|minha\\s+trajetória|adoro|há\\s+\\d+\\s+anos)',
  ],
  'giu',
);

const yearsOf = anyWordPattern(
  [`${yearCount}\\+?\\s+(?:years|jaar|jahren?|ans|años|anni|anos)\\b`],
  'giu',
);

/**
 * Whether one sentence states what someone offers or how long they have done it ("Crio
 * identidades visuais para marcas", "Sou designer há oito anos"): judgeSummary counts such a
 * sentence as concrete, so the offer patterns of all seven languages serve both.
 */
export function statesOfferOrExperience(sentence: string): boolean {
  const text = blank(helpOffer, blank(greeting, normalizeForMatching(sentence)));
  return test(offer, text) || test(yearsOf, text);
}

export interface SummaryParts {
  /** A greeting of the visitor ("Thanks for visiting my profile"). */
  greeting: boolean;
  /** An offer of help ("How can I help you?"). */
  helpOffer: boolean;
  /** What the user offers; `offerEndsAt` is where its first mention ends (a character index). */
  offer: boolean;
  offerEndsAt?: number;
  /** A profile sketch: background, experience, what drives the user. */
  pitch: boolean;
}

/** Finds the three parts, sentence by sentence (a question never states an offer or a sketch). */
export function findSummaryParts(summary: string): SummaryParts {
  const text = normalizeForMatching(summary);
  const parts: SummaryParts = {
    greeting: openingGreeting.test(text) || test(greeting, text),
    helpOffer: test(helpOffer, text),
    offer: false,
    pitch: false,
  };
  for (const sentence of sentencesOf(text)) {
    if (sentence.text.trimEnd().endsWith('?')) continue;
    // "I'd be happy to help" offers help, not a service: blank it before looking for an offer.
    const statement = blank(helpOffer, blank(greeting, sentence.text));
    if (!parts.offer) {
      offer.lastIndex = 0;
      const found = offer.exec(statement);
      if (found) {
        parts.offer = true;
        parts.offerEndsAt = sentence.start + found.index + found[0].length;
      }
    }
    if (!parts.pitch && test(pitch, statement)) parts.pitch = true;
  }
  return parts;
}

interface Sentence {
  text: string;
  start: number;
}

function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const boundary = /[.!?…]+(?=\s|$)|\n+/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = match.index + match[0].length;
    sentences.push({ text: text.slice(start, end), start });
    start = end;
  }
  if (start < text.length) sentences.push({ text: text.slice(start), start });
  return sentences.filter((sentence) => /\p{L}/u.test(sentence.text));
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Replaces every match with spaces, so offsets stay put. */
function blank(pattern: RegExp, text: string): string {
  pattern.lastIndex = 0;
  return text.replace(pattern, (match) => ' '.repeat(match.length));
}
