/**
 * English safety floor: broad words for something present about the body or the treatment. These
 * rules never raise requires_attention; a turn they find that no confident rule judged goes to
 * for_review (see ConceptRule.floor). Context rules still drop denials, other people, plans and
 * hypotheticals.
 */

import type { ConceptRule } from "../types";

export const EN_FLOOR_TERMS: Readonly<Record<string, readonly string[]>> = {
  FLOOR_SIGN: [
    // round 6, from clinical knowledge: a child's drowsiness or behaviour change, colour, and sensation words
    "lethargic", "listless", "floppy", "won't play", "not playing", "off his food", "off her food", "not himself", "not herself", "irritable", "inconsolable", "mottled", "bluish", "blue lips", "lightheaded", "light headed", "woozy", "throbbing", "stabbing", "runny", "stuffy",
    "cough*", "bleed*", "bled", "bloody", "chuck* up", "sick", "wheez*", "faint*", "passed out", "blackout", "blacked out", "collaps*", "fell", "fall", "falls", "fallen", "seizure*", "fit", "fits",
    "shak*", "trembl*", "tremor", "twitch*", "jerk*", "confus*", "muddled", "forgetful", "drows*", "exhausted", "weary",
    "itch*", "hives", "blister*", "spots", "lump", "lumps", "bruis*", "jaundice", "yellow", "pale", "clammy", "sweat*", "chills", "shiver*",
    "nause*", "queasy", "diarrh*", "the runs", "constipat*", "bloat*", "heartburn", "palpitation*", "racing", "pounding", "fluttering",
    "blurr*", "blurry", "double vision", "floaters", "flashes", "halos", "ringing", "deaf", "hoarse", "choking", "swallow*", "gag*", "goes down the wrong way", "comes out my nose", "leak*",
    "cloudy", "smell*", "smelly", "pus", "oozing", "weeping", "crust*", "infect*", "stiff*", "cramp*", "tingl*", "pins and needles",
    "hallucinat*", "seeing things", "hearing things", "not sleeping", "can't sleep", "insomnia", "appetite", "weight", "thirsty",
    "killing me", "sleepy", "hard to wake", "won't wake", "won't feed", "not feeding", "won't latch", "keep seeing", "keeps seeing", "kept seeing", "isn't there", "aren't there", "wasn't there", "weren't there",
    "feverish", "burning up", "hot and cold", "felt warm", "feel warm", "feeling warm", "felt hot", "feeling hot", "choke", "choked", "tickly",
  ],
  FLOOR_CHANGE: [
    "changed", "different", "worse", "funny", "strange", "weird", "odd", "dark", "darker", "black", "blackish", "purple", "purplish", "red", "redder", "bigger", "smaller",
    "thick*", "cloudy", "colour*", "color*", "come back", "came back", "back again", "went up", "gone up", "going up", "dropped",
    "went down", "again", "foamy", "frothy", "bubbly", "fizzy", "going fast", "so fast", "too fast", "really fast", "quiet", "quieter", "less", "fewer",
  ],
  /** When a complaint began or how often it comes: it is present and has a course. */
  FLOOR_ONSET: ["since", "yesterday", "last night", "overnight", "this morning", "this afternoon", "this evening", "ago", "all day", "all night", "for (a|two|three|four|five|a few|a couple of|#) (days|hours|weeks)", "the last (few|two|three|couple of) days", "every (hour|two hours|few hours|night)", "(#|two|three|four|five|six|seven|eight|nine|ten) times"],
  FLOOR_BODY: ["ankle*", "foot", "feet", "toe", "toes", "wrist*", "elbow*", "shoulder*", "finger*", "hand", "hands", "arm", "arms", "leg", "legs", "calf", "calves", "thigh*", "groin", "lip", "lips", "tongue", "jaw", "nail", "nails", "bowel*", "bladder", "kidney*", "liver", "lung*", "stomach", "tummy", "scar", "stitches", "stoma", "catheter", "drain", 
    "@CHEST", "@HEAD", "@LIMB", "@BELLY", "@EYE", "@WOUND", "@URINE", "@STOOL", "@FACE_PART", "skin", "heart", "breathing", "breath",
    "back", "knee", "knees", "hip", "hips", "neck", "throat", "ear", "ears", "nose", "gums", "teeth", "joint*", "muscle*", "sugar*",
    "blood", "pressure", "weight", "temperature", "pulse", "discharge", "bump", "kicks", "baby", "movements", "diaper*", "nappies", "nappy",
  ],
  FLOOR_MED_EVENT: [
    "stopp*", "stop", "quit", "missed", "miss", "skipp*", "forgot", "forget", "ran out", "run out", "running out", "out of", "no more",
    "doubled", "double", "extra", "too many", "too much", "expired", "out of date", "lost", "left", "threw up", "spat out", "swapped",
    "changed", "cut down", "halved", "off my", "came off", "gave up", "not taking", "haven't taken", "didn't take",
    "insurance", "insurer", "prior auth*", "authori*", "denied", "not covered", "won't cover", "copay", "co pay",
  ],
  FLOOR_MED: ["@MED", "syrup", "drops", "cream", "inhaler", "puffer", "kit", "pen", "pens", "injection", "jab", "pills", "meds", "medicine", "medication", "dose", "doses", "prescription", "patch", "spray"],
  FLOOR_READING: ["sugar*", "glucose", "bm", "finger stick", "finger prick", "reading*", "pressure", "bp", "weight", "weighed", "scale*", "temp", "temperature", "thermometer", "pulse", "heart rate", "oxygen", "sats", "inr", "machine", "meter", "monitor", "showed", "wrote", "came up", "came out",
    "watch", "fitbit", "result", "results", "level", "levels", "portal", "lab", "labs", "blood test", "bloods", "checked"],
  FLOOR_DISTRESS: [
    "terrified", "panic*", "anxious", "worried sick", "can't cope", "cannot cope", "not coping", "overwhelmed",
    "hopeless", "worthless", "burden", "crying", "cry", "give up", "giving up", "pointless", "no point", "better off", "easier for everyone",
    "not wake up", "in the way", "in everyone's way", "with someone else", "somebody else would", "easier time", "without me", "if i wasn't here", "if i weren't here", "disappear", "end it", "hurt myself", "harm myself", "grey", "gray", "numb inside", "nothing matters",
    "the problem", "a nuisance", "a bother", "a drain", "waste of space", "useless", "tired of being", "sick of being", "hate all this", "hate this", "hate my life", "easier for them", "easier for everybody", "discouraged", "demoralis*", "demoraliz*", "fed up with everything", "no energy for anything", "can't be bothered with anything",
  ],
  FLOOR_CONTACT: ["talk to", "speak to", "speak with", "talk with", "call me", "ring me", "phone me", "call back", "ring back", "see the", "see a", "see someone", "on the line", "on the phone", "get back to me"],
  /** Words a patient uses to bring up a problem of their own (an admission, a mistake, "one more thing"): the framing, not the symptom. */
  FLOOR_DISCLOSE: ["to be honest", "be honest", "if i'm honest", "truth be told", "between you and me", "confess*", "i admit", "have to admit", "must admit", "mistake", "messed up", "slipped up", "mix up", "mixed up", "one more problem", "another problem", "something happened", "a confession"],
  /** Units of a body measure (weight, volume in or out, saturation, temperature): a number with one is a reading. */
  FLOOR_UNIT: ["kilo", "kilos", "kilogram*", "kg", "kgs", "stone", "pounds", "lbs", "litre", "litres", "liter", "liters", "ml", "mls", "millilit*", "ounce", "ounces", "oz", "cc", "percent", "per cent", "degrees", "mmol"],
  FLOOR_NUMERAL: ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "point", "half", "a couple"],
  /** What a measured value is compared with: its earlier value, its target or the patient's best. */
  FLOOR_BASELINE: ["from", "down from", "up from", "compared (to|with)", "than", "(and|but) (it|she|he|that) was", "used to be", "before it was", "should be", "supposed to be", "meant to be", "(the|my) (paper|sheet|chart|card|booklet|plan) says", "my best (is|was)", "normal (is|was)"],
  /** What names a body measure or a test result, so two numbers compared are a trend in the patient's body. */
  FLOOR_MEASURED: ["@FLOOR_UNIT", "weigh*", "weight", "scales", "reading", "readings", "level", "levels", "result", "results", "creatinine", "bloods", "blood test", "measured", "measuring", "centimet*", "cm", "inches", "peak flow", "sats", "sugar", "sugars", "pressure", "count", "score", "line"],
  /** Words that open a new topic ("one more thing"): what follows is a concern the patient saved up. */
  FLOOR_NEW_TOPIC: ["another thing", "one more thing", "one other thing", "something else", "by the way", "while i have you", "while i've got you"],
};

