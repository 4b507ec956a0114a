/**
 * French dialogue vocabularies: how patients ask (est-ce que, inversion "puis-je", "je voulais
 * savoir") and how the agent answers, deflects or escalates. Regular expressions with macros (see
 * ../types.ts) on folded text: lower case WITHOUT accents ("où" is "ou", "ça" is "ca"), except
 * `accentedInterrogatives`, matched on text that keeps its accents (only the accent tells "où"
 * from "ou"). Elided words are split: "qu'est-ce" reads "qu est-ce", "j'ai" reads "j ai".
 */

import type { DialogueVocabulary } from "../types";

const SUBJECT = "(?:je|tu|il|elle|on|nous|vous|ils|elles)";

export const FR_DIALOGUE: DialogueVocabulary = {
  macros: {
    CLIN:
      "(?:docteur|docteure|dr|dre|medecin|medecins|chirurgien|chirurgienne|infirmiere|infirmier|infirmieres|equipe|cabinet|clinique|" +
      "service|specialiste|pharmacien|pharmacienne|cardiologue|oncologue|pediatre|rhumatologue|neurologue|psychiatre|dermatologue|endocrinologue|diabetologue|nephrologue|gynecologue|pneumologue|gastro\\s*enterologue|hepatologue|hematologue|dieteticien|dieteticienne|generaliste|sage\\s+femme|kine|kinesitherapeute)",
    NUM: "(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|vingt|trente|quarante|cinquante|soixante|quelques|plusieurs)",
    SUBJ: SUBJECT,
    // A real danger named as such.
    DANGER: "(?:un\\s+(?:vrai|reel|grand|serieux|veritable)\\s+(?:danger|risque)|un\\s+(?:danger|risque)\\s+(?:reel|serieux|grave|d\\s+incendie))",
  },

  questions: {
    alternativeMarkers: ["ou", "ou\\s+bien", "enfin", "je\\s+veux\\s+dire", "c\\s+est\\s+a\\s+dire"],
    yesNoByIntonation: true,
    yesNoMarkers: [
      "a\\s+cause|parce\\s+que|pourquoi|quoi|quand|combien|comment|possible|risque","peux|peut|pourrais|pourrait|dois|doit|devrais|devrait|faut|faudra|faudrait|vais|va|vont|sera|serai|aurai|pourrai", "normal|grave|dangereux|possible|compatible|interdit|autorise|conseille|assez|trop|toujours|encore|deja|mieux|pire|bon|mauvais|vie|definitif", "\\bou\\s+(?:pas|bien|c\\s+est|je|on|il|le|la|les|si)"],
    reassuranceTags: ["hein", "non", "n\\s+est[\\s-]+ce\\s+pas", "pas\\s+vrai"],
    leadInWords: ["demander", "question", "savoir"],
    announcementCues: ["(?:quelques|deux|trois|une\\s+ou\\s+deux|des)\\s+(?:petites\\s+)?(?:questions|choses|trucs)\\b", "(?:voulais|voudrais|aimerais)\\s+(?:vous\\s+)?(?:demander|poser|verifier)\\b"],
    clauseMarkers: ["et", "mais", "ou", "alors", "donc", "bon", "ben", "bah", "euh", "eh", "ah", "oh", "aussi", "puis", "sinon", "d\\s+accord", "ok", "enfin", "parce\\s+que", "sauf\\s+que", "du\\s+coup", "voila", "bref"],
    fillers: ["euh", "bon", "ben", "bah", "alors", "donc", "et", "eh", "ah", "oh", "du\\s+coup", "enfin", "voila", "ok", "d\\s+accord", "juste", "aussi"],
    clauseInitialCues: [
      "est[\\s-]+ce\\s+(?:que|qu)\\b",
      "qu\\s+est[\\s-]+ce\\s+(?:que|qu|qui)\\b",
      "(?:puis|peux|dois|doit|peut|faut|est|sont|ai|as|a|avez|pouvez|devez|faudrait|pourrais|pourrait|pourriez|devrais|devrait|sera|serait|va|vais|vont|fait|font|y\\s+a)[\\s-]+(?:t[\\s-]+)?{SUBJ}\\b",
      "(?:comment|pourquoi|combien)\\b(?!\\s+(?:meme|bien\\s+meme))",
      // "quand je suis allée aux toilettes, ...": a past tense after it tells when something happened
      "quand\\b(?!\\s+(?:meme|bien\\s+meme))(?!\\s+(?:je|j|il|elle|on)\\s+(?:(?:me|m|s|se)\\s+)?(?:suis|ai|etais|avais|est|a|etait|avait)\\b)",
      "(?:quel|quelle|quels|quelles)\\s+(?:est|sont|genre|type|sorte|dose|jour|heure|moment|quantite|aliment|aliments|medicament|medicaments|exercice|exercices)\\b",
      "(?:a|de|pour|avec|depuis|jusqu\\s+a|pendant)\\s+(?:quel|quelle|quels|quelles|combien|quand)\\b",
      "c\\s+est\\s+quoi\\b", "(?:je|on)\\s+fais\\s+quoi\\b", "que\\s+(?:dois|faut|puis|faire|peut|devrais)\\b",
    ],
    clauseInitialCuesNeedingMark: [
      "quand\\b",
      "(?:je|on|j)\\s+(?:peux|peut|pourrais|dois|devrais|ai\\s+le\\s+droit|suis\\s+oblige|suis\\s+obligee|vais)\\b",
      "il\\s+(?:faut|faudrait|y\\s+a)\\b",
      "(?:c\\s+est|ce\\s+serait|ca\\s+serait|c\\s+etait)\\s+(?:normal|grave|bon|mauvais|dangereux|mieux|pire|vrai|possible|genant|risque|serieux|inquietant)\\b",
      "(?:ca|cela)\\s+(?:va|peut|risque|pose|passe|vient|veut|fait|change)\\b", "vous\\s+(?:pensez|croyez|trouvez)\\b",
      "(?:et\\s+)?(?:le|la|les|mon|ma|mes)\\s+[a-z]+\\s+(?:c\\s+est|ca\\s+va|je\\s+peux|on\\s+peut)\\b",
    ],
    clauseInitialCuesWhenUnpunctuated: [
      "(?:je|on)\\s+(?:peux|peut|dois)\\s+(?:encore\\s+|quand\\s+meme\\s+|deja\\s+)?[a-z]", "c\\s+est\\s+(?:normal|grave)\\b",
      // "faut un certificat", "ça fait mal", "c'est grave ça" without "?"
      "(?:il\\s+)?(?:faut|faudrait)\\s+(?:un|une|des|le|la|les)\\s+[a-z]", "(?:ca|cela)\\s+(?:rend|fait|donne)\\s+(?:pas\\s+)?(?:accro|dependant|mal|sommeil)\\b", "c\\s+est\\s+(?:bon|grave|dangereux|normal)\\s+(?:ca|ce\\s+chiffre|ces\\s+chiffres)\\b",
      "(?:il\\s+)?(?:y\\s+a|ya)\\s+(?:un|des)\\s+(?:risque|probleme|danger)\\b", "combien\\s+de\\s+temps\\b",
    ],
    indirectCues: [
      // an either-or about the patient's own next step, or "is it OK if", said without a question mark
      "\\bje\\s+(?:le\\s+|la\\s+|les\\s+|l\\s+|me\\s+|m\\s+)?[a-z]+\\s+(?:[a-z']+\\s+){0,4}?ou\\s+(?:je|j)\\s+",
      "^(?:[a-z]+\\s+)?(?:c\\s+est|ca\\s+serait|c\\s+serait|c\\s+est\\s+tu)\\s+(?:correct|ok|okay|grave|dangereux|permis|possible)\\s+(?:si|de)\\b",
      // uncertainty or curiosity before an embedded question: a question without a question mark
      "(?:pas|pas\\s+trop|pas\\s+vraiment)\\s+(?:sur|sure|certain|certaine)\\s+(?:de\\s+)?(?:si|quand|comment|combien)\\b",
      "aucune\\s+idee\\s+(?:de\\s+)?(?:si|quand|comment|combien)\\b", "je\\s+me\\s+(?:posais|pose)\\s+la\\s+question\\b",
      "(?:dites|expliquez|rappelez|racontez)[- ]moi\\b",
      "(?<!(?:sais|savais|sait|ou|de|en|pour|rien)\\s)quoi\\b(?!\\s+(?:que|qu))",
      "combien\\b",
      "jusqu\\s+a\\s+quand\\b",
      "(?:serait|sera|est|c\\s+est|ce\\s+serait|reprendre|commencer|arreter)\\s+quand\\b",
      "[a-z]+-tu\\b",
      // Quebec's "-tu" question particle as speech-to-text writes it: "c'tu assez", "c'est tu correct"
      "(?:c|c\\s+est|ca)\\s+tu\\s+(?!(?:es|as|vas|peux|dois|sais|fais|veux)\\b)[a-z]",
      // "est-ce que" asks wherever it stands, also in run-on speech with no clause boundary before it
      // (but "c'est ce qu'ils m'ont dit" tells)
      "(?:qu\\s+)?(?<!\\bc\\s)est[\\s-]+ce\\s+(?:que|qu)\\b",
      "(?:je|on|j)\\s+(?:dois|peux|devrais|pourrais|vais)\\s+(?:[a-z']+\\s+){0,8}ou\\s+(?:c\\s+est|je|on|pas|bien|si|est|juste|plutot)\\b",
      "a\\s+cause\\s+d(?:e|u|es)?\\b(?=[^.!?]*\\?)",
      "(?:vous|tu)\\s+(?:pensez|croyez|trouvez|penses|crois|conseillez|me\\s+conseillez|recommandez)\\b",
      "je\\s+(?:voulais|voudrais|veux|souhaitais|souhaiterais)\\s+(?:juste\\s+|aussi\\s+)?(?:savoir|vous\\s+demander|demander|comprendre|verifier|poser)",
      "j\\s+(?:aimerais|aurais\\s+aime|ai\\s+besoin\\s+de)\\s+(?:bien\\s+)?(?:savoir|comprendre|vous\\s+demander)",
      "je\\s+me\\s+(?:demandais|demande)\\b",
      // a question relayed from home ("ma femme demande si je peux...") and eager curiosity ("je meurs d'envie de savoir si")
      "(?<!(?:\\ba|\\bai|avait|avais)\\s)(?:veut|voudrait|demande)\\s+(?:savoir\\s+)?(?:si|quand|comment|pourquoi|combien)\\b",
      "(?:meurs|meure)\\s+d\\s+envie\\s+de\\s+savoir\\b",
      "(?:pouvez|pourriez|pourrais|peux)[\\s-]+(?:vous|tu)\\s+(?:me\\s+|m\\s+)?(?:dire|expliquer|rappeler|preciser|redire|donner)",
      "(?:dites|expliquez|rappelez|redites)[\\s-]+moi\\b",
      "je\\s+ne\\s+(?:sais|savais|comprends|vois)\\s+pas\\s+(?:trop\\s+|bien\\s+|tres\\s+bien\\s+)?(?:si|comment|quand|combien|pourquoi|quoi|ce\\s+que|quel|quelle)\\b",
      "je\\s+(?:sais|comprends)\\s+pas\\s+(?:trop\\s+|bien\\s+)?(?:si|comment|quand|combien|pourquoi|quoi|ce\\s+que)\\b",
      "je\\s+ne\\s+suis\\s+pas\\s+(?:sur|sure|certain|certaine)\\s+(?:de|si|que)\\b", "j\\s+ai\\s+(?:une|encore\\s+une|juste\\s+une)\\s+(?:question|petite\\s+question)",
      "(?:une|autre|derniere|petite)\\s+question\\b", "j\\s+hesite\\s+(?:a|entre)\\b",
    ],
    accentedInterrogatives: ["(?:où|d'où|jusqu'où)(?![a-zàâçéèêëîïôûùüÿœ])"],
    echoChecks: [],
    nonQuestions: [
      "comment\\s+(?:allez|vas|ca\\s+va|vous\\s+allez)\\b", "ca\\s+va\\s*\\?", "a\\s+quoi\\s+bon\\b", "qu\\s+est[\\s-]+ce\\s+que\\s+vous\\s+voulez",
      "vous\\s+m\\s+entendez\\b", "vous\\s+etes\\s+la\\b", "tu\\s+sais\\s+quoi\\b", "vous\\s+savez\\s+quoi\\b",
      "(?:quelle|quel)\\s+(?:horreur|chance|dommage|joie|bonne\\s+nouvelle|soulagement|histoire|plaisir|galere)\\b",
      "est[\\s-]+ce\\s+que\\s+je\\s+peux\\s+vous\\s+(?:dire|raconter|demander)\\s+(?:quelque\\s+chose|un\\s+truc)",
      "(?:pouvez|pourriez)[\\s-]+vous\\s+repeter", "comment\\s+(?:dire|dites\\s+vous)\\b", "pourquoi\\s+moi\\b",
    ],
    tags: ["hein", "non", "d\\s+accord", "n\\s+est[\\s-]+ce\\s+pas", "vous\\s+voyez", "tu\\s+vois", "quoi", "ok", "oui", "pas\\s+vrai", "vous\\s+savez", "voila", "c\\s+est\\s+ca"],
    rhetoricalTags: ["vous\\s+voyez", "tu\\s+vois", "quoi", "vous\\s+savez", "voila"],
    evaluativeCues: [
      "(?:je\\s+peux|on\\s+peut|je\\s+dois|il\\s+faut|c\\s+est\\s+normal|c\\s+est\\s+grave|c\\s+est\\s+bon|ca\\s+va|c\\s+est\\s+mieux|c\\s+est\\s+dangereux|c\\s+est\\s+possible|ca\\s+risque)\\b",
    ],
    escalationQuestions: [
      "que\\s+(?:dois[\\s-]+je|faut[\\s-]+il|faire|je\\s+fais)|quand\\s+(?:dois[\\s-]+je|faut[\\s-]+il|est[\\s-]+ce\\s+qu)\\s+(?:appeler|consulter|m\\s+inquieter|aller)",
      "(?:dois[\\s-]+je|faut[\\s-]+il|je\\s+dois)\\s+(?:appeler|aller\\s+aux\\s+urgences|m\\s+inquieter|consulter)|c\\s+est\\s+(?:une\\s+)?urgence|qui\\s+(?:dois[\\s-]+je|faut[\\s-]+il)\\s+appeler",
    ],
    reservedDecisions: [
      "doubl\\w*|dose|unites|augmenter|baisser|diminuer|reduire|sauter|arreter|changer\\s+(?:de|pour)|passer\\s+(?:a|au)",
      "combien\\s+(?:je\\s+|dois[\\s-]+je\\s+|faut[\\s-]+il\\s+)?(?:prendre|mettre|injecter)",
      "(?:est[\\s-]+ce\\s+que\\s+c\\s+est|ca\\s+pourrait\\s+etre|ca\\s+peut\\s+etre|qu\\s+est[\\s-]+ce\\s+que\\s+j\\s+ai|c\\s+est\\s+grave)",
    ],
    acknowledgements: ["oui", "non", "ah", "d\\s+accord", "vraiment", "c\\s+est\\s+vrai", "pardon", "comment", "quoi", "allo", "bonjour", "ok", "hein", "ah\\s+bon", "c\\s+est\\s+tout"],
  },

  replies: {
    deflection: [
      // the agent would rather the clinician took it: "je préfère que vous posiez la question à votre pharmacien"
      "je\\s+(?:prefere|prefererais)\\s+que\\s+vous\\s+(?:posiez|demandiez|voyiez|parliez|en\\s+parliez|verifiiez|voyez)\\s+{G4}{CLIN}",
      // the agent declines in the first person, whatever the verb: "je ne peux pas", "je n'ai pas accès"
      "je\\s+(?:ne\\s+|n\\s+)?(?:vous\\s+|le\\s+|la\\s+|les\\s+|l\\s+)?(?:peux|pourrai|pourrais)\\s+pas\\b",
      "je\\s+(?:ne\\s+|n\\s+)?(?:suis\\s+pas\\s+en\\s+mesure|ai\\s+pas\\s+acces)\\b",
      "(?:ce\\s+n\\s+est|c\\s+est)\\s+pas\\s+quelque\\s+chose\\s+que\\s+je\\b",
      // the decision or the conversation belongs to the clinician, or the agent will not go into it now
      "c\\s*est\\s+(?:le|la|votre)\\s+{G2}{CLIN}\\w*(?:\\s+[a-z-]+)?\\s+qui\\s+(?:vous\\s+)?(?:le\\s+|la\\s+|l\\s+)?(?:confirmera|dira|decidera|verra|expliquera|indiquera|precisera)",
      // the agent cannot see the record or will not guess: no answer whoever is named after
      "je\\s+n\\s+ai\\s+pas\\s+(?:acces|votre|vos)\\b",
      "je\\s+ne\\s+(?:vois|peux\\s+pas\\s+voir)\\s+pas\\s+(?:votre|vos|son|sa|ses)\\b",
      "je\\s+ne\\s+voudrais\\s+pas\\s+(?:deviner|inventer)",
      "(?:c\\s+est|ce\\s+sont|c\\s+est\\s+bien)\\s+(?:le|la|les|votre|vos|son|sa)\\s+(?:[a-z-]+\\s+){0,2}{CLIN}\\w*\\s+(?:[a-z-]+\\s+){0,4}qui\\s+(?:le\\s+|la\\s+|les\\s+|en\\s+|vous\\s+)?(?:decid|dira|diront|verra|verront|choisi|fixer|tranch|jug|evalu)\\w*",
      "qui\\s+(?:le|la|les|en|vous\\s+le)\\s+(?:decidera|decideront|dira|diront|choisira|choisiront|tranchera|trancheront|fixera|fixeront)\\b",
      "personne\\s+ne\\s+peut\\s+vous\\s+(?:le\\s+)?(?:dire|repondre|promettre)",
      // the agent would rather not answer, says it depends on what the team finds, or saves it for the next visit
      "(?:je\\s+)?prefere\\s+ne\\s+pas\\s+vous\\s+(?:donner|dire|conseiller|recommander)",
      "(?:ca|cela)\\s+depend\\s+de\\s+ce\\s+que\\s+(?:le|la|votre|vos|les)\\s+{CLIN}",
      "(?:bonne|excellente|tres\\s+bonne)\\s+question\\s+(?:a\\s+poser\\s+)?(?:pour|a)\\s+(?:votre|le|la)\\s+(?:prochain|prochaine)\\s+(?:rendez\\s+vous|consultation|visite)",
      // polite deflections: the agent prefers the doctor to answer, who will decide
      "(?:je\\s+)?prefere\\s+que\\s+(?:ce\\s+soit\\s+)?(?:le|la|l|votre|vos)\\s+",
      "{CLIN}\\s+(?:[a-z']+\\s+){0,2}qui\\s+(?:tranchera|decidera|repondra|dira|verra|jugera)",
      "je\\s+ne\\s+(?:peux|saurais)\\s+pas\\s+(?:le\\s+|en\\s+)?(?:decider|trancher|repondre|juger)",
      // the agent cannot see it from here, passes, or names who can answer instead
      "d\\s+ici\\s+je\\s+(?:ne\\s+)?(?:vois|peux|ai)\\s+pas",
      "qui\\s+(?:pourra|peut)\\s+vous\\s+(?:repondre|donner\\s+une\\s+reponse)",
      "je\\s+(?:ne\\s+)?veux\\s+pas\\s+vous\\s+donner\\s+(?:un\\s+chiffre|une\\s+date|un\\s+delai)",
      "je\\s+ne\\s+(?:peux|pourrai|saurais)\\s+pas\\s+(?:vous\\s+|te\\s+)?(?:le\\s+|la\\s+|l\\s+|en\\s+|y\\s+)?(?:dire|repondre|conseiller|proposer|recommander|indiquer|confirmer|predire|garantir|savoir)",
      "je\\s+(?:n\\s+)?ai\\s+pas\\s+(?:acces|cette\\s+information|ces\\s+informations|l\\s+information|les\\s+informations|de\\s+donnees)",
      "(?:c\\s+est|ce\\s+sera|ca\\s+reste)\\s+(?:a\\s+lui|a\\s+elle|a\\s+eux|un\\s+choix\\s+a\\s+faire|une\\s+decision)\\b",
      "(?:seul|seule|seuls|seules)\\s+(?:le|la|les|l|votre|vos|une|un)\\s+{G3}(?:peut|peuvent|pourra|pourront|permettra)",
      "je\\s+vous\\s+encourage\\s+a\\s+(?:lui|leur|en)\\b",
      "je\\s+ne\\s+(?:peux|suis\\s+pas\\s+en\\s+mesure\\s+de|saurais|suis\\s+pas\\s+la\\s+bonne\\s+personne\\s+pour)\\s+{G3}(?:vous\\s+)?(?:conseiller|dire|recommander|indiquer|repondre|modifier|changer|confirmer|diagnostiquer|prescrire|prononcer|donner|juger|evaluer|ajuster)",
      "(?:je\\s+n|je)\\s+ai\\s+pas\\s+(?:d|cette|ces|les|de)\\s+(?:information|informations|donnees|precisions|elements)",
      "(?:ce\\s+n\\s+est|c\\s+est)\\s+pas\\s+(?:dans|prevu\\s+dans|indique\\s+dans|mentionne\\s+dans)\\s+(?:mes|les|vos)\\s+(?:documents|informations|fiches|consignes|supports)",
      "je\\s+ne\\s+sais\\s+pas\\b|je\\s+ne\\s+suis\\s+pas\\s+(?:sur|sure|certain|certaine)\\b",
      "(?:revenons|restons|concentrons[\\s-]+nous)\\s+(?:a|sur)\\b",
      "(?:c\\s+est|ce\\s+sera|ca\\s+reste|cela\\s+reste|ce\\s+serait)\\s+(?:a|au)\\s+{G2}{CLIN}",
      "{CLIN}\\s+{G3}(?:decidera|decide|verra|vous\\s+dira|vous\\s+indiquera|ajustera|evaluera|jugera|fixera|determinera|est\\s+(?:le|la)\\s+mieux\\s+place|pourra\\s+vous|saura\\s+vous|vous\\s+donnera|en\\s+decidera|vous\\s+le\\s+dira|le\\s+decidera)",
      "(?:voyez|voir|parlez[\\s-]+en|demandez|posez\\s+(?:la|cette|votre)\\s+question|abordez|discutez[\\s-]+en|en\\s+parler|en\\s+discuter|le\\s+voir|a\\s+voir|a\\s+discuter|a\\s+aborder|a\\s+poser)\\s+{G4}(?:avec|a|au)\\s+{G2}{CLIN}",
      "(?:decision|decider|decide|determiner|juger|evaluer|ajuster|fixer)\\s+{G4}{CLIN}",
      "chaque\\s+(?:cas|personne|patient|patiente|situation|recuperation)\\s+est\\s+(?:different|differente|unique|particulier|particuliere)",
      "(?:ca|cela)\\s+depend\\s+de\\s+(?:beaucoup|plusieurs|nombreux|nombreuses|chaque)", "(?:difficile|impossible)\\s+(?:a|de)\\s+(?:dire|prevoir|savoir)",
      "(?:notez|noter|gardez|garder|mettez)\\s+{G3}(?:question|ca|cela)\\s+{G4}(?:rendez[\\s-]vous|consultation|visite|prochain)",
      "(?:bonne|excellente|tres\\s+bonne)\\s+question\\s+(?:a|pour)\\s+(?:poser|votre)",
      "je\\s+vous\\s+(?:invite|conseille|recommande|encourage)\\s+a\\s+(?:en\\s+)?(?:parler|discuter|voir|demander|poser)",
    ],
    empathy: [
      "^(?:[a-z]+,\\s+)?(?:je\\s+comprends|je\\s+vous\\s+comprends|je\\s+vois|c\\s+est\\s+(?:tout\\s+a\\s+fait\\s+|bien\\s+|tres\\s+)?(?:comprehensible|normal\\s+de\\s+(?:vous\\s+)?(?:inquieter|poser))|merci\\s+(?:de|pour|beaucoup)|je\\s+suis\\s+(?:desole|desolee|content|contente|ravi|ravie)|c\\s+est\\s+une\\s+(?:tres\\s+|excellente\\s+)?(?:bonne\\s+)?question|avec\\s+plaisir|je\\s+vous\\s+en\\s+prie)",
      "^(?:[a-z]+,\\s+)?(?:ca\\s+doit\\s+etre|c\\s+est\\s+(?:difficile|dur|penible|frustrant))",
    ],
    meta: ["avant\\s+(?:de|d)\\s+(?:repondre|continuer|aller\\s+plus\\s+loin|parler|passer)", "je\\s+(?:voudrais|veux|dois)\\s+(?:d\\s+abord|revenir|m\\s+arreter)", "permettez[\\s-]+moi\\s+de\\s+(?:revenir|m\\s+arreter)", "d\\s+abord,?\\s+(?:ce\\s+que|je)"],
    flagAnnouncement: [
      "je\\s+(?:transmets|signale|previens|alerte|vais\\s+(?:transmettre|signaler|prevenir|alerter))\\b",
      // l'équipe doit le savoir: "votre médecin doit être au courant", "il faut que la clinique le sache"
      "(?:doit|doivent|devrait|devraient)\\s+(?:absolument\\s+|vraiment\\s+)?(?:le\\s+savoir|etre\\s+(?:au\\s+courant|informee?s?|prevenue?s?))\\b",
      "(?:equipe|medecin|docteure?|infirmiere?|clinique|cabinet)\\s+{G3}le\\s+sache\\b",
    ],
    concernOpening: [
      // ce que le patient a dit, jugé en entier : « ce que vous me dites est important »
      "ce\\s+que\\s+vous\\s+(?:me\\s+dites|decrivez|me\\s+decrivez|me\\s+racontez|me\\s+dites\\s+la)\\s+(?:est|me\\s+semble)\\s+(?:(?:tres|vraiment)\\s+)*(?:important|grave|serieux|inquietant|preoccupant|urgent)",
      "(?:c\\s+est|cela\\s+est|ceci\\s+est|ca\\s+c\\s+est)\\s+(?:(?:aussi|egalement|tres|vraiment)\\s+)*(?:important|{DANGER}|inquietant|preoccupant|grave|serieux|dangereux|urgent|une\\s+urgence|un\\s+signe\\s+d\\s+alerte)(?!\\s+(?:question|de\\s+(?:demander|poser)))",
      // a judgement of any subject: "une crise aussi longue est une urgence"; not a conditional
      "(?!(?:si|quand|lorsque|en\\s+cas|tout|toute|aucun|aucune|rien)\\b)(?:[a-z]+,?\\s+){1,8}?(?:est|sont)\\s+(?:(?:aussi|egalement|tres|vraiment)\\s+)*(?:inquietante?|{DANGER}|preoccupante?|graves?|serieux|serieuse|dangereux|dangereuse|urgente?|une\\s+urgence|un\\s+signe\\s+d\\s+alerte)(?!\\s+(?:question|de\\s+(?:demander|poser)))",
      "(?:ce\\s+que\\s+vous\\s+(?:decrivez|me\\s+dites)|cela|ca)\\s+m\\s+inquiete",
    ],
    thanksBeforeJudgement: [
      "merci(?:\\s+(?:beaucoup|de\\s+me\\s+l\\s+avoir\\s+dit|de\\s+me\\s+le\\s+dire|de\\s+m\\s+en\\s+(?:parler|avoir\\s+parle)|(?:de|pour)\\s+votre\\s+franchise|de\\s+me\\s+prevenir))?",
    ],
    disclosureThanks: [
      // thanks for a disclosure opening the reply: "Merci de me l'avoir dit.", "Vous avez bien fait d'en parler."
      "merci\\s+(?:beaucoup\\s+)?(?:de\\s+me\\s+l\\s+avoir\\s+dit|de\\s+m\\s+en\\s+(?:parler|avoir\\s+parle)|(?:de|pour)\\s+votre\\s+(?:franchise|honnetete|confiance))",
      "(?:vous\\s+avez|tu\\s+as)\\s+(?:tres\\s+)?bien\\s+fait\\s+de\\s+(?:m\\s+en\\s+parler|me\\s+le\\s+dire|le\\s+dire|en\\s+parler)",
    ],
    calmOpening: [
      // the agent opening its reply by calling what was said normal or good news: "C'est tout à fait habituel.", "Tant mieux."
      "(?:c\\s+est\\s+(?:(?:tout\\s+a\\s+fait|tres|assez|plutot|bien)\\s+)*(?:normal|courant|frequent|attendu|habituel|typique|rassurant)|tant\\s+mieux|ca\\s+me\\s+rassure)",
    ],
    // words that turn a calm opening into a "but": "That's common, but with a fever it needs checking"
    calmContrast: ["mais", "cependant", "pourtant", "quand\\s+meme", "sauf"],
    // the same judgement later in the first sentence: "Some swelling of the ankles is very common in late pregnancy."
    calmJudgement: ["(?:est|sont)\\s+(?:(?:tres|assez|plutot|tout\\s+a\\s+fait|aussi)\\s+)*(?:normal|normale|normaux|normales|courant|courante|courants|frequent|frequente|frequents|habituel|habituelle|attendu|attendue|typique|typiques)"],
    // the agent taking the turn up without escalating: "please tell them about that too", "that can be dangerous"
    takesUp: ["(?:dites|signalez|mentionnez)(?:-|\\s+)?(?:le|la|leur)\\s+(?:aussi|egalement|au\\s+medecin|a\\s+l\\s+equipe)", "(?:peut|pourrait)\\s+etre\\s+(?:tres\\s+)?dangereux|(?:n\\s+est|ce\\s+n\\s+est)\\s+pas\\s+(?:sans\\s+danger|sur)"],
    // the agent offering contact in a question, and the patient saying yes to it: a request for contact
    contactOffer: ["(?:voulez(?:-|\\s+)vous|vous\\s+voulez|souhaitez(?:-|\\s+)vous|vous\\s+souhaitez|aimeriez(?:-|\\s+)vous|vous\\s+aimeriez|je\\s+peux|puis(?:-|\\s+)je|est(?:-|\\s+)ce\\s+que\\s+vous\\s+(?:voulez|souhaitez|aimeriez))\\b[^?.!]{0,80}?(?:vous\\s+(?:rappelle|rappellent|rappeler|appelle|appellent|appeler|contacte|contactent|contacter|telephone|telephonent)|(?:parler|echanger)\\s+(?:a|avec)\\s+(?:un|une|le|la|l|quelqu|votre)\\b|vous\\s+(?:passe|passer|mette|mettre)\\s+en\\s+(?:contact|relation)|un\\s+rappel)"],
    offerAccepted: ["(?:(?:euh|ben|bon|ah|oh|alors|hum)[\\s,.]+){0,2}(?:oui|ouais|volontiers|avec\\s+plaisir|s\\s+il\\s+vous\\s+plait|je\\s+veux\\s+bien|je\\s+voudrais\\s+bien|ce\\s+serait\\s+(?:bien|super|gentil)|d\\s+accord|bien\\s+sur|tout\\s+a\\s+fait|allez\\s+y)(?![\\s,.]+(?:non|mais\\s+non|pas))"],
    additionalConcern: [
      "(?:(?:est|sont)\\s+(?:aussi\\s+|egalement\\s+)?(?:un\\s+autre|encore\\s+un|une\\s+autre|encore\\s+une)\\s+(?:signe\\s+d\\s+(?:alerte|alarme)|signal\\s+d\\s+alarme|raison\\s+(?:de|pour)\\s+(?:[a-z]+\\s+){0,2}?(?:appeler|consulter|aller|ne\\s+pas\\s+attendre|vous\\s+faire\\s+(?:voir|examiner)|venir)))(?!\\s+(?:a\\s+surveiller|dont\\s+il\\s+faut|qu\\s+il\\s+faut\\s+surveiller))",
    ],
    urgentReferral: [
      "(?:appelez|appeler|contactez|contacter|allez|rendez[\\s-]+vous|consultez|composez|faites\\s+le)\\s+{G6}(?:maintenant|immediatement|tout\\s+de\\s+suite|aujourd\\s+hui|sans\\s+attendre|sans\\s+tarder|au\\s+plus\\s+vite|urgences|le\\s+15|le\\s+112|le\\s+18|samu|ce\\s+soir|cet\\s+apres[\\s-]midi|des\\s+que\\s+possible)",
      "n\\s+attendez\\s+pas|urgences|samu|\\b(?:15|112|911)\\b|(?:il\\s+faut|doit\\s+etre)\\s+(?:vu|vue|evalue|evaluee|examine|examinee)\\s+(?:aujourd\\s+hui|rapidement|en\\s+urgence|maintenant)",
    ],
    continuingEscalation: [
      "\\b(?:quand\\s+meme|tout\\s+de\\s+meme|malgre\\s+tout|de\\s+toute\\s+facon|dans\\s+tous\\s+les\\s+cas)\\b",
      "\\brestent?\\s+(?:la\\s+priorite|prioritaires?|importante?s?|urgente?s?)|\\b(?:doit|doivent|faut)\\s+toujours\\b",
    ],
    conditionalEscalation: ["^(?:[a-z]+,\\s+)?(?:et\\s+)?(?:si|s\\s+ils?|en\\s+cas\\s+de|au\\s+cas\\s+ou|des\\s+que|chaque\\s+fois\\s+que)\\b", "(?:immediatement|tout\\s+de\\s+suite|aujourd\\s+hui|maintenant)\\s+(?:si|en\\s+cas|des\\s+que)\\b", "signes\\s+d\\s+(?:alerte|alarme)|surveillez", "\\b(?:serait|seraient)\\s+(?:une\\s+raison|un\\s+motif|une\\s+urgence|different|differente)\\b|\\b(?:necessiterait|justifierait)\\b|\\ba\\s+surveiller\\b"],
    logisticsWords: ["appelez", "appeler", "cabinet", "clinique", "service", "equipe", "aujourd", "hui", "maintenant", "plait", "medecin", "docteur", "infirmiere", "urgences", "hopital", "merci", "immediatement", "numero", "suite", "samu"],
    interim: ["^(?:[a-z]+,\\s+)?(?:en\\s+attendant|d\\s+ici\\s+la|pour\\s+l\\s+instant|pour\\s+le\\s+moment)", "ce\\s+que\\s+(?:je\\s+peux\\s+vous\\s+dire|la\\s+fiche\\s+dit|vos\\s+consignes\\s+disent)\\s+c\\s+est"],
    safetyNet: ["^(?:[a-z']+,?\\s+){0,2}si\\b(?:.*)\\b(?:appelez|consultez|contactez|prevenez|allez)\\b", "(?:appelez|consultez|contactez|prevenez)\\s+{G6}si\\b"],
    topicSwitch: ["^(?:[a-z]+,\\s+)?(?:pour\\s+(?:ce\\s+qui\\s+est|la|le|les|l)|concernant|quant\\s+(?:a|au|aux)|en\\s+ce\\s+qui\\s+concerne|a\\s+propos\\s+d|au\\s+sujet\\s+d|et\\s+pour)"],
    concreteAnswer: [
      "\\b{NUM}\\s+(?:(?!chaque\\b|par\\b)[a-z']+,?\\s+){0,2}?(?:minutes?|heures?|jours?|semaines?|mois|ans?|annees?|fois|mg|milligrammes|grammes|ml|litres?|verres?|tasses?|kilos?|kg|degres|unites|pour\\s+cent|comprimes?|cachets?|centimetres?)\\b(?!\\s+(?:de\\s+)?(?:controle|rendez|consultation|visite))",
      "^(?:[a-z]+,\\s+)?(?:oui|non)\\s*[,.;:!]",
    ],
    referralCues: ["{CLIN}\\s+{G3}(?:decidera|decide|verra|dira|indiquera|ajustera|evaluera|jugera|fixera|determinera|choisira|adaptera|pourra|saura|peut\\s+vous|peuvent)", "(?:c\\s+est|ce\\s+sera)\\s+(?:a|au)\\s+(?:lui|elle|eux|votre|vos|la|le)\\b", "(?:seul|seule|seuls|seules)\\s+(?:le|la|les|votre|l)\\s+{G2}{CLIN}", "(?:demandez|parlez|posez|appelez|contactez|voyez|parles|demande)[\\s-]+(?:lui|en|leur|avec)\\b", "(?:avec|par)\\s+(?:votre|le|la|ta|ton)\\s+(?:[a-z]+\\s+)?{CLIN}\\s*[.,;]?\\s*$"],
    answerOpeners: ["oui", "non", "bien\\s+sur", "absolument", "tout\\s+a\\s+fait", "en\\s+general", "generalement", "normalement", "c\\s+est\\s+(?:possible|compatible|normal|tres\\s+bien|bien)", "vous\\s+pouvez", "il\\s+vaut\\s+mieux"],
    amountWords: ["quelques", "plusieurs", "demi", "demie"],
    appointmentBeforeNumber: ["(?:controle|rendez[\\s-]vous|consultation|visite|bilan)\\s+(?:des?\\s+|du\\s+)?"],
  },

  overlapStopwords: [
    "le", "la", "les", "l", "un", "une", "des", "de", "du", "d", "au", "aux", "a", "et", "ou", "que", "qu", "qui", "quoi", "dans", "en",
    "sur", "pour", "par", "avec", "sans", "est", "sont", "etre", "suis", "es", "ai", "as", "avez", "avoir", "je", "j", "tu", "il", "elle",
    "on", "nous", "vous", "ils", "elles", "me", "m", "te", "t", "se", "s", "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
    "votre", "vos", "notre", "nos", "leur", "leurs", "ce", "cet", "cette", "ces", "ca", "cela", "c", "ne", "n", "pas", "plus", "tres",
    "bien", "mais", "donc", "alors", "aussi", "encore", "comme", "si", "oui", "non", "quand", "comment", "pourquoi", "combien", "quel",
    "quelle", "quels", "quelles", "peux", "peut", "pouvez", "dois", "doit", "faut", "fait", "faire", "va", "vais", "chose", "choses",
    "fois", "jour", "aujourd", "hui", "maintenant", "euh", "bon", "ben", "bah", "merci", "docteur", "question", "savoir", "voulais",
    "normal", "beaucoup", "peu", "tout", "tous", "toute", "rien", "y", "est-ce", "ok", "d'accord", "accord", "dire", "expliquer",
  ],

  focusConcepts: [
    { id: "driving", question: ["conduire", "conduis", "volant", "prendre\\s+la\\s+voiture"], answer: ["conduire", "conduite", "conduisez", "volant", "voiture"] },
    { id: "work", question: ["(?:reprendre|retourner|retour)\\s+(?:au\\s+|le\\s+)?(?:travail|boulot)", "mon\\s+(?:travail|boulot)"], answer: ["travail", "travailler", "boulot", "professionnel\\w*", "reprise"] },
    { id: "flying", question: ["avion", "vol", "prendre\\s+l\\s+avion", "aeroport"], answer: ["avion", "vol", "vols", "aeroport", "voyag\\w*"] },
    { id: "swimming", question: ["piscine", "nager", "baignade", "bain", "baigner", "mer"], answer: ["piscine", "nager", "baignade", "bain", "bains", "baign\\w*", "mer", "immerg\\w*"] },
    { id: "sex", question: ["rapports", "relations\\s+sexuelles", "sexe"], answer: ["rapports", "sexuel\\w*", "sexe"] },
    { id: "alcohol", question: ["alcool", "vin", "biere", "verre", "apero"], answer: ["alcool", "vin", "biere", "verre\\w*", "boire"] },
    { id: "sport", question: ["sport", "salle", "velo", "courir", "footing", "tennis", "foot", "golf", "marche\\s+nordique"], answer: ["sport\\w*", "salle", "velo", "courir", "course", "activite\\w*", "exercice\\w*", "effort\\w*"] },
    { id: "lifting", question: ["porter", "soulever", "charges?", "lourd", "lourde", "lourdes"], answer: ["port\\w*", "soulev\\w*", "charges?", "lourd\\w*", "kilos?", "poids", "effort\\w*", "courses", "sacs?"] },
    { id: "travel", question: ["voyage\\w*", "vacances", "etranger", "croisiere", "partir"], answer: ["voyag\\w*", "vacances", "etranger", "croisiere", "avion", "assurance", "depart"] },
    { id: "showering", question: ["douche\\w*", "doucher", "mouiller", "laver\\s+les\\s+cheveux"], answer: ["douch\\w*", "mouill\\w*", "eau", "lav\\w*", "sech\\w*", "impermeable", "bain\\w*"] },
  ],
};
