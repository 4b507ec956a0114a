/**
 * English context cues (negation, hypotheticals, time, other people...) and measurement words,
 * in the rule language of ../types.ts.
 */

import type { ContextVocabulary, MeasurementVocabulary } from "../types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

/** Words a rule gap never crosses: negations and "but"-like turns. */
export const EN_GAP_BLOCKERS: readonly string[] = [
  "no", "not", "never", "without", "none", "nothing", "nor", "neither", "isn't", "aren't", "wasn't", "weren't", "don't",
  "doesn't", "didn't", "haven't", "hasn't", "hadn't", "won't", "wouldn't", "shouldn't", "but", "although", "though",
  "however", "except", "nae", "dinnae", "didnae", "doesnae", "isnae", "wasnae", "hasnae", "havenae",
];

export const EN_CONTEXT: ContextVocabulary = {
  negationCues: [
    "no", "not", "never", "without", "none", "nothing", "nor", "neither", "denies", "deny", "free of", "no signs of",
    "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "haven't", "hasn't", "hadn't", "nobody", "zero",
    // "ain't" as speech-to-text writes it; Scots "nae", "dinnae", "didnae"
    "ain't", "aint", "nae", "dinnae", "didnae", "doesnae", "isnae", "wasnae", "hasnae", "havenae",
  ],
  pseudoNegations: ["or not", 
    // a request asked in the negative: "can't I just talk to a person?", "couldn't someone ring me?"
    "(can't|cant|cannot|couldn't|couldnt) (i|you|someone|somebody|anyone|anybody|we|the nurse|the doctor|my doctor)",
    "no (idea|doubt|wonder|matter|problem|joke|kidding|way of knowing)", "not (sure|certain|only|just|too sure|to mention|that i know)",
    "nothing (helps|works|stops|touches|shifts|seems to help|makes it better)", "(doesn't|don't|isn't|aren't|not|hasn't|won't|wont|can't|didn't|didnt|did not|hadn't) (help|helping|helped|work|working|worked|stop|stopping|go away|going away|gone away|settle|settling|ease|easing|improve|improving|get better|getting better|shift|budge|touch)",
    "(can't|cannot|couldn't) stop", "not (getting|gotten) [any]better", "no better", "no (relief|let up)",
    "never (felt|had|seen) (anything|pain|it) like", "never (been|felt) (this|so)", "no longer (helps|working|works)",
    "if not", "not (bad|great|good|right|normal|well) at all", "not (feeling|been feeling) (well|great|good|right|myself)",
    "not myself", "nothing like it", "not a (joke|laughing matter)", "not (great|good|well|so good|too good|so great|the best|brilliant|fantastic|ok|okay)",
    "(hasn't|has not|haven't|have not|isn't|is not|aren't|are not|wasn't|won't|wont|didn't|doesn't) (gone down|come down|settled|improved|stopped|eased|cleared|healed|gone|shifted|let up|budged|getting better|going down|coming down|holding|lasting|working|helping)",
    "(is|are|it's|its) not (holding|lasting|working|helping|stopping|going down|getting better)",
  ],
  postNegationCues: [
    // a bare "no" or "nah" only where it closes its clause ("Palpitations, no, none of that")
    "no", "nah", "none", "nope", "negative", "not at all", "not really", "no more", "(is|are|was|were|has been|have been|had been) (not|never)",
    "(isn't|aren't|wasn't|weren't|hasn't been|haven't been)", "(not|never) (there|present|a problem|an issue)", "no (before|not|none|nothing|never|thanks|thank you)", "no i (checked|took|measured|tested)", "(none|nothing) (at all|whatsoever|so far|yet)",
  ],
  postNegationReach: 3,
  listDenialCues: ["none", "none of (that|those|them|it)", "nothing", "nothing like that", "nothing of the sort", "neither", "nope", "no", "not at all", "no to (all|both) [of] [those|them]"],
  conditionalCues: ["if", "what if", "in case", "supposing", "suppose", "unless", "in the event", "if ever", "should i ever", "whenever"],
  clauseThen: ["then"],
  terminators: ["but", "however", "although", "though", "except", "apart", "aside", "yet", "still", "which", "whereas", "instead", "now", "anyway", "except that", "because", "cause", "since i", "so i", "so i've", "so ive", "so i'm", "so im"],
  listJoiners: ["and", "or", "nor"],
  disjunctiveJoiners: ["or", "nor"],
  hypotheticalCues: [
    "whether", "worried (about|that|it|i)", "afraid (of|that|it|i)", "scared (of|that|it|i)", "frightened (of|that)", "petrified",
    "fear", "risk of", "chance of", "prevent*", "avoid*", "signs of", "symptoms of", "sign of", "watch [out]for", "look out for",
    "might", "could (i|it) (get|cause|be)", "can (it|they|this|these) (cause|make|give|lead)", "will i (get|have)", "i'll (get|have)",
    "in future", "in the future", "is it normal (to|for)", "how (do|would|will) i know", "when should i", "what happens (if|when)",
    "what (do|should) i do (if|when)", "when do i (call|worry)", "possible to get", "common to (get|have)", "could happen", "may happen",
    "things to watch", "warning signs", "(should|can|could|shall|do|may) i (take|double|skip|stop|have|use|give|up|increase|halve|cut)", "(will be|it'll be|i'll be|that'll be|he'll be|she'll be)", "(have|has|need|needs|going) to (come off|stop|quit|give up|skip)", "(will|would) (this|that|it) mean",
  ],
  accentedNonCues: [],
  hypotheticalExceptions: [
    "if i'm honest", "if i am honest", "if you ask me", "as if", "if that makes sense", "if that's (ok|okay|alright|all right)",
    "if anything", "even if", "(might|may|could|must) of", "(might've|mightve|may've|could've|couldve|must've|mustve)", "(like|as) (the|my) (leaflet|sheet|paper|handout|booklet|instructions|label|nurse|doctor) (says|said|told me|asks|asked)", "(might|may|could) have", "(remember|recall|know|sure|wonder|wondering|wondered|check|checking|see|ask|asked|tell|find out|forget|forgot) if",
  ],
  reportedInformationCues: [
    "(leaflet|sheet|paper|papers|handout|booklet|instructions|internet|google|website|article|label|insert|pamphlet|the forum|facebook|a friend) (says|said|mentions|mentioned|lists|listed|warns|warned|talks about|talked about)",
    "read (on|in|that|online|somewhere|about)", "(heard|hear) (that|about)", "they (say|said) [that] (you|people)",
  ],
  historicalCues: [
    "last (week|month|year|winter|summer|spring|autumn|fall|christmas|time)", "back in (the )?(january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|the spring|the summer|the autumn|the winter)", "in the (spring|summer|autumn|winter) !(i'll|i will|we'll|we will|i'm going|we're going)", "years ago", "months ago", "weeks ago", "(weeks|months|years) back", "a while (ago|back)",
    "long time ago", "when i was (younger|a kid|little|a child|pregnant|on)", "as a (child|kid)", "back when", "used to", "in the past",
    "before (the|my) (surgery|operation|op|procedure|diagnosis|stent|transplant)", "the other (day|night|week)", "previously", "the first (day|week|night|few days|couple of days|two days|days)",
    "before i (went|was) (in|home|discharged)",
    // the reason for a stay that is over: "I was in ICU with sepsis", "discharged after the DKA"
    "(was|were|been|got) (in|admitted to|admitted into|kept in) [the] (hospital|icu|intensive care|er|there) ~3 (with|for|after|because of)",
    "(discharged|sent home|let out|came home|got home|home from (hospital|the hospital)) ~2 (after|from|following)",
  ],
  // the event the care follows: past for that event word only ("after the heart attack")
  indexEventCues: ["(after|since|following) (the|my|his|her|that) [big|bad|little|small|mini|massive] (heart attack|stroke|mini stroke|tia|infarct|clot|clots|embolism|pe|dvt|bleed|brain bleed)", "(had|got) (my|the|a|his|her) [big|bad|little|small|mini|massive] (heart attack|stroke|mini stroke|tia|clot|embolism|pe|dvt|bleed) ~3 (ago|back|back in (january|february|march|april|may|june|july|august|september|october|november|december)|in (january|february|march|april|may|june|july|august|september|october|november|december)|last (week|month|year|spring|summer|autumn|fall|winter))"],
  // someone who took the reading for the patient or lent the device: the measurer, not whose reading it is
  measuredForPatientCues: ["(did|done|took|take|takes|checked|check|checks|measured|put|tested|used) ~3 (it|me|mine|my|the (machine|cuff|thermometer|monitor|meter|finger thing|finger clip|clip|oximeter|ear thing))", "(has|got|have|bought|lent) ~3 (one of those|a|an|the|that|this) ~2 (cuff|cuffs|machine|thermometer|monitor|meter|finger thing|finger clip|clip|oximeter|pulse ox|gadget)", "with (the|her|his|their) ~2 (thermometer|cuff|machine|monitor|meter|ear thing|finger thing|clip|oximeter)"],
  // someone who gave the dose: the giver, not whose medicine it is
  givenToSpeakerCues: ["(gave|given|give|gives|injected|did) ~1 me ~2 (it|another|again|my|the|a|an|extra|more|twice|double|second)"],
  givenToSpokenForCues: ["(gave|given|give|gives|injected|did) ~1 (him|her|it him|it her|them) ~2 (it|another|again|his|her|the|a|an|extra|more|twice|double|second)", "(gave|given|give) it (him|her) again", "(gave|given|give|did|injected) (it|one|them) (again|twice|too|as well|a second time)"],
  careSettingCues: ["in hospital", "at the hospital", "on the ward"],
  ongoingCues: ["since", "for the", "over the", "all through", "ever since", "still"],
  resolutionCues: [
    "(is|are|has|have|was|were|it's|its|that's|thats) [all|completely|totally|pretty much|already|now] (gone !(green|yellow|brown|red|black|grey|gray|white|blue|purple|pale|dark|darker|thick|thicker|hard|bad|worse|cloudy|funny|weird|numb|cold|hot|swollen|puffy|tight|stiff|like|really|all|very|a|off|kind|kinda|sort|sorta|almost|quite|so|pretty|super|patchy|blotchy|crusty)|resolved|cleared|cleared up|settled|settled down|stopped|passed|disappeared|better|fine|normal)",
    "(all|already) gone", "gone now", "went away", "goes away", "cleared up", "settled down", "calmed down", "died down", "wore off", "worn off",
    "(hasn't|haven't|has not|didn't) (come back|happened again|returned|been back)", "not (had|happened) (it|any|one) since", "nothing [at all|else|more] since",
    // "my fever went last Friday": gone, said with a time
    "(fever|temperature|temp|rash|headache|swelling) (went|broke) (last|on|yesterday|away|days|a|two|three|monday|tuesday|wednesday|thursday|friday|saturday|sunday)", "(had|have|has) no (temperature|fever|temp) since",
    "no longer", "not any more", "not anymore", "it (stopped|went away|cleared up|settled|eased off|passed|eased|went)", "stopped after",
    "(much|a lot|way|loads|lots|heaps) better now", "back to normal", "(fine|good|okay|ok|right|normal) [ever]since", "barely notice",
    "(been|it's|is) ~2 (fine|dry|clean|okay|ok|good|normal|better|settled|clear) [ever]since", "sorted (now|itself)", "all good now",
    "(only|just) (lasted|for) (a|a few|a couple of|two|five|ten) (seconds|minutes|moments)",
    "(back up|came back up|went back up|back down|came back down) (to|at)", "no (dramas|drama|problems|issues|trouble|bother) since",
    "(has|have|is|are|it's|its) [been] (reduced|reducing|eased|easing|settled|slowed|slowing|lessened|lighter|less|tapering|fading|improving|drying up)",
    "(getting|much|way) (less|lighter|better|smaller)", "(clear|clean|dry|fine|normal|okay|ok|good) ~3 (ever )?since", "by (the )?next (morning|day)",
  ],
  eventResolutionCues: [
    "(got|picked up|collected|have|received|sorted) ~2 (refill|prescription|supply|new box|new pack|more|some more|them now|it now)",
    "back on (it|them|the|my)", "(started|taking) (it|them) again", "(pharmacy|chemist|gp|doctor) (sorted|gave|found)", "sorted it out",
    "called (the|my) (doctor|clinic|gp|nurse|pharmacy) (already|and)", "(doctor|clinic|nurse|gp) (knows|said it was fine|told me it's fine)",
  ],
  recencyCues: ["today", "tonight", "this (morning|afternoon|evening)", "last night", "yesterday", "an hour ago", "hours ago", "just now", "earlier", "minutes ago", "right now"],
  expectedCues: [
    "(said|says|told me|told us|warned me|warned us|mentioned|explained) [that] ~5 (would|normal|expect*|common|happen|usual|typical)",
    // the same warning in another tense: "Dr. Whitfield did say that would happen", "she had told me it might"
    "(did|had) (say|said|tell me|told me|tell us|told us|warn me|warned me|mention|mentioned) [that] ~5 (would|might|could|normal|expect*|common|happen|usual|typical)",
    "warn* (me|us) about", "(that's|it's|which is|is|was|being|thats|its) [totally|completely|perfectly|pretty|quite] (normal|expected|to be expected)",
    "as expected", "par for the course", "(doesn't|does not|don't) (worry|bother) me", "not (too|that) (bothered|fussed)", "i'm (managing|coping)",
    "take the edge off", "always (have|had|been|am|do)", "normal for me", "usual for me", "same as (always|usual|ever)", "no worse than (usual|normal)",
    "(a little|a bit|slightly|mild|mildly|bit of) ~2 (sore|achy|tender|bruised|tired|swollen|itchy)", "nothing (major|serious|much)",
    "(they|the (doctor|nurse|surgeon)) (said|told me) (it|that) (would|might|could|is|was)",
    "(doctor|nurse|surgeon|pharmacist|leaflet|gp|consultant|they) ~2 (said|told|told me|warned|mentioned) ~3 (can|could|might|may|would) (happen|do that|cause|come|be)",
  ],
  baselineCues: [
    // a long-standing, known finding the patient says is unchanged: their baseline, not a new red flag
    "(been|it's been|its been|has been|they've been|they have been|it has been) (like (that|this)|that way|this way|the same) ~3 (for (years|ages|months|decades|a long time|as long as|most of my life)|since (i was|childhood|birth|my|the (stroke|operation|surgery|accident|injury|op))|ever since|forever|all my life)",
    "nothing new", "(it's|its|that's|thats|it is) (not new|an old (thing|problem|one))", "(it's|its|that's|thats|it is|that is|just) my (baseline|normal|usual)", "same as it's always been",
    // "two pillows at night, like always": the habit is unchanged
    "(like|as) (always|ever|i always (do|have))", "(the )?same as (it was|before|ever|always|usual)",
  ],
  thirdPartyNouns: [
    "missus", "misses", "mrs", "hubby", "other half", "old man", "old lady",
    "husband", "wife", "partner", "boyfriend", "girlfriend", "son", "daughter", "kid", "kids", "child", "children", "baby",
    "mother", "mom", "mum", "mam", "mommy", "mummy", "father", "dad", "daddy", "brother", "sister", "aunt", "auntie", "tita", "tito", "uncle",
    "cousin", "grandma", "grandmother", "nan", "nana", "nanna", "granny", "grandpa", "grandfather", "granddad", "grandad",
    "grandson", "granddaughter", "grandchild", "grandkid", "grandkids", "nephew", "niece", "friend", "mate", "neighbour",
    "neighbor", "colleague", "coworker", "co worker", "boss", "manager", "roommate", "flatmate", "housemate", "buddy", "pal", "bestie", "in laws", "in law",
    "mother in law", "father in law", "dog", "cat", "family", "this lady", "this man", "guy", "lady next door", "man next door",
    // speech-to-text drops the possessive's apostrophe ("my husbands been"); plurals are others too
    "husbands", "wifes", "wives", "partners", "boyfriends", "girlfriends", "sons", "daughters", "mothers", "moms", "mums", "fathers", "dads",
    "brothers", "sisters", "aunts", "uncles", "cousins", "grandmas", "grandpas", "nans", "friends", "mates", "neighbours", "neighbors",
    "colleagues", "roommates", "flatmates", "housemates", "babys",
    // a child named by age or size ("my little boy", "our youngest"), never a bare "boy" ("oh boy")
    "little boy", "little girl", "little lad", "little one", "wee one", "wee boy", "wee girl", "baby boy", "baby girl", "youngest", "eldest", "toddler", "teenager",
  ],
  thirdPartyDeterminers: ["my", "our", "his", "her", "their", "a", "an", "the"],
  thirdPartyPronouns: ["he", "she", "he's", "she's", "his", "her", "him", "hes", "shes"],
  objectPrepositions: ["to", "with", "at", "from", "beside", "behind", "towards"],
  childNouns: ["son", "daughter", "kid", "kids", "child", "children", "baby", "little boy", "little girl", "little one", "youngest", "eldest", "toddler"],
  // a caller who says they call for a relative: that relative is the patient
  carerCallCues: ["(ringing|calling|phoning|ring|call|phone|rang|called) ~3 (about|for|on behalf of|regarding) (my|me|our) (mum|mom|mother|mam|mammy|ma|dad|father|da|husband|wife|partner|nan|nana|gran|granny|grandmother|grandma|grandad|granddad|grandfather|grandpa|brother|sister|aunt|auntie|uncle|son|daughter|father in law|mother in law)", "(i'm|im|i am) (his|her|their) (carer|caregiver|daughter|son|wife|husband|partner|niece|nephew|granddaughter|grandson|sister|brother)", "(i look after|i care for|i'm caring for|im caring for|i'm looking after|im looking after) (my|me|our) (mum|mom|mother|mam|mammy|ma|dad|father|da|husband|wife|partner|nan|nana|gran|granny|grandmother|grandma|grandad|granddad|grandfather|grandpa|brother|sister|aunt|auntie|uncle|son|daughter|father in law|mother in law)", "(it's|its|this is|i'm|im|i am) (his|her|their) (mam|mum|mom|mother|dad|father|wife|husband|partner|daughter|son|sister|brother|carer)", "(how is|how's|hows|how has|and how is) (your|ur) (mum|mam|mom|mother|dad|father|husband|wife|partner|nan|gran|grandmother|grandfather|son|daughter)"],
  carerOwnRoleCues: ["(i'm|im|i am) (his|her|their) (carer|caregiver|daughter|son|wife|husband|partner|niece|nephew|granddaughter|grandson|sister|brother)", "(it's|its|this is|i'm|im|i am) (his|her|their) (mam|mum|mom|mother|dad|father|wife|husband|partner|daughter|son|sister|brother|carer)"],
  childCallCues: [
    "your (baby|baby's|babys|little one|little one's|newborn|toddler|infant)",
    "(your|the) (son|son's|daughter|daughter's|child|child's|kid|kid's|boy|girl) ~4 (doing|feeling|feeding|feeds|eating|sleeping|breathing|temperature|fever|medicine|medication|meds|dose|doses|inhaler|seizure*|symptoms|health|treatment|condition|weight|surgery|operation|recovery|sugar*|levels|nappies|diapers|cough|rash|pain)",
    "(how is|how's|hows|how has|has) (he|she) (been )?(doing|feeding|eating|sleeping|breathing|taking)",
    "(give|giving|gave|giving) (him|her) (his|her|the) (medicine|medication|dose|inhaler|tablets|drops|syrup|puffs|spray)",
    // the agent names a children's service: the caller speaks for a child
    "(pediatric|paediatric|children's|childrens|kids'|child health) ~3 (clinic|line|service|team|ward|unit|nurse|diabetes|asthma|epilepsy|education|program|programme|hospital)",
  ],
  firstPersonCues: ["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself"],
  treatmentForCues: ["(for|against) [the|a|his|her|my|their|your|this|that]"],
  presentStateCues: [
    "i'm", "im", "i am", "i've", "ive", "i have !to", "i keep", "i still", "i get", "i feel", "i got", "my * (is|are|has|have|keeps|feels|looks|went|gone)",
    "since", "right now", "at the moment", "currently", "today", "this morning", "tonight", "last night", "yesterday", "lately", "still",
    // something the caller is looking at: "is his face supposed to look lopsided like that?"
    "(look|looks|looking|sound|sounds|sounding|feel|feels) ~3 like (that|this)", "(is|are|does|do|should) (his|her|their|my|the) * ~1 (supposed|meant) to",
  ],
  sanctionedChangeCues: [
    "(told|advised|instructed|asked) (me|us) to", "(said|says) (to|i should|i could) (stop|skip|hold|take (half|less|more|two|an extra|another)|halve|cut|double|reduce|come off|go up)",
    "as (instructed|prescribed|directed|planned|agreed)", "on [the] (doctor's|nurse's|surgeon's|pharmacist's|consultant's) (advice|orders|instructions)",
    "before (the|my) (surgery|operation|procedure|op|scan|test|colonoscopy|endoscopy|biopsy)", "(course|prescription) ~2 (finished|ended|is over|was over|done|completed|is up)",
    "(finished|completed) (the|my) ~1 course", "@CLINICIAN ~8 (stopped|changed|switched|swapped|reduced|lowered|increased|halved|cut|dropped|upped|took me off|put me on)",
    // a prescriber's change told with its numbers or its reason ("she cut my glipizide down from ten to five cause I was low")
    "(he|she|they) ~3 (stopped|changed|switched|reduced|lowered|increased|halved|cut|dropped|upped|bumped) ~6 (from @NUM ~2 to|because|cause|cos|since i|since my|as i was|as my)",
    // a change someone else made on purpose ("he cut it in half on purpose"); the patient's own "on purpose" is no plan
    "(he|she|they) ~4 (stopped|changed|switched|swapped|reduced|lowered|increased|halved|cut|dropped|upped|took me off|put me on) ~6 (on purpose|deliberately|intentionally|purposely)",
    // "doctor told to stop the drop": the instruction without "me"
    "@CLINICIAN ~2 (told|advised|instructed|asked) [me|us] to (stop|skip|hold|halve|cut|reduce|come off|lower|drop)",
    "(said|says) (to|i should|i could) (quit|drop|lower|come off)", "(like|as) (the|my) (doctor|doc|dr|nurse|surgeon|consultant|gp|ward|team|hospital|clinic) (said|told me|advised|wanted)",
    "(the plan|the schedule|the taper|tapering)", "(wean*|taper*) ~2 (off|down)", "(doctor's|surgeon's|nurse's|team's|consultant's|psychiatrist's) plan", "(said|told me|told us) ~2 [to] (taper|wean)",
  ],
  consequenceOpeners: ["[and] so", "which is why", "that's why", "thats why"],
  unsanctionedCues: ["(half|less|more|part|some|a bit) of what", "instead of (what|the|taking)", "than (they|the doctor|he|she|the nurse) (told|said|prescribed|asked)", "(supposed|meant) to", "without (asking|telling)", "on my own", "myself", "(they|it|them) ~1 (sting|stings|stung|burn|burns|burnt|hurt|hurts|made me|make me|makes me|gave me|give me|gives me|upset|upsets|disagreed|didn't agree|don't agree) ~6 (so|and|then) i (just )?(stopped|quit|came off|gave up|ditched|binned|dropped|halved|skipped)"],
  medicationContext: [
    "@MED", "took", "taken", "take", "taking", "dose", "dosed", "bolus*", "inject*", "jab", "shot", "units", "pharmacy", "chemist", "refill", "prescription",
    // treatments given in sessions
    "dialysis", "infusion*", "chemo*", "radiotherapy",
  ],
  selfContactCues: [
    "let me (call|ring|phone) ~3 (now|then|them|the|my|her|him|right)",
    "(i'll|i will|i'm going to|i am going to|i'm gonna|im gonna) ~2 (call|ring|phone|contact|email|text|book|make)", "(should|shall|do) i (call|ring|phone|contact)",
    "i (called|rang|phoned|spoke to|talked to|saw|emailed|messaged)", "(called|rang|phoned|spoke|talked) [to] (them|her|him) (already|yesterday|last)",
    "(when|who|what number) (do|should|can) i (call|ring)",
    "(tell|ask|get|have) (my|our) ~2 (son|daughter|husband|wife|partner|mum|mom|dad|sister|brother|neighbour|neighbor|friend|carer|kid|kids|grandson|granddaughter|grandkids|niece|nephew) to (call|ring|phone|contact|book)",
    "(i'll|i will|i'm going to|im gonna|i'm gonna) get on the (phone|blower) to",
    "(my|our) (son's|daughter's|husband's|wife's|partner's|mum's|mom's|dad's|sister's|brother's|friend's|carer's) (going to|gonna) (call|ring|phone|contact|book)",
    "(my|our) (son|daughter|husband|wife|partner|mum|mom|dad|sister|brother|friend|carer) (is going to|is gonna|will) (call|ring|phone|contact|book)",
    // the care team's own instruction or an appointment already made: not the patient asking
    "(doctor|doc|dr|nurse|surgeon|consultant|gp|team|midwife|pharmacist) ~2 (said|says|told me|told us|asked me|wants me|wanted me) ~3 (to|that|i|i'd|i need|i should)",
    "(meant|supposed|due|booked|scheduled|going) to see (the|my|a|dr|doctor) ~2 (next|on|in|this|tomorrow|later)",
    "(what time|when) (will|would|is|does) (the|my|dr) ~2 (call|ring|phone|be calling|be ringing)",
    "(like|as) (the|my) (doctor|doc|dr|nurse|surgeon|consultant|gp|team|midwife) (said|says|told me|showed me)",
  "(said|told me|told us|says) (i|we) (could|can|should|may) (call|ring|phone)", "wait for (the|my|a|her|his|their) ~2 to (call|ring|phone)"],
  contactCues: ["@CARE_PERSON", "@CONTACT_VERB"],
};

