/**
 * Playbook §5 as patterns: the content signals that make an invitation a caution, in every
 * draft language (nl, en, de, fr, es, it, pt). Each source is one whole-word alternative,
 * matched case-insensitively on normalised text (see word-pattern.ts). A location, a title such
 * as "Angel investor" or a small network is never a signal on its own, so none appears here.
 */
export type ScamSignalCode =
  | 'unsolicited-funding'
  | 'outsized-returns'
  | 'windfall'
  | 'romance-or-flattery'
  | 'job-fee-or-easy-money'
  | 'money-or-identity-request'
  | 'urgency-or-secrecy'
  | 'off-platform-contact'
  | 'impersonation'
  | 'suspicious-link';

// A few words of slack between the parts of a phrase ("we offer (flexible business) loans").
const gap = (words: number): string => `(?:\\s+[^\\s]+){0,${words}}?\\s+`;
const amount =
  '(?:(?:[$€£]|r\\$)\\s?\\d[\\d.,]*\\s*(?:k|m)?|\\d[\\d.,]*\\s*(?:k\\s*)?(?:[$€£]|usd|eur|euros?|dollars?|pounds?|gbp|r\\$))';
const period =
  '(?:per|a|an|every|each|par|pro|por|al|ao|am|im|la|le|op|/|p/)\\s*(?:hour|day|daily|week|month|uur|dag|week|maand|stunde|tag|woche|monat|heure|jour|semaine|mois|hora|día|dia|semana|mes|mês|ora|giorno|settimana|mese)';

/** The return on money, in every draft language ("20% rendement per week", "30% Rendite im Monat"). */
const returnWord =
  '(?:returns?|profits?|roi|yield|interest|rendement|winst|rente|rendite|gewinn|zinsen|rendements?|bénéfices?|intérêts?|rentabilidad|ganancias?|beneficios?|rendimientos?|intereses|rendimenti|rendimento|profitti|guadagni|interessi|lucros?|retornos?|rendimentos?|juros)';
const periodWord =
  '(?:day|week|month|dag|maand|tag|woche|monat|jour|semaine|mois|día|dia|semana|mes|mês|giorno|settimana|mese|daily|weekly|monthly|wekelijks|maandelijks|täglich|wöchentlich|monatlich|mensuel|hebdomadaire|mensual|semanal|diario|mensile|settimanale|mensal|diário)';

/**
 * A chat group that belongs to something the two share ("de WhatsApp-groep van de meetup",
 * "the WhatsApp group of the alumni club") is not a stranger moving the contact off LinkedIn;
 * "join our WhatsApp group" and "my WhatsApp" still are.
 */
const groupNoun = '(?:groups?|groep(?:en|je)?|gruppen?|groupes?|grupos?|gruppi|gruppo)';
const notAGroupOfSomethingShared = `(?![\\s-]*(?:${groupNoun}|community|chat)\\s+(?:of|van|voor|der|für|des|de|pour|del|della|dello|da|do|dos|das|para|per|from|for)\\s+(?:(?:the|de|het|die|dem|la|le|les|el|il|lo|o|a)(?![\\p{L}])|l'))`;

/**
 * A group the note names as one that already exists ("the parent WhatsApp group for Oak class",
 * "in de WhatsApp-groep"): a definite article before it, a group word after. Only when the note
 * asks to join it ("join the WhatsApp group for daily tips") is it moving the contact off
 * LinkedIn again; "our"/"my" groups never pass.
 */
const definiteArticle =
  "(?:the|de|het|die|der|den|dem|des|la|le|les|el|los|las|il|lo|gli|os|as|l')";
const joinVerb =
  '(?:join|joins|joining|lid\\s+(?:van|worden\\s+van)|kom\\s+in|ga\\s+in|beitreten|tritt|rejoindre|rejoignez|rejoins|únete\\s+a|unirte\\s+a|unisciti\\s+a|entra\\s+(?:nel|in)|entre\\s+(?:no|na|em|para))';
const unlessTheExistingGroup = (word: string): string => {
  const adjective = "(?:[\\p{L}'-]+\\s+|[\\p{L}']+-)?";
  const before = `(?:^|[^\\p{L}])${definiteArticle}\\s*${adjective}${word}`;
  return `(?:(?<!${before})|(?![\\s-]*${groupNoun})|(?<=${joinVerb}\\s+${definiteArticle}\\s*${adjective}${word}))`;
};
/** A chat app as a way off LinkedIn, not as a group the note names or the two share. */
const chatApp = (word: string): string =>
  word + unlessTheExistingGroup(word) + notAGroupOfSomethingShared;

export const scamSignalSources: Record<
  Exclude<ScamSignalCode, 'suspicious-link'>,
  readonly string[]