export const EN_FLOOR_RULES: readonly ConceptRule[] = [
  {
    id: "en.floor.symptom", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@PAIN", "@SWELL", "@VOMIT", "@DIZZY", "numb", "numbness", "gone numb", "@WEAK", "@FEVER", "@RASH", "@BREATHLESS", "@DISCHARGE", "@VISION_SIGN", "@FLOOR_SIGN"],
    examples: { match: ["she's been floppy and listless all day", "my knee has been aching on and off", "i've got a cough that rattles", "everything looks blurry in the mornings", "my shoulder is killing me", "he's really sleepy and won't feed", "i keep seeing a cat in the hall that isn't there", "i felt warm all evening"], noMatch: ["the garden looks lovely", "my phone number changed"] },
  },
  {
    id: "en.floor.body_change", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY ~4 @FLOOR_CHANGE", "@FLOOR_CHANGE ~3 @FLOOR_BODY"],
    examples: { match: ["my wee has gone a darker shade", "the skin round it looks different", "my urine looks frothy", "the baby has been quieter all afternoon", "my heart keeps going so fast"], noMatch: ["the car is a different colour"] },
  },
  {
    id: "en.floor.medication", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true, persists: true,
    when: ["@FLOOR_MED_EVENT ~4 @FLOOR_MED", "@FLOOR_MED ~4 @FLOOR_MED_EVENT", "(forgot|forget|didn't|did not|never) ~1 to (take|give|do|put|use) ~2 (his|her|my|the|their|it|them)", "(date|expiry|expiration|use by) ~3 (ran out|passed|gone|expired|was last)",
      "(forgot|forgotten|missed|skipped) ~4 (yesterday|last night|this morning|morning|evening|bedtime|night|dose|doses|one)",
      "(insurance|insurer|specialty pharmacy) ~6 (wants|want|won't|wont|denied|refus*|needs|stopped|not cover*|approv*|prior auth*|paperwork|appeal)",
      "(not sure|couldn't remember|can't remember|didn't remember|don't remember|don't know) ~2 (if|whether) ~2 (i|she|he) ~2 (took|taken|had|given|gave)"],
    examples: { match: ["i left my tablets at my sister's", "the pen in the fridge is out of date", "i clean forgot the heart one on tuesday morning", "i couldn't remember whether i had taken it so i took another", "the insurer has denied the new tablets"], noMatch: ["the pharmacy was busy"] },
  },
  {
    // a medicine started by another prescriber: written by someone else for the patient, so any experiencer
    id: "en.floor.new_prescription", concept: "possible_medication_problem", category: "medication_problem", severity: "high", floor: true,
    experiencer: "any", persists: true,
    when: ["(prescribed|put me on|started me on|gave me) ~4 (@FLOOR_MED|something|antibiotic*|a course|tablets)"],
    examples: { match: ["the walk in clinic prescribed me something for my chest"], noMatch: ["the doctor prescribed rest last year", "we bought new shoes"] },
  },
  {
    id: "en.floor.reading", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_READING ~6 #", "@FLOOR_READING ~4 (a hundred|hundred|ninety|eighty|seventy|sixty|fifty|forty)", "(#|one|two|three|four|five|only) (wet|dry|dirty|poopy|pooey|soiled) (ones|diapers|diaper|nappies|nappy)"],
    examples: { match: ["the meter said 14 point 2 this morning", "my pressure was 150 on the machine", "my level on the lab app is 2.1", "the watch showed ninety something lying down", "only three wet nappies since lunch"], noMatch: ["i walked 3 miles"] },
  },
  {
    // wet or dirty nappy counts, kept by either parent, are the baby's own reading
    id: "en.floor.nappies", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true, experiencer: "any",
    when: ["(#|one|two|three|four|five|only|no) (wet|dry|dirty|poopy|pooey|soiled) (ones|diapers|diaper|nappies|nappy)"],
    examples: { match: ["only three wet nappies since lunch"], noMatch: ["we bought wet wipes"] },
  },
  {
    id: "en.floor.distress", concept: "possible_distress", category: "emotional_distress", severity: "high", floor: true,
    questionMeansHypothetical: false, conditionalIsReal: true,
    when: ["(lord|god|jesus) ~3 take me", "ready to (go|die)", "@FLOOR_DISTRESS", "(feel*|felt|been|so|really) ~2 (low|down|empty|flat|sad)", "(kind of|kinda|sort of|pretty|a bit|bit|just) (low|down|empty|flat|sad|numb)"],
    examples: { match: ["some nights i pray the lord would just take me", "honestly i feel like a burden to them", "i keep having panic attacks at night", "kinda empty lately if i'm honest", "i'm so tired of being the problem in this house"], noMatch: ["the weather was nice"] },
  },
  {
    id: "en.floor.contact", concept: "possible_contact_request", category: "doctor_request", severity: "moderate", floor: true,
    questionMeansHypothetical: false,
    when: ["@WANT ~4 @FLOOR_CONTACT ~3 @CARE_PERSON", "@CARE_PERSON ~4 (@FLOOR_CONTACT|@CONTACT_VERB)", "@WANT ~2 (talk|speak) (to|with) ~3 (directly|personally|in person|myself|himself|herself)", "tell (him|her|them) to (call|ring|phone)", "(have|get|ask) (him|her|them|someone|somebody) [to] (call|ring|phone|text) me", "@WANT ~4 on the (line|phone)"],
    examples: { match: ["i'd like to speak to the nurse myself", "could the doctor ring me back", "get her to phone me this afternoon", "it's the nurse i want on the phone"], noMatch: ["i spoke to my neighbour"] },
  },
  {
    // the broadest floor: a body part said with when it began or how often (a present complaint with a course);
    // a medicine with a time is routine (started, picked up), so medicines stay with the event rule above
    id: "en.floor.mention", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_BODY"],
    with: ["@FLOOR_ONSET"],
    examples: { match: ["my knee has been playing up since the weekend", "my neck has been doing something odd for a few days"], noMatch: ["we had a lovely holiday since the weekend", "my knee was fine"] },
  },
  {
    // the patient announces a problem of their own: whatever words follow, a person should read it
    id: "en.floor.disclosure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_DISCLOSE", "(should|have to|need to|must|gotta|got to|ought to|meant to|forgot to) (tell|mention|say)"],
    examples: { match: ["to be honest i took two of the heart pills by mistake", "one more problem i need to tell you about the tablets", "i made a mistake with my insulin on tuesday"], noMatch: ["the garden was lovely on tuesday"] },
  },
  {
    // a number with a unit of a body measure is a reading whatever the measure is called
    id: "en.floor.measure", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["(#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT", "(#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) (#|@FLOOR_NUMERAL) @FLOOR_UNIT"], with: ["@FLOOR_ONSET"],
    examples: { match: ["i was seventy eight kilos a month ago", "yesterday i passed 3 litres", "my sats were 89 percent this morning"], noMatch: ["i walked 3 miles", "we bought two cakes", "the jug holds two litres"] },
  },
  {
    // a measure or result that has moved from its earlier value, target or best: no threshold
    // judges a child's weight or a creatinine, but the doctor should read the change
    id: "en.floor.trend", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true, pastIsBaseline: true,
    when: ["(#|@FLOOR_NUMERAL) [and a half] ~6 @FLOOR_BASELINE ~2 (#|@FLOOR_NUMERAL)", "(was|were|at) (#|@FLOOR_NUMERAL) [and a half] ~8 (now|to|down to|up to|today|this morning|it says|it's|its) ~3 (#|@FLOOR_NUMERAL)"], with: ["@FLOOR_MEASURED"],
    examples: { match: ["my creatinine came back at 2.1 and it was 1.2 in the hospital", "she was sixteen kilos at the check up and now the scales say fourteen", "the bit of tube outside measured 9 cm and the card says 6"], noMatch: ["I take 2 tablets now, it was 3 before the change", "we had 4 visitors, there were 6 last week"] },
  },
  {
    // a new topic the patient opens in a statement is often the concern they called about
    id: "en.floor.new_topic", concept: "possible_red_flag", category: "red_flag_symptom", severity: "high", floor: true,
    when: ["@FLOOR_NEW_TOPIC"], with: ["(@FLOOR_BODY|@FLOOR_MED|@FLOOR_ONSET|@FLOOR_SIGN)"], window: 20,
    examples: { match: ["oh and another thing my ankle has been purple since monday"], noMatch: ["another thing i love is gardening?"] },
  },
];