export const EN_MEASUREMENTS: MeasurementVocabulary = {
  glucoseContext: [
    "sugar", "sugars", "glucose", "bg", "blood sugar", "finger prick", "finger stick", "meter", "sensor", "cgm", "libre", "dexcom",
    "mmol", "mg dl", "mgdl",
  ],
  temperatureContext: ["temperature", "temp", "fever", "thermometer", "degrees", "feverish", "(felt|feel|feeling) ~2 (warm|hot)", "burning up"],
  bloodPressureContext: ["blood pressure !(machine|monitor|cuff|thing|meter)", "bp !(machine|monitor|cuff|thing|meter)", "pressure !(machine|monitor|cuff|thing|meter)", "systolic", "diastolic", "top number", "bottom number"],
  pulseContext: ["pulse", "heart rate", "heartrate", "bpm", "beats a minute", "beats per minute", "heart beat", "heartbeat", "(watch|smartwatch|fitbit|tracker) (says|said|shows|showed|reads|read|was|is)", "(watch|smartwatch|fitbit|tracker) (is|was|keeps|kept) (saying|showing|reading)", "heart's", "heart (is|was) (at|going at|running at|racing at)", "heart (thing|things|monitor|app)", "heart ~2 (on|from) my (watch|phone|smartwatch|fitbit)"],
  oxygenContext: ["pulse oximeter", "pulse ox", "oximeter", "(ox|oxy|oxi) [a] meter", "oxygen", "sats", "saturation", "saturations", "o2", "(my|his|her|your|the|oxygen|o2) sat", "sat (level|levels|reading|readings|probe|monitor|is|was|at|of)", "spo2", "finger thing", "finger things", "finger clip", "finger clips", "clip thing", "(thing|things|clip|clips|gadget|monitor) (on|for) (my|his|her|your|the) (finger|fingers)"],
  // COPD and its names: the oxygen target is 88-92% (see thresholds.ts)
  lowerOxygenTargetContext: ["copd", "c o p d", "emphysema", "chronic bronchitis", "chronic obstructive"],
  pregnancyContext: ["pregnan*", "weeks pregnant", "midwife", "pre eclampsia", "preeclampsia", "antenatal", "prenatal", "postnatal", "postpartum", "after (the|my) (birth|delivery|c section|caesarean|cesarean)", "gave birth", "my bump", "the baby s movements", "baby movements", "due date", "obstetric*"],
  inrContext: ["inr", "clotting", "clotting test", "coag*", "finger prick test", "coaguchek"],
  lithiumContext: ["lithium level", "lithium levels", "lithium result", "lithium test", "lithium blood test", "level of lithium", "lithium came back", "lithium was", "lithium is"],
  nonReadingUnits: ["arrow*", "minute*", "min", "mins", "hour*", "hrs", "day*", "week*", "month*", "year*", "times", "time", "tablet*", "pill*", "puff*", "step*", "stair*", "floor*", "flight*", "o clock", "am", "pm", "dollar*", "euro*", "quid", "bucks", "percent off", "miles", "mile", "km", "meters", "metres", "feet", "foot", "inches", "cm", "mm", "glasses", "cups", "bottles", "cigarettes", "units", "grams", "g", "mg", "ml", "milligram*", "microgram*", "mcg", "millilitre*", "milliliter*", "litre*", "liter*", "people", "kids", "grandkids", "children", "nights", "weeks old", "years old", "st", "nd", "rd", "th"],
  weightContext: ["weight", "weigh", "weighed", "weighing", "scales", "scale", "kilos", "kilo", "pounds", "kg", "lbs"],
  weightGainCues: ["gained", "gain", "gaining", "put on", "putting on", "up", "went up", "gone up", "increased", "heavier", "more", "jumped", "up by"],
  currentTimeCues: ["today", "this morning", "now", "right now", "just now", "this am", "tonight", "this evening"],
  kilogramUnits: ["kilos", "kilo", "kg", "kgs", "kilograms", "kilogram"],
  poundUnits: ["pounds", "pound", "lbs", "lb"],
  periods: [
    { days: 1, when: ["overnight", "since yesterday", "in a day", "in one day", "in 24 hours", "from yesterday", "since last night", "today"] },
    { days: 2, when: ["in two days", "in 2 days", "since the day before yesterday", "in a couple of days", "over two days", "over the weekend", "since the weekend"] },
    { days: 3, when: ["in three days", "in 3 days", "since monday", "since tuesday", "since wednesday", "since thursday", "since friday", "since saturday", "since sunday", "in a few days", "over three days", "past few days", "last few days", "couple of days"] },
    { days: 7, when: ["in a week", "this week", "in one week", "since last week", "over the week", "past week", "in seven days", "in 7 days"] },
    { days: 30, when: ["in a month", "this month", "since christmas", "this year", "over the years", "months", "since the summer", "since the op", "since surgery", "since the operation", "since summer", "since spring", "since the spring", "since autumn", "since the autumn", "since winter", "since the winter", "since last year", "since last month", "since new year", "over the summer", "in the last year", "since i started", "since starting"] },
  ],
  dayUnits: ["day", "days"],
  weekUnits: ["week", "weeks"],
  readingLinks: [
    "was", "is", "it's", "its", "were", "of", "read", "reads", "reading", "showed", "shows", "said", "says", "saying", "showing", "displaying", "came up", "comes up",
    "dropped to", "down to", "went (down|up) to", "went to", "fell to", "hit", "got", "gave", "been", "running", "sitting at",
    "reading of", "at", "on", "checked", "about", "around", "up to",
  ],
  readingFillers: ["like", "about", "around", "only", "just", "in the", "roughly", "nearly", "almost", "over", "under", "like around"],
  targetCues: [
    "target", "goal", "should be", "supposed to be", "aim", "range", "between", "under", "below", "above", "keep it", "if it",
    "if (my|your)", "when it", "anything (under|over|below|above)", "less than", "more than", "normal is", "usually",
  ],
  numberWords: NUMBER_WORDS,
  hundredWords: ["hundred"],
  thousandWords: ["thousand"],
  decimalWords: ["point"],
  numberJoiners: ["and", "a"],
  bloodPressureSeparators: ["over", "by", "\\/"],
  bloodPressureNamedSeparators: ["(?:on\\s+)?(?:the\\s+)?top\\s+(?:one\\s+)?and(?:\\s+the)?(?:\\s+bottom(?:\\s+one)?)?"],
};

export const EN_DETECTION_WORDS: readonly string[] = [
  "the", "and", "is", "it", "i", "you", "to", "of", "my", "that", "what", "can", "with", "have", "this", "was",
  "for", "do", "okay", "so", "just", "how", "when", "your", "yes", "thanks", "but", "not", "on", "at", "be",
  "are", "we", "he", "she", "they", "would", "will", "should", "if", "about", "from", "been", "had", "got", "up",
  "since", "after", "feel", "really", "think", "i'm", "it's", "don't",
];
