/**
 * German dialogue vocabularies: how patients ask (verb first: "Darf ich...?", "Muss ich...?",
 * W-questions, "ich wollte fragen") and how the agent answers, deflects or escalates. Regular
 * expressions with macros (see ../types.ts) on folded text: lower case, umlauts and ß folded
 * ("für" is "fur", "muß" is "mus").
 */

import type { DialogueVocabulary } from "../types";

const SUBJECT = "(?:ich|du|er|sie|es|man|wir|ihr|das|der|die|mein|meine|dies|diese|dieser)";

export const DE_DIALOGUE: DialogueVocabulary = {
  macros: {
    CLIN:
      "(?:arzt|arztin|arzte|doktor|dr|hausarzt|hausarztin|chirurg|chirurgin|facharzt|facharztin|team|praxis|klinik|station|ambulanz|" +
      "pflege|pflegekraft|schwester|kardiologe|kardiologin|apotheke|apotheker|apothekerin|hebamme|onkologe|onkologin|behandelnde\\w*)",
    NUM: "(?:\\d+|ein|eine|einen|zwei|drei|vier|funf|sechs|sieben|acht|zehn|zwolf|funfzehn|zwanzig|dreisig|vierzig|paar|einige|mehrere|halbe|halben)",
    SUBJ: SUBJECT,
    // A real danger named as such.
    DANGER: "(?:eine\\s+(?:echte|ernste|gro(?:s|ss)e|reale)\\s+gefahr|ein\\s+(?:echtes|ernstes|gro(?:s|ss)es)\\s+risiko|(?:brand|feuer)gefahr)",
  },

  questions: {
    alternativeMarkers: ["oder", "also", "ich\\s+meine", "beziehungsweise", "bzw"],
    yesNoByIntonation: false,
    yesNoMarkers: [
      "wirklich|stimmt|wegen|deshalb|deswegen|normal|gefahrlich|schlimm","kann|konnen|darf|durfen|soll|sollte|muss|mus|mussen|werde|wird|brauche|brauch", "normal|schlimm|gefahrlich|gut|schlecht|besser|okay|ok|in\\s+ordnung|erlaubt|verboten|genug|zu\\s+viel|immer|fur\\s+immer|lebenslang|noch|schon", "\\boder\\s+(?:nicht|ist|sind|soll|muss|kann|das|der|die|ich|ob|was|so)"],
    reassuranceTags: ["oder", "nicht\\s+wahr", "gell", "ne"],
    leadInWords: ["frag\\w*", "wissen", "frage"],
    announcementCues: ["(?:ein\\s+paar|einige|zwei|drei)\\s+(?:kleine\\s+)?(?:fragen|dinge|sachen)\\b", "(?:wollte|mochte|möchte)\\s+(?:kurz\\s+)?(?:fragen|nachfragen|abklaren|abklären)\\b"],
    // not adverbs such as "dann", "jetzt", "also", "noch": they fill the first position, so the verb after them is a
    // statement's ("Dann habe ich es verstanden."), not a question's
    clauseMarkers: ["und", "aber", "oder", "ja", "na", "gut", "okay", "ok", "achso", "ach", "ah", "oh", "ahm", "ah", "hm", "ubrigens", "weil"],
    fillers: ["ahm", "ah", "ehm", "hm", "na", "ja", "und", "okay", "ok", "nun", "halt", "eben", "mal", "doch"],
    clauseInitialCues: [
      "was\\s+(?:mach|tu|tue|mache|soll|kann|darf|muss|mus|fur|hilft|passiert|bedeutet|heist)\\b",
      "(?:darf|kann|soll|muss|mus|derf|konnt|konnte|sollt|nehm|nehme|krieg|kriege|bekomm|bekomme|brauch|brauche|isch|is|stimmt|gibt|gibt's|gibts)\\s+(?:i|ick|ich|man|es|des|det|das|der|die|mir|mich)\\b",
      "stimmt\\s+es\\b",
      "(?:ist|is|isch)\\s+(?:det|des|das|es)\\b",
      "(?:wann|wie|wo|warum|wieso|weshalb|weswegen|wozu|womit|wobei|wodurch|woran|worauf|wohin|woher|welche|welcher|welches|welchen|welchem|wer|wen|wem)\\b(?!\\s+(?:auch\\s+immer|gesagt))",
      "was\\s+(?:ist|sind|soll|muss|mus|kann|darf|mache|tue|passiert|bedeutet|heist|heisst|hilft|gilt|sollte|konnte|wurde|gibt|halten|meinen|denken)\\b",
      "(?:darf|kann|soll|muss|mus|sollte|konnte|wurde|durfte|brauche|werde|bin|habe|hab|ist|sind|gibt|geht|hilft|macht|tut|hat|wird|war|lohnt)\\s+{SUBJ}\\b",
      "(?:darf|kann|soll|muss|mus)\\s+(?:man|ich)\\b",
    ],
    clauseInitialCuesNeedingMark: [
      // "Was kam beim Nierenwert heraus?": "was" and any verb open a question when a question mark ends it
      "was\\s+[a-z]+",
      "[a-z]+\\s+(?:ich|i|ick|man|es|das|des|det|sie|er|wir|du)\\b",
      "(?:ich|man|wir)\\s+(?:darf|kann|soll|muss|mus|sollte|durfte|konnte|brauche|werde)\\b",
      "(?:das|es|dies|der|die)\\s+(?:ist|ware|wird|ist\\s+doch|ist\\s+also)\\s+(?:normal|schlimm|gefahrlich|gut|schlecht|besser|okay|ok|in\\s+ordnung|ernst)\\b",
      "(?:[a-z]+\\s+)?(?:ist|sind|ware)\\s+(?:das|es)\\s+[a-z]",
    ],
    clauseInitialCuesWhenUnpunctuated: ["(?:darf|kann|soll|muss)\\s+ich\\s+[a-z]", "ist\\s+(?:das|es)\\s+(?:normal|schlimm|okay|ok)\\b"],
    indirectCues: [
      // an either-or about the patient's own next step, or "is it OK if", said without a question mark
      "\\b[a-z]+\\s+ich\\s+(?:[a-z]+\\s+){0,4}?oder\\s+[a-z]+\\s+ich\\b",
      // uncertainty or curiosity before an embedded question: a question without a question mark
      "(?:uberlege|frage\\s+mich|keine\\s+ahnung|unklar|bin\\s+mir\\s+nicht\\s+(?:so\\s+)?sicher)\\s*,?\\s+(?:ob|wann|wie|was|welche|wieviel)\\b",
      "(?:weis|weiss|wei)\\s+(?:nicht|nie)\\s+so\\s+(?:recht|genau)\\s*,?\\s+(?:ob|wann|wie|was|welche)\\b",
      "ich\\s+(?:wollte|wurde|mochte|mochte\\s+gern|wurde\\s+gern|wollte\\s+nur|wollte\\s+noch)\\s+(?:gern\\s+|gerne\\s+|nur\\s+|noch\\s+|mal\\s+)*(?:fragen|wissen|nachfragen|verstehen|klaren)",
      "mich\\s+(?:wurde|interessiert)\\s+(?:noch\\s+|mal\\s+)?(?:interessieren|ob|wie|wann|was)",
      "(?:konnen|konnten)\\s+sie\\s+mir\\s+(?:noch\\s+|mal\\s+|bitte\\s+)*(?:sagen|erklaren|erzahlen|nennen)",
      "(?:sagen|erklaren|erzahlen)\\s+sie\\s+mir\\b",
      "ich\\s+(?:weis|weiss|wei|verstehe|versteh)\\s+(?:nicht|nie)\\s+(?:so\\s+genau\\s+|genau\\s+|ganz\\s+)?(?:ob|wie|wann|was|warum|welche|wo|wieviel|wie\\s+viel)\\b",
      "ich\\s+bin\\s+(?:mir\\s+)?(?:nicht|unsicher)\\s+(?:sicher\\s+)?(?:ob|wie|wann|was)\\b", "ich\\s+frage\\s+mich\\b",
      // a question relayed from home ("mein Mann fragt, ob er mich fahren kann")
      "(?:fragt|will\\s+wissen|mochte\\s+wissen|wurde\\s+gern\\s+wissen)\\s*,?\\s+(?:ob|wann|wie|was|welche|wo|warum)\\b",
      "(?:eine|noch\\s+eine|letzte|kurze)\\s+frage\\b", "ich\\s+habe\\s+(?:eine|noch\\s+eine)\\s+frage",
    ],
    accentedInterrogatives: [],
    echoChecks: [],
    nonQuestions: [
      "wie\\s+geht(?:'s|s)?\\s+(?:es\\s+)?(?:ihnen|dir)\\b", "wie\\s+geht\\s+es\\s+ihnen", "wozu\\s+(?:das\\s+alles|uberhaupt)\\b", "was\\s+soll\\s+(?:das|s)\\s+(?:alles|noch)\\b",
      "wer\\s+weis\\b", "horen\\s+sie\\s+mich\\b", "sind\\s+sie\\s+(?:noch\\s+)?da\\b", "wissen\\s+sie\\s+was\\b", "weist\\s+du\\s+was\\b",
      "(?:was\\s+fur\\s+ein|welch\\s+ein)\\s+(?:gluck|pech|schreck|mist)\\b", "darf\\s+ich\\s+(?:ihnen|dir)\\s+(?:was|etwas)\\s+(?:erzahlen|sagen)",
      "(?:konnen|konnten)\\s+sie\\s+das\\s+(?:wiederholen|nochmal\\s+sagen)", "warum\\s+ich\\b",
    ],
    tags: ["oder", "ne", "nicht", "nicht\\s+wahr", "gell", "gelle", "ja", "wa", "stimmts", "stimmt's", "richtig", "ok", "okay", "weist\\s+du", "wissen\\s+sie", "oder\\s+nicht"],
    rhetoricalTags: ["wa", "weist\\s+du", "wissen\\s+sie"],
    evaluativeCues: ["(?:darf\\s+ich|kann\\s+ich|muss\\s+ich|soll\\s+ich|ist\\s+das\\s+(?:normal|schlimm|okay|ok|gefahrlich)|das\\s+ist\\s+(?:normal|schlimm|okay|ok|gefahrlich)|ich\\s+darf|ich\\s+kann|ich\\s+muss|ich\\s+soll)\\b"],
    escalationQuestions: [
      "was\\s+(?:soll|muss|mus)\\s+ich\\s+(?:tun|machen)|was\\s+mache\\s+ich|wann\\s+(?:soll|muss|mus)\\s+ich\\s+(?:anrufen|kommen|in\\s+die|mich\\s+melden|mir\\s+sorgen)",
      "(?:soll|muss|mus)\\s+ich\\s+(?:anrufen|in\\s+die\\s+notaufnahme|ins\\s+krankenhaus|den\\s+notarzt|mir\\s+sorgen)|ist\\s+das\\s+ein\\s+notfall|wen\\s+(?:soll|muss)\\s+ich\\s+anrufen",
    ],
    reservedDecisions: [
      "doppelt\\w*|verdoppel\\w*|dosis|einheiten|erhohen|reduzieren|senken|weglassen|auslassen|absetzen|aufhoren|umstellen|wechseln",
      "wie\\s+viel\\w*\\s+(?:soll|muss|darf)\\s+ich\\s+(?:nehmen|spritzen)",
      "(?:konnte|kann)\\s+(?:das|es)\\s+(?:sein|ein)|ist\\s+das\\s+(?:schlimm|ernst)|was\\s+habe\\s+ich",
    ],
    acknowledgements: [
      "ganz\\s+ehrlich",
      "ehrlich",
      "echt\\s+jetzt",
      "wirklich","ja", "nein", "ach", "ah", "aha", "okay", "ok", "wirklich", "echt", "stimmt", "wie\\s+bitte", "bitte", "hallo", "was", "hm", "achso", "gut"],
  },

  replies: {
    deflection: [
      // the agent declines in the first person, whatever the verb: "das kann ich leider nicht sagen", "ich habe keinen Zugriff"
      "(?:kann|konnte|darf)\\s+ich\\s+(?:ihnen\\s+|dir\\s+|das\\s+|sie\\s+|es\\s+|ihn\\s+)?(?:leider\\s+|hier\\s+|von\\s+hier\\s+aus\\s+|am\\s+telefon\\s+)*nicht\\b(?!\\s+(?:genug|oft\\s+genug))",
      "ich\\s+(?:kann|konnte|darf)\\s+(?:ihnen\\s+|dir\\s+|das\\s+)?(?:leider\\s+)?(?:[a-z]+\\s+){0,2}?nicht\\b(?!\\s+(?:genug|oft\\s+genug))",
      "ich\\s+habe\\s+(?:leider\\s+)?keinen\\s+zugriff",
      // the decision or the conversation belongs to the clinician, or the agent will not go into it now
      "(?:kann|konnen)\\s+ich\\s+(?:ihnen\\s+)?(?:hier|am\\s+telefon|so)?\\s*(?:leider\\s+)?nicht\\s+(?:festlegen|entscheiden|empfehlen|beurteilen|einschatzen)",
      // "das müsste Ihre Hausärztin entscheiden"
      "(?:das|dies|es)\\s+(?:musste|muss|mus|sollte|sollten|mussen)\\s+(?:[a-z]+\\s+){1,4}(?:entscheiden|beurteilen|festlegen|abklaren)\\b",
      "keine\\s+empfehlung\\s+geben",
      // the agent cannot see the record or will not guess: no answer whoever is named after
      "(?:kann|konnen)\\s+ich\\s+(?:hier\\s+)?(?:leider\\s+)?nicht\\s+einsehen",
      "sehe\\s+ich\\s+(?:allerdings\\s+|leider\\s+|hier\\s+|von\\s+hier\\s+aus\\s+)*nicht\\b",
      "keinen\\s+zugriff",
      "(?:mochte|will)\\s+(?:ich\\s+)?(?:nicht|ungern)\\s+(?:raten|spekulieren)",
      "(?:da|dabei)\\s+bin\\s+ich\\s+(?:leider\\s+)?uberfragt",
      "(?:kann|konnte)\\s+ich\\s+(?:ihnen|dir)\\s+(?:leider\\s+)?(?:nicht|nichts)\\s+(?:sagen|beantworten)",
      // the agent would rather not answer, says it depends on what the team finds, or saves it for the next visit
      "(?:mochte|will|wurde)\\s+(?:ihnen\\s+|dir\\s+)?lieber\\s+(?:keine|keinen|nichts|nicht)",
      "hangt\\s+(?:davon\\s+)?ab,?\\s+(?:was|wie)\\s+(?:ihre|ihr|der|die|das)\\s+{CLIN}",
      "(?:gute|wichtige)\\s+frage\\s+fur\\s+(?:ihren|den|deinen)\\s+nachsten\\s+(?:termin|besuch|kontrolltermin)",
      "(?:das\\s+)?(?:legt|entscheidet|bestimmt)\\s+(?:ihre|ihr|der|die|das|dein|deine)\\s+{CLIN}\\w*(?:\\s+(?:im|in\\s+der|am)\\s+[a-z]+)?\\s+(?:fest|fur\\s+sie)?",
      // the patient is sent to ask there instead: "fragen Sie bitte dort nach"
      "(?:fragen|klaren|besprechen)\\s+sie\\s+(?:das\\s+)?(?:bitte\\s+)?(?:dort|mit\\s+(?:ihrem|ihrer|dem|der)\\s+[a-z]+)\\b",
      // polite deflections: the doctor has to decide it
      "(?:festlegen|sagen|entscheiden|beurteilen|einschatzen|empfehlen)\\s+kann\\s+ich\\s+(?:sie|das|es|ihn|die\\s+\\w+|den\\s+\\w+)?\\s*(?:leider\\s+)?nicht",
      "muss\\s+(?:[\\w.']+\\s+){1,6}(?:entscheiden|beurteilen|festlegen|abklaren|klaren)\\b",
      "(?:mochte|will)\\s+(?:ich\\s+)?(?:lieber|nicht)\\s+(?:[\\w.']+\\s+){0,3}(?:raten|schatzen|vorgreifen)",
      // the agent cannot see it from here, passes, or names who can answer instead
      "(?:da\\s+)?muss\\s+ich\\s+passen",
      "gehort\\s+in\\s+die\\s+hande\\s+(?:von|ihres|ihrer|des|der)",
      "(?:von\\s+hier\\s+aus|von\\s+hier)\\s+(?:sehe|habe)\\s+ich\\s+(?:ihre|keine|keinen|nicht)",
      "ich\\s+mochte\\s+ihnen\\s+keine\\s+(?:zahl|frist|zeitangabe)\\s+nennen",
      "(?:kann|darf|mochte)\\s+(?:und\\s+darf\\s+)?ich\\s+(?:ihnen\\s+|dir\\s+)?(?:leider\\s+)?(?:nicht|nichts|keine|keinen)\\b",
      "(?:das|dazu)\\s+(?:kann|darf|mochte)\\s+ich\\s+(?:ihnen\\s+)?(?:von\\s+hier\\s+aus\\s+|leider\\s+|auch\\s+)?(?:nicht|nichts|keine)",
      "(?:legt|entscheidet|vergibt|bestimmt)\\s+(?:dr|die|der|ihr|ihre|das)\\b",
      "(?:das\\s+)?(?:muss|mus|wird)\\s+(?:dr|die|der|ihr|ihre)\\s+{G3}(?:entscheiden|festlegen|beurteilen)",
      "ich\\s+kann\\s+(?:ihre|die)\\s+(?:termine|unterlagen|daten)\\s+(?:leider\\s+)?nicht",
      "(?:das|dazu)\\s+(?:kann|darf)\\s+ich\\s+(?:ihnen\\s+|dir\\s+)?(?:leider\\s+)?(?:nicht|keine|nichts)\\s+{G3}(?:sagen|raten|empfehlen|beurteilen|entscheiden|beantworten|einschatzen|anpassen|andern|zusichern|versprechen|mitteilen)?",
      "ich\\s+(?:kann|darf)\\s+(?:ihnen\\s+|dir\\s+)?(?:leider\\s+)?(?:nicht|keine|nichts)\\s+{G3}(?:sagen|raten|empfehlen|beurteilen|entscheiden|beantworten|einschatzen|anpassen|andern|diagnostizieren|geben)",
      "(?:dazu|daruber|hierzu)\\s+(?:habe|hab)\\s+ich\\s+(?:leider\\s+)?(?:keine|nicht\\s+genug)\\s+(?:informationen|angaben|daten|unterlagen)",
      "(?:steht|ist)\\s+(?:leider\\s+)?nicht\\s+in\\s+(?:meinen|den|ihren)\\s+(?:unterlagen|informationen|materialien|dokumenten)",
      "(?:das\\s+)?weis\\s+ich\\s+(?:leider\\s+)?nicht\\b|ich\\s+bin\\s+(?:mir\\s+)?(?:da\\s+)?nicht\\s+sicher\\b",
      "(?:lassen\\s+sie\\s+uns|wir\\s+sollten)\\s+(?:zuruck|bei)\\b",
      "(?:entscheid\\w*|festleg\\w*|beurteil\\w*|einschatz\\w*|anpass\\w*|bestimm\\w*)\\s+{G4}{CLIN}",
      "{CLIN}\\s+{G3}(?:entscheidet|entscheiden|wird\\s+(?:entscheiden|festlegen|beurteilen|ihnen\\s+sagen|mit\\s+ihnen|das)|legt\\s+(?:das\\s+)?fest|beurteilt|kann\\s+(?:ihnen|das)\\s+(?:sagen|beurteilen|beantworten)|weis\\s+(?:das|es)\\s+besser|ist\\s+(?:die|der)\\s+richtige)",
      "(?:besprechen|klaren|fragen|ansprechen|abklaren|bereden)\\s+sie\\s+{G4}(?:mit|bei)\\s+{G2}{CLIN}",
      "(?:mit|bei)\\s+(?:ihrem|ihrer|dem|der)\\s+(?:[a-z]+\\s+)?{CLIN}\\s+{G3}(?:besprechen|klaren|abklaren|ansprechen|bereden)",
      "jeder\\s+(?:fall|mensch|patient|korper|heilungsverlauf)\\s+ist\\s+(?:anders|verschieden|individuell)|(?:das\\s+)?(?:hangt|kommt)\\s+(?:von\\s+)?(?:vielen|verschiedenen|einigen)\\s+(?:faktoren|dingen)|schwer\\s+zu\\s+sagen",
      "(?:notieren|schreiben)\\s+sie\\s+{G4}(?:frage|das)\\s+{G4}(?:termin|kontrolle|besuch|nachsorge)",
      "(?:gute|wichtige)\\s+frage\\s+fur\\s+(?:ihren|ihre|den|die)",
    ],
    empathy: [
      "^(?:[a-z]+,\\s+)?(?:ich\\s+verstehe|verstehe|das\\s+verstehe\\s+ich|das\\s+kann\\s+ich\\s+(?:gut\\s+)?(?:verstehen|nachvollziehen)|danke\\s+(?:fur|dass|schon)|vielen\\s+dank|es\\s+tut\\s+mir\\s+leid|das\\s+freut\\s+mich|schon\\s+zu\\s+horen|gute\\s+frage|das\\s+ist\\s+eine\\s+(?:sehr\\s+)?gute\\s+frage|gern\\s+geschehen|sehr\\s+gern|gerne)",
      "^(?:[a-z]+,\\s+)?(?:das\\s+klingt\\s+(?:anstrengend|schwer|belastend|frustrierend)|das\\s+ist\\s+(?:verstandlich|nachvollziehbar))",
    ],
    meta: ["bevor\\s+(?:ich|wir)\\s+(?:darauf|weiter|antworte)", "(?:zuerst|erst\\s+einmal|erstmal),?\\s+(?:mochte|muss|will)\\s+ich", "ich\\s+(?:mochte|muss)\\s+(?:kurz\\s+)?(?:zuruck|auf\\s+etwas)"],
    flagAnnouncement: [
      "(?:ich\\s+)?(?:gebe|leite)\\s+(?:das|es|dies|ihre\\s+angaben)\\s+(?:sofort|gleich|heute\\s+noch|heute|dringend|umgehend)\\s+(?:an\\s+{G3})?weiter",
      "ich\\s+(?:informiere|alarmiere|benachrichtige)\\s+{G3}(?:sofort|gleich|heute|umgehend|jetzt)",
      "(?:markiere|vermerke)\\s+(?:das|es)\\s+(?:als\\s+)?dringend",
      // das Team muss das wissen: "Ihre Ärztin muss das heute noch wissen", "davon sollte die Praxis erfahren"
      "(?:muss|mus|mussen|sollte|sollten)\\s+(?:das|dies|davon|es)\\s+(?:unbedingt\\s+|sofort\\s+|heute\\s+noch\\s+|heute\\s+|dringend\\s+)?(?:wissen|erfahren)\\b",
    ],
    concernOpening: [
      // was der Patient gesagt hat, als Ganzes beurteilt: "was Sie beschreiben, ist wichtig"
      "was\\s+sie\\s+(?:mir\\s+)?(?:erzahlen|beschreiben|sagen|schildern|erzahlt\\s+haben|beschrieben\\s+haben),?\\s+ist\\s+(?:(?:sehr|wirklich)\\s+)*(?:wichtig|ernst|besorgniserregend|bedenklich|dringend)",
      "(?:das|dies)\\s+ist\\s+(?:(?:auch|ebenfalls|sehr|wirklich)\\s+)*(?:wichtig|{DANGER}|besorgniserregend|ernst|gefahrlich|bedenklich|dringend|ein\\s+(?:notfall|warnzeichen|alarmzeichen))(?!\\s+(?:frage|zu\\s+fragen))",
      // a judgement of any subject: "ein so langer Anfall ist ein Notfall"; not a conditional
      "(?!(?:wenn|falls|sobald|jede|jeder|jedes|nichts|kein|keine)\\b)(?:[a-z]+,?\\s+){1,8}?(?:ist|sind)\\s+(?:(?:auch|ebenfalls|sehr|wirklich)\\s+)*(?:besorgniserregend|{DANGER}|ernst|gefahrlich|bedenklich|dringend|ein\\s+(?:notfall|warnzeichen|alarmzeichen))(?!\\s+(?:frage|zu\\s+fragen))",
      "(?:das|dies)\\s+(?:beunruhigt|besorgt)\\s+mich",
    ],
    thanksBeforeJudgement: [
      "(?:vielen\\s+)?dank(?:e)?(?:\\s+(?:schon|sehr|fur\\s+(?:ihre\\s+offenheit|den\\s+hinweis|die\\s+info\\w*))|,?\\s+dass\\s+sie\\s+(?:mir\\s+)?(?:das|es|davon)\\s+(?:sagen|erzahlen|gesagt|erzahlt)(?:\\s+haben)?)?",
    ],
    disclosureThanks: [
      // thanks for a disclosure opening the reply: "Danke, dass Sie das erzählen."
      "(?:vielen\\s+)?dank(?:e)?,?\\s+dass\\s+sie\\s+(?:mir\\s+)?(?:das|es|davon)\\s+(?:sagen|erzahlen|gesagt|erzahlt)",
      "(?:vielen\\s+)?dank(?:e)?\\s+fur\\s+ihre\\s+(?:offenheit|ehrlichkeit)",
      "gut,?\\s+dass\\s+sie\\s+(?:mir\\s+)?(?:das|es|davon)\\s+(?:sagen|erzahlen|gesagt|erzahlt|ansprechen|angesprochen)",
    ],
    calmOpening: [
      // the agent opening its reply by calling what was said normal or good news: "Das ist ganz normal.", "Schön, das zu hören."
      "(?:das\\s+ist\\s+(?:(?:ganz|vollig|sehr|durchaus|der|die|das|ein|eine|harmlos\\s+und)\\s+)*(?:normale?|haufige?|typische?|zu\\s+erwarten|ubliche?|beruhigend|harmlos)|(?:schon|gut),?\\s+das\\s+zu\\s+horen)",
    ],
    // words that turn a calm opening into a "but": "That's common, but with a fever it needs checking"
    calmContrast: ["aber", "jedoch", "trotzdem", "allerdings", "ausser"],
    // the same judgement later in the first sentence: "Some swelling of the ankles is very common in late pregnancy."
    calmJudgement: [
      // the verb comes early and the judgement late: "ist nach dem Eingriff ganz normal"; never after "nicht" or "kein"
      "(?:ist|sind)\\s+(?:(?!nicht\\b|kein)[a-z]+\\s+){0,4}?(?:(?:ganz|sehr|durchaus|recht|auch|vollig)\\s+)*(?:normal|haufig|typisch|ublich|harmlos)",
    ],
    // the agent taking the turn up without escalating: "please tell them about that too", "that can be dangerous"
    takesUp: ["(?:sagen|erwahnen|erzahlen)\\s+sie\\s+(?:das|es)\\s+(?:auch|ebenfalls|dem\\s+team|der\\s+arztin|dem\\s+arzt)", "(?:kann|konnte)\\s+(?:sehr\\s+)?gefahrlich\\s+sein|(?:ist|sind)\\s+nicht\\s+(?:sicher|ungefahrlich)"],
    // the agent offering contact in a question, and the patient saying yes to it: a request for contact
    contactOffer: ["(?:mochten\\s+sie|wollen\\s+sie|soll\\s+ich|sollen\\s+wir|darf\\s+ich|kann\\s+ich|wunschen\\s+sie|hatten\\s+sie\\s+gern|mochtest\\s+du|willst\\s+du|soll\\s+(?:die|der|eine|einer|jemand))\\b[^?.!]{0,80}?(?:(?:sie|dich)\\s+(?:[a-z]+\\s+){0,4}?(?:zuruckruft|zuruckrufen|zuruckzurufen|anruft|anrufen|anzurufen|kontaktiert|kontaktieren|zu\\s+kontaktieren|verbinde|verbinden)|(?:mit|zu)\\s+(?:einer|einem|der|dem|jemandem|ihrer|ihrem|ihre|ihren)\\s+[^?.!]{0,30}?(?:sprechen|reden|verbinden)|ruckruf)"],
    offerAccepted: ["(?:(?:ah|oh|also|na|hm|ahm|ja\\s+also)[\\s,.]+){0,2}(?:ja(?:\\s+bitte|\\s+gern|\\s+gerne)?|jawohl|gern|gerne|bitte(?!\\s*\\?)|sehr\\s+gern|das\\s+ware\\s+(?:gut|nett|super|lieb|prima)|machen\\s+sie\\s+das|klar|unbedingt)(?![\\s,.]+(?:nein|nicht|danke\\s+nein))"],
    additionalConcern: [
      "(?:(?:ist|sind|war)\\s+(?:auch\\s+|ebenfalls\\s+)?(?:ein\\s+weiteres|noch\\s+ein)\\s+(?:warnzeichen|alarmzeichen|warnsignal)|(?:ist|sind)\\s+(?:auch\\s+)?(?:ein\\s+weiterer|noch\\s+ein)\\s+grund,?\\s+(?:[a-z]+\\s+){0,3}?(?:sofort|heute|gleich|umgehend|dringend|anzurufen|nicht\\s+(?:zu\\s+)?warten|zum\\s+arzt|in\\s+die\\s+notaufnahme))(?!,?\\s+(?:auf\\s+das|auf\\s+die|das\\s+sie\\s+beachten))",
    ],
    urgentReferral: [
      "(?:rufen|wahlen|gehen|fahren|lassen|melden|suchen|kontaktieren)\\s+sie\\s+{G6}(?:sofort|jetzt|umgehend|heute|gleich|unverzuglich|noch\\s+heute|notaufnahme|notarzt|notruf|112|rettungsdienst|rettungswagen|krankenhaus)",
      "(?:warten\\s+sie\\s+nicht|notaufnahme|notarzt|notruf|rettungsdienst|rettungswagen|\\b112\\b|\\b116\\s*117\\b|(?:muss|mus|sollte)\\s+(?:heute|sofort|umgehend)\\s+(?:abgeklart|angeschaut|untersucht|gesehen)\\s+werden)",
    ],
    continuingEscalation: [
      "\\b(?:trotzdem|dennoch|jedenfalls|auf\\s+jeden\\s+fall|so\\s+oder\\s+so)\\b",
      "\\bbleib(?:t|en)\\s+(?:wichtig|dringend|die\\s+prioritat|vorrangig)|\\bimmer\\s+noch\\s+(?:wichtig|dringend)",
    ],
    conditionalEscalation: ["^(?:[a-z]+,\\s+)?(?:und\\s+)?(?:wenn|falls|sollte|sobald|immer\\s+wenn)\\b", "(?:sofort|umgehend|heute|gleich)\\s+(?:wenn|falls|sobald)\\b", "warnzeichen|achten\\s+sie\\s+auf", "\\b(?:ware|waren)\\s+(?:ein\\s+grund|ein\\s+notfall|etwas\\s+anderes|anders)\\b"],
    logisticsWords: ["rufen", "anrufen", "praxis", "klinik", "team", "heute", "jetzt", "bitte", "arzt", "arztin", "schwester", "notaufnahme", "notarzt", "krankenhaus", "danke", "sofort", "umgehend", "nummer", "notruf"],
    interim: ["^(?:[a-z]+,\\s+)?(?:bis\\s+dahin|in\\s+der\\s+zwischenzeit|vorerst|solange)", "was\\s+ich\\s+ihnen\\s+sagen\\s+kann(?:\\s+ist)?"],
    safetyNet: ["^(?:[a-z']+,?\\s+){0,2}(?:wenn|falls|sollte)\\b(?:.*)\\b(?:rufen|melden|kommen|gehen)\\b", "(?:rufen|melden)\\s+sie\\s+{G6}(?:wenn|falls)\\b"],
    topicSwitch: ["^(?:[a-z]+,\\s+)?(?:zu\\s+ihrer|was\\s+(?:die|den|das)\\s+\\w+\\s+(?:angeht|betrifft)|bezuglich|zum\\s+thema|und\\s+zu|zur\\s+frage)"],
    concreteAnswer: [
      "\\b{NUM}\\s+(?:(?!jede\\w*\\b|pro\\b)[a-z']+,?\\s+){0,2}?(?:minuten?|stunden?|tage?n?|wochen?|monate?n?|jahre?n?|mal|mg|milligramm|gramm|ml|liter|glas|glaser|tassen?|kilo|kg|grad|einheiten|prozent|tabletten?|zentimeter)\\b(?!\\s+(?:nach\\s+der\\s+)?(?:kontrolle|termin|nachsorge))",
      "^(?:[a-z]+,\\s+)?(?:ja|nein)\\s*[,.;:!]",
    ],
    referralCues: ["{CLIN}\\s+{G3}(?:entscheidet|entscheiden|legt|festlegen|beurteilt|wird|kann\\s+ihnen|weis|vergibt|bestimmt|klart)", "(?:legt|entscheidet|vergibt|bestimmt|beurteilt)\\s+(?:dr|die|der|ihr|ihre|das)\\b", "(?:fragen|klaren|besprechen|bereden)\\s+sie\\b", "(?:mit|von|bei)\\s+(?:ihrem|ihrer|dem|der)\\s+(?:[a-z]+\\s+)?{CLIN}\\s*[.,;]?\\s*$"],
    answerOpeners: ["ja", "nein", "klar", "naturlich", "sicher", "in\\s+der\\s+regel", "meist", "normalerweise", "das\\s+kann", "bitte\\s+nicht", "richtig", "genau", "eher"],
    amountWords: ["paar", "einige", "mehrere", "halbe", "halben"],
    appointmentBeforeNumber: ["(?:kontrolle|termin|nachsorge|untersuchung)\\s+(?:nach\\s+)?(?:der\\s+|den\\s+)?"],
  },

  overlapStopwords: [
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "aber", "ich", "du", "er", "sie", "es",
    "wir", "ihr", "man", "mir", "mich", "dir", "ihnen", "mein", "meine", "meinen", "meinem", "ist", "sind", "war", "bin", "habe", "hab", "hat",
    "haben", "wird", "werden", "kann", "konnen", "darf", "soll", "muss", "mus", "mit", "von", "zu", "zum", "zur", "im", "in", "auf", "an",
    "bei", "fur", "nach", "aus", "uber", "noch", "schon", "auch", "nur", "mal", "ja", "nein", "nicht", "kein", "keine", "so", "wie", "was",
    "wann", "wo", "warum", "wenn", "dann", "dass", "das", "sehr", "gut", "heute", "jetzt", "doch", "denn", "also", "ahm", "frage", "wissen",
    "wollte", "normal", "bitte", "danke", "okay", "ok", "etwas", "was", "ganz", "immer",
  ],

  focusConcepts: [
    { id: "driving", question: ["autofahren", "auto\\s+fahren", "fahren", "ans\\s+steuer"], answer: ["autofahren", "fahren", "steuer", "auto", "fahrtuchtig\\w*"] },
    { id: "work", question: ["(?:wieder\\s+)?(?:arbeiten|zur\\s+arbeit|in\\s+die\\s+arbeit)", "meine\\s+arbeit", "arbeitsfahig"], answer: ["arbeit\\w*", "beruf\\w*", "krankschreibung", "job"] },
    { id: "flying", question: ["fliegen", "flug", "flugzeug", "flughafen"], answer: ["fliegen", "flug", "fluge", "flugzeug", "flughafen", "reis\\w*"] },
    { id: "swimming", question: ["schwimmen", "baden", "schwimmbad", "sauna", "badewanne"], answer: ["schwimm\\w*", "baden", "bad", "sauna", "badewanne", "wasser"] },
    { id: "sex", question: ["sex", "geschlechtsverkehr", "intim\\w*"], answer: ["sex\\w*", "geschlechtsverkehr", "intim\\w*"] },
    { id: "alcohol", question: ["alkohol", "bier", "wein", "glas\\s+wein", "sekt"], answer: ["alkohol", "bier", "wein", "glas", "trinken"] },
    { id: "sport", question: ["sport", "fitness\\w*", "joggen", "radfahren", "fahrrad", "tennis", "golf", "wandern"], answer: ["sport\\w*", "joggen", "radfahren", "fahrrad", "bewegung", "belastung", "training"] },
    { id: "lifting", question: ["heben", "tragen", "schwer", "schwere", "einkaufe"], answer: ["heben", "tragen", "schwer\\w*", "kilo", "kg", "gewicht", "belast\\w*"] },
    { id: "travel", question: ["reisen", "reise", "urlaub", "ausland", "kreuzfahrt", "verreisen"], answer: ["reis\\w*", "urlaub", "ausland", "kreuzfahrt", "fliegen", "versicherung"] },
    { id: "showering", question: ["duschen", "dusche", "nass", "haare\\s+waschen"], answer: ["dusch\\w*", "nass", "wasser", "wasch\\w*", "trocken\\w*", "pflaster", "wasserdicht"] },
  ],
};