> = {
  'unsolicited-funding': [
    // en
    'capital\\s+providers?',
    'private\\s+(?:lenders?|funders?|loan\\s+(?:lenders?|company|firm))',
    'funding\\s+(?:is\\s+)?available',
    'funds?\\s+(?:are\\s+|is\\s+)?available\\s+for',
    'investors?\\s+(?:\\S+\\s+){0,3}?(?:funds?|money|capital)\\s+available',
    '(?:we|i|our\\s+(?:fund|firm|company|group|organi[sz]ation|institution|investors?))\\s+(?:can\\s+|will\\s+|would\\s+|do\\s+|are\\s+able\\s+to\\s+|are\\s+ready\\s+to\\s+)?(?:offer|provide|grant|give|extend|fund|finance|invest)(?:s|ing)?' +
      gap(4) +
      '(?:loans?|funding|financing|finance|capital|investments?|credit|your\\s+(?:project|business|company|idea|start-?up)s?|projects?|businesses|start-?ups?)',
    '(?:project|business|personal|start-?up|private|commercial)\\s+(?:loans?|funding|financing|finance)\\s+(?:at|with|of|from|for\\s+all)',
    'loans?\\s+(?:at|with|of)\\s+(?:an?\\s+|the\\s+)?(?:low\\s+|fixed\\s+|affordable\\s+)?(?:interest|rate|\\d)',
    '(?:low|fixed|affordable|cheap)[\\s-]+(?:interest|rate)\\s+(?:rate\\s+)?(?:loans?|financing|funding)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+(?:annual\\s+|yearly\\s+|per\\s+annum\\s+)?interest(?:\\s+rate)?',
    'looking\\s+for\\s+(?:viable\\s+|profitable\\s+|good\\s+|lucrative\\s+|promising\\s+)?(?:projects|businesses|companies|ventures|partners)\\s+to\\s+(?:fund|finance|invest\\s+in)',
    '(?:investment|business|funding|financing|joint\\s+venture)\\s+(?:opportunit(?:y|ies)|proposals?|propositions?|offers?)',
    '(?:willing|ready|able|interested)\\s+to\\s+(?:invest|fund|finance)' +
      gap(3) +
      '(?:your|viable|lucrative|profitable|promising|any)',
    'interested\\s+in\\s+(?:investing|funding|financing)\\s+(?:in\\s+)?(?:your|viable|lucrative|profitable)',
    '(?:debt|equity)\\s+(?:financing|funding)\\s+(?:available|offers?)',
    '(?:provide|offer|invest|deploy|lend|arrange)\\s+(?:you\\s+)?(?:up\\s+to\\s+|between\\s+)?' +
      amount +
      '(?:\\s+(?:million|mln|billion))?\\s+(?:\\S+\\s+){0,2}?(?:funding|financing|capital|loans?|equity|investments?|credit)',
    'financial\\s+(?:assistance|aid)\\s+(?:to|for)',
    '(?:offering|providing|offers|provides|arranging|arranges)\\s+(?:\\S+\\s+){0,4}?(?:loans?|funding|financing|finance|capital|investments?|credit)\\s+(?:for|to)\\s+(?:\\S+\\s+){0,2}?(?:projects?|businesses|companies|start-?ups?|individuals|entrepreneurs|clients|you)',
    // nl
    'kapitaal(?:verschaffers?|verstrekkers?)',
    '(?:financiering|kapitaal|investeringskapitaal)\\s+(?:is\\s+)?beschikbaar',
    '(?:wij|ik|ons\\s+fonds)\\s+(?:kunnen\\s+|kan\\s+)?(?:bieden|bied|biedt|verstrekken|verstrek|verstrekt|financieren|financier|investeren|investeer)' +
      gap(4) +
      '(?:leningen|lening|financiering|kapitaal|investeringen|investering|krediet|projecten|uw\\s+project|je\\s+project)',
    '(?:leningen?|financiering)\\s+(?:tegen|met|vanaf|van)\\s+(?:een\\s+)?(?:lage\\s+)?(?:rente|\\d)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+rente',
    'investerings(?:mogelijkheid|mogelijkheden|kans|kansen|voorstel)',
    'zakelijk\\s+voorstel',
    '(?:investeerders?|financiers?|geldschieters?)\\s+(?:\\S+\\s+){0,3}?(?:geld|kapitaal|middelen|financiering)\\s+beschikbaar',
    '(?:geld|kapitaal|financiering|middelen)\\s+beschikbaar\\s+(?:\\S+\\s+){0,1}?voor\\s+(?:\\S+\\s+){0,1}?(?:bedrijven|ondernemers|projecten|startups|mkb)',
    'op\\s+zoek\\s+naar\\s+(?:goede\\s+|rendabele\\s+|winstgevende\\s+)?(?:projecten|bedrijven)\\s+om\\s+(?:te\\s+)?(?:financieren|investeren|in\\s+te\\s+investeren)',
    // de
    'kapitalgeber(?:in)?',
    '(?:finanzierung|kapital)\\s+(?:ist\\s+)?verfügbar',
    '(?:wir|ich)\\s+(?:bieten|biete|vergeben|vergebe|finanzieren|finanziere|investieren|investiere|gewähren|gewähre)' +
      gap(4) +
      '(?:darlehen|kredite?|finanzierungen|finanzierung|kapital|investitionen|projekte|ihr\\s+projekt)',
    '(?:darlehen|kredite?)\\s+(?:zu|mit|ab)\\s+(?:einem\\s+)?(?:niedrigen\\s+)?(?:zins\\w*|\\d)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+zinsen?',
    '(?:investitions|investment)(?:möglichkeit|möglichkeiten|chance|angebot)',
    'geschäfts(?:vorschlag|angebot)',
    // fr
    'bailleurs?\\s+de\\s+fonds',
    'prêteurs?\\s+privés?',
    '(?:financement|fonds|capitaux)\\s+disponibles?',
    '(?:nous|je)\\s+(?:offrons|offre|proposons|propose|accordons|accorde|finançons|finance|investissons|investis)' +
      gap(4) +
      '(?:prêts?|financements?|capitaux|investissements?|crédits?|projets?|votre\\s+projet)',
    'prêts?\\s+(?:à|avec|au)\\s+(?:un\\s+)?(?:taux|\\d)',
    "\\d+(?:[.,]\\d+)?\\s*%\\s+(?:d'intérêts?|de\\s+taux)",
    "opportunités?\\s+d'investissement",
    "proposition\\s+d'affaires?",
    // es
    'prestamistas?\\s+privad[oa]s?',
    '(?:financiación|financiamiento|fondos)\\s+disponibles?',
    '(?:ofrecemos|ofrezco|otorgamos|otorgo|financiamos|financio|invertimos|invierto)' +
      gap(4) +
      '(?:préstamos?|financiación|financiamiento|capital|inversiones?|créditos?|proyectos?|su\\s+proyecto|tu\\s+proyecto)',
    'préstamos?\\s+(?:a|con|al)\\s+(?:un\\s+)?(?:interés|tasa|\\d)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+de\\s+interés',
    'oportunidad(?:es)?\\s+de\\s+inversión',
    'propuesta\\s+de\\s+negocios?',
    // it
    'finanziatori?\\s+privat[oi]',
    '(?:finanziamenti?|fondi|capitali)\\s+disponibil[ei]',
    '(?:offriamo|offro|concediamo|concedo|finanziamo|finanzio|investiamo|investo)' +
      gap(4) +
      '(?:prestiti|prestito|finanziamenti?|capitali?|investimenti?|crediti?|progetti|il\\s+tuo\\s+progetto)',
    'prestiti?\\s+(?:a|con|al)\\s+(?:un\\s+)?(?:tasso|interesse|\\d)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+di\\s+interesse',
    'opportunità\\s+di\\s+investimento',
    "proposta\\s+(?:d'affari|commerciale)",
    // pt
    'credores?\\s+privados?',
    '(?:financiamento|fundos|capital)\\s+disponíve(?:l|is)',
    '(?:oferecemos|ofereço|concedemos|concedo|financiamos|financio|investimos|invisto)' +
      gap(4) +
      '(?:empréstimos?|financiamentos?|capital|investimentos?|créditos?|projetos?|seu\\s+projeto)',
    'empréstimos?\\s+(?:a|com)\\s+(?:uma?\\s+)?(?:taxa|juros|\\d)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+de\\s+juros',
    'oportunidades?\\s+de\\s+investimento',
    'proposta\\s+de\\s+negócios?',
  ],
  'outsized-returns': [
    'guaranteed\\s+(?:returns?|profits?|income|roi|payouts?|earnings)',
    // A yearly return is ordinary finance, not a lure.
    '(?:returns?|profits?|roi|yield)\\s+of\\s+(?:up\\s+to\\s+)?\\d+\\s*%(?!\\s*(?:per\\s+(?:year|annum)|a\\s+year|annually|yearly|p\\.?\\s?a\\.?))',
    // Growth and savings are no return: "we grew 20% a month", "save you 30% a month".
    '\\d+\\s*%(?<!(?:grew|grow|grows|growing|growth\\s+of|increased?|rose|by)\\s+\\d+\\s*%|(?:save|saves|saving|cut|cuts|reduce|reduces|besparen|bespaar|bespaart|sparen|sparen\\s+sie|économiser|économisez|ahorrar|ahorra|ahorre|risparmiare|risparmia|economizar|economize|economiza)\\s+(?:\\p{L}+\\s+)?\\d+\\s*%)\\s+(?:returns?|profits?|roi|interest)?\\s*(?:per|a|every|each)\\s+(?:day|week|month)',
    '(?:double|triple|multiply)\\s+your\\s+(?:money|investment|capital|income)',
    'passive\\s+income',
    "(?:investing|investment|trading|crypto)(?<=(?:are\\s+you|you're|you)\\s+(?:also\\s+)?interested\\s+in\\s+\\p{L}+)",
    '(?:contract|futures|binary\\s+options?)\\s+trading',
    '(?:uncle|aunt|cousin)\\s+(?:is\\s+|was\\s+)?(?:an?\\s+)?(?:expert|professional|analyst|trader|insider|mentor)',
    '(?:earned|made|make|earn)\\s+(?:a\\s+lot|a\\s+fortune|huge\\s+profits?|good\\s+money)\\s+(?:of\\s+money\\s+)?(?:by|from|following|with|through)',
    '\\d+(?:[.,]\\d+)?\\s*%\\s+' +
      returnWord +
      '\\s+(?:(?:per|a|every|each|par|pro|por|al|ao|im|am|op|in|la|le|a\\s+la)\\s+)?' +
      periodWord,
    returnWord +
      '\\s+(?:van|von|de|di|del|do|of)\\s+\\d+(?:[.,]\\d+)?\\s*%\\s+(?:(?:per|a|every|each|par|pro|por|al|ao|im|am|op|in|la|le)\\s+)?' +
      periodWord,
    '(?:crypto(?:currency|currencies)?|bitcoin|btc|ethereum|forex|fx|binary\\s+options?|nft|binance|coinbase)\\s+(?:trading\\s+)?(?:coach\\w*|mentor\\w*|signals?|experts?|account\\s+managers?|platforms?|investments?|opportunit(?:y|ies)|profits?|trading|traders?|mining|investors?)',
    // A percentage per day, week or month in any language; growth ("crescita del 15% al mese") is no return.
    '\\d+(?:[.,]\\d+)?\\s*%(?<!(?:grew|grow|grows|growing|growth|groei|gegroeid|groeit|wachstum|gewachsen|wächst|croissance|crecimiento|crecido|crece|crescita|cresciuto|cresce|crescimento|cresceu|increased?|rose|by|of|van|von|de|del|di|do|da|um|met|mit)\\s+\\d+(?:[.,]\\d+)?\\s*%|(?:save|saves|saving|cut|cuts|reduce|reduces|besparen|bespaar|bespaart|sparen|sparen\\s+sie|économiser|économisez|ahorrar|ahorra|ahorre|risparmiare|risparmia|economizar|economize|economiza)\\s+(?:\\p{L}+\\s+)?\\d+(?:[.,]\\d+)?\\s*%)\\s+(?:(?:a|al|alla|per|par|por|pro|im|am|op|la|le|ao|à|a\\s+la)\\s+)?(?:daily|weekly|monthly|day|week|month|dag|maand|tag|woche|monat|jour|semaine|mois|día|dia|semana|mes|mês|giorno|settimana|mese|wekelijks|maandelijks|täglich|wöchentlich|monatlich|mensuel|hebdomadaire|mensual|semanal|diario|mensile|settimanale|mensal|diário)',
    '(?:gold|crypto\\w*|bitcoin|forex|fx|usdt)\\s+trading\\s+(?:platform|app|account|group)s?',
    'trading\\s+(?:di|de|del|do|da)\\s+(?:cripto\\w*|crypto\\w*|bitcoin|forex)',
    '(?:invest(?:ing|ment)?|trad(?:e|ing))\\s+in\\s+(?:crypto\\w*|bitcoin|forex|binary\\s+options|nfts?)',
    '(?:trading|investment)\\s+(?:signals|mentorship)',
    '(?:risk[\\s-]free|no[\\s-]risk)\\s+(?:investment|returns?|profits?|trading|income)',
    'financial\\s+freedom',
    '(?:cloud\\s+)?mining\\s+(?:pool|contract)s?',
    'usdt',
    // nl
    'gegarandeerd(?:e)?\\s+(?:rendement|winst|inkomen|opbrengst)',
    'rendement\\s+van\\s+(?:tot\\s+)?\\d+\\s*%(?!\\s*(?:per\\s+jaar|op\\s+jaarbasis|jaarlijks|p\\.?\\s?j\\.?))',
    'passief\\s+inkomen',
    '(?:crypto|bitcoin|forex)[\\s-]?(?:handel|trading|coach|mentor|signalen|beleggen|beleggingen|investering(?:en)?)',
    '(?:beleggen|investeren|handelen|traden)\\s+in\\s+(?:crypto\\w*|bitcoin|forex)',
    'financiële\\s+vrijheid',
    // de
    'garantierte?n?\\s+(?:rendite|gewinne?n?|erträge|einkommen)',
    'rendite\\s+von\\s+(?:bis\\s+zu\\s+)?\\d+\\s*%(?!\\s*(?:pro\\s+jahr|im\\s+jahr|jährlich|p\\.?\\s?a\\.?))',
    'passives\\s+einkommen',
    '(?:krypto|crypto|bitcoin|forex)[\\s-]?(?:handel|trading|coach|mentor|signale|investments?|anlagen?)',
    'finanzielle\\s+freiheit',
    '(?:traden|handeln|investieren)\\s+(?:mit|in)\\s+(?:krypto\\w*|crypto\\w*|bitcoin|forex)',
    // fr
    'rendements?\\s+garantis?',
    '(?:bénéfices?|profits?|gains?|revenus?)\\s+garantis?',
    'revenus?\\s+passifs?',
    '(?:crypto\\w*|bitcoin|forex)\\s+(?:trading|coach|mentor|signaux|investissements?)',
    'trading\\s+(?:de\\s+)?(?:crypto\\w*|forex|bitcoin)',
    'liberté\\s+financière',
    // es
    'rentabilidad\\s+garantizada',
    '(?:ganancias|beneficios|retornos?|rendimientos?)\\s+garantizad[oa]s?',
    'ingresos\\s+pasivos',
    '(?:cripto\\w*|bitcoin|forex)\\s+(?:trading|coach|mentor|señales|inversión|inversiones)',
    'libertad\\s+financiera',
    // it
    'rendimenti?\\s+garantit[io]',
    '(?:guadagni|profitti)\\s+garantiti',
    'reddito\\s+passivo',
    '(?:cripto\\w*|bitcoin|forex)\\s+(?:trading|coach|mentor|segnali|investimenti?)',
    'libertà\\s+finanziaria',
    // pt
    'retornos?\\s+garantidos?',
    '(?:lucros?|ganhos?|rendimentos?)\\s+garantidos?',
    'renda\\s+passiva',
    '(?:cripto\\w*|bitcoin|forex)\\s+(?:trading|coach|mentor|sinais|investimentos?)',
    'liberdade\\s+financeira',
  ],
  windfall: [
    'inheritances?(?!\\s+(?:tax|taxes|law|laws|planning|lawyers?|attorneys?|rights|disputes?|cases?|rules))',
    "(?:selected|chosen|approved|picked)(?<=(?:you\\s+have\\s+(?:just\\s+)?been|you've\\s+(?:just\\s+)?been|you\\s+were|you\\s+are)\\s+(?:\\S+\\s+)?\\p{L}+)\\s+(?:for|to\\s+receive)\\s+(?:a|an|the|our)\\s+(?:\\S+\\s+){0,2}?(?:grant|prize|reward|cash|donation|compensation|payout|bonus)",
    'next\\s+of\\s+kin',
    '(?:late|deceased)(?<=(?:my|our|a)\\s+\\p{L}+)\\s+(?:client|customer|husband|wife|father|mother|relative|partner|uncle|brother)',
    'beneficiar(?:y|ies)',
    'unclaimed\\s+(?:funds?|money|estate|inheritance|assets?|deposits?)',
    'dormant\\s+(?:accounts?|funds?)',
    'estate\\s+of\\s+(?:my\\s+|our\\s+)?(?:late|deceased)',
    '(?:won|winner|winning|awarded)\\s+(?:\\S+\\s+){0,2}(?:lottery|lotto|sweepstakes?|jackpot)',
    // Money won or awarded out of the blue; "you won the Dutch Startup Award" names no sum.
    "won(?<=(?:you|ur|u)(?:\\s+have|'ve|\\s+r)?\\s+(?:just\\s+)?won)\\s+(?:a\\s+|an\\s+)?(?:guaranteed\\s+|cash\\s+)?(?:[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*|cash\\b|prize\\s+(?:of|money)|lottery|jackpot)",
    // Awarded a sum as a prize or voucher; "you've been awarded a €2M ERC grant" is news, not bait.
    "awarded(?<=(?:you|ur|u)(?:\\s+have|\\s+has|'ve|\\s+are|\\s+r)?\\s+(?:been\\s+|just\\s+)?awarded)\\s+(?:with\\s+)?(?:a\\s+|an\\s+)?(?:guaranteed\\s+)?(?:[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)\\s+(?:\\S+\\s+){0,2}?(?:prize|cash|vouchers?|reward|bonus|gift\\s+cards?)",
    'awarded\\s+with\\s+(?:a\\s+|an\\s+)?(?:[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)',
    'won\\s+(?:[$€£]\\s?|(?:us\\s*\\$|usd|eur|gbp)\\s?)?\\d{1,3}(?:[,.]\\d{3}){2,}',
    '(?:claim|collect)\\s+(?:your|yr|ur|the)\\s+(?:prize|reward|winnings|cash|funds|grant|compensation|inheritance|payment)',
    '(?:consignment|package|parcel|box|trunk)\\s+(?:\\S+\\s+){0,2}?(?:containing|worth|with)\\s+(?:[$€£]|usd\\s?|us\\$)\\s?\\d[\\d.,]*',
    '(?:trustworthy|trusted|honest|reliable)\\s+(?:person|partner|individual|foreigner|someone)\\s+(?:\\S+\\s+){0,3}?(?:receive|help\\s+me|assist|handle|invest|transfer)',
    '(?:transaction|proposal|deal|business)\\s+of\\s+mutual\\s+(?:benefit|interest)',
    'mutually\\s+beneficial\\s+(?:business\\s+)?(?:transaction|deal|proposal)',
    'lottery',
    '(?:make|give|offer|receive|send)\\s+(?:you\\s+)?(?:a\\s+)?(?:charitable\\s+)?donations?',
    'donat(?:e|ing)\\s+(?:\\S+\\s+){0,3}(?:to\\s+you|funds)',
    '(?:consignment|trunk|security)\\s+box(?:es)?',
    '(?:transfer|move|receive|keep|accept|process)\\s+(?:\\S+\\s+){0,4}(?:funds?|money|sum|proceeds|payments?|transfers?)\\s+(?:\\S+\\s+){0,3}(?:on\\s+(?:my|our)\\s+behalf|into\\s+your\\s+(?:bank\\s+)?account|to\\s+your\\s+(?:bank\\s+)?account|abroad|out\\s+of\\s+the\\s+country)',
    '(?:\\d+\\s*%|percentage|commission|share)\\s+of\\s+(?:the\\s+)?(?:total\\s+)?(?:funds?|sum|money|amount|proceeds)',
    '(?:sum|amount)\\s+of\\s+(?:[$€£]|usd|us\\$|eur|gbp)\\s*\\d',
    '[$€£]\\s?\\d{1,3}(?:[,.]\\d{3}){2,}',
    '\\d+(?:[.,]\\d+)?\\s*(?:million|millions|mln|miljoen|millionen|millones|milioni|milhões)\\s+(?:us\\s+)?(?:dollars?|usd|euros?|eur|pounds?|gbp)',
    '(?:us\\s*\\$|usd)\\s?\\d+(?:[.,]\\d+)?\\s*(?:million|m)\\b',
    'compensation\\s+(?:funds?|payments?)',
    // The advance-fee story: a lucrative deal that needs a trustworthy foreign partner. Not a
    // "lucrative opportunity" or "offer": recruiters say that of real jobs.
    '(?:reliable|trustworthy|honest|trusted)\\s+foreign\\s+(?:business\\s+)?partner',
    'foreign\\s+beneficiary',
    'lucrative\\s+(?:business\\s+)?(?:deal|proposal|transaction|venture)',
    'lucratie(?:f|ve)\\s+(?:zakelijk\\s+)?(?:voorstel|deal|zaak|transactie)',
    'buitenlandse\\s+begunstigde',
    'lukrative[sn]?\\s+(?:geschäft|geschäftsvorschlag|vorschlag|deal)',
    'ausländischen?\\s+begünstigten',
    '(?:proposition|affaire|transaction)\\s+(?:très\\s+)?lucrative',
    '(?:negocio|trato|propuesta)\\s+(?:muy\\s+)?lucrativ[oa]',
    '(?:affare|proposta)\\s+(?:molto\\s+)?lucrativ[oa]',
    '(?:negócio|proposta)\\s+(?:muito\\s+)?lucrativ[oa]',
    '(?:un|united\\s+nations|imf|world\\s+bank)\\s+(?:compensation|grant|payment|funds?)',
    // nl
    'erfenis(?:sen)?',
    '(?:geselecteerd|uitgekozen|gekozen)(?<=(?:je|u)\\s+(?:bent|is)\\s+(?:\\S+\\s+)?\\p{L}+)\\s+(?:voor|om)\\s+(?:een|de)\\s+(?:\\S+\\s+){0,2}?(?:subsidie|prijs|beloning|donatie|uitkering|bonus|geldprijs)',
    'nalatenschap',
    'begunstigde',
    '(?:overleden|wijlen)\\s+(?:cliënt|klant|man|vrouw|vader|moeder|familielid)',
    'loterij',
    'prijs\\s+gewonnen',
    '(?:je|u)\\s+(?:hebt|heeft)\\s+(?:een\\s+)?(?:geldprijs|[$€£]\\s?\\d|\\d[\\d.,]*\\s*(?:euro|€))\\S*\\s+(?:\\S+\\s+){0,2}?gewonnen',
    'claim\\s+(?:je|jouw|uw)\\s+(?:prijs|geld|uitkering|beloning)',
    '(?:een\\s+)?donatie\\s+(?:aan\\s+)?(?:je|u|jou)',
    '(?:\\d+\\s*%|percentage|commissie)\\s+van\\s+(?:het\\s+)?(?:totale\\s+)?(?:bedrag|geld|fonds)',
    'geld\\s+(?:overmaken|ontvangen|overboeken)\\s+(?:namens|op\\s+(?:je|uw)\\s+rekening|via\\s+(?:je|uw)\\s+rekening)',
    // de
    'erbschaft',
    '(?:ausgewählt|ausgelost)(?<=(?:sie\\s+wurden|du\\s+wurdest)\\s+(?:\\S+\\s+)?\\p{L}+)\\s+(?:für|um)\\s+(?:einen|eine|ein|den|die|das)\\s+(?:\\S+\\s+){0,2}?(?:zuschuss|preis|gewinn|prämie|spende|geldpreis|bonus)',
    'nachlass',
    'begünstigte[rn]?',
    '(?:verstorbenen?|verstorbener)\\s+(?:kunden|klienten|mannes|ehemann|vaters)',
    'lotterie',
    '(?:sie\\s+haben|du\\s+hast)\\s+(?:einen\\s+)?(?:geldpreis|bargeld|[$€£]\\s?\\d|\\d[\\d.,]*\\s*(?:euro|€))\\S*\\s+(?:\\S+\\s+){0,2}?gewonnen',
    'spende\\s+(?:an|für)\\s+(?:sie|dich)',
    'prozent\\s+(?:der|von\\s+der)\\s+(?:gesamt)?summe',
    // fr
    'héritages?(?!\\s+(?:culturel|culturels|numérique|numériques|historique|industriel|architectural|intellectuel))',
    '(?:sélectionnée?s?|choisie?s?|tirée?s?\\s+au\\s+sort)(?<=(?:vous\\s+avez|tu\\s+as)\\s+été\\s+(?:\\S+\\s+)?\\p{L}+(?:\\s+au\\s+sort)?)\\s+pour\\s+(?:recevoir\\s+)?(?:une|un|la|le)\\s+(?:\\S+\\s+){0,2}?(?:subvention|prix|récompense|don|indemnité|prime|gain)',
    'bénéficiaires?\\s+(?:de\\s+(?:la|cette)\\s+)?(?:somme|fonds|succession|héritage)',
    '(?:feu|défunt|défunte|décédé|décédée)\\s+(?:client|mari|époux|père|mère)',
    'loterie',
    'gagné(?<=(?:vous\\s+avez|tu\\s+as)\\s+gagné)\\s+(?:un\\s+|une\\s+)?(?:somme|chèque|[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)',
    '(?:don|donation)\\s+(?:de\\s+)?\\d',
    'pourcentage\\s+de\\s+la\\s+somme',
    'transférer\\s+(?:\\S+\\s+){0,3}fonds',
    // es
    'herencias?(?!\\s+(?:digital|digitales|cultural|culturales|histórica|genética|arquitectónica))',
    '(?:seleccionad[oa]|elegid[oa]|escogid[oa])(?<=(?:ha|has)\\s+sido\\s+(?:\\S+\\s+)?\\p{L}+)\\s+para\\s+(?:recibir\\s+)?(?:una|un|el|la)\\s+(?:\\S+\\s+){0,2}?(?:subvención|premio|recompensa|donación|indemnización|bono)',
    'beneficiari[oa]s?\\s+de\\s+(?:la\\s+|los\\s+|esta\\s+)?(?:suma|fondos|herencia)',
    '(?:difunt[oa]|fallecid[oa])\\s+(?:cliente|esposo|esposa|padre|madre)',
    'lotería',
    'ganado(?<=(?:has|ha)\\s+ganado)\\s+(?:un\\s+|una\\s+)?(?:premio\\s+de|suma|cheque|[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)',
    'donación\\s+(?:de\\s+)?\\d',
    'porcentaje\\s+de\\s+la\\s+suma',
    'transferir\\s+(?:\\S+\\s+){0,3}fondos',
    // it
    'eredità(?!\\s+(?:digitale|digitali|culturale|culturali|storica|artistica|industriale|aziendale|intellettuale|immateriale|genetica|architettonica))',
    '(?:selezionat[oa]|scelt[oa]|estratt[oa])(?<=(?:è|sei)\\s+stat[oa]\\s+(?:\\S+\\s+)?\\p{L}+)\\s+per\\s+(?:ricevere\\s+)?(?:una|un|il|la)\\s+(?:\\S+\\s+){0,2}?(?:sovvenzione|premio|ricompensa|donazione|indennizzo|bonus)',
    'beneficiari[oa]\\s+(?:della|dei|di\\s+questa)\\s+(?:somma|fondi|eredità)',
    '(?:defunt[oa]|deceduto|deceduta|compianto)\\s+(?:cliente|marito|moglie|padre|madre)',
    'lotteria',
    'vinto(?<=(?:hai|ha)\\s+vinto)\\s+(?:un\\s+|una\\s+)?(?:premio\\s+di|somma|assegno|[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)',
    'donazione\\s+(?:di\\s+)?\\d',
    'percentuale\\s+(?:della|sulla)\\s+somma',
    'trasferire\\s+(?:\\S+\\s+){0,3}fondi',
    // pt
    'herança(?!\\s+(?:digital|cultural|histórica|genética|arquitetônica|arquitectónica))',
    '(?:selecionad[oa]|escolhid[oa]|sortead[oa])(?<=foi\\s+(?:\\S+\\s+)?\\p{L}+)\\s+para\\s+(?:receber\\s+)?(?:uma|um|o|a)\\s+(?:\\S+\\s+){0,2}?(?:subsídio|prêmio|prémio|recompensa|doação|indenização|bônus)',
    'beneficiári[oa]\\s+(?:da|dos|desta)\\s+(?:soma|fundos|herança)',
    '(?:falecid[oa])\\s+(?:cliente|marido|esposa|pai|mãe)',
    'loteria',
    '(?:você|voce)\\s+(?:ganhou|foi\\s+premiad[oa]\\s+com)\\s+(?:um\\s+|uma\\s+)?(?:prêmio\\s+de|prémio\\s+de|quantia|cheque|r\\$|[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*)',
    'doação\\s+(?:de\\s+)?\\d',
    'porcentagem\\s+da\\s+soma',
    'transferir\\s+(?:\\S+\\s+){0,3}fundos',
  ],
  'romance-or-flattery': [
    '(?:beautiful|gorgeous|pretty|lovely|stunning|charming|cute|attractive|sexy|handsome|sweet)\\s+(?:smile|face|eyes|pictures?|photos?|pics?|profile\\s+(?:picture|photo|pic)|woman|lady|girl|man|soul)',
    "(?:you\\s+are|you're|youre|ur|u\\s+r)\\s+(?:so\\s+|very\\s+|really\\s+|truly\\s+)?(?:beautiful|gorgeous|pretty|stunning|cute|attractive|sexy|handsome|lovely)",
    'your\\s+(?:smile|eyes|beauty|lips)',
    '(?:serious|long[\\s-]term|honest|loving|romantic)\\s+relationship',
    'soul\\s*mate',
    '(?:true|my)\\s+love',
    'my\\s+dear(?:est)?',
    'dearest',
    'widow(?:er|ed)?',
    'single\\s+(?:mom|mother|dad|father|parent)',
    'get\\s+to\\s+know\\s+you\\s+(?:better\\s+)?(?:as\\s+a\\s+friend|personally|more\\s+personally|on\\s+a\\s+personal\\s+level)',
    'friendship',
    '(?:be|become|make)\\s+(?:good\\s+)?friends',
    '(?:deployed|deployment)\\s+(?:in|to|on)',
    '(?:soldier|peacekeeper|army\\s+(?:doctor|officer|general))\\s+(?:\\S+\\s+){0,2}?on\\s+(?:a\\s+)?(?:mission|deployment|peacekeeping)',
    // The "wrong person" opener of investment-romance scams, in every language.
    'wrong(?<=(?:added|messaged|contacted|texted|invited|got|have|had|sorry|oops)[,!]?\\s+(?:the\\s+|a\\s+)?wrong)\\s+(?:person|number|contact|profile)',
    'verkeerde\\s+(?:persoon|contact)\\s+(?:toegevoegd|uitgenodigd|benaderd|ge-?appt|gestuurd|gemaild)',
    '(?:sorry|oeps|oei)[,!]?\\s+(?:de\\s+)?verkeerde\\s+(?:persoon|nummer)',
    'falsche[nr]?\\s+(?:person|kontakt)\\s+(?:hinzugefügt|angeschrieben|kontaktiert|eingeladen)',
    '(?:sorry|entschuldigung|oh|oops)[,!]?\\s+(?:die\\s+)?falsche\\s+(?:person|nummer)',
    '(?:trompée?|tromper)\\s+de\\s+(?:personne|numéro|contact)',
    'ajouté\\s+la\\s+mauvaise\\s+personne',
    'equivoqué\\s+de\\s+(?:persona|número|contacto)',
    '(?:añadido|agregado|añadí|agregué|escrito|escribí)\\s+(?:a\\s+)?(?:la\\s+|una\\s+)?persona\\s+equivocada',
    '(?:aggiunto|aggiunta|scritto|contattato|contattata)\\s+(?:la\\s+)?persona\\s+sbagliata',
    '(?:adicionei|adicionado|mandei|enviei|escrevi)\\s+(?:para\\s+)?(?:a\\s+)?pessoa\\s+errada',
    'errei\\s+de\\s+(?:pessoa|número|contato|contacto)',
    "(?:interested|attracted)(?<=(?:i\\s+am|i'm)\\s+(?:very\\s+|so\\s+|really\\s+)?\\p{L}+)\\s+in\\s+you(?![\\p{L}])",
    'peace\\s*keeping',
    'un\\s+(?:peacekeeping\\s+)?mission',
    '(?:us|u\\.s\\.)\\s+(?:army|military|navy|marines)',
    '(?:military|army)\\s+(?:doctor|surgeon|nurse|officer|general|engineer)',
    '(?:offshore|oil)\\s+(?:rig|platform)',
    "couldn't\\s+(?:resist|help)\\s+(?:but\\s+)?(?:message|messaging|contact|contacting|writing|noticing)",
    // nl
    '(?:mooie|prachtige|lieve|knappe)\\s+(?:glimlach|lach|ogen|foto|profielfoto|vrouw|dame|man)',
    'je\\s+bent\\s+(?:zo\\s+|erg\\s+|heel\\s+|echt\\s+)?(?:mooi|knap|beeldschoon|prachtig|lief)',
    '(?:serieuze|vaste|liefdevolle)\\s+relatie',
    'zielsverwant',
    'lieverd',
    'mijn\\s+liefste',
    'weduwe(?:naar)?',
    'vriendschap',
    '(?:je|jouw)\\s+(?:glimlach|schoonheid)',
    '(?:hoi|hallo|hey|hee)\\s+(?:schoonheid|mooie|lieverd|knappe|schatje)',
    '(?:legerarts|militair\\s+op\\s+missie)',
    // de
    '(?:schönes|wunderschönes|hübsches|bezauberndes|süßes)\\s+(?:lächeln|gesicht|foto|profilbild)',
    '(?:schöne|wunderschöne|hübsche)\\s+(?:augen|frau|dame)',
    '(?:du\\s+bist|sie\\s+sind)\\s+(?:so\\s+|sehr\\s+|wirklich\\s+)?(?:schön|hübsch|wunderschön|attraktiv|bezaubernd)',
    '(?:ernsthafte|feste)\\s+beziehung',
    'seelenverwandte?',
    'meine\\s+liebe',
    'witwe[rn]?',
    'freundschaft',
    '(?:dein|ihr)\\s+(?:lächeln|aussehen)',
    '(?:hallo|hi|hey)\\s+(?:schöne|hübsche|süße|schönheit)',
    '(?:militärarzt|militärärztin|soldat\\s+im\\s+(?:auslands)?einsatz)',
    // fr
    '(?:beau|joli|magnifique|charmant|ravissant)\\s+(?:sourire|visage|profil)',
    '(?:belle|jolie|magnifique|charmante|ravissante)\\s+(?:femme|photo|dame)',
    '(?:tu\\s+es|vous\\s+êtes)\\s+(?:si\\s+|très\\s+|vraiment\\s+)?(?:belle|beau|jolie|magnifique|charmante?|ravissante)',
    'relation\\s+sérieuse',
    'âme\\s+sœur',
    'ma\\s+chérie?',
    'veu(?:f|ve)',
    'amitié',
    '(?:ton|votre)\\s+(?:sourire|beauté)',
    'sourire\\s+(?:magnifique|charmant|ravissant|éclatant)',
    '(?:médecin|chirurgien)\\s+militaire',
    '(?:militaire|soldat|casque\\s+bleu)\\s+(?:\\S+\\s+){0,2}?en\\s+mission',
    // es
    '(?:bonita|hermosa|linda|preciosa)\\s+(?:sonrisa|cara|foto|mujer|dama)',
    '(?:eres|es\\s+usted)\\s+(?:muy\\s+|tan\\s+)?(?:bonita|hermosa|linda|guapa|guapo|preciosa)',
    'relación\\s+seria',
    'alma\\s+gemela',
    'mi\\s+amor',
    'querida',
    'viud[oa]',
    '(?:militar|soldado|médico\\s+militar)\\s+(?:\\S+\\s+){0,2}?en\\s+misión',
    'amistad',
    // Looks, not views: "su mirada sobre el sector" and "votre regard sur" are about opinions.
    '(?:tu|su)\\s+(?:sonrisa|belleza)',
    'sonrisa\\s+(?:hermosa|preciosa|bonita|linda|encantadora)',
    // Pet names as a greeting; not "linda" or "bella": Linda and Bella are first names.
    '(?:hola|buenas|buenos\\s+días)\\s+(?:preciosa|guapa|hermosa|cariño)',
    '(?:médico|cirujano)\\s+militar',
    // it
    '(?:bel|bellissimo|splendido|dolce)\\s+(?:sorriso|viso|profilo)',
    '(?:bella|bellissima|splendida)\\s+(?:donna|foto|signora)',
    '(?:sei|è)\\s+(?:molto\\s+|così\\s+|davvero\\s+)?(?:bella|bellissima|carina|affascinante)',
    'relazione\\s+seria',
    'anima\\s+gemella',
    'mia\\s+cara',
    'tesoro\\s+mio',
    'vedov[oa]',
    '(?:militare|soldato|medico\\s+militare)\\s+(?:\\S+\\s+){0,2}?in\\s+missione',
    'amicizia',
    '(?:il\\s+tuo|il\\s+suo)\\s+(?:sorriso|viso|volto)',
    'sorriso\\s+(?:bellissimo|splendido|stupendo|meraviglioso)',
    '(?:ciao|salve)\\s+(?:bellissima|tesoro|dolcezza|cara\\s+mia)',
    '(?:medico|chirurgo)\\s+militare',
    // pt
    '(?:lindo|belo|bonito)\\s+(?:sorriso|rosto)',
    '(?:linda|bela|bonita)\\s+(?:foto|mulher|moça)',
    '(?:você\\s+é|és)\\s+(?:muito\\s+|tão\\s+)?(?:linda|bonita|bela|lindo)',
    'relacionamento\\s+sério',
    'alma\\s+gêmea',
    'meu\\s+amor',
    'viúv[oa]',
    '(?:militar|soldado|médico\\s+militar)\\s+(?:\\S+\\s+){0,2}?em\\s+missão',
    'amizade',
    '(?:seu|teu)\\s+(?:sorriso|rosto)',
    'sorriso\\s+(?:lindo|encantador|maravilhoso|belo)',
    '(?:oi|olá|ola)\\s+(?:lindona|gata|querida|princesa|gatinha)',
    '(?:médico|cirurgião)\\s+militar',
  ],
  'job-fee-or-easy-money': [
    '(?:registration|training|processing|application|onboarding|activation|starter|membership|placement|visa|clearance|administrative|admin|equipment)\\s+(?:fees?|kits?|costs?|deposits?)',
    '(?:pay|paying|deposit)\\s+(?:a\\s+|an\\s+|the\\s+)?(?:small\\s+|refundable\\s+|one[\\s-]time\\s+|minimal\\s+)?(?:fee|deposit)',
    'upfront\\s+(?:fee|payment|cost|deposit)s?',
    '(?:pay|send)\\s+(?:us\\s+)?' +
      amount +
      '\\s+(?:\\S+\\s+){0,1}?(?:for|to\\s+cover)\\s+(?:the\\s+|your\\s+)?(?:training|equipment|materials?|kit|registration|onboarding|background\\s+check|visa|uniform|laptop|certification)',
    '(?:make|pay|send)\\s+(?:a\\s+)?(?:small\\s+|refundable\\s+|one[\\s-]time\\s+)?(?:deposit|payment)\\s+of\\s+' +
      amount,
    'no\\s+experience\\s+(?:is\\s+)?(?:needed|required|necessary)',
    '(?:work|working)\\s+from\\s+(?:home|your\\s+phone)\\s+(?:and\\s+)?(?:earn|make)',
    '(?:earn|make|get\\s+paid|receive)\\s+(?:up\\s+to\\s+|between\\s+)?' +
      amount +
      '(?:\\s*-\\s*' +
      amount +
      ')?\\s*' +
      period,
    '(?:simple|easy|small)\\s+(?:online\\s+|daily\\s+)?tasks?',
    '(?:like|rate|review|rating|boost|optimi[sz]e)\\s+(?:\\S+\\s+){0,2}(?:videos|products|apps|hotels|orders|posts)\\s+(?:\\S+\\s+){0,3}(?:earn|paid|commission|income)',
    '(?:paid|earn\\w*)\\s+(?:\\S+\\s+){0,2}(?:for\\s+)?(?:liking|rating|reviewing)',
    'part[\\s-]time\\s+(?:job|work|opportunity|position)\\s+(?:\\S+\\s+){0,6}(?:earn|' +
      amount +
      '|per\\s+day|daily)',
    'mystery\\s+shoppers?',
    // nl
    '(?:inschrijf|registratie|opleidings|trainings|administratie|bemiddelings|start)kosten',
    'vooraf\\s+(?:te\\s+)?betalen',
    'geen\\s+ervaring\\s+(?:nodig|vereist)',
    '(?:verdien|verdienen|verdient)\\s+(?:tot\\s+|tussen\\s+)?' + amount + '\\s*' + period,
    '(?:thuis|vanuit\\s+huis)\\s+(?:werken\\s+)?(?:en\\s+)?(?:verdienen|verdien|geld\\s+verdienen)',
    'eenvoudige\\s+(?:online\\s+)?taken',
    '(?:eenmalige|kleine|verplichte)\\s+(?:bijdrage|betaling|borg|aanbetaling|vergoeding)\\s+(?:van\\s+)?' +
      amount,
    '(?:borg|aanbetaling|inschrijfgeld|starterspakket|startpakket)\\s+(?:van\\s+)?' + amount,
    // de
    '(?:anmelde|registrierungs|bearbeitungs|schulungs|vermittlungs|aufnahme)gebühr(?:en)?',
    'vorab\\s+(?:zu\\s+)?(?:zahlen|bezahlen|überweisen)',
    'vorauszahlung',
    '(?:kaution|gebühr|anzahlung|schutzgebühr|eigenbeteiligung|startgebühr)\\s+(?:von\\s+)?' +
      amount,
    'keine\\s+(?:vor)?erfahrung\\s+(?:nötig|notwendig|erforderlich)',
    '(?:verdienen\\s+sie|verdiene|verdienst\\s+du)\\s+(?:bis\\s+zu\\s+)?' +
      amount +
      '\\s*' +
      period,
    'einfache\\s+(?:online\\s+)?aufgaben',
    'von\\s+zu\\s+hause\\s+(?:aus\\s+)?(?:arbeiten\\s+und\\s+)?(?:verdienen|geld\\s+verdienen)',
    // fr
    "frais\\s+(?:d'inscription|de\\s+formation|de\\s+dossier|de\\s+traitement|d'adhésion|de\\s+placement)",
    '(?:payer|régler|verser|avancer)\\s+(?:des\\s+|les\\s+)?frais',
    '(?:caution|acompte)\\s+(?:de\\s+)?' + amount,
    "(?:paiement|acompte|versement)\\s+(?:à\\s+l'avance|préalable|initial)",
    '(?:sans|aucune)\\s+expérience\\s+(?:requise|nécessaire)',
    "(?:gagnez|gagner)\\s+(?:jusqu'à\\s+)?" + amount + '\\s*' + period,
    'tâches\\s+(?:simples|faciles)',
    // es
    '(?:cuota|tarifa|costo|coste|pago)\\s+de\\s+(?:inscripción|registro|formación|capacitación|tramitación)',
    'pago\\s+(?:por\\s+)?adelantado',
    '(?:abonar|pagar|depositar|ingresar)\\s+(?:una\\s+|la\\s+)?(?:tasa|cuota|tarifa|fianza|matrícula|comisión)',
    '(?:tasa|cuota|tarifa)\\s+de\\s+(?:inscripción|registro|tramitación|procesamiento|formación|alta|activación)',
    '(?:pagues|pague|abones|abone|ingreses|ingrese)\\s+(?:\\S+\\s+){0,1}?' + amount,
    '(?:haga|hacer|realice|realizar)\\s+(?:un\\s+)?(?:depósito|pago|ingreso)\\s+(?:de\\s+)?' +
      amount,
    'sin\\s+experiencia\\s+(?:previa|necesaria|requerida)',
    '(?:gana|ganar|gane)\\s+(?:hasta\\s+)?' + amount + '\\s*' + period,
    'tareas\\s+(?:simples|sencillas|fáciles)',
    'desde\\s+casa\\s+(?:y\\s+)?(?:gana|ganar|gane)',
    // it
    '(?:quota|tassa|costo)\\s+di\\s+(?:iscrizione|registrazione|formazione)',
    '(?:quota|tassa|costo|spese)\\s+di\\s+(?:pratica|gestione|elaborazione|attivazione)',
    'pagamento\\s+anticipato',
    '(?:versare|pagare|anticipare)\\s+(?:una\\s+|la\\s+)?(?:quota|tassa|cauzione|commissione)',
    '(?:senza|nessuna)\\s+esperienza\\s+(?:richiesta|necessaria|precedente)',
    '(?:guadagna|guadagnare|guadagni)\\s+(?:fino\\s+a\\s+)?' + amount + '\\s*' + period,
    'compiti\\s+(?:semplici|facili)',
    'da\\s+casa\\s+(?:e\\s+)?(?:guadagna|guadagnare)',
    // pt
    'taxa\\s+de\\s+(?:inscrição|cadastro|registro|formação|treinamento|adesão)',
    'taxa\\s+de\\s+(?:processamento|registo|matrícula|seleção|candidatura|ativação)',
    '(?:envie|enviar|transfira|transferir)\\s+(?:uma\\s+|a\\s+)?(?:taxa|caução)',
    'pagamento\\s+antecipado',
    '(?:pagar|depositar)\\s+(?:uma\\s+|a\\s+)?(?:taxa|caução)',
    '(?:faça|fazer|efetue|efetuar|realize|realizar)\\s+(?:um\\s+)?(?:depósito|pagamento|pix)\\s+(?:de\\s+)?' +
      amount,
    'sem\\s+experiência\\s+(?:necessária|exigida|prévia)',
    '(?:ganhe|ganhar)\\s+(?:até\\s+)?' + amount + '\\s*' + period,
    'tarefas\\s+(?:simples|fáceis)',
    '(?:de|em)\\s+casa\\s+(?:e\\s+)?(?:ganhe|ganhar)',
  ],
  'money-or-identity-request': [
    // Receiving goods for a stranger: the parcel or reshipping mule.
    '(?:receive|accept|collect|sign\\s+for|reship|forward)\\s+(?:a|the|my|some|these)\\s+(?:\\S+\\s+)?(?:package|parcel|box|consignment|shipment|goods)s?\\s+(?:for\\s+me|on\\s+my\\s+behalf|for\\s+us|on\\s+our\\s+behalf)',
    '(?:personne|quelqu.un)\\s+de\\s+confiance\\s+(?:\\S+\\s+){0,2}?(?:recevoir|réceptionner|garder)',
    '(?:recevoir|réceptionner)\\s+(?:un|le|mon|ce)\\s+colis',
    '(?:recibir|guardar)\\s+(?:un|el|mi|este)\\s+paquete',
    '(?:ricevere|custodire)\\s+(?:un|il|mio|questo)\\s+pacco',
    '(?:receber|guardar)\\s+(?:uma|a|minha|esta)\\s+encomenda|(?:receber|guardar)\\s+(?:um|o|meu|este)\\s+pacote',
    'ein\\s+paket\\s+(?:für\\s+mich\\s+)?(?:empfangen|annehmen|entgegennehmen|aufbewahren)',
    'een\\s+pakket(?:je)?\\s+(?:voor\\s+mij\\s+)?(?:ontvangen|aannemen|in\\s+ontvangst\\s+nemen|bewaren)',
    'bank(?:ing)?\\s+(?:details|account\\s+(?:details|number|information|info)|info(?:rmation)?|logins?|credentials)',
    'account\\s+(?:number|details)',
    '(?:routing|sort|swift)\\s+(?:number|code)',
    'iban',
    "(?:copy|scan|photo|picture)\\s+of\\s+(?:your\\s+)?(?:passport|id|identity\\s+card|driver'?s?\\s+licen[cs]e|national\\s+id)",
    '(?:send|provide|share|give)\\s+(?:me\\s+|us\\s+)?(?:your\\s+)?(?:passport|id\\s+card|identity\\s+(?:card|document)|social\\s+security|ssn|date\\s+of\\s+birth|credit\\s+card|card\\s+details)',
    '(?:gift|itunes|apple|google\\s+play|steam|amazon|vanilla)\\s+cards?',
    'western\\s+union',
    'moneygram',
    'wire\\s+(?:me\\s+)?(?:\\S+\\s+){0,3}(?:money|funds)',
    '(?:send|lend|wire|transfer)\\s+(?:me\\s+)?(?:some\\s+)?money',
    '(?:bitcoin|btc|usdt|crypto)\\s+(?:wallet|address)',
    '(?:your|the)\\s+(?:password|pin\\s+code|verification\\s+code|login\\s+code|otp|one[\\s-]time\\s+(?:code|password))',
    'processing\\s+fee',
    // The fake cheque: overpaid, or for equipment from "our vendor"; and recovering lost money for a fee.
    '(?:send|mail)\\s+you\\s+a\\s+(?:check|cheque)',
    'refund\\s+the\\s+(?:difference|excess|balance|overpayment)',
    '(?:check|cheque)\\s+for\\s+more\\s+than',
    'recover\\s+(?:your\\s+)?(?:lost|stolen|scammed)\\s+(?:\\S+\\s+)?(?:funds|money|crypto|bitcoin|investments?|assets)',
    // Help with a payment: the "new number" story's ask.
    '(?:payment|transfer|wire)(?<=(?:help|assist)\\s+(?:me\\s+)?with\\s+(?:a\\s+|an\\s+)?(?:urgent\\s+|quick\\s+)?\\p{L}+)',
    '(?:hulp|help)\\s+(?:nodig\\s+)?(?:met|bij)\\s+(?:een\\s+)?(?:betaling|overboeking|overschrijving)',
    '(?:customs|delivery|shipping|release|courier|redelivery)\\s+(?:fees?|charges?|duty)',
    // nl
    'bankgegevens',
    'rekeningnummer',
    '(?:kopie|scan|foto)\\s+van\\s+(?:je|jouw|uw)\\s+(?:paspoort|id-?kaart|identiteitsbewijs|identiteitskaart|rijbewijs)',
    '(?:stuur|geef|deel)\\s+(?:me\\s+)?(?:je|jouw|uw)\\s+(?:paspoort|identiteitsbewijs|bsn|burgerservicenummer|inloggegevens|wachtwoord|pincode)',
    'cadeaukaart(?:en)?',
    'tegoedbonnen',
    '(?:maak|stuur)\\s+(?:\\S+\\s+){0,2}geld\\s+over',
    '(?:je|jouw|uw)\\s+(?:wachtwoord|pincode|verificatiecode)',
    // de
    'bank(?:verbindung|daten)',
    'konto(?:daten|nummer)',
    '(?:kopie|scan|foto)\\s+(?:ihres|deines)\\s+(?:reisepasses|ausweises|personalausweises|führerscheins)',
    '(?:ihren|deinen)\\s+(?:reisepass|ausweis|personalausweis)',
    '(?:geschenk|gutschein)karten?',
    'geld\\s+(?:überweisen|schicken|senden)',
    '(?:ihr|dein)\\s+(?:passwort|kennwort)',
    // fr
    'coordonnées\\s+bancaires',
    'rib',
    'numéro\\s+de\\s+compte',
    "(?:copie|scan|photo)\\s+de\\s+(?:votre|ta)\\s+(?:passeport|carte\\s+d'identité|pièce\\s+d'identité|permis)",
    "(?:votre|ta)\\s+pièce\\s+d'identité",
    'cartes?[\\s-]cadeaux?',
    "(?:envoyer|virer|transférer)\\s+(?:de\\s+l'|l')argent",
    '(?:votre|ton)\\s+mot\\s+de\\s+passe',
    'code\\s+de\\s+vérification',
    // es
    'datos\\s+bancarios',
    'número\\s+de\\s+cuenta',
    '(?:copia|foto|escaneo)\\s+de\\s+(?:tu|su)\\s+(?:pasaporte|dni|documento\\s+de\\s+identidad|cédula)',
    'tarjetas?\\s+(?:de\\s+)?regalo',
    '(?:enviar|transferir)(?:me)?\\s+dinero',
    '(?:tu|su)\\s+contraseña',
    'código\\s+de\\s+verificación',
    // it
    'coordinate\\s+bancarie',
    'dati\\s+bancari',
    'numero\\s+di\\s+conto',
    "(?:copia|foto|scansione)\\s+(?:del|della)\\s+(?:tuo|tua|suo|sua)\\s+(?:passaporto|carta\\s+d'identità|documento)",
    'carte?\\s+regalo',
    '(?:inviare|mandare|trasferire)(?:mi)?\\s+(?:del\\s+)?(?:denaro|soldi)',
    '(?:la\\s+tua|la\\s+sua)\\s+password',
    'codice\\s+di\\s+verifica',
    // pt
    'dados\\s+bancários',
    'número\\s+da\\s+conta',
    '(?:cópia|foto)\\s+(?:do\\s+seu|da\\s+sua)\\s+(?:passaporte|rg|cpf|documento|carteira\\s+de\\s+identidade)',
    'cart(?:ão|ões)[\\s-]presente',
    'vale[\\s-]presente',
    '(?:enviar|transferir)(?:-me)?\\s+dinheiro',
    '(?:sua|tua)\\s+senha',
    'código\\s+de\\s+verificação',
    'chave\\s+pix',
  ],
  'urgency-or-secrecy': [
    '(?:strictly|highly|absolutely|very)\\s+(?:confidential|private)',
    '(?:keep|kept)\\s+(?:this\\s+|it\\s+)?(?:secret|confidential|between\\s+(?:us|you\\s+and\\s+me)|private|to\\s+yourself)',
    '(?:urgent|urgently)\\s+(?:\\S+\\s+){0,2}(?:reply|response|respond|attention|assistance|help|matter|business|transaction|need|request)',
    '(?:reply|respond|act|answer)\\s+(?:urgently|immediately|asap|now|quickly|within\\s+\\d+\\s+hours)',
    "(?:don't|do\\s+not)\\s+tell\\s+(?:anyone|anybody)",
    '(?:confidential|secret|discreet)\\s+(?:business|transaction|deal|proposal|matter|project)',
    'time[\\s-]sensitive',
    '(?:offer|opportunity)\\s+(?:expires|ends)\\s+(?:today|tonight|soon|in)',
    // nl
    'strikt\\s+vertrouwelijk',
    '(?:houd|hou)\\s+(?:dit|het)\\s+(?:geheim|vertrouwelijk|onder\\s+ons)',
    'dringend\\s+(?:\\S+\\s+){0,2}(?:reageren|antwoord|hulp|zaak|verzoek)',
    '(?:spoedig|onmiddellijk|direct|meteen)\\s+(?:te\\s+)?reageren',
    'vertel\\s+(?:het\\s+)?(?:niemand|aan\\s+niemand)',
    // de
    'streng\\s+vertraulich',
    '(?:behalten\\s+sie|behalte)\\s+(?:dies|das)\\s+(?:für\\s+sich|geheim)',
    'dringend\\s+(?:\\S+\\s+){0,2}(?:antwort|hilfe|angelegenheit|anfrage)',
    '(?:sofort|umgehend)\\s+(?:zu\\s+)?antworten',
    'antworten\\s+sie\\s+(?:schnell|sofort|umgehend)',
    'angebot\\s+ist\\s+(?:zeitlich\\s+|streng\\s+)?(?:begrenzt|limitiert)',
    'niemandem\\s+(?:davon\\s+)?(?:erzählen|sagen)',
    // fr
    'strictement\\s+confidentiel(?:le)?',
    '(?:garder|gardez|garde)\\s+(?:cela|ceci|ça)\\s+(?:secret|confidentiel|pour\\s+(?:vous|toi))',
    'urgente?\\s+(?:\\S+\\s+){0,2}(?:réponse|aide|affaire|assistance)',
    "répondez\\s+(?:rapidement|immédiatement|d'urgence)",
    "n'en\\s+parlez\\s+à\\s+personne",
    // es
    'estrictamente\\s+confidencial',
    '(?:mantenga|mantén|mantener)\\s+(?:esto\\s+)?(?:en\\s+secreto|confidencial)',
    'urgente(?:mente)?\\s+(?:\\S+\\s+){0,2}(?:respuesta|ayuda|asunto|responda|responde)',
    'no\\s+se\\s+lo\\s+(?:diga|digas)\\s+a\\s+nadie',
    // it
    'strettamente\\s+(?:riservat[oa]|confidenziale)',
    '(?:mantieni|mantenga|mantenere)\\s+(?:questo\\s+)?(?:segreto|riservato)',
    'urgente(?:mente)?\\s+(?:\\S+\\s+){0,2}(?:risposta|aiuto|questione|rispondere)',
    'non\\s+dirlo\\s+a\\s+nessuno',
    // pt
    'estritamente\\s+confidencial',
    '(?:mantenha|mantém|manter)\\s+(?:isso\\s+)?(?:em\\s+segredo|confidencial|sigilo)',
    'urgente(?:mente)?\\s+(?:\\S+\\s+){0,2}(?:resposta|ajuda|assunto|responder)',
    'não\\s+conte\\s+a\\s+ninguém',
  ],
  'off-platform-contact': [
    chatApp('whats\\s*app'),
    'wa\\.me',
    chatApp('telegram'),
    't\\.me',
    '(?:on|via|op|über|auf|sur|por|su|pelo|no|en)\\s+signal',
    'signal\\s+(?:app|messenger|me)',
    'we\\s*chat',
    'viber',
    'kik\\s+(?:me|messenger)',
    'skype\\s+(?:id|me)',
    'hangouts',
    // The fake recruiter's interview by chat app, and a handle to add.
    '(?:wire|google\\s+chat)\\s+app',
    '(?:interview|chat)\\s+(?:will\\s+be\\s+)?(?:conducted|held|done)\\s+(?:via|on|through|over)\\s+(?:the\\s+)?(?:wire|telegram|signal|whatsapp|google\\s+chat|hangouts|skype\\s+chat)',
    'add\\s+me\\s*(?::|on|at)?\\s*@[\\p{L}\\p{N}._]+',
    'snapchat',
    // The LINE messenger, not a production line's app.
    'line(?<!(?:production|product|assembly|hot|help|front|bottom|top|pipe|on|off|time|dead)[\\s-]line)\\s+(?:app|id)',
    '(?:private|personal|direct|alternative)\\s+(?:e-?mail(?:\\s+address)?|email(?:\\s+address)?|number|phone|line)',
    '(?:text|sms|call|ring|message)\\s+me\\s+(?:on|at|via)',
    // Anchored on the rarer "mail", the request read backwards: "write me at my email".
    '(?:email|mail)(?<=(?:write|e-?mail|mail|contact|reach)\\s+me\\s+(?:at|on|via|through)\\s+my\\s+(?:private\\s+|personal\\s+|own\\s+)?e-?mail)',
    // nl
    'priv[ée]\\s*-?\\s*(?:e-?mail|mail|nummer|telefoonnummer)',
    'persoonlijke\\s+e-?mail',
    '(?:app|sms|bel)\\s+(?:me|mij)\\s+(?:op|via)',
    "(?:appen|whatsappen|sms'en)(?<=(?:kun|kan|wil)\\s+(?:je|u)\\s+(?:me|mij)\\s+(?:even\\s+|gerust\\s+)?\\p{L}+(?:'en)?)",
    // "Een appje" is a WhatsApp message.
    '(?:stuur|stuurt|doe)\\s+(?:me|mij)\\s+(?:even\\s+|gerust\\s+)?(?:een\\s+)?appje',
    // de
    'private\\s+(?:e-?mail|nummer|handynummer)',
    'privat(?:nummer|e-?mail)',
    '(?:schreiben|kontaktieren)\\s+sie\\s+mich\\s+(?:auf|über|per)',
    // fr
    '(?:email|mail)\\s+(?:personnel|privé)',
    'adresse\\s+(?:e-?mail\\s+)?(?:personnelle|privée)',
    'numéro\\s+(?:personnel|privé)',
    // es
    'correo\\s+(?:personal|privado)',
    'número\\s+(?:personal|privado)',
    // it
    '(?:email|mail)\\s+(?:personale|privata)',
    'numero\\s+(?:personale|privato)',
    // pt
    '(?:email|mail)\\s+(?:pessoal|particular)',
    'número\\s+(?:pessoal|particular)',
  ],
  impersonation: [
    '(?:this\\s+is\\s+)?my\\s+new\\s+(?:number|phone|whatsapp|account|profile|e-?mail|mobile)',
    "(?:number|phone)(?<=(?:i\\s+have|i've\\s+got|i\\s+got)\\s+a\\s+new\\s+(?:mobile\\s+)?\\p{L}+)",
    '(?:linkedin|linked\\s*in)\\s+(?:security|support|trust|safety|verification|compliance|team|administrator|admin|help\\s*desk|staff|moderator)',
    '(?:your|the|this)\\s+(?:linkedin\\s+)?(?:account|profile)\\s+(?:will|would|has|may|is\\s+going\\s+to)\\s+(?:soon\\s+)?(?:be\\s+|been\\s+)?(?:suspended|restricted|locked|deactivated|deleted|closed|disabled|limited|blocked|terminated|flagged)',
    '(?:verify|confirm|validate|reactivate|unlock|secure|update)\\s+(?:your\\s+)?(?:account|identity|profile|login|credentials|payment\\s+details)',
    '(?:click|tap|follow|open)\\s+(?:on\\s+)?(?:the|this|my)\\s+link',
    '(?:unusual|suspicious)\\s+(?:activity|logins?|sign[\\s-]ins?)',
    '(?:policy|terms)\\s+violations?',
    // Anchored on "linkedin", read backwards: "i" starts too many sentences to be the anchor.
    "linkedin(?<=i(?:'m|\\s+am)\\s+(?:from|with)\\s+linkedin)",
    "linkedin(?<=i(?:'m|\\s+am)\\s+(?:from|with)\\s+the\\s+linkedin)\\s+team",
    // nl
    'mijn\\s+nieuwe\\s+(?:nummer|telefoonnummer|whatsapp|account|profiel|06)',
    // A new number of the sender's own, not "het nieuwe nummer van onze praktijk".
    '(?:nummer|telefoonnummer)(?<=(?:ik\\s+heb|heb\\s+ik|dit\\s+is)\\s+(?:een\\s+|mijn\\s+)?nieuwe?\\s+(?:mobiele\\s+)?\\p{L}+)',
    '(?:je|jouw|uw)\\s+(?:account|profiel)\\s+(?:wordt|zal\\s+worden|is|gaat)\\s+(?:\\S+\\s+)?(?:geblokkeerd|opgeschort|beperkt|verwijderd|gesloten|gedeactiveerd)',
    '(?:verifieer|bevestig|controleer)\\s+(?:je|jouw|uw)\\s+(?:account|identiteit|gegevens|profiel)',
    'klik\\s+op\\s+(?:de|deze)\\s+link',
    '(?:verdachte|ongebruikelijke)\\s+(?:activiteit|inlogpoging)',
    'linkedin[\\s-](?:team|beveiliging|support|klantenservice)',
    // de
    'meine\\s+neue\\s+(?:nummer|handynummer|telefonnummer|whatsapp)',
    '(?:handy|telefon)?nummer(?<=(?:ich\\s+habe|hab|das\\s+ist)\\s+(?:eine\\s+|meine\\s+)?neue\\s+\\p{L}+)',
    '(?:ihr|dein)\\s+(?:konto|account|profil)\\s+(?:wird|wurde)\\s+(?:\\S+\\s+)?(?:gesperrt|eingeschränkt|gelöscht|deaktiviert|geschlossen)',
    '(?:verifizieren|bestätigen)\\s+sie\\s+(?:ihr(?:e|en)?\\s+)?(?:konto|identität|account|daten)',
    'klicken\\s+sie\\s+auf\\s+(?:den|diesen)\\s+link',
    'verdächtige\\s+aktivität',
    'linkedin[\\s-](?:team|sicherheit|support)',
    // fr
    'mon\\s+nouveau\\s+numéro',
    "numéro(?<=(?:j'ai|voici|c'est)\\s+(?:un|mon)\\s+nouveau\\s+numéro)",
    '(?:votre|ton)\\s+(?:compte|profil)\\s+(?:sera|a\\s+été|va\\s+être)\\s+(?:suspendu|restreint|bloqué|supprimé|désactivé|fermé)',
    '(?:vérifiez|confirmez|validez)\\s+(?:votre\\s+)?(?:compte|identité)',
    'cliquez\\s+sur\\s+(?:le|ce)\\s+lien',
    'activité\\s+suspecte',
    '(?:équipe|sécurité|support)\\s+linkedin',
    // es
    'mi\\s+(?:nuevo\\s+número|número\\s+nuevo)',
    '(?:número|nuevo)(?<=(?:tengo|este\\s+es)\\s+(?:un|mi)\\s+(?:nuevo\\s+número|número\\s+nuevo))',
    '(?:su|tu)\\s+(?:cuenta|perfil)\\s+(?:será|ha\\s+sido|va\\s+a\\s+ser)\\s+(?:suspendid[oa]|restringid[oa]|bloquead[oa]|eliminad[oa]|desactivad[oa]|cerrad[oa])',
    '(?:verifique|verifica|confirme|confirma)\\s+(?:su|tu)\\s+(?:cuenta|identidad)',
    'haga?\\s+clic\\s+en\\s+(?:el|este)\\s+enlace',
    'haz\\s+clic\\s+en\\s+(?:el|este)\\s+enlace',
    'actividad\\s+sospechosa',
    '(?:equipo|seguridad|soporte)\\s+de\\s+linkedin',
    // it
    'mio\\s+nuovo\\s+numero',
    'numero(?<=(?:ho|questo\\s+è)\\s+(?:un|il\\s+mio)\\s+nuovo\\s+numero)',
    '(?:il\\s+tuo|il\\s+suo)\\s+(?:account|profilo)\\s+(?:sarà|è\\s+stato|verrà)\\s+(?:sospeso|limitato|bloccato|eliminato|disattivato|chiuso)',
    '(?:verifica|conferma|verifichi|confermi)\\s+(?:il\\s+tuo|il\\s+suo)\\s+(?:account|identità)',
    'clicca\\s+(?:sul|su\\s+questo)\\s+link',
    'attività\\s+sospetta',
    '(?:team|sicurezza|supporto)\\s+(?:di\\s+)?linkedin',
    // pt
    'meu\\s+(?:novo\\s+número|número\\s+novo)',
    '(?:número|novo)(?<=(?:tenho|este\\s+é)\\s+(?:um|o\\s+meu|meu)\\s+(?:novo\\s+número|número\\s+novo))',
    '(?:sua|tua)\\s+(?:conta|perfil)\\s+(?:será|foi|vai\\s+ser)\\s+(?:suspens[oa]|restrit[oa]|bloquead[oa]|excluíd[oa]|desativad[oa]|encerrad[oa])',
    '(?:verifique|confirme)\\s+(?:sua|a\\s+sua)\\s+(?:conta|identidade)',
    'clique\\s+(?:no|neste)\\s+link',
    'atividade\\s+suspeita',
    '(?:equipe|segurança|suporte)\\s+(?:do\\s+)?linkedin',
  ],
};

