/**
 * Offers of help and introductions in messages (playbook §6, "share knowledge, expertise and
 * contacts"), in the seven draft languages. Lower-case sources for the WordPatternIndex (see
 * word-pattern.ts), run on folded text. Only first-person offers count ("can I help",
 * "ik stel je graag voor aan"); requests ("can you help me", "kun je me voorstellen") do not.
 *
 * - `help`: the writer offers help ("how can I help", "happy to help", "kan ik je ergens mee helpen").
 * - `introduction`: the writer offers or makes an introduction ("happy to introduce you",
 *   "let me introduce you to each other", "ik stel jullie graag aan elkaar voor").
 *
 * Phrases that also open sales pitches ("je voudrais vous présenter notre offre", "vorrei
 * presentarLe la nostra azienda") are left out or fenced: a pitch is no gift.
 */
export type HelpOfferKind = 'help' | 'introduction';

const you = {
  nl: '(?:je|jou|u|jullie)',
  de: '(?:ihnen|dir|euch|sie|dich)',
};

export const helpOfferSources: Record<HelpOfferKind, readonly string[]> = {
  help: [
    // en
    '(?:can|could|may)\\s+i\\s+(?:help|assist|support)',
    'i\\s+(?:can|could)\\s+help',
    'love\\s+to\\s+help',
    '(?:happy|glad|delighted|more\\s+than\\s+happy)\\s+to\\s+(?:help|assist|support|share\\s+what\\s+i\\s+know)',
    'anything\\s+i\\s+can\\s+(?:do|help)',
    '(?:let\\s+me\\s+know|tell\\s+me)\\s+(?:if|how|whether)\\s+i\\s+can\\s+(?:help|be\\s+of\\s+(?:help|use)|support)',
    // nl
    `(?:kan|mag|zal)\\s+ik\\s+${you.nl}\\s+(?:ergens\\s+(?:mee|bij)\\s+|daarmee\\s+|daarbij\\s+)?(?:helpen|ondersteunen)`,
    `(?:waarmee|waarbij|hoe)\\s+kan\\s+ik\\s+${you.nl}\\s+(?:helpen|ondersteunen)`,
    `ik\\s+help\\s+${you.nl}\\s+graag`,
    `ik\\s+wil\\s+${you.nl}\\s+(?:graag\\s+)?(?:helpen|ondersteunen)`,
    `als\\s+ik\\s+${you.nl}\\s+(?:ergens\\s+(?:mee|bij)\\s+|daarmee\\s+|daarbij\\s+)?(?:kan|mag)\\s+helpen`,
    `kan\\s+ik\\s+(?:iets|wat)\\s+voor\\s+${you.nl}\\s+(?:doen|betekenen)`,
    'ik\\s+denk\\s+graag\\s+(?:met\\s+(?:je|jou|u|jullie)\\s+)?mee',
    // de
    `(?:kann|darf|könnte)\\s+ich\\s+${you.de}\\s+(?:irgendwie\\s+|dabei\\s+|bei\\s+etwas\\s+)?(?:helfen|unterstützen|behilflich\\s+sein)`,
    `wie\\s+kann\\s+ich\\s+${you.de}\\s+(?:helfen|unterstützen)`,
    `helfe\\s+(?:${you.de}\\s+)?(?:sehr\\s+)?gerne?`,
    `unterstütze\\s+${you.de}\\s+(?:sehr\\s+)?gerne?`,
    `wenn\\s+ich\\s+${you.de}\\s+(?:irgendwie\\s+|dabei\\s+|bei\\s+etwas\\s+)?(?:helfen|behilflich\\s+sein)\\s+kann`,
    // fr
    "(?:puis-je|je\\s+peux|pourrais-je|je\\s+pourrais)\\s+(?:vous\\s+|t')(?:aider|être\\s+utile)",
    "je\\s+(?:vous\\s+|t')aider(?:ai|ais)?\\s+(?:volontiers|avec\\s+plaisir)",
    "je\\s+(?:vous|t')\\s*aide\\s+(?:volontiers|avec\\s+plaisir)",
    // es
    '(?:puedo|podría)\\s+ayudar(?:te|le|les|os)?',
    '(?:te|le|les|os)\\s+(?:puedo|podría)\\s+ayudar',
    '(?:te|le|les|os)\\s+ayudo\\s+con\\s+(?:mucho\\s+)?gusto',
    'con\\s+(?:mucho\\s+)?gusto\\s+(?:te|le|les|os)\\s+ayudo',
    // it
    '(?:posso|potrei)\\s+(?:aiutarti|aiutarla|aiutarvi|esserti\\s+utile|esserle\\s+utile|esservi\\s+utile|darti\\s+una\\s+mano|darle\\s+una\\s+mano)',
    '(?:ti|le|vi)\\s+(?:posso|potrei)\\s+(?:aiutare|essere\\s+utile|dare\\s+una\\s+mano)',
    '(?:ti|la|vi)\\s+aiuto\\s+volentieri',
    // pt
    '(?:posso|poderia)\\s+(?:te\\s+|lhe\\s+)?(?:ajudar|ajudá-lo|ajudá-la|ser\\s+útil)',
    '(?:se|caso)\\s+(?:eu\\s+)?puder\\s+(?:ajudar|ser\\s+útil)',
    '(?:ajudo|ajudarei)\\s+com\\s+(?:todo\\s+o\\s+)?(?:prazer|gosto)',
  ],
  introduction: [
    // en
    '(?:happy|glad|delighted|pleased)\\s+to\\s+(?:introduce|connect)\\s+you',
    "(?:i\\s+can|i\\s+could|i'll|i\\s+will|i'd\\s+like\\s+to|i\\s+would\\s+like\\s+to|let\\s+me|shall\\s+i|should\\s+i|want\\s+me\\s+to|i'm\\s+happy\\s+to)\\s+(?:introduce|connect)\\s+you",
    'introduc(?:e|ing)\\s+you\\s+(?:two|both|to\\s+each\\s+other)',
    "(?:i'm|i\\s+am)\\s+introducing\\s+you",
    '(?:put|get)\\s+you\\s+(?:two\\s+|both\\s+)?in\\s+touch',
    // nl
    `(?:ik\\s+stel|stel\\s+ik)\\s+${you.nl}\\s+(?:graag\\s+)?voor\\s+aan`,
    'aan\\s+elkaar\\s+voor(?:stellen)?',
    `(?:kan|zal|wil|mag)\\s+ik\\s+${you.nl}\\s+(?:graag\\s+)?(?:voorstellen\\s+aan|in\\s+contact\\s+brengen)`,
    `ik\\s+(?:kan|wil|zal)\\s+${you.nl}\\s+(?:graag\\s+)?(?:voorstellen\\s+aan|in\\s+contact\\s+brengen)`,
    `(?:ik\\s+breng|breng\\s+ik)\\s+${you.nl}\\s+(?:graag\\s+)?(?:met\\s+elkaar\\s+)?in\\s+contact`,
    // de
    `${you.de}\\s+(?:gerne?\\s+)?(?:mit\\s+(?:\\p{L}+\\s+){1,3})?bekannt\\s+(?:machen|zu\\s+machen)`,
    `(?:stelle|stellen)\\s+(?:ich\\s+)?${you.de}\\s+(?:gerne?\\s+)?einander\\s+vor`,
    'miteinander\\s+bekannt',
    `(?:vernetze|verbinde)\\s+${you.de}\\s+gerne?`,
    `${you.de}\\s+(?:gerne?\\s+)?(?:mit\\s+(?:\\p{L}+\\s+){1,3})?in\\s+kontakt\\s+(?:bringen|zu\\s+bringen)`,
    // fr
    "(?:vous|te|t')\\s*mettre\\s+en\\s+(?:relation|contact)",
    "(?:je\\s+)?(?:vous|te|t')\\s*mets\\s+en\\s+(?:relation|contact)",
    '(?:vous|te)\\s+présenter\\s+(?:à|a)(?=\\s)',
    // es
    'presentar(?:te|le|les|os)\\s+a(?=\\s)',
    '(?:te|le|les|os)\\s+presento\\s+a(?=\\s)',
    'poner(?:te|le|les|os)\\s+en\\s+contacto',
    '(?:te|le|les|os)\\s+pongo\\s+en\\s+contacto',
    // it
    'metter(?:ti|la|le|vi)\\s+in\\s+contatto',
    '(?:ti|la|le|vi)\\s+metto\\s+in\\s+contatto',
    "(?:ti|vi)\\s+presento(?=\\s+(?!il\\s|la\\s|lo\\s|i\\s|gli\\s|le\\s|l'|un\\s|una\\s|uno\\s|nostr|mio\\s|mia\\s|miei\\s|mie\\s)\\p{L})",
    // pt
    '(?:colocar|coloco|colocando|pôr|ponho)(?:-(?:te|vos|lhe))?\\s+(?:(?:você|vocês|te|vos)\\s+)?em\\s+contac?to',
  ],
};
