/**
 * Playbook §2: what makes a note impersonal even when it is not LinkedIn's default. A sales or
 * recruiting pitch and a note that "could go to anyone" lead to the profile check; these
 * markers name why. Matched case-insensitively on normalised text.
 */
export type GenericMarkerKind = 'pitch' | 'recruiting' | 'fits-anyone' | 'placeholder';

export const genericMarkerSources: Record<GenericMarkerKind, readonly string[]> = {
  pitch: [
    // en
    'we\\s+help\\s+(?:\\S+\\s+){0,3}?(?:companies|firms|businesses|organi[sz]ations|teams|brands|clients|start-?ups|leaders|people|professionals|founders|agencies|you)',
    '(?:companies|firms|businesses|organi[sz]ations|teams)\\s+like\\s+yours',
    '(?:our|my)\\s+(?:services|solution|solutions|platform|agency|product|products|software|tool|offer|offering|consultancy|program|programme)\\s+(?:\\S+\\s+){0,3}?(?:help|helps|can|could|will|allows?|enables?|delivers?)',
    '(?:cut|reduce|save|lower|slash)\\s+(?:\\S+\\s+){0,3}?(?:costs?|spend|expenses|overhead)\\s+(?:by|with)',
    '(?:grow|increase|boost|double|triple|scale|10x)\\s+(?:your\\s+)?(?:sales|revenue|leads|pipeline|business|growth|roi|conversions?|bookings)',
    '(?:open|up)\\s+(?:to|for)\\s+a\\s+(?:quick\\s+|short\\s+|brief\\s+|15[\\s-]min(?:ute)?\\s+|no[\\s-]obligation\\s+)?(?:chat|call|meeting|demo|conversation|intro)',
    '(?:book|schedule|hop\\s+on|jump\\s+on)\\s+a\\s+(?:quick\\s+|short\\s+)?(?:call|demo|meeting)',
    'free\\s+(?:trial|consultation|audit|demo|assessment|strategy\\s+session)',
    "(?:let's|let\\s+us)\\s+discuss\\s+how\\s+(?:we|i)",
    'how\\s+(?:we|i)\\s+can\\s+(?:help|grow|support|boost|improve|increase|scale)',
    '(?:exclusive|special|limited)\\s+offer',
    // nl
    '(?:wij|we)\\s+helpen\\s+(?:\\S+\\s+){0,3}?(?:bedrijven|organisaties|ondernemers|teams|klanten|mkb|zzp|u|je|jou)',
    'onze\\s+(?:diensten|oplossing|oplossingen|software|producten|aanpak|dienstverlening)',
    '(?:omzet|winst|leads|verkoop|resultaten)\\s+(?:\\S+\\s+)?(?:verhogen|verdubbelen|laten\\s+groeien|vergroten|verbeteren)',
    '(?:kosten|uitgaven)\\s+(?:\\S+\\s+)?(?:verlagen|besparen|reduceren)',
    '(?:vrijblijvend|kort)\\s+(?:\\S+\\s+)?(?:gesprek|kennismakingsgesprek|belletje|demo|adviesgesprek)',
    'gratis\\s+(?:proefperiode|adviesgesprek|scan|demo|analyse|consult)',
    'hoe\\s+(?:wij|we|ik)\\s+(?:je|jou|u|jullie)\\s+(?:kunnen|kan)\\s+helpen',
    // de
    'wir\\s+helfen\\s+(?:\\S+\\s+){0,3}?(?:unternehmen|firmen|teams|kunden|ihnen|dir)',
    'unsere\\s+(?:dienstleistungen|lösung|lösungen|software|produkte|angebote)',
    '(?:umsatz|vertrieb|leads|gewinn)\\s+(?:\\S+\\s+)?(?:steigern|erhöhen|verdoppeln|vervielfachen)',
    'kosten\\s+(?:\\S+\\s+)?(?:senken|reduzieren|sparen)',
    '(?:kurzes|unverbindliches|kostenloses)\\s+(?:\\S+\\s+)?(?:gespräch|telefonat|kennenlernen|erstgespräch|demo)',
    'kostenlose\\s+(?:demo|beratung|testversion|analyse)',
    // fr
    'nous\\s+aidons\\s+(?:\\S+\\s+){0,3}?(?:entreprises|sociétés|équipes|clients|pme|dirigeants|vous)',
    'nos\\s+(?:services|solutions|produits|offres)',
    '(?:augmenter|booster|doubler|développer)\\s+(?:vos|votre)\\s+(?:ventes|chiffre|revenus|leads|business)',
    '(?:réduire|baisser|diminuer)\\s+(?:vos\\s+)?coûts',
    '(?:un\\s+)?(?:court|bref|petit|rapide)\\s+(?:échange|appel|rendez-vous)\\s+(?:téléphonique\\s+)?(?:pour|afin)',
    '(?:démo|essai|audit|diagnostic)\\s+gratuit',
    // es
    'ayudamos\\s+a\\s+(?:\\S+\\s+){0,3}?(?:empresas|compañías|equipos|clientes|pymes|negocios)',
    'nuestros?\\s+(?:servicios|solución|soluciones|productos)',
    '(?:aumentar|duplicar|impulsar|incrementar)\\s+(?:sus|tus)\\s+(?:ventas|ingresos|leads|resultados)',
    '(?:reducir|bajar)\\s+(?:sus\\s+|tus\\s+)?(?:costes|costos|gastos)',
    '(?:breve|corta|pequeña|rápida)\\s+(?:llamada|charla|reunión)\\s+(?:para|de)',
    '(?:demo|prueba|consultoría|auditoría)\\s+gratuita',
    // it
    'aiutiamo\\s+(?:\\S+\\s+){0,3}?(?:aziende|imprese|team|clienti|pmi)',
    '(?:i\\s+)?nostri\\s+(?:servizi|prodotti)',
    'la\\s+nostra\\s+(?:soluzione|piattaforma|offerta)',
    '(?:aumentare|raddoppiare|incrementare)\\s+(?:le\\s+)?(?:tue|sue|vostre)\\s+(?:vendite|entrate)',
    '(?:ridurre|tagliare|abbattere)\\s+(?:i\\s+)?costi',
    '(?:breve|veloce)\\s+(?:chiamata|call|chiacchierata)\\s+(?:per|di)',
    '(?:demo|prova|consulenza)\\s+gratuita',
    // pt
    'ajudamos\\s+(?:\\S+\\s+){0,3}?(?:empresas|equipes|clientes|negócios)',
    'nossos?\\s+(?:serviços|solução|soluções|produtos)',
    '(?:aumentar|dobrar|impulsionar)\\s+(?:suas|as\\s+suas)\\s+(?:vendas|receitas)',
    '(?:reduzir|cortar)\\s+(?:os\\s+)?custos',
    '(?:breve|rápida)\\s+(?:conversa|chamada|reunião)\\s+(?:para|de)',
    '(?:demo|avaliação|consultoria)\\s+gratuita',
  ],
  recruiting: [
    '(?:exciting|interesting|great|unique|amazing|excellent|attractive)\\s+(?:\\S+\\s+)?(?:opportunit(?:y|ies)|role|position|vacancy|job)',
    '(?:opportunity|role|position|vacancy)\\s+(?:\\S+\\s+){0,2}?(?:matches|fits|aligns\\s+with|suits)\\s+your\\s+(?:background|profile|experience|skills)',
    'your\\s+(?:background|experience|profile|skills?)\\s+(?:would\\s+be|is|makes\\s+you|seems?)\\s+(?:a\\s+)?(?:great|perfect|ideal|strong)\\s+(?:fit|match|candidate)',
    "(?:i'm|i\\s+am|we're|we\\s+are)\\s+(?:currently\\s+)?(?:hiring|recruiting)",
    'open\\s+to\\s+(?:new\\s+)?(?:opportunities|roles|offers)',
    // nl
    '(?:mooie|interessante|leuke|uitdagende|unieke)\\s+(?:vacature|functie|kans|rol|opdracht|baan)',
    'past\\s+(?:goed\\s+|perfect\\s+)?bij\\s+(?:je|jouw|uw)\\s+(?:profiel|achtergrond|ervaring)',
    'open(?:staan)?\\s+voor\\s+(?:een\\s+)?(?:nieuwe\\s+)?(?:uitdaging|kans|baan)',
    // de
    '(?:spannende|interessante|attraktive|tolle)\\s+(?:position|stelle|möglichkeit|chance|rolle|herausforderung)',
    'passt\\s+(?:perfekt\\s+|gut\\s+)?zu\\s+(?:ihrem|deinem)\\s+(?:profil|hintergrund|werdegang)',
    // fr
    '(?:belle|superbe|intéressante|excellente|nouvelle)\\s+(?:opportunité|poste)',
    'opportunité\\s+(?:qui\\s+)?(?:correspond|pourrait\\s+correspondre|pourrait\\s+vous\\s+intéresser)',
    'correspond\\s+(?:parfaitement\\s+)?à\\s+(?:votre|ton)\\s+profil',
    // es
    '(?:gran|interesante|emocionante|excelente|nueva)\\s+oportunidad',
    '(?:encaja|coincide)\\s+(?:perfectamente\\s+)?con\\s+(?:tu|su)\\s+perfil',
    // it
    '(?:interessante|ottima|grande|nuova)\\s+opportunità',
    'in\\s+linea\\s+con\\s+il\\s+(?:tuo|suo)\\s+profilo',
    // pt
    '(?:ótima|excelente|interessante|grande|nova)\\s+oportunidade',
    '(?:combina|encaixa)\\s+(?:perfeitamente\\s+)?com\\s+(?:o\\s+)?seu\\s+perfil',
  ],
  'fits-anyone': [
    // en
    '(?:your|ur)\\s+(?:\\p{L}+\\s+)?profile\\s+(?:caught|stood|really\\s+stood|impressed|is\\s+impressive|looks|seemed|popped|came\\s+up|appeared|showed\\s+up)',
    'came\\s+across\\s+your\\s+profile',
    '(?:impressive|interesting|great|amazing|inspiring)\\s+profile',
    '(?:expand|grow|broaden|extend|build|enlarge|widen)\\s+(?:my|our)\\s+(?:professional\\s+)?network',
    '(?:have|add|welcome)\\s+you\\s+(?:in|to|into)\\s+my\\s+(?:professional\\s+)?network',
    '(?:like-?minded|fellow|other)\\s+professionals',
    "(?:we're|we\\s+are)\\s+both\\s+in\\s+(?:the\\s+)?(?:same\\s+)?\\p{Ll}+",
    'we\\s+both\\s+work\\s+in\\s+(?:the\\s+)?\\p{Ll}+',
    'same\\s+(?:industry|field|sector|line\\s+of\\s+work|space|area)',
    '(?:similar|shared|common)\\s+(?:interests|backgrounds?|goals)',
    "(?:let's|let\\s+us|would\\s+love\\s+to|i'd\\s+love\\s+to|happy\\s+to|glad\\s+to|hope\\s+to)\\s+connect",
    'mutual(?:ly)?\\s+(?:benefit|beneficial|interest)',
    'stay\\s+in\\s+touch',
    // nl
    '(?:je|jouw|uw)\\s+profiel\\s+(?:viel|sprak|trok|kwam)',
    '(?:kwam|stuitte|zag)\\s+(?:je|jouw|uw)\\s+profiel',
    '(?:mijn|ons)\\s+netwerk\\s+(?:\\S+\\s+)?(?:uit\\s*te\\s*breiden|uitbreiden|vergroten|versterken|te\\s+vergroten)',
    '(?:in|aan)\\s+mijn\\s+netwerk\\s+(?:toevoegen|hebben|te\\s+hebben)',
    '(?:zelfde|hetzelfde|dezelfde)\\s+(?:vakgebied|branche|sector|werkveld|vak)',
    '(?:we|wij)\\s+(?:zitten|werken)\\s+(?:allebei|beiden|allebei\\s+ook)\\s+in\\s+(?:de\\s+)?\\p{Ll}+',
    'gelijkgestemde',
    'graag\\s+(?:met\\s+(?:je|u|jou)\\s+)?(?:connecten|verbinden|linken)',
    // de
    '(?:ihr|dein)\\s+profil\\s+(?:ist\\s+mir\\s+aufgefallen|hat\\s+mich)',
    '(?:mein|unser)\\s+netzwerk\\s+(?:zu\\s+)?(?:erweitern|vergrößern|ausbauen)',
    '(?:gleichen|selben)\\s+branche',
    'gleichgesinnte',
    // fr
    "(?:votre|ton)\\s+profil\\s+(?:a\\s+retenu|m'a\\s+interpellé|m'a\\s+intéressé|m'a\\s+marqué)",
    '(?:élargir|développer|agrandir|étendre)\\s+mon\\s+réseau',
    '(?:même|le\\s+même)\\s+(?:secteur|domaine)',
    'professionnels\\s+(?:partageant|comme\\s+vous)',
    // es
    '(?:tu|su)\\s+perfil\\s+(?:me\\s+llamó|llamó\\s+mi|me\\s+pareció)',
    '(?:ampliar|expandir|hacer\\s+crecer)\\s+mi\\s+red',
    '(?:mismo|el\\s+mismo)\\s+(?:sector|campo|rubro)',
    'profesionales\\s+(?:afines|como\\s+tú|como\\s+usted)',
    // it
    '(?:il\\s+tuo|il\\s+suo)\\s+profilo\\s+(?:mi\\s+ha|ha\\s+attirato|è\\s+molto)',
    '(?:ampliare|espandere|allargare)\\s+la\\s+mia\\s+rete',
    'stesso\\s+(?:settore|campo|ambito)',
    'professionisti\\s+(?:affini|come\\s+te|come\\s+lei)',
    // pt
    '(?:seu|teu)\\s+perfil\\s+(?:chamou|me\\s+chamou|me\\s+pareceu)',
    '(?:expandir|ampliar|aumentar)\\s+(?:a\\s+)?minha\\s+rede',
    '(?:mesmo|mesma)\\s+(?:setor|área|ramo)',
    'profissionais\\s+(?:da\\s+área|como\\s+você)',
  ],
  placeholder: [
    '\\{\\{?\\s*[\\p{L}_ ]+\\s*\\}?\\}',
    '%[\\p{L}_]+%',
    '\\[(?:first\\s*name|name|naam|voornaam|vorname|prénom|nombre|nome|company|bedrijf)\\]',
    '<(?:first\\s*name|name|naam|voornaam)>',
  ],
};
