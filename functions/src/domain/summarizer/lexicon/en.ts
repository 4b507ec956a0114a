/**
 * English language pack: vocabularies and rules, as data, for clinical review.
 *
 * Conventions (see ./types.ts): lower case, no accents; {G1}..{G8} are word gaps that never
 * cross a negation, a "but" or a sentence end; {NAME} expands `macros` below. In attention
 * patterns punctuation inside a sentence reads as a space.
 *
 * Attention vocabularies follow post-discharge nurse triage call-back lists (surgery, cardiac,
 * diabetes, hypertension, anticoagulation, eye surgery, urology, obstetrics, mental health).
 * They name what the patient would SAY, including lay and indirect wording ("an elephant
 * sitting on my chest", "my leg's gone tight and hot"), not the diagnosis.
 */

import type { LanguageLexicon } from "./types";

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0, oh: 0, nought: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};

export const EN_LEXICON: LanguageLexicon = {
  code: "en",
  name: "English",
  detectionWords: [
    "the", "and", "is", "it", "i", "you", "to", "of", "my", "that", "what", "can", "with", "have", "this", "was",
    "for", "do", "okay", "so", "just", "how", "when", "your", "yes", "thanks", "but", "not", "on", "at", "be",
    "are", "we", "he", "she", "they", "would", "will", "should", "if", "about", "from", "been", "had", "got", "up",
    "since", "after", "feel", "really", "think",
  ],

  macros: {
    // Possessive or "is"/"has" clitic after a noun that starts a pattern: "heart's racing", "leg's gone".
    S: "(?:'s)?",
    // Medicines and dosing nouns, generic and common brand names patients actually say.
    MED:
      "(?:pills?|tablets?|meds|medications?|medicines?|doses?|dosage|insulin|injections?|shots?|jabs?|inhalers?|puffers?|" +
      "patch(?:es)?|drops|eye\\s+drops|capsules?|prescriptions?|antibiotics?|painkillers?|pain\\s+(?:pills|meds|killers|medication|medicine|tablets)|" +
      "blood\\s+thinners?|water\\s+pills?|bolus(?:es)?|basal|units|sleeping\\s+pills?|" +
      "warfarin|coumadin|eliquis|apixaban|xarelto|rivaroxaban|heparin|clexane|enoxaparin|aspirin|clopidogrel|plavix|" +
      "metformin|statins?|atorvastatin|simvastatin|lisinopril|ramipril|amlodipine|losartan|metoprolol|bisoprolol|" +
      "furosemide|lasix|levothyroxine|thyroxine|synthroid|allopurinol|colchicine|prednisone|prednisolone|steroids?|" +
      "oxycodone|oxy|tramadol|codeine|morphine|gabapentin|pregabalin|sertraline|fluoxetine|antidepressants?|alendronate|" +
      "fosamax|glargine|lantus|novorapid|humalog|ozempic|semaglutide|jardiance|tylenol|acetaminophen|paracetamol|" +
      "ibuprofen|advil|naproxen|amoxicillin|digoxin|amiodarone|spironolactone|nitro|gtn|glucagon|preventer|reliever|" +
      "nebuli[sz]er|steroid\\s+inhaler|spray)",
    // Wounds and what covers them.
    WOUND:
      "(?:wounds?|incisions?|cuts?|scars?|stitches|sutures|staples|sites?|dressings?|gauze|bandages?|plasters?|" +
      "steri\\s+strips|strips|port\\s+sites?|drain\\s+site|pocket)(?:'s)?",
    // People the patient may ask to speak to or to be called by.
    CARE:
      "(?:the\\s+|my\\s+|a\\s+|an\\s+|your\\s+|dr\\s+\\w+|doctor\\s+\\w+)?(?:doctor|doc|dr|surgeon|nurse|nurses|consultant|specialist|gp|physician|" +
      "cardiologist|midwife|someone|somebody|person|human|real\\s+person|actual\\s+person|real\\s+human|team|clinic|office|" +
      "practice|care\\s+team)",
    // The same people without a determiner, for patterns that start with them.
    CARE_NOUN:
      "(?:doctor|doc|dr|surgeon|nurse|nurses|consultant|specialist|gp|physician|cardiologist|midwife|someone|somebody|" +
      "person|human|team|clinic|office|practice)",
    // Clinicians and services the agent may refer a decision to.
    CLIN:
      "(?:dr|doctor|doctors|surgeon|surgeons|team|nurse|nurses|clinic|office|practice|specialist|pharmacist|consultant|" +
      "gp|physician|provider|cardiologist|endocrinologist|physio|physiotherapist|therapist|dietitian|dietician|" +
      "midwife|centre|center|hospital)",
    // A number, spelled with digits or words.
    NUM:
      "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|" +
      "ninety|a\\s+few|a\\s+couple\\s+of|couple\\s+of|several|half\\s+an?)",
  },

  gapBlockers: [
    "no", "not", "never", "without", "none", "nothing", "nor", "neither", "isn't", "isnt", "aren't", "arent", "wasn't",
    "wasnt", "weren't", "werent", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent",
    "hasn't", "hasnt", "hadn't", "hadnt", "won't", "wont", "wouldn't", "wouldnt", "shouldn't", "shouldnt", "but",
    "although", "though", "however", "except",
  ],

  attention: [
    // ------------------------------------------------------------------ cardiac / respiratory
    {
      id: "en.chest_pain", concept: "chest_pain", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        // tearing pain through to the back (aortic dissection)
        "(?:tearing|ripping|shearing)\\s+{G1}(?:pain|feeling|sensation)|pain\\s+{G2}(?:like|as\\s+if)\\s+{G3}(?:tearing|ripping|torn)",
        "chest{S}\\s+{G2}(?:pains?|pressure|tightness|tight|heaviness|heavy|discomfort|ache|aching|hurts?|hurting|burning|squeez\\w*|crush\\w*)",
        "(?:pains?|pressure|tightness|tight|heaviness|heavy|squeez\\w*|crush\\w*|ache|aching|discomfort|burning)\\s+{G3}(?:in|on|across|around|through|behind|under)\\s+(?:the\\s+|my\\s+)?(?:chest|breastbone|breast\\s+bone|sternum|ribs)",
        "(?:breastbone|sternum){S}\\s+{G2}(?:pains?|pressure|tight\\w*|heav\\w*|hurts?|aching|crush\\w*|squeez\\w*)",
        "(?:sitting|sat|standing|stood|pressing|pushing|parked|crushing)\\s+on\\s+(?:top\\s+of\\s+)?(?:my\\s+)?chest",
        "(?:elephant|weight|ton\\s+of\\s+bricks|brick|anvil|truck|boulder)\\s+{G3}(?:sitting|sat|standing|stood|pressing|pushing|lying|crushing|squashing|on\\s+top)\\s+(?:on\\s+)?(?:of\\s+)?(?:me|my\\s+chest)",
        "(?:band|vice|vise|belt)\\s+{G2}(?:around|round|across)\\s+(?:my\\s+)?chest",
        "heart\\s+attack|angina",
        "pain\\s+{G4}(?:down|into|up)\\s+(?:my\\s+)?(?:left\\s+)?(?:arm|jaw)",
      ],
    },
    {
      id: "en.breathless", concept: "breathlessness", category: "red_flag_symptom", severity: "high",
      // breathlessness in general: a chronic patient may say it is their baseline ("always have")
      patterns: [
        "short(?:ness)?\\s+of\\s+breath",
        "(?:out\\s+of|lose|losing|lost)\\s+(?:my\\s+)?breath\\b",
        "breathless\\w*|wheez\\w*|winded\\b|puffed\\s+out",
      ],
    },
    {
      id: "en.breathing", concept: "breathlessness", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "gasping",
        // needing the reliever far more than usual: a worsening of asthma or COPD
        "(?:blue\\s+inhaler|reliever|ventolin|salbutamol|albuterol|puffer|rescue\\s+inhaler){S}\\s+{G6}(?:a\\s+lot\\s+more|more\\s+than\\s+usual|more\\s+often|every\\s+(?:hour|half\\s+hour|few\\s+hours)|(?:\\d+|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+times)",
        "(?<=(?:can't|cant|cannot|couldn't|couldnt|could\\s+not|unable\\s+to|struggl\\w*\\s+to|hard\\s+to|hardly|barely)\\s+{W2})(?:breathe|breath|catch\\s+(?:my|a)\\s+breath|get\\s+(?:my\\s+)?(?:breath|air)|get\\s+enough\\s+air)",
        "(?:trouble|difficulty|problems?|struggling|hard\\s+time|fighting)\\s+(?:with\\s+)?(?:my\\s+)?(?:breathing|to\\s+breathe|catching\\s+my\\s+breath|getting\\s+(?:my\\s+)?breath)",
        "(?:like\\s+)?(?:i'm|i\\s+am|i\\s+was)\\s+(?:drowning|suffocating|smothering|being\\s+smothered)|gasping\\s+for\\s+air|(?:can't|cant|couldn't)\\s+get\\s+enough\\s+air",
        "(?:breathing|breath){S}\\s+(?:is|has\\s+been|been|got|gets|getting|feels|went|goes)\\s+{G2}(?:bad|worse|hard|difficult|labou?red|heavy|fast|rapid|short|shallow|funny|tight|rattly)",
        "(?:can't|cant|cannot|couldn't|couldnt)\\s+{G4}(?:lie|lay|lying|laying|sleep)\\s+(?:down\\s+)?flat",
        "(?:sleep|sleeping|slept)\\s+{G3}(?:sat|sitting|propped)\\s+up\\s+{G3}(?:to\\s+breathe|for\\s+(?:my\\s+)?breath|or\\s+i\\s+can't\\s+breathe)",
        "(?:lips?|fingers?|face)\\s+{G2}(?:turning|turned|going|gone|went|are|is)\\s+{G1}blue",
      ],
    },
    {
      id: "en.syncope", concept: "syncope", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:passed|passing|blacked|blacking|conked|keeled)\\s+out",
        "faint(?:ed|ing|ness)?\\b",
        "(?:nearly|almost|about\\s+to|going\\s+to|gonna|thought\\s+i\\s+was\\s+going\\s+to)\\s+(?:faint|pass\\s+out|black\\s+out|collapse|keel\\s+over|hit\\s+the\\s+floor)",
        "collaps(?:ed|ing)\\b",
        "lost\\s+consciousness|(?:came|come)\\s+to\\s+on\\s+the\\s+floor|(?:found|woke\\s+up|ended\\s+up)\\s+(?:myself\\s+)?on\\s+the\\s+floor",
        "(?:everything|it\\s+all|my\\s+(?:eyes|vision|sight)|the\\s+(?:room|world|kitchen|screen))\\s+{G2}(?:went|go|goes|going|turned|turning|gone)\\s+(?:all\\s+|completely\\s+|sort\\s+of\\s+|kind\\s+of\\s+)?(?:grey|gray|black|dark|dim|white|fuzzy|blank|snowy|spotty)",
        "had\\s+to\\s+(?:sit|lie|lay|get)\\s+(?:down\\s+)?on\\s+(?:the\\s+)?(?:[a-z']+,?\\s+)?floor",
        "(?:legs?|knees?)\\s+{G1}(?:gave\\s+way|went\\s+from\\s+under|buckled)",
      ],
    },
    {
      id: "en.palpitations", concept: "palpitations", category: "red_flag_symptom", severity: "high",
      patterns: [
        "heart{S}\\s+{G2}(?:racing|pounding|fluttering|skipping|jumping|going\\s+(?:like\\s+the\\s+clappers|crazy|mad|really\\s+fast|ten\\s+to\\s+the\\s+dozen)|beating\\s+(?:really\\s+|so\\s+|very\\s+)?(?:fast|hard)|all\\s+over\\s+the\\s+place|skipp\\w*\\s+beats?|missing\\s+beats?)",
        "palpitations?|racing\\s+heart|irregular\\s+heart\\s*beat",
      ],
    },
    {
      id: "en.dizziness", concept: "dizziness", category: "red_flag_symptom", severity: "moderate",
      patterns: [
        "dizz(?:y|iness)|light\\s*headed\\w*|woozy|vertigo|swimmy|room\\s+(?:is\\s+|was\\s+|keeps\\s+|started\\s+)?spinning|unsteady\\s+on\\s+my\\s+feet",
      ],
    },
    {
      id: "en.device_shock", concept: "device_shock", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:shocked|zapped|jolted)\\s+me|(?:defib\\w*|icd|device|pacemaker)\\s+{G2}(?:fired|went\\s+off|shocked)|shock\\s+from\\s+(?:my\\s+|the\\s+)?(?:defib\\w*|icd|device|pacemaker)",
        "(?:hiccups?|hiccoughs?)\\s+{G3}(?:won't\\s+stop|all\\s+day|constant|non\\s+stop|for\\s+hours)",
      ],
    },
    {
      id: "en.bp_words", concept: "blood_pressure_high", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:blood\\s+pressure|bp|pressure)\\s+{G3}(?:through\\s+the\\s+roof|sky\\s*high|really\\s+high|very\\s+high|so\\s+high|dangerously\\s+high|crazy\\s+high)",
        "(?:blood\\s+pressure|bp)\\s+{G3}(?:really|very|so|dangerously)\\s+low",
      ],
    },
    // ------------------------------------------------------------------ neurological
    {
      id: "en.stroke", concept: "stroke_signs", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:face|mouth|smile|eyelid){S}\\s+{G2}(?:droop\\w*|dropp\\w*|lopsided|crooked|fallen|sagg\\w*|numb\\w*|dead)",
        "slurr(?:ed|ing|y)\\b",
        "(?:speech|words?|talking|voice)\\s+{G2}(?:slurr\\w*|jumbl\\w*|muddl\\w*|garbled|coming\\s+out\\s+(?:all\\s+)?(?:wrong|funny|weird|strange|jumbled|muddled))",
        "(?<=(?:can't|cant|cannot|couldn't|couldnt|could\\s+not)\\s+{W2})(?:speak|get\\s+(?:my\\s+|the\\s+)?words\\s+out|find\\s+(?:my\\s+|the\\s+)?words|lift\\s+my\\s+(?:arm|leg)|move\\s+my\\s+(?:arm|leg|hand|face|fingers|toes|foot|feet|legs|arms)|feel\\s+my\\s+(?:arm|leg|hand|face|foot|feet|legs|arms))",
        "(?:one|left|right)\\s+side\\s+{G4}(?:weak\\w*|numb\\w*|dead|heavy|droop\\w*|paraly\\w*|won't\\s+work|not\\s+working)",
        "(?:arm|leg|hand)\\s+{G2}(?:went|gone|going|is|feels)\\s+{G1}(?:dead|limp|useless|paraly\\w*)",
        "(?:arm|hand|face){S}\\s+{G2}(?:went|gone|going|goes|is|feels|felt)\\s+{G1}(?:weak|numb|heavy)",
        "(?:suddenly|all\\s+of\\s+a\\s+sudden)\\s+{G3}(?:weak|numb|couldn't\\s+(?:move|lift|feel|speak)|can't\\s+(?:move|lift|feel|speak))",
        "mini\\s+stroke|\\btia\\b|(?:having|had|have)\\s+a\\s+stroke",
        "seizures?|convuls\\w*|fitting\\b|(?:had|having|took)\\s+(?:a|another)\\s+(?:fit|seizure|convulsion|funny\\s+turn)",
      ],
    },
    {
      id: "en.cauda_equina", concept: "saddle_numbness", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:numb\\w*|no\\s+feeling|pins\\s+and\\s+needles|tingl\\w*|dead)\\s+{G6}(?:down\\s+below|private|privates|groin|saddle|bottom|bum|back\\s+passage|between\\s+(?:my\\s+)?legs|inner\\s+thighs|genitals?|down\\s+there)",
        "(?:down\\s+below|saddle|groin|bottom|between\\s+my\\s+legs|down\\s+there|inner\\s+thighs)\\s+{G4}(?:numb\\w*|no\\s+feeling|tingl\\w*|dead)",
        "(?:legs?|feet|foot)\\s+{G3}(?:gave\\s+way|giving\\s+way|went\\s+(?:weak|dead|numb)|gone\\s+(?:weak|dead|numb))",
      ],
    },
    {
      id: "en.headache_severe", concept: "severe_headache", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:worst|severe|terrible|awful|splitting|excruciating|blinding|thunderclap|crushing|unbearable)\\s+{G2}headaches?",
        "headaches?\\s+{G4}(?:worst|won't\\s+go|will\\s+not\\s+go|not\\s+going\\s+away|for\\s+days|blinding|unbearable|getting\\s+worse)",
        "head\\s+(?:is\\s+|feels\\s+like\\s+it's\\s+)?(?:pounding|splitting|exploding|going\\s+to\\s+explode|about\\s+to\\s+explode)",
      ],
    },
    {
      id: "en.confusion", concept: "confusion", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?<=(?:i've\\s+been|i\\s+get|i'm\\s+getting|been|getting|feeling|feel|felt|keep\\s+getting)\\s+{W3})(?:confused|muddled|disoriented|disorientated)\\b(?!\\s+(?:about|by|with|as|over|on|re|regarding|because))",
        "(?:can't|cant|cannot)\\s+(?:stay\\s+awake|keep\\s+my\\s+eyes\\s+open|think\\s+straight)",
        "(?:i'm|i\\s+am|i\\s+was|i've\\s+been)\\s+not\\s+making\\s+(?:any\\s+)?sense",
        "seeing\\s+things\\s+(?:that\\s+)?(?:aren't|are\\s+not|that\\s+aren't|which\\s+aren't)\\s+there|hearing\\s+(?:voices|things)|hallucinat\\w*",
      ],
    },
    // ------------------------------------------------------------------ eyes
    {
      id: "en.vision_loss", concept: "vision_loss", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:curtain|shadow|veil|cloud|shade|blind|black\\s+spot|dark\\s+spot|grey\\s+patch|gray\\s+patch)\\s+{G5}(?:over|across|in\\s+front\\s+of|covering|in|blocking)\\s+{G5}(?:eye|eyes|vision|sight)",
        "(?:curtain|shadow|veil|shade)\\s+{G3}(?:coming|came|come|comes|falling|fell|moving|drawn|pulled)\\s+(?:down|up|across|over|in)",
        "(?:lost|losing|loss\\s+of|lose)\\s+{G2}(?:vision|sight|eyesight)",
        "(?:can't|cant|cannot|couldn't|couldnt)\\s+see\\s+{G3}(?:out\\s+of|with|from|through)\\s+{G2}(?:eye|eyes|side)",
        "(?:vision|sight|eyesight)\\s+{G5}(?:went|gone|going|goes|is|getting|got|turned)\\s+{G3}(?:black|dark|dim|cloudy|misty|grey|gray|worse)",
        "flash\\w*\\s+{G2}(?:of\\s+)?lights?|(?:lights?|sparks?)\\s+{G2}flash\\w*",
        "(?:shower|swarm|lots|loads|cloud|burst)\\s+of\\s+(?:new\\s+)?(?:floaters|black\\s+dots|spots|specks)|new\\s+floaters|floaters\\s+{G3}(?:suddenly|new|more|loads|lots)",
        "double\\s+vision|seeing\\s+double",
        "(?:severe|terrible|awful|really\\s+bad|excruciating|throbbing)\\s+{G1}(?:eye\\s+pain|pain\\s+in\\s+(?:my\\s+)?eye)",
        // severe pain in an operated eye, or with vomiting (raised eye pressure, infection)
        "(?:pain\\s+in\\s+(?:my\\s+|the\\s+)?eye|eye\\s+pain)\\s+{G2}(?:is\\s+)?(?:terrible|awful|severe|unbearable|agony|agonising|agonizing|excruciating|killing\\s+me|really\\s+bad|so\\s+bad)",
        "eye{S}\\s+(?:is\\s+)?(?:really\\s+|so\\s+|just\\s+)?(?:agony|killing\\s+me|excruciating|unbearable|(?:hurt\\w*|aching|throbbing)\\s+{G1}(?:terribly|so\\s+much|like\\s+(?:hell|mad|crazy)|really\\s+badly|badly))",
      ],
    },
    // ------------------------------------------------------------------ infection / wounds
    {
      id: "en.fever", concept: "fever", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?<!hay\\s)fever\\w*",
        "(?:running|got|have|had|has|with|spiking|spiked)\\s+(?:a\\s+)?(?:high\\s+)?(?:temp|temperature)\\b",
        "(?:high|raised|spiking)\\s+(?:temp|temperature)",
        "chills\\b|rigou?rs\\b|the\\s+shivers\\b|shivery",
        "hot\\s+and\\s+cold|cold\\s+and\\s+hot|hot\\s+then\\s+cold|burning\\s+up",
        "(?:shaking|shivering|trembling|teeth\\s+chattering)\\s+{G4}(?:blankets?|duvet|covers|uncontrollabl\\w*|can't\\s+stop|like\\s+a\\s+leaf)",
        "night\\s+sweats|soaked\\s+(?:in|with)\\s+sweat|sweating\\s+buckets",
      ],
    },
    {
      id: "en.wound_infection", concept: "wound_problem", category: "red_flag_symptom", severity: "high",
      patterns: [
        "{WOUND}\\s+{G8}(?:pus|puss|ooz\\w*|weep\\w*|leak\\w*|seep\\w*|discharg\\w*|draining|drainage|yellow\\w*|green\\w*|smell\\w*|stink\\w*|whiff|angry|inflamed|infected|streak\\w*|gap\\w*|open(?:ed|ing)?\\s+up|split\\w*|came\\s+apart|coming\\s+apart|pulling\\s+apart|red\\s+and\\s+(?:swollen|hot|angry)|hot\\s+and\\s+red|swollen\\s+and\\s+red|spreading)",
        "(?:pus|puss|ooz\\w*|weep\\w*|leak\\w*|seep\\w*|discharge|yellow\\w*\\s+(?:stuff|fluid|gunk|crust|goo)|green\\w*\\s+(?:stuff|fluid|gunk|goo)|smelly|smells?\\s+(?:bad|off|awful|funny|rotten)|stinks?|angry|red\\s+streaks?|red\\s+lines?)\\s+{G4}(?:from|out\\s+of|around|on|coming\\s+out\\s+of|round)\\s+{G3}{WOUND}",
        "(?:red(?:ness)?|swelling|streaks?)\\s+{G3}(?:spread\\w*|getting\\s+bigger|growing|tracking)",
        "spreading\\s+{G1}red\\w*",
        "red\\s+(?:streaks?|lines?)\\s+{G3}(?:going|spreading|running|tracking|up|along|from)",
        "hot\\s+to\\s+(?:the\\s+)?touch",
        "(?<=(?:it's|it\\s+is|looks|look|gone|going|getting|got|turned|think\\s+it's)\\s+{W2})infected",
        "pus\\b|puss\\b",
      ],
    },
    {
      // pressure injuries in patients who sit or lie a lot after surgery
      id: "en.pressure_sore", concept: "pressure_sore", category: "red_flag_symptom", severity: "high",
      patterns: [
        "pressure\\s+(?:sore|ulcer|injury|damage)|bed\\s*sores?",
        "(?:red|dark|purple|black)\\s+(?:patch|area|mark|spot)\\s+{G4}(?:doesn't|does\\s+not|won't|don't|isn't)\\s+(?:go|turn|going|fade)\\s+(?:white|pale|away)",
        "(?:heels?|bottom|tailbone|sacrum|buttocks?){S}\\s+{G4}(?:blister\\w*|broken\\s+skin|raw|open|black|weeping)",
      ],
    },
    {
      id: "en.infection_generic", concept: "infection", category: "red_flag_symptom", severity: "moderate",
      patterns: ["infection\\b|infected\\b"],
    },
    // ------------------------------------------------------------------ bleeding
    {
      id: "en.bleeding_heavy", concept: "bleeding", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "bleed\\w*\\s+{G3}(?:through|won't\\s+stop|wouldn't\\s+stop|not\\s+stopp\\w*|hasn't\\s+stopped|keeps?\\s+(?:going|coming)|heavily|a\\s+lot|loads|everywhere|badly|like\\s+(?:crazy|mad|a\\s+tap))",
        "(?:heavy|heavier|lots\\s+of|a\\s+lot\\s+of|loads\\s+of|gushing|pouring|uncontrolled)\\s+{G1}(?:bleeding|blood)",
        "(?:soak\\w*|filled|filling|drenched)\\s+{G2}(?:through\\s+)?{G2}(?:pads?|dressings?|bandages?|gauze|towels?|sheets?|nightie|knickers|underwear)",
        "(?:pads?|dressings?|bandages?|gauze|towels?|sheets?|clothes|shirt|pillow){S}\\s+{G3}(?:soaked|drenched|full\\s+of\\s+blood|covered\\s+in\\s+blood)|soaked\\s+(?:through\\s+)?with\\s+blood|blood\\s+(?:is\\s+)?(?:coming|seeping|leaking)\\s+through",
        "(?:bright|fresh)\\s+red\\b",
        "(?:clots?|clumps?)\\s+{G3}(?:size|bigger|big|large|golf|plum|egg|fist|lemon)|(?:big|large|huge|massive)\\s+clots?",
        "(?:cough\\w*|vomit\\w*|throw\\w*\\s+up|threw\\s+up|spit\\w*|spat|sick)\\s+(?:up\\s+)?{G3}blood",
        // coughing or vomiting blood said the other way round
        "(?:bring\\w*|brought|hack\\w*)\\s+up\\s+{G2}blood|blood\\s+{G4}(?:when|while|as|every\\s+time|whenever)\\s+(?:i\\s+)?(?:cough|spit|retch|vomit|throw\\s+up)",
        "blood\\s+{G2}(?:in|from)\\s+{G2}(?:vomit|sick|spit|phlegm|mucus|mouth|ear)",
        "(?:mouth|throat)\\s+{G4}(?:fill\\w*|full)\\s+(?:up\\s+)?(?:with\\s+)?(?:blood|it)\\b",
        "tastes?\\s+{G3}(?:pennies|penny|coins|metal|metallic|copper|iron|blood)",
        "(?:pee|urine|wee|bag)\\s+{G3}(?:dark\\s+red|bright\\s+red|thick|ketchup|clots?|full\\s+of\\s+blood)",
      ],
    },
    {
      id: "en.urine_blood", concept: "bleeding", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:pee|urine|wee|piss){S}\\s+{G4}(?:dark\\s+brown|brown|cola|coke|black|dark\\s+red|bloody|like\\s+(?:tea|cola|coke))",
        "blood\\s+{G2}(?:in|from)\\s+{G2}(?:stools?|poo|poop|urine|pee|wee|back\\s+passage|bottom)",
        "(?:black|tarry|tar|maroon)\\s+{G2}(?:stools?|poo|poop|bowel\\s+movements?|motions)|(?:stools?|poo|poop|motions)\\s+{G3}(?:black|tarry|like\\s+tar)",
      ],
    },
    {
      id: "en.bleeding_minor_anticoag", concept: "bleeding_minor", category: "red_flag_symptom", severity: "moderate",
      patterns: [
        "nose\\s*bleeds?|nose\\s+(?:is\\s+|keeps\\s+)?bleeding",
        "(?:nose\\s*bleeds?|bleeding){S}\\s+{G4}(?:won't|wont|wouldn't|will\\s+not)\\s+stop",
        "gums?\\s+{G2}bleed\\w*|bleeding\\s+gums|bleed\\w*\\s+(?:from\\s+)?(?:my\\s+)?(?:gums|nose)",
        "bruis\\w*\\s+(?:really\\s+|very\\s+|so\\s+)?easily",
        "bruis\\w*\\s+{G4}(?:for\\s+no\\s+reason|out\\s+of\\s+nowhere|everywhere|all\\s+over|without\\s+(?:knocking|bumping|hitting))|(?:huge|massive|big|large)\\s+bruis\\w*",
      ],
    },
    // ------------------------------------------------------------------ thrombosis / fluid
    {
      id: "en.dvt", concept: "leg_clot_signs", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:calf|calves)(?:'s)?\\s+{G6}(?:swollen|swelling|swelled|puff\\w*|hard|tight|hot|warm|red|throbbing|tender|aching|ache|pain\\w*|hurt\\w*|sore|cramp\\w*|bigger|huge|rock|stone|solid)",
        "(?:swollen|swelling|hard|tight|hot|warm|red|throbbing|tender|aching|pain\\w*|sore|cramp\\w*)\\s+{G3}(?:in\\s+)?(?:my\\s+|the\\s+)?(?:calf|calves)",
        "(?:leg|legs|thigh)(?:'s)?\\s+{G6}(?:tight\\s+and\\s+(?:hot|warm|red|swollen)|(?:hot|warm|red|swollen)\\s+and\\s+(?:tight|hot|warm|red|swollen|hard|painful|sore)|gone\\s+(?:all\\s+)?(?:tight|hard|hot|red)|hard\\s+as|like\\s+a\\s+(?:rock|stone|brick|balloon)|twice\\s+the\\s+size|double\\s+the\\s+size)",
      ],
    },
    {
      // circulation after casts, plaster, vascular or hand surgery
      id: "en.circulation", concept: "poor_circulation", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:fingers?|toes?|hand|foot|feet){S}\\s+{G3}(?:turned|turning|gone|going|went|are|is|look|looks)\\s+{G2}(?:blue|white|pale|purple|black|ice\\s+cold|freezing\\s+cold)",
        // a cold, pale limb beyond a cast, a graft or an operated artery
        "(?:leg|legs|arm|arms|foot|feet|hand|hands|limb|fingers?|toes?){S}\\s+{G6}(?:cold\\s+and\\s+(?:pale|white|blue|grey|gray|numb|mottled)|(?:pale|white|blue|grey|gray|mottled)\\s+and\\s+cold|stone\\s+cold|ice\\s+cold)",
        "(?:can't|cant|cannot|can\\s+not)\\s+(?:feel|move|wiggle|wriggle)\\s+(?:my\\s+|the\\s+)?(?:toes|fingers|foot|feet|hand)",
      ],
    },
    {
      id: "en.leg_swelling", concept: "leg_swelling", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:ankles?|feet|foot|legs?|thighs?)(?:'s)?\\s+{G4}(?:swollen|swole|swelling|swelled|puffed|puffy|huge|ballooned|like\\s+balloons)",
        "(?:swollen|swole|puffy)\\s+(?:ankles?|feet|legs?)",
        "(?<=(?:can't|cant|cannot|couldn't|couldnt|won't|wont|don't|dont|doesn't|doesnt)\\s+{W2}(?:get|fit|put|squeeze|go)\\s+{W2})(?:shoes?|socks?|trousers|pants|jeans|slippers|boots|ring|rings|watch)\\s+on",
        "(?:shoes?|socks?|trousers|pants|jeans|slippers|boots|ring|rings|watch|trouser\\s+leg|pant\\s+leg)\\s+{G3}(?:won't|wont|don't|dont|doesn't|doesnt|do\\s+not|not|no\\s+longer|can't|cant)\\s+(?:[a-z']+,?\\s+)?(?:fit|go\\s+on|go\\s+over|close|do\\s+up|come\\s+off)",
        "(?:gained|put\\s+on|up)\\s+{G2}{NUM}\\s+(?:pounds|lbs|lb|kilos?|kg)\\s+{G4}(?:days?|overnight|week|since)",
      ],
    },
    // ------------------------------------------------------------------ urinary
    {
      id: "en.scrotal_swelling", concept: "scrotal_swelling", category: "red_flag_symptom", severity: "high",
      patterns: ["(?:scrotum|testicles?|testes|testicle|balls?|groin){S}\\s+{G4}(?:swollen|swelling|swelled|huge|hard|hot|black|like\\s+a\\s+(?:grapefruit|balloon|melon|orange))"],
    },
    {
      id: "en.urinary_retention", concept: "urinary_retention", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:can't|cant|cannot|couldn't|couldnt|unable\\s+to|haven't\\s+been\\s+able\\s+to|not\\s+able\\s+to|struggling\\s+to)\\s+{G2}(?:pee|wee|urinate|pass\\s+(?:water|urine)|empty\\s+(?:my\\s+)?bladder)",
        "(?<=(?:hasn't|hasnt|has\\s+not|haven't|havent|isn't|isnt|is\\s+not|not|stopped)\\s+{W1})(?:fill\\w*|drain\\w*|empt\\w*|flow\\w*)\\s+{G3}(?:since|for|in|all\\s+(?:day|night|afternoon|morning)|hours?)",
        "(?:bag|catheter|tube)\\s+{G4}(?:blocked|bypass\\w*|fell\\s+out|came\\s+out|pulled\\s+out|not\\s+draining|isn't\\s+draining|stopped\\s+draining)",
        "(?:loo|toilet|bathroom|pee|peeing|wee|urine|bladder|bag)\\s+{G8}(?:hardly|barely|nothing|not\\s+much|very\\s+little|only\\s+(?:a\\s+)?(?:drop|trickle|dribble|few\\s+drops)|just\\s+(?:a\\s+)?(?:drop|trickle|dribble))\\s+{G3}(?:comes?|coming|came)\\s+out",
        "(?:only|just)\\s+(?:like\\s+)?a\\s+(?:drop|dribble|trickle)\\s+in\\s+the\\s+(?:bottom|bag)",
        "(?:belly|tummy|stomach|abdomen|bladder)\\s+{G6}(?:like\\s+a\\s+drum|rock\\s+hard|hard\\s+as\\s+a\\s+rock|distended|bloated\\s+and\\s+(?:hard|tight|sore))",
        "(?:wet\\s+myself|wetting\\s+myself|lost\\s+control\\s+of\\s+(?:my\\s+)?(?:bladder|bowels?)|(?:can't|cant|couldn't|couldnt)\\s+(?:hold|control)\\s+(?:it|my\\s+(?:water|bladder|bowels?|wee|pee))|(?:peed|pooed|soiled)\\s+myself)",
      ],
    },
    {
      id: "en.urinary_infection", concept: "urinary_infection", category: "red_flag_symptom", severity: "moderate",
      patterns: ["(?:burning|stinging|pain|hurts?)\\s+{G2}(?:when|while|to)\\s+(?:i\\s+)?(?:pee|wee|urinate|passing\\s+water)"],
    },
    // ------------------------------------------------------------------ pain / GI
    {
      id: "en.pain_severe", concept: "uncontrolled_pain", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:severe|unbearable|excruciating|agonising|agonizing|crippling|horrendous|horrific|terrible|awful|intense|stabbing)\\s+{G2}(?:pains?|ache|aching)",
        "unbearable|excruciating|worst\\s+pain|(?:10|ten|eleven|11)\\s+out\\s+of\\s+(?:10|ten)|(?<=(?:pain|it)\\s+{W3})(?:worse\\s+and\\s+worse|off\\s+the\\s+(?:charts|scale))",
        "\\bin\\s+agony|so\\s+much\\s+pain",
        "(?:pain\\s*killers|pain\\s+(?:pills|meds|medication|medicine|tablets)|oxy\\w*|morphine|tramadol|codeine)\\s+{G3}(?:aren't|arent|isn't|isnt|not|don't|dont|doesn't|doesnt|do\\s+not|does\\s+not|no\\s+longer)\\s+{G1}(?:working|helping|touching|doing\\s+(?:anything|a\\s+thing|much)|cutting\\s+it|holding|controlling)",
        "(?:can't|cant|cannot|couldn't|couldnt)\\s+{G2}(?:sleep|move|walk|stand|sit|bear\\s+weight|put\\s+weight)\\s+{G3}(?:for|because\\s+of|with|from)\\s+(?:the\\s+)?pain",
      ],
    },
    {
      id: "en.gi_severe", concept: "vomiting_or_dehydration", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:can't|cant|cannot|couldn't|couldnt|unable\\s+to)\\s+keep\\s+{G2}(?:anything|food|fluids?|water|drinks?|it|pills|tablets|meds)\\s+down",
        "(?:vomit\\w*|throwing\\s+up|being\\s+sick|been\\s+sick|puking|threw\\s+up)\\s+{G4}(?:all\\s+(?:day|night|morning)|non\\s+stop|every\\s+(?:hour|time)|since|(?:\\d+|two|three|four|five|six|several|many|lots\\s+of)\\s+times|constantly|can't\\s+stop)",
        "(?:can't|cant|cannot|couldn't|couldnt)\\s+stop\\s+(?:vomiting|throwing\\s+up|being\\s+sick)|(?:keep|kept|keeps)\\s+(?:on\\s+)?(?:being\\s+sick|vomiting|throwing\\s+up)",
        "(?:diarrh\\w*|the\\s+runs)\\s+{G4}(?:all\\s+(?:day|night)|non\\s+stop|(?:\\d+|six|seven|eight|ten|several|many)\\s+times|won't\\s+stop|since|watery|blood)",
        "(?:severe|terrible|awful|really\\s+bad|agonising|excruciating)\\s+{G1}(?:belly|stomach|tummy|abdominal)\\s+(?:pain|ache|cramps?)",
        "(?:belly|stomach|tummy|abdomen)\\s+{G3}(?:rigid|rock\\s+hard|hard\\s+as)",
        "(?:can't|cant|cannot|couldn't|couldnt|unable\\s+to)\\s+{G1}(?:swallow|drink\\s+anything|eat\\s+or\\s+drink|get\\s+(?:anything|fluids?|water)\\s+down)",
        "(?:yellow)\\s+{G2}(?:skin|eyes|whites)|(?:skin|eyes|whites\\s+of\\s+my\\s+eyes)\\s+{G3}yellow\\w*|jaundice\\w*",
      ],
    },
    // ------------------------------------------------------------------ diabetes
    {
      id: "en.hypoglycaemia", concept: "hypoglycaemia", category: "red_flag_symptom", severity: "high",
      patterns: [
        "hypos?\\b(?!\\s+(?:kit|plan|box|treatment|pack|sheet|rules))|hypoglyc\\w*",
        "(?:went|gone|going|go|goes|been|running|dropped|dropping|crashed|crashing|dipped|dipping|tanked)\\s+(?:really\\s+|very\\s+|super\\s+|so\\s+|too\\s+)?low\\b",
        "(?:sugar|sugars|glucose|bg|levels?|reading|numbers?)\\s+{G3}(?:dropped|crashed|tanked|plummeted|bottomed|really\\s+low|very\\s+low|so\\s+low|way\\s+down|through\\s+the\\s+floor)",
        "low\\s+blood\\s+sugars?",
        "(?:drenched|soaked|dripping|pouring)\\s+{G3}(?:sweat\\w*|shak\\w*|trembl\\w*)|(?:sweaty|sweating|clammy)\\s+and\\s+(?:shaky|shaking|trembl\\w*)|(?:shaky|shaking|trembl\\w*)\\s+and\\s+(?:sweaty|sweating|clammy)",
      ],
    },
    {
      id: "en.hyperglycaemia", concept: "hyperglycaemia", category: "red_flag_symptom", severity: "high",
      patterns: [
        "(?:sugar|sugars|glucose|bg|levels?|reading)\\s+{G3}(?:through\\s+the\\s+roof|sky\\s*high|really\\s+high|very\\s+high|so\\s+high|off\\s+the\\s+charts|won't\\s+come\\s+down|not\\s+coming\\s+down)",
        "ketones?\\s+{G3}(?:high|positive|large|moderate|are\\s+up|showing|purple|dark)|(?:high|positive|large)\\s+ketones?",
        "(?:meter|monitor|sensor|reading|machine|sugar|sugars|glucose|bg){S}\\s+{G3}(?:says?|saying|said|shows?|showing|reads?|reading)\\s+(?:just\\s+)?(?:hi|high|lo|low)\\b",
        "fruity\\s+breath",
      ],
    },
    // ------------------------------------------------------------------ allergy / side effects
    {
      id: "en.allergy_airway", concept: "allergic_reaction", category: "severe_side_effect", severity: "urgent",
      patterns: [
        "(?:lips?|tongue|face|throat|eyelids?)\\s+{G3}(?:swell\\w*|swollen|puff\\w*|closing|tighten\\w*)",
        "allergic\\s+reaction|anaphyla\\w*",
      ],
    },
    {
      id: "en.rash", concept: "rash", category: "severe_side_effect", severity: "high",
      patterns: [
        "hives|welts|wheals",
        "(?:rash|rashes|spots|blotches)\\s+{G5}(?:spread\\w*|all\\s+over|blister\\w*|peel\\w*|came\\s+up|come\\s+up|came\\s+out|broke\\s+out|appeared|everywhere|since\\s+i\\s+started|after\\s+(?:taking|starting))",
        "(?:broke|broken|breaking|came|come|coming)\\s+out\\s+in\\s+(?:a\\s+)?(?:rash|hives|spots|blisters|welts)",
        "(?:skin|mouth|lips)\\s+{G3}(?:peel\\w*|blister\\w*)|mouth\\s+(?:ulcers|sores)",
        "rash(?:es)?\\b",
      ],
    },
    // ------------------------------------------------------------------ falls
    {
      id: "en.joint_or_cast", concept: "dislocation_or_compartment", category: "red_flag_symptom", severity: "urgent",
      patterns: [
        "(?:leg|foot|knee|arm){S}\\s+{G4}(?:looks?|is|seems|gone|went)\\s+{G2}(?:shorter|turned\\s+(?:out|in)|twisted|rotated|the\\s+wrong\\s+way)",
        "(?:heard|felt)\\s+{G2}(?:a\\s+)?(?:clunk|pop|crack|snap)\\s+{G4}(?:hip|knee|shoulder|joint|ankle)",
        "(?<=(?:can't|cant|cannot|couldn't|unable\\s+to)\\s+{W2})(?:put|bear|take)\\s+(?:any\\s+)?weight",
        "(?:cast|plaster|splint|brace|bandage){S}\\s+{G4}(?:too\\s+tight|really\\s+tight|very\\s+tight|so\\s+tight|digging\\s+in|cutting\\s+in)",
      ],
    },
    {
      id: "en.stoma_or_tube", concept: "stoma_or_tube_problem", category: "red_flag_symptom", severity: "high",
      patterns: [
        "stoma{S}\\s+{G4}(?:dark|purple|black|grey|gray|blue|bleeding|swollen|retract\\w*|pulled\\s+in|sunk\\w*)",
        "nothing\\s+{G4}(?:out\\s+of|from|in)\\s+(?:my\\s+|the\\s+)?(?:stoma|bag|colostomy|ileostomy)",
        "(?:feeding\\s+tube|peg|drain|chest\\s+drain|nephrostomy|picc\\s+line|line){S}\\s+{G3}(?:came\\s+out|fell\\s+out|pulled\\s+out|come\\s+out|blocked)",
      ],
    },
    {
      id: "en.growing_lump", concept: "growing_lump", category: "red_flag_symptom", severity: "high",
      patterns: ["(?:lump|swelling|bulge){S}\\s+{G6}(?:growing|getting\\s+bigger|bigger\\s+and\\s+bigger|spreading)"],
    },
    {
      id: "en.fetal_movement", concept: "reduced_fetal_movement", category: "red_flag_symptom", severity: "urgent",
      experiencer: "any",
      patterns: [
        "(?:baby|babe|bump){S}\\s+{G4}(?:hasn't|hasnt|has\\s+not|isn't|isnt|not|stopped|barely|hardly)\\s+{G2}(?:moving|moved|kicking|kicked)",
        "(?<=(?:barely|hardly|not|haven't|havent|didn't)\\s+{W2})(?:felt|feel|feeling)\\s+{G3}(?:kicks?|movements?|the\\s+baby\\s+move)",
        "(?:fewer|less|no|reduced)\\s+(?:kicks|fetal\\s+movements?|baby\\s+movements?)",
      ],
    },
    {
      id: "en.fall", concept: "fall", category: "red_flag_symptom", severity: "high",
      patterns: [
        "had\\s+a\\s+(?:bad\\s+)?fall|took\\s+a\\s+(?:tumble|fall)|i\\s+fell(?!\\s+asleep)\\b|i've\\s+fallen|slipped\\s+and\\s+fell|fell\\s+(?:over|down\\s+the)",
        "(?:hit|banged|bumped)\\s+my\\s+head",
      ],
    },
    // ------------------------------------------------------------------ medication problems
    {
      id: "en.med_missed", concept: "missed_dose", category: "medication_problem", severity: "high",
      patterns: [
        "(?:missed|skipped|forgot(?:ten)?|didn't\\s+(?:take|have|do|get)|didnt\\s+(?:take|have|do|get)|haven't\\s+(?:taken|had|been\\s+taking|done)|havent\\s+(?:taken|had|been\\s+taking)|not\\s+(?:taken|been\\s+taking)|never\\s+took)\\s+{G3}{MED}",
        "(?:forgot|forgotten)\\s+to\\s+(?:take|do|give|inject|use|put\\s+in|bolus)",
        "(?:missed|skipped)\\s+(?:it|them|one|a\\s+day|a\\s+couple\\s+of\\s+days|a\\s+few\\s+days|two\\s+days|yesterday|last\\s+night|this\\s+morning)",
        "(?:haven't|havent|have\\s+not|didn't|didnt|did\\s+not)\\s+(?:taken|take|had|used|done)\\s+(?:it|them|any)\\s+(?:since|for|in|yesterday|today|this\\s+week|last\\s+night|this\\s+morning)",
      ],
      needsMedicationContext: true,
    },
    {
      id: "en.med_double", concept: "double_dose", category: "medication_problem", severity: "high",
      patterns: [
        "(?<=(?:took|taken|take|taking|had|given|gave|injected|inject|injecting|did|done|put\\s+in|bolused|bolus|dosed|used|using)\\s+{W4})(?:twice|two\\s+times|double|an\\s+extra|one\\s+extra|extra\\s+(?:dose|pill|tablet|one|shot|units?|injection)|again\\s+by\\s+mistake)",
        "(?:double|doubled|extra)\\s+(?:dose|dosed|bolus|bolused|shot|injection)|doubled?\\s+up\\b",
        "(?:took|taken|had|gave\\s+myself|injected)\\s+(?:another|a\\s+second)\\s*(?:one|dose|pill|tablet|shot|injection|lot)?\\b",
        "(?:did|done|took|taken|had|gave|given|injected|bolused|put)\\s+(?:it|that|one|another|the\\s+\\w+)\\s+(?:in\\s+)?again",
        "{MED}\\s+{G4}(?:twice|two\\s+times|double)",
        "(?:two|2|both|three|3)\\s+(?:of\\s+(?:them|my|the)\\s+)?{MED}\\s+{G3}(?:by\\s+mistake|instead\\s+of\\s+(?:one|1)|accidentally|at\\s+once|together)",
        "overd(?:id|o|one|oing)\\s+{G2}{MED}",
        "(?:too\\s+(?:much|many)|overdos\\w*|more\\s+than\\s+(?:i\\s+should|prescribed|the\\s+label|it\\s+says))\\s+{G2}(?:{MED}|of\\s+(?:it|them)|by\\s+mistake)",
      ],
      needsMedicationContext: true,
    },
    {
      id: "en.med_wrong", concept: "wrong_medicine", category: "medication_problem", severity: "high",
      // the relative is the medicine's owner, not the one who took it: only "I" matters here
      experiencer: "speaker",
      patterns: [
        "(?<=(?:took|taken|take|had|given|gave|injected|used|grabbed)\\s+{W4})(?:wrong|someone\\s+else's|(?:wife|husband|partner|mum|mom|dad|son|daughter|friend|sister|brother|mother|father|roommate)'?s)\\s+{G2}(?:{MED}|ones?|one)",
        "wrong\\s+{G1}{MED}",
        "{MED}\\s+{G6}(?:by\\s+mistake|by\\s+accident|accidentally)",
        "(?:mixed|mix|muddled|swapped)\\s+(?:up\\s+)?{G3}{MED}",
      ],
    },
    {
      id: "en.med_ran_out", concept: "ran_out", category: "medication_problem", severity: "high",
      patterns: [
        "(?:ran|run|running|runs|will\\s+run)\\s+out\\s+of\\s+{G3}{MED}",
        "(?:out\\s+of|no\\s+more|none\\s+left\\s+of|last\\s+(?:one|pill|tablet|dose|pen|vial|cartridge)\\s+of)\\s+{G2}{MED}",
        "{MED}\\s+{G4}(?:ran\\s+out|run\\s+out|running\\s+out|running\\s+low|all\\s+gone|used\\s+up|none\\s+left)",
        "(?<=(?:can't|cant|couldn't|couldnt|cannot|unable\\s+to)\\s+{W2})(?:afford|get\\s+hold\\s+of|pick\\s+up|collect|refill)\\s+{G3}{MED}",
        "(?:pharmacy|chemist|prescription|refill|repeat)\\s+{G4}(?:ran\\s+out|expired|hasn't\\s+come|didn't\\s+have|out\\s+of\\s+stock|won't\\s+(?:give|fill))",
        // about to run out: "only got two days of insulin left"
        "(?:only|just)\\s+(?:got|have|had)\\s+{G4}(?:{MED}|days?|doses?|pens?|vials?|cartridges?)\\s+(?:of\\s+{G2}{MED}\\s+)?left\\b",
        "(?:won't|wont|wouldn't|refused\\s+to|can't|couldn't)\\s+(?:give|renew|issue|sign|do|write)\\s+(?:me\\s+)?(?:a\\s+|another\\s+|my\\s+)?(?:new\\s+|repeat\\s+)?(?:prescription|script|refill)",
      ],
    },
    {
      id: "en.med_stopped", concept: "stopped_medicine", category: "medication_problem", severity: "high",
      patterns: [
        "(?:stopped|stopping|quit|quitting|came\\s+off|coming\\s+off|gave\\s+up|given\\s+up|ditched|binned)\\s+(?:taking\\s+|using\\s+|with\\s+)?{G2}{MED}",
        "(?:stopped|quit|gave\\s+up|came\\s+off|ditched|binned)\\s+(?:taking\\s+|using\\s+)?(?:it|them|those|these|that)\\b",
        "(?:not|no\\s+longer|don't|dont|haven't\\s+been)\\s+(?:taking|using)\\s+(?:it|them|{MED})\\s+(?:any\\s*more|now|since)",
        "(?:not|haven't|havent|have\\s+not)\\s+(?:been\\s+)?(?:taking|using|having|doing)\\s+{G3}{MED}\\s+{G3}(?:for|since|in)\\s+(?:about\\s+|over\\s+|nearly\\s+|almost\\s+)?(?:a|an|\\d+|one|two|three|four|five|six|several|a\\s+few|a\\s+couple\\s+of|ages|weeks|days|monday|tuesday|wednesday|thursday|friday|saturday|sunday|last)\\b",
        "(?:decided|chose)\\s+(?:not\\s+to\\s+take|to\\s+(?:stop|skip|quit|halve|cut\\s+down|reduce|lower|take\\s+less))",
        "(?:halved|halving|cut|cutting|reduced|reducing|lowered|lowering|increased|upped|doubled|changed)\\s+(?:down\\s+)?{G3}(?:dose|doses|dosage|{MED})\\s+{G4}(?:myself|on\\s+my\\s+own|without\\s+(?:asking|telling)|to\\s+make\\s+them\\s+last)",
        "(?:ration\\w*|stretch\\w*\\s+out)\\s+{G3}{MED}|(?:make|making)\\s+(?:them|it|my\\s+[a-z]+|the\\s+[a-z]+)\\s+last\\s+(?:longer|till|until)",
        "(?:only|just)\\s+(?:taking|take)\\s+(?:it|them|{MED})\\s+(?:when|if)\\s+i\\s+(?:feel|need|remember)",
      ],
      needsMedicationContext: true,
    },
    // ------------------------------------------------------------------ emotional distress
    {
      id: "en.self_harm", concept: "self_harm", category: "emotional_distress", severity: "urgent",
      experiencer: "speaker", questionMeansHypothetical: false,
      patterns: [
        // "hurt/cut myself" is often an accident ("cut myself shaving"): only with intent or habit
        "(?:kill|harm)\\w*\\s+myself|self\\s*harm\\w*|end\\w*\\s+my\\s+(?:own\\s+)?life|take\\s+my\\s+own\\s+life",
        "(?<=(?:want|wanted|wanna|going|gonna|thinking|thought|thoughts|urge|urges|tempted|might|could|feel\\s+like|scared\\s+i'll|afraid\\s+i'll)\\s+{W3})(?:hurt|hurting|harm|harming|cut|cutting)\\s+myself",
        "(?:been|keep|kept|started|i've\\s+been)\\s+(?:hurting|harming|cutting|burning)\\s+myself",
        "(?:end|ending)\\s+it\\s+all|suicid\\w*",
        "(?:want|wanna|wish|wished)\\s+(?:to\\s+)?(?:die|be\\s+dead|disappear|not\\s+(?:be\\s+)?(?:here|alive|around))",
        "(?:don't|dont|do\\s+not)\\s+want\\s+to\\s+(?:be\\s+(?:here|alive|around)|live|wake\\s+up|go\\s+on|carry\\s+on|exist)",
        "no\\s+(?:reason|point)\\s+(?:to|in)\\s+(?:live|living|going\\s+on|carrying\\s+on|being\\s+here)",
        "better\\s+off\\s+(?:dead|without\\s+me)",
        "(?:thoughts?|thinking)\\s+(?:of|about)\\s+(?:hurting|harming|killing|ending)",
        "wish\\s+i\\s+(?:was|were|had)\\s+(?:dead|never)",
        "(?:hurt|harm)\\s+(?:the\\s+baby|my\\s+baby|the\\s+kids|my\\s+kids)",
      ],
    },
    {
      id: "en.hopelessness", concept: "hopelessness", category: "emotional_distress", severity: "high",
      experiencer: "speaker", questionMeansHypothetical: false,
      patterns: [
        "(?:don't|dont|do\\s+not|can't|cant)\\s+see\\s+(?:the\\s+|any\\s+|much\\s+)?point",
        "what's\\s+the\\s+(?:point|use)|whats\\s+the\\s+(?:point|use)|no\\s+point\\s+(?:any\\s*more|in\\s+(?:anything|trying|any\\s+of\\s+it|going\\s+on))|why\\s+(?:do\\s+i\\s+)?(?:even\\s+)?bother",
        "hopeless\\w*|(?:lost|losing)\\s+(?:all\\s+)?hope|no\\s+hope\\b",
        "(?:can't|cant|cannot)\\s+(?:cope|go\\s+on|take\\s+(?:it|this|much\\s+more)|do\\s+this\\s+any\\s*more|keep\\s+going|face\\s+(?:it|anything|another))",
        "(?:cry|cries|crying|cried|in\\s+tears|weep\\w*)\\s+{G3}(?:all\\s+(?:day|the\\s+time|night|morning)|every\\s+(?:day|night)|constantly|non\\s+stop|for\\s+no\\s+reason)|(?:can't|cant|cannot)\\s+stop\\s+crying|i\\s+cry\\s+all",
        "better\\s+off\\s+(?:with|without)\\s+(?:someone|somebody|anyone|anybody)(?:\\s+else)?|(?:baby|kids|children|family|everyone|everybody)\\s+(?:would\\s+be|are|is)\\s+better\\s+off|(?:everyone'd|everybody'd|they'd)\\s+be\\s+better\\s+off",
        "(?<=(?:i'm|i\\s+am|i've\\s+been|feel\\w*|getting|been)\\s+{W2})depressed",
        "(?:so|really|very|completely|totally)\\s+(?:depressed|alone|lonely|worthless|useless)\\b",
        "(?:feel|feeling|felt)\\s+(?:like\\s+)?(?:a\\s+)?(?:burden|worthless|useless|failure|empty|nothing)\\b|(?:a|such\\s+a)\\s+burden\\b",
        "panic\\s+attacks?|falling\\s+apart|at\\s+the\\s+end\\s+of\\s+my\\s+(?:rope|tether)",
        // persistent low mood, no way forward
        "(?:can't|cant|cannot|don't|dont)\\s+see\\s+(?:a|any)\\s+(?:way\\s+out|way\\s+forward|light\\s+at|end\\s+to\\s+(?:it|this))|no\\s+way\\s+out|(?:feel|feeling)\\s+(?:so\\s+)?trapped",
        "(?:feel|feeling|felt)\\s+{G2}(?:low|down|flat|empty|miserable|numb)\\s+{G3}(?:all\\s+the\\s+time|every\\s+(?:single\\s+)?day|constantly|for\\s+weeks|most\\s+days|day\\s+and\\s+night|all\\s+day)",
        "(?:nobody|no\\s+one)\\s+(?:cares|would\\s+{G1}(?:care|notice|miss\\s+me))",
      ],
    },
    // ------------------------------------------------------------------ requests for the care team
    {
      id: "en.doctor_request", concept: "doctor_request", category: "doctor_request", severity: "moderate",
      experiencer: "any", questionMeansHypothetical: false,
      // each pattern starts at the rare part (the person, "speak", "appointment"), the rest is a lookbehind
      patterns: [
        "(?<=(?:get|have|ask|tell)\\s+{W3})(?:{CARE_NOUN}|dr\\s+[a-z]+)\\s+{G2}(?:to\\s+)?(?:call|ring|phone|contact|text|email|get\\s+back\\s+to|get\\s+in\\s+touch\\s+with|see|visit)\\s+me",
        "(?<=(?:can|could|would|will)\\s+(?:the\\s+|my\\s+|a\\s+|your\\s+)?)(?:{CARE_NOUN}|dr\\s+[a-z]+)\\s+{G3}(?:call|ring|phone|contact|get\\s+back\\s+to|get\\s+in\\s+touch\\s+with)\\s+me",
        "(?<=(?:want|wanted|need|needed|like|love|prefer|rather|hoping)\\s+{W2})(?<!(?:do|does|did|should|would|will|must|shall)\\s+(?:i|we)\\s+{W3})(?:speak|talk|chat|see|meet)\\s+(?:to\\s+|with\\s+)?{G2}{CARE}",
        "(?<=(?:can|could|may)\\s+i\\s+{W2})(?:speak|talk|chat)\\s+(?:to|with)\\s+{G2}{CARE}",
        "(?:call|ring|phone)\\s+me\\s+back",
        "(?<=(?:like|want|need|get|have|ask)\\s+(?:the\\s+|my\\s+|a\\s+|an\\s+|your\\s+)?)(?:{CARE_NOUN}|dr\\s+[a-z]+)\\s+(?:(?:from|at|in)\\s+(?:the\\s+|my\\s+)?[a-z]+\\s+)?(?:to\\s+)?(?:give\\s+me\\s+a\\s+(?:call|ring|bell)|call\\s+me|ring\\s+me|phone\\s+me|contact\\s+me|get\\s+in\\s+touch)",
        "(?<=(?:like|want|need|get|have|book|make)\\s+{W2})(?<!(?:do|does|did|should|would|will|must|shall)\\s+(?:i|we)\\s+{W3})(?:appointment|callback|call\\s+back|call\\s+from|urgent\\s+appointment)",
        "(?:put|pass|transfer|connect)\\s+me\\s+(?:through|on)\\s+to",
      ],
    },
  ],

  context: {
    negationCues: [
      // pseudo-negations are excluded: "no idea", "not sure", "not only"
      "no(?!\\s+(?:idea|doubt|wonder|matter|problem|longer\\s+sure))", "not(?!\\s+(?:sure|certain|only|just|too\\s+bad))", "never", "without", "none", "nothing", "nor", "neither", "denies", "deny", "free\\s+of",
      "no\\s+signs?\\s+of", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't", "don't", "dont",
      "doesn't", "doesnt", "didn't", "didnt", "haven't", "havent", "hasn't", "hasnt", "hadn't", "nobody",
    ],
    postNegationCues: ["[?,]*\\s*(?:no|none|nope|negative)\\s*(?:[.!?]|$)"],
    terminators: [
      "but", "however", "although", "though", "except", "apart", "aside", "yet", "still", "which", "whereas",
      "instead", "now", "anyway",
    ],
    listJoiners: ["and", "or", "nor"],
    hypotheticalCues: [
      "if", "what\\s+if", "in\\s+case", "supposing", "suppose", "whether", "unless", "in\\s+the\\s+event",
      "should\\s+i\\s+ever", "if\\s+ever", "when\\s+should\\s+i", "how\\s+(?:do|would|will)\\s+i\\s+know",
      "worried\\s+(?:about|that)", "afraid\\s+(?:of|that)", "scared\\s+(?:of|that)", "frightened\\s+(?:of|that)",
      "petrified", "fear", "risk\\s+of", "chance\\s+of", "prevent", "avoid", "signs?\\s+of", "symptoms?\\s+of",
      "watch\\s+(?:out\\s+)?for", "look\\s+out\\s+for", "might", "could\\s+(?:i|it)\\s+(?:get|cause|be)",
      "can\\s+(?:it|they|this|these)\\s+(?:cause|make|give|lead)", "will\\s+i\\s+(?:get|have)", "i'll\\s+(?:get|have)",
      "in\\s+future", "say",
    ],
    hypotheticalExceptions: [
      "if\\s+i'm\\s+honest", "if\\s+i\\s+am\\s+honest", "if\\s+you\\s+ask\\s+me", "as\\s+if", "if\\s+that\\s+makes\\s+sense",
      "if\\s+that's\\s+(?:ok|okay|alright|all\\s+right)", "if\\s+anything", "even\\s+if", "say\\s+(?:so|that)",
      // "I might have doubled up" reports a past event, it does not imagine one
      "(?:might|may|could)\\s+have",
      // "if" meaning "whether" after verbs of knowing: "I couldn't remember if I had"
      "(?:remember|recall|know|sure|wonder|wondering|wondered|check|checking|see|ask|asked|tell|find\\s+out|forget|forgot)\\s+if",
    ],
    reportedInformationCues: [
      "(?:leaflet|sheet|paper|papers|handout|booklet|instructions|internet|google|website|article|label|insert|pamphlet)\\s+(?:says|said|mentions|mentioned|lists|listed|warns|warned|talks\\s+about|makes\\s+a\\s+big\\s+deal)",
      "read\\s+(?:on|in|that|online|somewhere)",
    ],
    historicalCues: [
      "last\\s+(?:week|month|year|winter|summer|spring|autumn|fall|christmas|time)", "years?\\s+ago", "months?\\s+ago",
      "weeks\\s+ago", "a\\s+while\\s+(?:ago|back)", "long\\s+time\\s+ago", "when\\s+i\\s+was\\s+(?:younger|a\\s+kid|little|a\\s+child|pregnant|on)",
      "as\\s+a\\s+(?:child|kid)", "back\\s+when", "used\\s+to", "in\\s+the\\s+past", "before\\s+(?:the|my)\\s+(?:surgery|operation|op|procedure|diagnosis)",
      "previously", "the\\s+first\\s+(?:day|week|night|few\\s+days)",
    ],
    ongoingCues: ["since", "for\\s+the", "over\\s+the", "all\\s+through", "ever\\s+since", "still"],
    resolutionCues: [
      "(?:is|are|has|have|it's|its|that's|thats)\\s+(?:all\\s+|completely\\s+|totally\\s+|pretty\\s+much\\s+|already\\s+)?(?:gone|resolved|cleared(?:\\s+up)?|settled(?:\\s+down)?|stopped|passed|disappeared)",
      "(?:all|already)\\s+gone", "gone\\s+now", "went\\s+away", "cleared\\s+up", "settled\\s+down",
      "(?:hasn't|hasnt|haven't|havent|has\\s+not)\\s+(?:come\\s+back|happened\\s+again|had\\s+(?:it|any|one)\\s+since|returned)",
      "no\\s+longer", "not\\s+any\\s*more", "it\\s+(?:stopped|went\\s+away|cleared\\s+up|settled|eased\\s+off|passed)\\b", "(?:much|a\\s+lot|way|loads|lots|heaps)\\s+better\\s+now", "back\\s+to\\s+normal",
      "(?:steady|fine|good|okay|ok|right)\\s+(?:as\\s+a\\s+rock\\s+)?since", "barely\\s+notice",
      "(?:been|it's|is)\\s+(?:[a-z]+\\s+){0,2}(?:fine|dry|clean|okay|ok|good|normal|better|settled|clear)\\s+(?:ever\\s+)?since",
    ],
    recencyCues: [
      "today", "tonight", "this\\s+(?:morning|afternoon|evening)", "last\\s+night", "yesterday", "an?\\s+hour\\s+ago",
      "hours\\s+ago", "just\\s+now", "earlier", "minutes\\s+ago",
    ],
    expectedCues: [
      // the care team said to expect it
      "(?:said|says|told\\s+(?:me|us)|warned\\s+(?:me|us)|mentioned|explained)\\s+(?:that\\s+)?(?:[a-z']+\\s+){0,5}(?:would|normal|expect\\w*|common|happen|usual|typical)",
      "warn(?:ed)?\\s+(?:me|us)\\s+about",
      "(?:that's|thats|it's|its|which\\s+is|which's|is|was|being)\\s+(?:totally\\s+|completely\\s+|perfectly\\s+|pretty\\s+|quite\\s+)?(?:normal|expected|to\\s+be\\s+expected)",
      "as\\s+expected", "par\\s+for\\s+the\\s+course",
      // the patient is fine with it (applies to moderate and high findings, never urgent ones)
      "(?:doesn't|does\\s+not|don't|dont)\\s+(?:worry|bother)\\s+me", "not\\s+(?:too\\s+|that\\s+)?(?:bothered|fussed)",
      "i'm\\s+(?:managing|coping)", "take\\s+the\\s+edge\\s+off",
      // the patient's own baseline
      "always\\s+(?:have|had|been|am|do)\\b", "normal\\s+for\\s+me", "usual\\s+for\\s+me", "same\\s+as\\s+(?:always|usual|ever)", "no\\s+worse\\s+than\\s+(?:usual|normal)",
    ],
    thirdPartyNouns: [
      "husband", "wife", "partner", "boyfriend", "girlfriend", "son", "daughter", "kids?", "child", "children",
      "baby", "mother", "mom", "mum", "mam", "mommy", "mummy", "father", "dad", "daddy", "brother", "sister",
      "aunt", "auntie", "uncle", "cousin", "grandma", "grandmother", "nan", "nana", "nanna", "granny", "grandpa",
      "grandfather", "granddad", "grandad", "grandson", "granddaughter", "grandchild", "grandkids?", "nephew", "niece",
      "friend", "mate", "neighbou?r", "colleague", "coworker", "co-worker", "boss", "manager", "roommate",
      "flatmate", "in-laws?", "mother-in-law", "father-in-law", "dog", "cat", "family",
    ],
    thirdPartyPronouns: ["he", "she", "he's", "she's", "his", "her", "him"],
    firstPersonCues: ["i", "i'm", "im", "i've", "ive", "i'd", "i'll", "me", "my", "mine", "myself"],
    presentStateCues: [
      "i'm", "im", "i\\s+am", "i've", "ive", "i\\s+have", "i\\s+keep", "i\\s+still", "i\\s+get", "i\\s+feel", "i\\s+got",
      "my\\s+\\w+\\s+(?:is|are|has|have|keeps|feels|looks|went|gone)", "since", "right\\s+now", "at\\s+the\\s+moment",
      "currently", "today", "this\\s+morning", "tonight", "last\\s+night", "yesterday", "lately", "still",
    ],
    sanctionedChangeCues: [
      "(?:told|advised|instructed|asked)\\s+me\\s+to", "(?:said|says)\\s+to\\s+(?:stop|skip|hold|take)",
      "as\\s+(?:instructed|prescribed|directed|planned)", "on\\s+(?:the\\s+)?(?:doctor's|nurse's|surgeon's)\\s+(?:advice|orders)",
      "before\\s+(?:the|my)\\s+(?:surgery|operation|procedure|op|scan|test|colonoscopy)",
      "(?:course|prescription)\\s+{G2}(?:finished|ended|is\\s+over|was\\s+over|done|completed|is\\s+up)|(?:finished|completed)\\s+(?:the|my)\\s+(?:[a-z]+\\s+)?course",
    ],
    medicationContext: [
      "{MED}", "took", "taken", "take", "dose", "dosed", "bolus\\w*", "inject\\w*", "jab", "shot", "units",
    ],
  },

  questions: {
    clauseMarkers: [
      "so", "and", "but", "or", "then", "now", "also", "okay", "ok", "well", "right", "anyway", "um+", "uh+", "er+",
      "erm", "like", "oh", "yeah", "hey", "just", "tho", "though", "alright", "plus", "actually", "cause", "because",
    ],
    fillers: [
      "um+", "uh+", "er+", "erm", "like", "so", "and", "just", "oh", "well", "ok", "okay", "yeah", "right", "also",
      "then", "but", "now", "real\\s+quick", "quickly", "honestly", "basically", "i\\s+mean", "you\\s+know",
    ],
    clauseInitialCues: [
      // auxiliary inversion: "can I", "should I", "is it", "do I", "does it", "am I allowed"
      "(?:can|could|should|shall|will|would|may|might|must|is|are|am|was|were)\\s+(?:i|you|we|they|he|she|it|this|that|these|those|there|the|my|your|his|her|our|their|a|an|any|anyone|anybody|someone|somebody|people|one|u|ya|mine)\\b(?=\\s+\\S)",
      "do\\s+(?:i|you|we|they|u|ya|people|the|my|your|these|those|any|anyone|anybody)\\b(?=\\s+\\S)",
      "(?:does|did)\\s+(?:i|you|we|they|he|she|it|this|that|u|ya|people|the|my|your|these|those|any|anyone|anybody)\\b(?=\\s+\\S)",
      "(?:have|has)\\s+(?:i|you|we|they|he|she|it)\\s+(?:got|been|had|to|ever|already|any)\\b",
      // wh-questions with contraction: "what's", "when's", "hows"
      "(?:what|when|where|who|why|how)(?:'s|'re|'ll|'d|s)\\b(?!\\s+(?:up|that\\s+for))",
      "how\\s+(?:quickly|fast|early|late|big|bad|come|else)\\b",
      "(?:what|how)\\s+about\\b", "what\\s+(?:if|else|now|then)\\b", "why\\s+not\\b",
      "any\\s+(?:[a-z]+\\s+)?(?:idea|ideas|chance|advice|tips?|tricks?|suggestions?|recommendations?|thoughts|way|reason|need)\\b",
    ],
    clauseInitialCuesNeedingMark: [
      "(?:what|which|who)\\s+(?:is|are|was|were|does|do|did|can|could|should|would|will|has|have)\\b",
      "(?:what|which|whose)\\s+(?:[a-z]+\\s+){1,2}(?:is|are|was|were)\\b",
      "(?:what|who|which)\\s+(?:happens|happened|counts|means|helps|works|decides|matters|causes)\\b",
      // "Is swelling normal?", "Does alcohol affect it?": inversion with any subject, in a "?" sentence
      "(?:is|are|was|were|does|do|did|can|could|should|will|would|has|have|may)\\s+[a-z']+\\s+[a-z]",
      "(?:isn't|isnt|aren't|arent|wasn't|don't|dont|doesn't|doesnt|didn't|didnt|can't|cant|won't|wont|shouldn't|wouldn't|couldn't|haven't|hasn't)\\s+(?:i|you|we|it|that|this|there|they|he|she)\\b",
      "(?:i|we|you)\\s+(?:can|could|should|shouldn't|can't|need\\s+to|have\\s+to|must|am\\s+allowed|am\\s+supposed)\\b|(?:i'm|we're)\\s+(?:allowed|supposed)\\b",
    ],
    clauseInitialCuesWhenUnpunctuated: [
      "(?:is|would)\\s+(?:it|that|this)\\s+(?:be\\s+)?(?:ok|okay|alright|all\\s+right|fine|safe|normal|bad)\\b",
    ],
    indirectCues: [
      // interrogative syntax that is a question wherever it stands in run-on speech:
      // wh-word + auxiliary + subject ("...crusty how am I supposed to clean that"),
      "(?:what|when|where|why|how)\\s+(?:(?!(?:i|you|he|she|it|we|they|i'm|i've|it's|to)\\b)[a-z']+\\s+){0,3}(?:can|could|should|shall|will|would|may|might|must|do|does|did|is|are|am|was|were|have|has)\\s+(?:i|you|we|they|he|she|it|this|that|these|those|there|the|my|your|a|an|any|people|one)\\b",
      "(?<!(?:said|say|says|told\\s+(?:me|us)|tell\\s+(?:me|us)|explained|mentioned|asked|asked\\s+(?:me|us|him|her|them)|know|knows)\\s)how\\s+(?:long|much|many|often|soon|far)\\b",
      // "...since saturday is that something to worry about": asking whether something is OK
      "(?<!(?:thing|problem|point|trouble|worry|reason|question|fact|issue|idea|plan|deal|truth)\\s)(?:is|was)\\s+(?:that|it|this)\\s+(?:normal|ok|okay|alright|bad|serious|dangerous|safe|true|common|expected|worrying|concerning|something\\s+to|a\\s+(?:problem|worry|concern|sign|side|bad|good|normal))\\b",
      // and a modal before "I"/"we", which in English only happens in a question ("...with the bag can I take one")
      "(?<!(?:so|neither|nor|than|as|what|how|where|when|why|who|which|if|whatever|wherever|whenever|however|i|we|you|they|he|she|it)\\s)(?:can|could|should|would|will|may|might|must|shall|do|does|did|am)\\s+(?:i|we)\\b(?=\\s+(?!(?:mean|guess|think|suppose)\\b)[a-z])",
      "i\\s+(?:was|am|were)\\s+(?:just\\s+)?wondering", "i'm\\s+(?:just\\s+)?wondering", "wondering\\s+(?:if|whether|about|what|how|when)",
      "i\\s+wonder(?:ed)?\\s+(?:if|whether|what|when|how|why|where|which|who)",
      "(?:i'm|i\\s+am|i\\s+was|i\\s+wasn't|i'm\\s+not|not)\\s+(?:[a-z']+,?\\s+)?sure\\s+(?:if|whether|what|when|how|why|where|which)\\b(?!\\s+(?:else\\s+)?to\\s+(?:say|tell))",
      // "I don't know if I should..." asks; "I don't know how people manage" does not
      "(?:i\\s+)?(?:don't|dont|do\\s+not)\\s+(?:really\\s+)?(?:know|understand|get)\\s+(?:if|whether|what|when|how|why|where|which)\\b(?!\\s+(?:people|they|anyone|anybody|everyone|others|folks|he|she|else|to\\s+say)\\b)",
      "(?:want(?:ed)?|need(?:ed)?|would\\s+like|i'd\\s+like|we'd\\s+like|wanna)\\s+to\\s+(?:know|ask|check|find\\s+out|understand|make\\s+sure)",
      // "I forgot which bag is for night" asks; "I can't remember if I took it" tells what happened
      "(?:forgot|forget|forgotten|can't\\s+remember|cant\\s+remember|don't\\s+remember|dont\\s+remember)\\s+(?:[a-z']+,?\\s+){0,2}(?:what|which|when|how|where|if|whether)\\b(?!\\s+(?:i|we)\\s+(?:took|had|did|was|were|put|used|gave|said|left)\\b)",
      "(?:do|would)\\s+you\\s+(?:happen\\s+to\\s+)?know\\s+(?:if|whether|what|when|how|why|where|which|anything)",
      "(?:my|the|one|another|other|last|quick|next|big|main)\\s+(?:[a-z']+,?\\s+)?question\\s+(?:is|was)",
      "what\\s+i\\s+(?:[a-z']+,?\\s+){0,2}(?:meant|wanted|want|need(?:ed)?|was\\s+going)\\s+to\\s+(?:ask|know)",
      "(?:have|got|had)\\s+a\\s+(?:quick\\s+)?question\\s+(?:about|on|for)",
      "(?:tell|remind|show)\\s+me\\s+(?:about|how|what|when|where|which|why|if|whether|again|more)",
      "(?:walk|talk|take)\\s+me\\s+through", "(?:go|run)\\s+(?:through|over)\\s+(?:[a-z']+\\s+){0,4}(?:again|for\\s+me|with\\s+me|one\\s+more\\s+time)",
      "(?:can|could|would)\\s+you\\s+(?:please\\s+)?(?:tell|explain|remind|go\\s+(?:over|through)|walk|describe|clarify|repeat|help\\s+me\\s+understand)",
      "explain\\s+(?:to\\s+me\\s+)?(?:how|what|when|why|the|again)", "help\\s+me\\s+understand",
      "i\\s+need\\s+to\\s+know", "(?:just\\s+)?checking\\s+(?:if|whether|that)",
    ],
    accentedInterrogatives: [],
    nonQuestions: [
      "what\\s+a\\b", "what's\\s+the\\s+(?:point|use)", "whats\\s+the\\s+(?:point|use)",
      "how\\s+(?:lovely|nice|kind|sweet|funny|awful|terrible|wonderful|great|good|silly|stupid|exciting|annoying|clever)\\b",
      "how\\s+are\\s+(?:you|things|ya)", "how's\\s+(?:it\\s+going|things|your\\s+day)", "how\\s+(?:have|are)\\s+you\\s+been",
      "how\\s+do\\s+you\\s+do", "what's\\s+up", "what\\s+can\\s+(?:you|i|we|one)\\s+(?:do|say)", "who\\s+(?:cares|knows)",
      "how\\s+(?:should|would)\\s+i\\s+know", "what\\s+do\\s+you\\s+(?:know|expect)", "you\\s+know\\s+what", "guess\\s+what",
      "where\\s+was\\s+i\\b", "what\\s+was\\s+i\\s+saying", "know\\s+what\\s+i\\s+mean", "would\\s+you\\s+believe",
      "can\\s+you\\s+believe", "(?:can|could|may)\\s+i\\s+(?:just\\s+)?(?:tell|ask|say|mention|share)\\s+(?:you\\s+)?(?:something|a\\s+(?:question|thing)|one\\s+(?:more\\s+)?thing|that)",
      "why\\s+(?:do\\s+i\\s+)?(?:even\\s+)?bother", "are\\s+you\\s+(?:still\\s+)?there", "can\\s+you\\s+hear\\s+me", "why\\s+me\\b",
      // asking to repeat, or checking the agent's last words: not a new question
      "(?:can|could|would)\\s+you\\s+(?:please\\s+)?(?:say|repeat)\\s+(?:that|it)(?:\\s+again)?", "come\\s+again", "what\\s+was\\s+that\\b(?!\\s+(?:about|for))",
      "(?:is|was)\\s+that\\s+(?:right|correct|it|all)(?=\\s*(?:[?.!,]|$))", "who\\s+knew", "how\\s+(?:do|can|should)\\s+i\\s+(?:put|say)\\s+(?:this|it)",
      "what's\\s+it\\s+called|what\\s+do\\s+you\\s+call\\s+(?:it|them)",
      "(?:(?:i'm|i\\s+am|i\\s+was)\\s+not\\s+sure|(?:i\\s+)?(?:don't|dont)\\s+know)\\s+what\\s+(?:else\\s+)?to\\s+(?:say|tell\\s+you)",
      "is\\s+(?:that|this)\\s+(?:ok|okay|alright|all\\s+right)\\s+with\\s+you",
    ],
    tags: [
      "right", "yeah", "yes", "no", "ok", "okay", "correct", "you\\s+know", "innit", "eh", "huh",
      "isn't\\s+(?:it|he|she|that|there)", "aren't\\s+(?:they|you|we)", "won't\\s+(?:he|she|it|they|i|you)",
      "wouldn't\\s+(?:he|she|it|they|you)", "don't\\s+(?:you|they|i)(?:\\s+think)?", "didn't\\s+(?:i|you|he|she|they|it)",
      "doesn't\\s+(?:it|he|she)", "wasn't\\s+(?:it|he|she)", "hasn't\\s+(?:it|he|she)", "haven't\\s+(?:i|you|they)",
      "can't\\s+(?:i|you|they|it)", "shouldn't\\s+(?:i|it)", "is\\s+it", "do\\s+you", "am\\s+i\\s+right", "do\\s+you\\s+think",
    ],
    evaluativeCues: [
      "(?:i|we)\\s+(?:can|could|should|shouldn't|can't|need\\s+to|have\\s+to|must|am\\s+allowed|am\\s+supposed|am\\s+ok\\s+to)\\b|(?:i'm|we're)\\s+(?:allowed|supposed|okay\\s+to|ok\\s+to|fine\\s+to)\\b",
      "(?:it's|its|that's|thats|it\\s+is|that\\s+is|this\\s+is|those\\s+are|they're)\\s+(?:[a-z']+,?\\s+){0,2}(?:ok|okay|fine|safe|alright|all\\s+right|normal|bad|dangerous|a\\s+problem|allowed|better|worse|worth\\s+it|enough|too\\s+much)\\b",
    ],
    escalationQuestions: [
      "what\\s+(?:should|do|would|must|can)\\s+i\\s+do|what\\s+(?:happens|if)|when\\s+(?:should|do|must)\\s+i\\s+(?:call|ring|worry|go|get|seek)",
      "should\\s+i\\s+(?:call|ring|phone|go|worry|be\\s+(?:worried|concerned))|who\\s+(?:should|do)\\s+i\\s+(?:call|ring|contact)|is\\s+(?:that|it|this)\\s+(?:an\\s+)?emergency",
    ],
    reservedDecisions: [
      "double|extra\\s+(?:dose|pill|tablet|one|shot|units?)|another\\s+(?:dose|pill|tablet|one|shot)|more\\s+(?:of\\s+(?:it|them|the)|insulin|units|tablets|pills|than)",
      "less\\s+(?:insulin|of\\s+(?:it|them|the))|increase|decrease|raise|lower|reduce|cut\\s+(?:it\\s+)?(?:down|back)|halve|half\\s+(?:a|the)\\s+(?:dose|pill|tablet)",
      "skip\\w*|stop\\s+(?:taking|the|my|it)|come\\s+off|up\\s+(?:the|my)\\s+dose|turn\\s+(?:[a-z']+\\s+){0,3}(?:down|up)|doses?|dosage|dose\\s+go",
      "how\\s+much\\s+(?:should|do|can|am)\\s+i\\s+(?:take|have|use|inject|give|eat)|how\\s+many\\s+(?:units|pills|tablets)",
      "could\\s+(?:it|this|that)\\s+be|what(?:'s|\\s+is)\\s+(?:causing|wrong)|is\\s+(?:that|this|it)\\s+just|do\\s+i\\s+have\\s+(?:a|an)\\b",
      "switch\\s+(?:to|me|over)|(?:put|start)\\s+me\\s+on|change\\s+(?:me\\s+)?(?:to|my|the)\\s+(?:pill|tablet|medicine|medication|dose)",
    ],
    acknowledgements: [
      "really", "seriously", "sorry", "pardon", "what", "huh", "eh", "hello", "hi", "okay", "ok", "right", "yeah",
      "yes", "no", "sure", "oh", "oh\\s+really", "is\\s+it", "are\\s+you\\s+sure", "you\\s+there", "hm+", "um+",
    ],
  },

  replies: {
    deflection: [
      // the agent cannot or will not say
      "i\\s+(?:can't|cant|cannot|can\\s+not|am\\s+not\\s+able\\s+to|am\\s+unable\\s+to|am\\s+not\\s+in\\s+a\\s+position\\s+to|won't\\s+be\\s+able\\s+to)\\s+{G3}(?:advise|recommend|say|tell|comment|answer|approve|give|decide|diagnose|change|adjust|confirm|speak|weigh|offer|suggest|guide|help\\s+with\\s+(?:that|this)|make\\s+(?:that|this)|know|be\\s+sure)",
      "(?:i'm|i\\s+am)\\s+(?:not\\s+able\\s+to|unable\\s+to|not\\s+in\\s+a\\s+position\\s+to|not\\s+the\\s+right\\s+(?:person|one))",
      "(?:isn't|is\\s+not|aren't|are\\s+not|not)\\s+(?:really\\s+)?(?:something|anything|a\\s+(?:question|decision|thing))\\s+(?:that\\s+)?i\\s+(?:can|could|am\\s+able|'m\\s+able)",
      "i\\s+(?:don't|do\\s+not)\\s+(?:have|see)\\s+{G3}(?:information|details|guidance|anything|that|specific\\w*)\\s+{G4}(?:in|on|about|from)\\s+{G2}(?:materials|information|notes|handouts?|sheets?|instructions|resources|documents|records|knowledge)",
      "(?:my|the|your)\\s+(?:materials|information|notes|handouts?|sheets?|instructions|resources|documents)\\s+(?:don't|do\\s+not|doesn't|does\\s+not)\\s+(?:cover|say|mention|include|go\\s+into|address|specify)",
      "(?:not|isn't|aren't)\\s+(?:covered|included|mentioned|addressed|something\\s+covered)\\s+(?:in|by)\\b",
      "(?:outside|beyond)\\s+(?:what\\s+i|the\\s+scope|my\\s+(?:scope|role|materials))",
      "i\\s+(?:don't|do\\s+not)\\s+know\\b", "i'm\\s+not\\s+(?:sure|certain)\\b", "i\\s+am\\s+not\\s+(?:sure|certain)\\b",
      // steering away
      "let's\\s+(?:keep|stay|stick|focus|get\\s+back|go\\s+back|come\\s+back)\\s+(?:to|on|with)\\b",
      "(?:i'm|i\\s+am)\\s+(?:here|only\\s+able|set\\s+up|designed)\\s+to\\s+(?:help|talk|answer|go\\s+over)\\s+(?:with|about)",
      // the care team decides instead of an answer
      "(?:decision|decide[sd]?|deciding|determine[sd]?|judge[sd]?|judgement|judgment|conversation|discussion)\\s+{G4}{CLIN}",
      "{CLIN}(?:'s)?\\s+(?:[a-z']+,?\\s+){0,4}(?:decides?|determines?|makes?|will\\s+(?:decide|plan|work|talk|go|give|let|tell|advise|guide|confirm|review|discuss|look|judge|need\\s+to\\s+tell|want\\s+to\\s+talk|set|adjust)|would\\s+want\\s+to|can\\s+(?:advise|tell|confirm|look|help\\s+you\\s+decide|go\\s+through|talk|work)|adjusts|works?\\s+out|plans\\s+(?:it|this|that|your)|judges|is\\s+the\\s+best)",
      "(?:set|decided|determined|worked\\s+out|planned|judged|adjusted|chosen|tailored|decided\\s+on|arranged|booked|scheduled|organi[sz]ed)\\s+(?:[a-z']+,?\\s+){0,4}by\\s+{G2}{CLIN}",
      "(?:good|great|important|right|worth|best|sensible)\\s+(?:[a-z]+\\s+)?to\\s+(?:discuss|raise|bring\\s+up|ask\\s+about|talk\\s+about|talk\\s+through|mention|go\\s+over)\\b",
      "(?:best|better)\\s+(?:planned|discussed|decided|answered|asked|handled|checked)\\s+(?:with|by)\\b",
      "(?:best|right|better)\\s+(?:person|people|place)\\s+to\\s+(?:ask|answer|go|talk|discuss|decide|advise|look|help)",
      "(?:best|better)\\s+placed\\s+to",
      "ask\\s+(?:them|him|her|your\\s+\\w+|the\\s+\\w+)\\s+{G3}(?:when\\s+you\\s+(?:call|see|speak)|at\\s+your|about\\s+(?:it|that|this))",
      "(?:different|varies|vary)\\s+(?:for|from|with)\\s+(?:every|each)\\s+(?:patient|person)|(?:person|patient|case)\\s+by\\s+(?:person|patient|case)",
      "every\\s+(?:recovery|patient|person|case|body|situation)\\s+is\\s+(?:different|unique)|no\\s+one\\s+size\\s+fits\\s+all",
      "(?:hard|difficult|impossible)\\s+(?:for\\s+me\\s+)?to\\s+(?:say|predict|give\\s+(?:you\\s+)?(?:a|an)\\s+(?:exact|specific|definite))|(?:can't|cannot)\\s+give\\s+(?:you\\s+)?(?:a|an)\\s+(?:exact|specific|definite|precise)",
      "depends\\s+on\\s+(?:a\\s+lot\\s+of|lots\\s+of|many|several|so\\s+many)\\s+(?:things|factors)|(?:lots|a\\s+lot|many|several)\\s+of\\s+factors",
      "individual(?:ly|ised|ized)?\\s+(?:basis|decision|plan|for\\s+you)|worked\\s+out\\s+for\\s+you\\s+individually|for\\s+each\\s+(?:patient|person)\\b|planned\\s+around\\s+(?:each|every)",
      "(?:bring|raise|mention|ask\\s+about|jot|write|note|add)\\s+{G6}(?:follow\\s*up|appointment|next\\s+visit|your\\s+visit|review|check\\s*up|when\\s+you\\s+(?:call|see|speak))",
      "(?:good|great|important|right)\\s+(?:one|question|thing|moment|time|place|opportunity)\\s+to\\s+(?:bring|ask|raise|mention|discuss)",
      "bring\\s+(?:it|that|this)\\s+up|(?:worth|well\\s+worth)\\s+(?:bringing|asking|raising|mentioning)",
      "something\\s+(?:your|the)\\s+(?:[a-z']+,?\\s+){0,2}{CLIN}",
      "(?:they'll|they\\s+will|we'll|{CLIN}\\s+will)\\s+(?:give\\s+you|send\\s+you|tell\\s+you|let\\s+you\\s+know)\\s+(?:the\\s+date|when|the\\s+day|your\\s+appointment)",
      "(?:one|question|something|matter)\\s+for\\s+(?:(?:your|the)\\s+(?:[a-z']+\\s+)?{CLIN}|(?:dr|doctor|professor|nurse|mr|ms|mrs)\\b)",
      // passing the question on instead of answering it
      "(?:i'll|i\\s+will|i've|i\\s+have|let\\s+me)\\s+(?:make\\s+a\\s+note|note|noted|pass|passed|flag|flagged|log|logged|record|recorded|add|added|send|sent|put)\\s+{G4}(?:on\\s+to|to|for|with|in)\\s+{G2}(?:team|{CLIN}|care|notes|record|file|chart)",
      "(?:check|checking|speak|speaking|talk|talking|consult\\w*|ask|asking|discuss\\w*|raise|raising|go\\s+over|going\\s+over)\\s+(?:it\\s+|that\\s+|this\\s+)?(?:with|to)\\s+(?:(?:your|the)\\s+(?:[a-z']+\\s+)?{CLIN}|dr\\b|doctor\\b)",
      "(?:recommend|suggest|best|better|advise)\\s+{G3}(?:checking|asking|speaking|talking|consulting|raising|discussing)",
      "will\\s+be\\s+(?:able|happy|best\\s+placed|the\\s+best\\s+people)\\s+to\\s+(?:go\\s+over|go\\s+through|answer|advise|explain|discuss|help\\s+with|tell)",
    ],
    empathy: [
      "^(?:[a-z]+,\\s+)?i\\s+(?:understand|hear|can\\s+(?:see|tell|imagine|hear|understand)|know\\s+(?:how|it|that))",
      "^(?:[a-z]+,\\s+)?(?:it's|it\\s+is)\\s+(?:completely\\s+|totally\\s+|very\\s+|so\\s+|really\\s+)?(?:understandable|natural|lovely|great|good\\s+that|wonderful)",
      "^(?:[a-z]+,\\s+)?(?:that's|that\\s+is)\\s+(?:a\\s+|such\\s+a\\s+)?(?:great|good|fair|common|thoughtful|important|really\\s+good|very\\s+common|lovely|wonderful|understandable|completely\\s+understandable|hard|tough|frustrating)\\s+(?:question|one|thing|point|worry|concern|idea|plan|news)",
      "^(?:[a-z]+,\\s+)?(?:that|it)\\s+sounds\\s+(?:like\\s+a\\s+(?:lovely|wonderful|great|hard|tough|nice)|lovely|wonderful|great|hard|tough|frustrating|difficult|exciting|miserable)",
      "^(?:[a-z]+,\\s+)?(?:i'm|i\\s+am)\\s+(?:so\\s+|really\\s+|very\\s+)?(?:sorry|glad|happy\\s+to\\s+hear)",
      "^(?:[a-z]+,\\s+)?(?:thank\\s+you|thanks)\\s+(?:for|so\\s+much)",
      "^(?:[a-z]+,\\s+)?(?:it\\s+makes\\s+sense\\s+that|you're\\s+(?:very\\s+)?welcome|happy\\s+to\\s+help|no\\s+problem)",
      "\\bis\\s+one\\s+of\\s+the\\s+(?:most\\s+common\\s+)?questions\\b|a\\s+lot\\s+of\\s+people\\s+(?:ask|wonder|worry)",
    ],
    meta: [
      "before\\s+we\\s+get\\s+to", "before\\s+(?:the|that|your)\\s+(?:[a-z']+,?\\s+){0,3}(?:i\\s+(?:want|need|have)|let\\s+me)",
      "i'll\\s+(?:come|get)\\s+(?:back\\s+)?to", "let\\s+me\\s+(?:just\\s+)?(?:stop|pause|come\\s+back|go\\s+back)",
      "i\\s+(?:want|need)\\s+to\\s+(?:stop|pause|come\\s+back|go\\s+back|address|flag|focus)",
      "(?:but\\s+)?first,?\\s+(?:let's|i\\s+want|i\\s+need|last\\s+night|what\\s+you)",
    ],
    urgentReferral: [
      "(?:call|ring|phone|contact|go\\s+to|get\\s+to|head\\s+to|seek|attend|visit|be\\s+seen)\\s+{G6}(?:now|today|tonight|right\\s+away|straight\\s+away|immediately|as\\s+soon\\s+as|urgent\\w*|emergency|a&e|a\\s+and\\s+e|er\\b|911|999|112|988|this\\s+afternoon|this\\s+evening|this\\s+morning)",
      "(?:needs?|need)\\s+(?:to\\s+)?(?:be\\s+)?(?:checked|seen|looked\\s+at|assessed|examined|evaluated|reported)\\s+(?:[a-z']+,?\\s+){0,3}(?:now|today|right\\s+away|straight\\s+away|immediately|promptly|urgently|not\\s+at)",
      "(?:needs?|wants?|would\\s+want)\\s+to\\s+(?:hear|know)\\s+about\\s+(?:this|that|it|them)",
      "(?:please\\s+)?(?:don't|do\\s+not)\\s+wait",
      "(?:should|must|need\\s+to)\\s+be\\s+reported\\s+(?:right\\s+away|straight\\s+away|immediately|today|promptly)",
      "warning\\s+signs?|emergency\\s+(?:department|room)|urgent\\s+(?:care|attention)|\\b(?:911|999|112|988)\\b",
      "make\\s+that\\s+call|that\\s+(?:phone\\s+)?call\\s+(?:now|today|right\\s+away)",
      "(?:ask|get)\\s+{G4}(?:to\\s+)?(?:look\\s+at|check|see)\\s+{G3}(?:today|now|right\\s+away|straight\\s+away|as\\s+soon\\s+as)",
    ],
    conditionalEscalation: [
      "^(?:[a-z]+,\\s+)?(?:and\\s+)?(?:if|should\\s+you|in\\s+case|unless|whenever)\\b",
      "(?:right\\s+away|straight\\s+away|immediately|now|today|urgently|promptly)\\s+(?:if|should|in\\s+case|whenever|when)\\b",
      "warning\\s+signs?|watch\\s+(?:out\\s+)?for|look\\s+out\\s+for|keep\\s+an\\s+eye",
    ],
    logisticsWords: [
      "call", "calling", "ring", "phone", "clinic", "office", "practice", "centre", "center", "team", "today", "now",
      "right", "away", "straight", "please", "doctor", "nurse", "emergency", "department", "hospital", "urgent", "care",
      "immediately", "sheet", "instructions", "plan", "thank", "thanks", "telling", "know", "let", "line", "number",
    ],
    interim: [
      "^(?:[a-z]+,\\s+)?(?:in\\s+the\\s+meantime|meanwhile|until\\s+(?:then|you've\\s+(?:spoken|talked|heard)|you\\s+(?:speak|talk|hear)|they\\s+(?:call|get\\s+back)))",
      "the\\s+most\\s+(?:useful|important)\\s+(?:step|thing)\\s+(?:right\\s+)?now",
      "^(?:[a-z]+,\\s+)?what\\s+(?:i\\s+can\\s+(?:tell|say)|(?:your|the)\\s+(?:[a-z']+,?\\s+){0,2}(?:does\\s+)?says?)\\s+(?:[a-z']+,?\\s+)?is\\b",
    ],
    safetyNet: [
      "^(?:[a-z']+,?\\s+){0,2}(?:if|should)\\b(?:.*)\\b(?:call|ring|contact|let\\s+\\w+\\s+know|seek|go\\s+to|report)\\b",
      "(?:call|ring|contact|let\\s+\\w+(?:'s)?\\s+(?:[a-z']+,?\\s+)?know)\\s+{G6}if\\b",
    ],
    topicSwitch: [
      "^(?:[a-z]+,\\s+)?(?:as\\s+for|as\\s+to|regarding|about\\s+the|on\\s+the\\s+\\w+(?:\\s+\\w+)?[,:]|for\\s+(?:the|your)\\s+\\w+(?:\\s+\\w+)?[,:]|and\\s+(?:for|as\\s+for)|now,?\\s+(?:for|about)|and\\s+the)",
    ],
    concreteAnswer: [
      // "ten more days", "two of the tablets"; not "one thing each day"
      "\\b{NUM}\\s+(?:(?!each\\b|every\\b|per\\b)[a-z']+,?\\s+){0,2}?(?:minutes?|hours?|days?|weeks?|months?|years?|times|mg|milligrams?|grams?|ml|litres?|liters?|glasses|cups|pounds|lbs|kilos?|kg|degrees|units|percent|tablets?|pills?|inches|centimet(?:re|er)s?|feet|miles?|ounces)\\b(?!\\s+(?:follow|appointment|visit|check|review|post))",
      "^(?:[a-z]+,\\s+)?(?:yes|no|yep|nope)\\s*[,.;:!]",
    ],
    appointmentBeforeNumber: ["(?:review|visit|appointment|check|checkup|follow\\s?up|clinic)\\s+(?:at\\s+)?(?:the\\s+|your\\s+)?"],
  },

  overlapStopwords: [
    "a", "an", "the", "and", "or", "but", "so", "if", "then", "than", "that", "this", "these", "those", "there",
    "it", "its", "it's", "i", "i'm", "i've", "i'd", "i'll", "me", "my", "mine", "you", "your", "you're", "we", "our",
    "they", "them", "their", "he", "she", "his", "her", "him", "is", "are", "am", "was", "were", "be", "been",
    "being", "do", "does", "did", "doing", "done", "have", "has", "had", "having", "can", "could", "should", "would",
    "will", "shall", "may", "might", "must", "to", "of", "in", "on", "at", "by", "for", "with", "about", "from",
    "into", "up", "down", "out", "off", "over", "under", "again", "just", "like", "really", "very", "also", "still",
    "what", "when", "where", "which", "who", "why", "how", "whether", "not", "no", "yes", "okay", "ok", "um", "uh",
    "yeah", "right", "well", "now", "oh", "get", "got", "go", "going", "goes", "went", "gone", "make", "take",
    "taking", "took", "put", "use", "using", "need", "needed", "want", "wanted", "know", "think", "thing", "things",
    "stuff", "alright", "allowed", "supposed", "meant", "fine", "okay", "ok", "safe", "normal", "long", "much", "many", "often",
    "soon", "time", "times", "any", "some", "all", "one", "ones", "other", "another", "each", "every", "more", "most",
    "lot", "lots", "bit", "little", "kind", "sort", "quick", "last", "first", "next", "question", "ask", "wondering",
    "wonder", "sure", "tell", "said", "say", "says", "day", "today", "way", "something", "anything", "everything",
    "would", "cause", "because", "gonna", "gotta", "wanna", "bad", "good", "better", "thanks", "thank", "please",
    "doctor", "dr", "nurse", "said", "told", "mean", "meant", "same", "back", "come", "coming", "yet", "even",
    "explain", "describe", "easy", "simple", "simply", "again", "remind", "actually", "roughly", "exactly", "do", "matter",
  ],

  focusConcepts: [
    { id: "driving", question: ["drive", "driving", "drove", "behind\\s+the\\s+wheel"], answer: ["drive", "driving", "driven", "drove", "wheel", "driver"] },
    {
      id: "work",
      question: ["(?:back\\s+to|return\\w*\\s+to|go\\w*\\s+(?:back\\s+)?to|start\\w*)\\s+(?:my\\s+)?work", "my\\s+job", "(?:back\\s+at|off)\\s+work"],
      answer: ["work", "working", "job", "employer", "duties"],
    },
    { id: "flying", question: ["fly", "flying", "flight", "flights", "plane", "airport"], answer: ["fly", "flying", "flight", "flights", "plane", "airport", "cabin", "air\\s+travel"] },
    { id: "swimming", question: ["swim", "swimming", "pool", "bath", "baths", "bathe", "hot\\s+tub"], answer: ["swim", "swimming", "pool", "bath", "baths", "bathe", "tub", "soak\\w*"] },
    { id: "sex", question: ["sex", "intercourse", "intimacy", "intimate"], answer: ["sex", "sexual", "intercourse", "intimacy", "intimate"] },
    {
      id: "alcohol",
      question: ["alcohol", "beer", "beers", "wine", "pints?", "spirits", "whisky", "vodka", "(?:a|few|couple\\s+of)\\s+drinks?"],
      answer: ["alcohol", "beer", "beers", "wine", "pints?", "spirits", "drinks?", "drinking"],
    },
    {
      id: "sport",
      question: ["gym", "sports?", "golf", "tennis", "running", "jogging", "cycling", "football", "workouts?"],
      answer: ["gym", "sports?", "golf", "tennis", "running", "jogging", "cycling", "football", "workouts?", "exercis\\w*", "activit\\w*"],
    },
    {
      id: "lifting",
      question: ["lift", "lifting", "carry", "carrying"],
      answer: ["lift\\w*", "carry\\w*", "heav\\w*", "weights?", "kilos?", "kg", "pounds?", "lbs", "kettle", "shopping", "bags?", "strain\\w*", "pick\\w*\\s+up", "loads?"],
    },
    {
      id: "travel",
      question: ["holidays?", "vacation", "trip", "travel", "travell?ing", "abroad", "cruise", "(?:going|go|get)\\s+away", "getaway", "seaside", "beach", "coast", "camping", "caravan"],
      answer: ["holidays?", "vacation", "trips?", "travel\\w*", "abroad", "journeys?", "cruise", "fly", "flying", "flights?", "insurance", "away\\s+from\\s+home", "going\\s+away", "seaside", "beach", "coast", "camping", "caravan", "car\\s+journeys?", "long\\s+drives?"],
    },
    {
      id: "showering",
      question: ["shower", "showers", "showering", "wash\\s+my\\s+hair", "get\\s+(?:it|them|the\\s+[a-z]+|my\\s+[a-z]+)\\s+wet"],
      answer: ["shower\\w*", "wet", "water\\w*", "wash\\w*", "dry", "waterproof", "bath\\w*", "soak\\w*", "splash\\w*"],
    },
  ],

  measurements: {
    glucoseContext: [
      "sugar", "sugars", "glucose", "bg", "blood\\s+sugar", "finger\\s*prick", "finger\\s+stick", "meter", "sensor",
      "cgm", "libre", "dexcom", "monitor", "reading", "readings", "mmol", "mg\\/?dl",
    ],
    temperatureContext: ["temperature", "temp", "fever", "thermometer", "degrees"],
    bloodPressureContext: ["blood\\s+pressure", "bp", "pressure", "systolic", "diastolic"],
    pulseContext: ["pulse", "heart\\s+rate", "heartrate", "bpm", "beats\\s+(?:a|per)\\s+minute"],
    oxygenContext: ["oxygen", "sats", "saturation", "o2", "oximeter", "sat"],
    readingLinks: [
      "was", "is", "it's", "its", "were", "of", "read", "reads", "reading", "showed", "shows", "said", "says",
      "came\\s+up", "comes\\s+up", "dropped\\s+to", "down\\s+to", "went\\s+(?:down\\s+|up\\s+)?to", "fell\\s+to",
      "hit", "got", "gave", "been", "running", "sitting\\s+at", "reading\\s+of",
    ],
    targetCues: [
      "target", "goal", "should\\s+be", "supposed\\s+to\\s+be", "aim", "range", "between", "under", "below", "above",
      "keep\\s+it", "if\\s+it", "if\\s+(?:my|your)", "when\\s+it", "anything\\s+(?:under|over|below|above)",
    ],
    numberWords: NUMBER_WORDS,
    hundredWords: ["hundred"],
    thousandWords: ["thousand"],
    decimalWords: ["point"],
    numberJoiners: ["and", "a"],
    bloodPressureSeparators: ["over", "\\/"],
  },
};