/** URL shorteners hide where a link goes; LinkedIn's own lnkd.in is not among them. */
export const linkShorteners: readonly string[] = [
  'bit.ly',
  'bitly.com',
  'tinyurl.com',
  't.co',
  'goo.gl',
  'ow.ly',
  'is.gd',
  'buff.ly',
  'cutt.ly',
  'rb.gy',
  'shorturl.at',
  'tiny.cc',
  'rebrand.ly',
  's.id',
  't.ly',
  'v.gd',
  'qrco.de',
  'bl.ink',
  'short.io',
  'shorte.st',
  'adf.ly',
  'bit.do',
  'clck.ru',
  'u.to',
  'x.co',
  'wa.me',
  't.me',
  'tiny.one',
  'shorturl.com',
  'soo.gd',
  'urlz.fr',
  'shorter.me',
  'hyperurl.co',
];

/**
 * Contact details that move a conversation off LinkedIn when a stranger's note offers them. In
 * a profile's summary a phone number or address is ordinary business, so these count only in
 * the note.
 */
export const noteOnlyOffPlatformSources: readonly string[] = [
  '[\\p{L}\\p{N}._%+-]+@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|protonmail|proton|gmx|mail|yandex|qq|163|126|rocketmail|zoho|inbox)\\.[a-z.]{2,6}',
  '\\+\\d{1,3}[\\s.-]?\\(?\\d{1,4}\\)?(?:[\\s.-]?\\d{2,4}){2,4}',
];
