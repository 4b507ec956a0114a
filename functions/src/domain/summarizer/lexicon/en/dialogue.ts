/**
 * English dialogue vocabularies: how patients ask and how the agent answers, deflects or
 * escalates. Regular expressions with macros (see ../types.ts): lower case, no accents; {G1}..{G8}
 * are word gaps that never cross a negation, a "but" or a sentence end; {NAME} expands `macros`.
 */

import type { DialogueVocabulary } from "../types";

export const EN_DIALOGUE: DialogueVocabulary = {
  macros: {
    // Clinicians and services the agent may refer a decision to.
    CLIN:
      "(?:dr|doctor|doctors|surgeon|surgeons|team|nurse|nurses|clinic|office|practice|specialist|pharmacist|consultant|coordinator|keyworker|worker|visitor|" +
      "gp|physician|provider|cardiologist|endocrinologist|physio|physiotherapist|therapist|dietitian|dietician|" +
      "midwife|centre|center|hospital|pediatrician|paediatrician|psychiatrist|neurologist|oncologist|rheumatologist|" +
      "dermatologist|nephrologist|urologist|gastroenterologist|haematologist|hematologist|obstetrician)",
    // A number, spelled with digits or words.
    NUM:
      "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|" +
      "ninety|a\\s+few|a\\s+couple\\s+of|couple\\s+of|several|half\\s+an?)",
    // A real danger named as such: "a real fire risk".
    DANGER: "(?:a\\s+(?:real|serious|genuine|big)\\s+(?:fire\\s+|safety\\s+)?(?:danger|risk|hazard)|a\\s+(?:real\\s+|serious\\s+)?(?:fire|safety)\\s+(?:danger|risk|hazard|worry|concern))",
  },

  questions: {
    alternativeMarkers: ["or", "i\\s+mean", "like"],
    yesNoByIntonation: false,
    yesNoMarkers: ["can|could|should|shall|will|would|may|might|must|need|needs|have\\s+to|has\\s+to|got\\s+to|gonna|going\\s+to", "allowed|banned|okay|ok|alright|fine|safe|normal|bad|dangerous|serious|harmful|risky|worse|better|enough|too\\s+much|too\\s+many|forever|for\\s+good|for\\s+life|permanent|again|still|yet|already", "or\\s+(?:not|is|are|do|does|should|can|will|would|the|a|an|just|only)", "(?:do|does|did|is|are|was|were)\\s+(?:i|you|it|that|they|we)\\b"],
    reassuranceTags: ["will\\s+(?:it|i|they|that)", "won'?t\\s+(?:it|i|they|that)", "is\\s+it", "isn'?t\\s+it", "can\\s+(?:i|it)", "do\\s+(?:i|they)", "does\\s+it", "should\\s+i", "am\\s+i", "would\\s+(?:it|i)", "wouldn'?t\\s+(?:it|i)", "shouldn'?t\\s+i", "can'?t\\s+i"],
    leadInWords: ["ask", "question", "know"],
    announcementCues: [
      "(?:a|one|two|three|a\\s+few|a\\s+couple(?:\\s+of)?|some|couple(?:\\s+of)?|few)\\s+(?:more\\s+|quick\\s+|little\\s+|small\\s+)?(?:questions?|things|bits|queries|points)\\b",
      "(?:wanted|want|wanna|needed|need|had|have)\\s+to\\s+(?:check|ask|make\\s+sure|go\\s+over|run\\s+through)\\b",
    ],
    clauseMarkers: [
      "so", "and", "but", "or", "then", "now", "also", "okay", "ok", "well", "right", "anyway", "um+", "uh+", "er+",
      "erm", "like", "oh", "yeah", "hey", "just", "tho", "though", "alright", "plus", "actually", "cause", "because",
    ],
    fillers: [
      "um+", "uh+", "er+", "erm", "like", "so", "and", "just", "oh", "well", "ok", "okay", "yeah", "right", "also",
      "then", "but", "now", "real\\s+quick", "quickly", "honestly", "basically", "i\\s+mean", "you\\s+know",
    ],
    clauseInitialCues: [
      "how\\s+(?!about|come|are\\s+you)[a-z]+\\s+(?:is|are|was|were|should|can|could|do|does|did|will|would|much|many|long|often)\\b",
      "(?:when|where|why)\\s+(?:can|could|should|will|would|might|may|must|do|does|did|is|are|was|were|shall)\\b",
      "how\\s+(?:to|do\\s+i|should\\s+i|can\\s+i)\\b",
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
      // a bare wh-fragment that ends its sentence asks even without "?": "Which ones.", "when exactly"
      "(?:which|what|when|where|how|why)\\s+(?:ones?|exactly|then|though|often|long|much|many|else|now|kind|sort)(?=\\s*(?:[.!]|$))",
    ],
    clauseInitialCuesNeedingMark: [
      // "And if I forget one?": a condition put as a question
      "if\\s+(?:i|we|he|she|it|they|you|my|his|her|the|this|that)\\b",
      "(?:what|which|who)\\s+(?:is|are|was|were|does|do|did|can|could|should|would|will|has|have)\\b",
      "(?:what|which|whose)\\s+(?:[a-z]+\\s+){1,2}(?:is|are|was|were)\\b",
      "(?:what|who|which)\\s+(?:happens|happened|counts|means|helps|works|decides|matters|causes)\\b",
      // "Is swelling normal?", "Does alcohol affect it?": inversion with any subject, in a "?" sentence
      "(?:is|are|was|were|does|do|did|can|could|should|will|would|has|have|may)\\s+[a-z0-9']+\\s+[a-z0-9]",
      "(?:isn't|isnt|aren't|arent|wasn't|don't|dont|doesn't|doesnt|didn't|didnt|can't|cant|won't|wont|shouldn't|wouldn't|couldn't|haven't|hasn't)\\s+(?:i|you|we|it|that|this|there|they|he|she)\\b",
      "(?:i|we|you)\\s+(?:can|could|should|shouldn't|can't|need\\s+to|have\\s+to|must|am\\s+allowed|am\\s+supposed)\\b|(?:i'm|we're)\\s+(?:allowed|supposed)\\b",
    ],
    clauseInitialCuesWhenUnpunctuated: [
      "(?:is|are|does|do|did|can|could|should|will|would)\\s+(?:[a-z0-9']+\\s+){1,2}(?:affect|help|hurt|cause|make|mean|matter|work|stop|change|harm|interact|damage)\\b",
      "(?:is|would)\\s+(?:it|that|this)\\s+(?:be\\s+)?(?:ok|okay|alright|all\\s+right|fine|safe|normal|bad|infected|serious|dangerous|contagious|catching|broken|a\\s+problem|an\\s+infection)\\b",
      "(?:is\\s+there|are\\s+there)\\s+(?:any\\s+)?(?:problem|problems|risk|risks|danger|harm|issue|issues)\\b", "how\\s+long\\s+(?:does|will|do|till|until|before)\\b",
      // any yes/no inversion that closes a run-on turn ("...the combined one does that clash with my tablets"):
      // not after a subject ("it is that bad"), a "the thing is that" noun, or "so/neither do I"
      "(?<!(?:i|you|he|she|it|we|they|that|this|there|who|which|what|how|everybody|everyone|anybody|anyone|somebody|someone|nobody|so|neither|nor|than|as|to|not|never|can|cant|can't|could|will|would|should|must|might|may|don't|dont|won't|wont|didn't|didnt|doesn't|doesnt|gonna|wanna|thing|problem|point|trouble|worry|reason|question|fact|issue|idea|plan|deal|truth|part|bit|one)\\s)(?:is|are|does|do|did|can|could|should|will|would|has|have)\\s+(?:it|that|this|i|you|he|she|they|we|there|these|those)\\b(?=\\s+[a-z])",
    ],
    indirectCues: [
      // uncertainty or curiosity before an embedded question: a question without a question mark
      "(?:no\\s+idea|dunno|not\\s+clear(?:\\s+to\\s+me)?|unclear|confused\\s+about|can't\\s+(?:work|figure)\\s+out|cannot\\s+(?:work|figure)\\s+out|trying\\s+to\\s+(?:work|figure)\\s+out)\\s+(?:if|whether|when\\s+(?:to|i|we)|how\\s+(?:to|long|much|many|often)|what\\s+to|which)\\b",
      "(?:curious|love\\s+to\\s+know|keen\\s+to\\s+know)\\s+(?:about|if|whether|when|how|what|why|where|which)\\b",
      "(?<!(?:didn't|not|never|to|they|he|she|would|will|won't|nobody|one)\\s)(?:tell|remind|show)\\s+me\\s+(?:again\\s+)?(?:about|the\\s+(?:right|best|proper)\\s+way|how|what|when|where|which|why|whether)\\b",
      "(?<!(?:didn't|not|never|to|they|he|she|would|will|won't|nobody|one)\\s)explain\\s+(?:to\\s+me\\s+)?(?:how|what|why|when|whether)\\b",
      // a question relayed from someone at home: "my wife is asking whether she can...", "he asked if he can..."
      // ("wants to know" is read by the want-to-know cue below)
      "(?:asked|asking|asks|wondered|wondering)\\s+(?:me\\s+)?(?:if|whether)\\s+(?:i|we|he|she|they|it|you)\\s+(?:can|could|should|may|might|will|am|is|are|need|needs|has\\s+to|have\\s+to)\\b",
      "(?:is|are|he's|she's|they're)\\s+asking\\s*,?\\s+(?:if|whether|about|what|when|where|why|how|which|can|could|should|will|would|is|are|am|do|does)\\b",
      "(?:is|was)\\s+(?:that|it|this)\\s+(?:actually|really|just|also|because|from|why|what|the\\s+reason|gonna|going\\s+to|good|bad|fine|safe|okay|ok|alright|true|right|wise|healthy|harmful|why)\\b",
      "(?:can|could|will|would)\\s+(?:dem|dey|una)\\b",
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
      "(?:want(?:s|ed)?|need(?:ed)?|would\\s+like|i'd\\s+like|we'd\\s+like|wanna)\\s+to\\s+(?:know|ask|check|find\\s+out|understand|make\\s+sure)",
      // eager curiosity ("I'm dying to know if...", "itching to know") asks what follows
      "(?:dying|itching|desperate)\\s+to\\s+(?:know|ask|find\\s+out)\\b",
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
    echoChecks: ["(?:is|was)\\s+that\\s+(?:right|correct|it|all)(?=\\s*(?:[?.!,]|$))"],
    nonQuestions: [
      "(?:it's|its|it\\s+is)\\s+(?:[a-z]+\\s+){0,2}how\\s+(?:much|many)\\b",
      "what\\s+a\\b", "what's\\s+the\\s+(?:point|use)", "whats\\s+the\\s+(?:point|use)",
      "how\\s+(?:lovely|nice|kind|sweet|funny|awful|terrible|wonderful|great|good|silly|stupid|exciting|annoying|clever)\\b",
      "how\\s+are\\s+(?:you|things|ya)", "how's\\s+(?:it\\s+going|things|your\\s+day)", "how\\s+(?:have|are)\\s+you\\s+been",
      "how\\s+do\\s+you\\s+do", "what's\\s+up", // resignation ends the clause ("oh well, what can you do?"); "what can I do for the itch?" asks
      "what\\s+can\\s+(?:you|i|we|one)\\s+(?:do|say)(?=\\s*(?:[?.!,;]|$))", "who\\s+(?:cares|knows)",
      "how\\s+(?:should|would)\\s+i\\s+know(?=\\s*(?:[?.!,;]|$))", "what\\s+do\\s+you\\s+(?:know|expect)", "you\\s+know\\s+what", "guess\\s+what",
      "where\\s+was\\s+i\\b", "what\\s+was\\s+i\\s+saying", "know\\s+what\\s+i\\s+mean", "would\\s+you\\s+believe",
      "can\\s+you\\s+believe", "(?:can|could|may)\\s+i\\s+(?:just\\s+)?(?:tell|ask|say|mention|share)\\s+(?:you\\s+)?(?:something|a\\s+(?:question|thing)|one\\s+(?:more\\s+)?thing|that)",
      "why\\s+(?:do\\s+i\\s+)?(?:even\\s+)?bother", "are\\s+you\\s+(?:still\\s+)?there", "can\\s+you\\s+hear\\s+me", "why\\s+me\\b",
      // asking to repeat, or checking the agent's last words: not a new question
      "(?:can|could|would)\\s+you\\s+(?:please\\s+)?(?:say|repeat)\\s+(?:that|it)(?:\\s+again)?", "come\\s+again", "what\\s+was\\s+that\\b(?!\\s+(?:about|for))",
      "who\\s+knew", "(?:(?:well|oh|ah|ok|okay|so)\\s*,?\\s+)?(?:that's|thats|that\\s+is|it's|its)\\s+(?:just\\s+)?(?:the\\s+way\\s+it\\s+goes|life|how\\s+it\\s+is|the\\s+way\\s+of\\s+it)\\b", "how\\s+(?:do|can|should)\\s+i\\s+(?:put|say)\\s+(?:this|it)",
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
    // a tag about a third person comments on their part ("Geoffrey will have to drive, won't he?")
    rhetoricalTags: ["you\\s+know", "huh", "(?:won't|wouldn't|will|would|didn't|did|hasn't|has|isn't|is|doesn't|does|can't|can)\\s+(?:he|she)"],
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
      "alright",
      "all\\s+right",
      "hiya",
      "morning",
      "evening",
      "afternoon",
      "cheers",
      "ta",
      "really", "seriously", "sorry", "pardon", "what", "huh", "eh", "hello", "hi", "okay", "ok", "right", "yeah",
      "yes", "no", "sure", "oh", "oh\\s+really", "is\\s+it", "are\\s+you\\s+sure", "you\\s+there", "hm+", "um+",
    ],
  },

  replies: {
    deflection: [
      // the decision or the conversation belongs to the clinician, or the agent will not go into it now
      "rather\\s+than\\s+(?:getting|going)\\s+into\\s+(?:it|that|this)",
      "(?:conversation|decision|question)\\s+(?:that\\s+)?belongs\\s+with",
      "(?:go\\s+over|talk\\s+through|discuss)\\s+(?:that|this|it)\\s+with\\s+you\\s+when\\s+(?:she|he|they)\\s+(?:call|ring|phone)",
      // the agent declines in the first person, whatever the verb: "I'm not able to look that up", "not
      // something I can see"; not "I can't stress enough" or "I can't imagine" (emphasis, empathy)
      "(?:i|i'm|im|i\\s+am|we)\\s+(?:[a-z']+\\s+){0,2}?(?:can't|cant|cannot|can\\s+not|(?:am|'m)?\\s*not\\s+able|unable|don't\\s+have|do\\s+not\\s+have|won't\\s+be\\s+able)\\b(?!\\s+(?:stress|emphasi[sz]e|imagine|overstate|say\\s+(?:it\\s+)?enough|thank|wait|believe))",
      "not\\s+something\\s+(?:that\\s+)?(?:i|i'm|i\\s+am|i\\s+can|we)\\b",
      "(?:leave|pass)\\s+(?:(?:that|this|it)\\s+(?:one\\s+)?)?(?:with|to)\\s+(?:dr|doctor|your|the\\s+(?:doctor|nurse|team|clinic|pharmacist))\\b",
      // the agent cannot see the record or will not guess: no answer whoever is named after
      "i\\s+(?:don't|do\\s+not)\\s+have\\s+(?:your|his|her|their)\\s+(?:[a-z]+\\s+){0,3}(?:open|in\\s+front\\s+of\\s+me|here|to\\s+hand|on\\s+(?:my\\s+)?screen)",
      "(?:can't|cannot|can\\s+not|don't|do\\s+not)\\s+(?:see|access|look\\s+at|view|pull\\s+up)\\s+(?:your|his|her|their)\\b",
      "(?:wouldn't|would\\s+not|don't|do\\s+not)\\s+want\\s+to\\s+guess",
      "no\\s+way\\s+(?:for\\s+me\\s+)?to\\s+(?:tell|know|say)\\b",
      "(?:couldn't|could\\s+not|can't|cannot)\\s+(?:really\\s+)?(?:tell\\s+you|say)\\b",
      "i\\s+(?:wouldn't|would\\s+not)\\s+know\\b",
      "(?:above|beyond)\\s+my\\s+pay\\s+grade",
      "(?:isn't|is\\s+not|not)\\s+(?:my|something\\s+i\\s+can)\\s+(?:call|decide|say)\\b",
      "(?:doesn't|does\\s+not)\\s+(?:go|come)\\s+through\\s+me",
      // the agent would rather not answer, says it depends on what the team finds, or saves it for the next visit
      "(?:depends?|will\\s+depend|depending)\\s+on\\s+what\\s+(?:your|the)\\s+(?:[a-z']+\\s+){0,2}{CLIN}",
      "(?:great|good|perfect|important)\\s+(?:one|question|thing)\\s+(?:to\\s+(?:bring|take|save)\\s+(?:to|for)|for)\\s+(?:your|the)\\s+(?:next\\s+)?(?:appointment|visit|review|clinic|consultation)",
      "(?:rather|prefer)\\s+not\\s+(?:to\\s+)?(?:put|give)\\s+(?:a|any)\\s+(?:number|figure|date)",
      // the agent cannot see it from here, passes, or names who can answer instead
      "(?:can't|cannot|can\\s+not|don't|do\\s+not)\\s+see\\s+(?:your|the)\\s+(?:schedule|calendar|records|file|chart|appointments|bookings|results)\\s+from\\s+here",
      "(?:i'll|i\\s+will|i'm\\s+going\\s+to)\\s+have\\s+to\\s+pass\\s+on",
      "who\\s+can\\s+(?:give\\s+you\\s+(?:a|an|the)\\s+(?:honest\\s+|real\\s+|proper\\s+)?answer|answer\\s+that)",
      "(?:don't|do\\s+not)\\s+want\\s+to\\s+give\\s+you\\s+a\\s+(?:number|figure|date|timeline|timeframe)",
      "(?:isn't|is\\s+not|aren't|are\\s+not|not)\\s+something\\s+i\\s+(?:have|can|know|see|keep)",
      "(?:only|just)\\s+(?:set\\s+up|here|able|allowed|designed)\\s+to\\s+(?:go\\s+over|help|talk|speak|answer|cover)",
      "(?:can|could)\\s+only\\s+(?:help|speak|talk|go\\s+over|answer|advise|cover)\\s+(?:with|to|about|on)?",
      "i'?d\\s+rather\\s+not",
      // "that's one for your pharmacist rather than me"
      "(?:one|question|thing|matter)\\s+for\\s+(?:your|the|a|an)\\s+(?:[a-z']+\\s+){0,4}?(?:rather\\s+than|not)\\s+me\\b",
      "i\\s+(?:don't|do\\s+not)\\s+have\\s+(?:the|that|any|information|details|access)",
      "(?:can't|cannot|can\\s+not)\\s+(?:say|make\\s+that\\s+call|tell\\s+you|predict|comment|give\\s+you)",
      "the\\s+one\\s+to\\s+ask",
      "(?:has|have|needs?|need|should)\\s+to\\s+come\\s+from", "(?:one|something)\\s+to\\s+(?:talk\\s+through|discuss|go\\s+over|raise|ask\\s+about|check)\\s+with\\b",
      "(?:need|needs)\\s+to\\s+be\\s+(?:checked|decided|assessed|confirmed|worked\\s+out|reviewed)\\s+by",
      // the agent cannot or will not say
      "i\\s+(?:can't|cant|cannot|can\\s+not|am\\s+not\\s+able\\s+to|am\\s+unable\\s+to|am\\s+not\\s+in\\s+a\\s+position\\s+to|won't\\s+be\\s+able\\s+to)\\s+{G3}(?:advise|recommend|say|tell|comment|answer|approve|give|decide|diagnose|change|adjust|confirm|judge|assess|set|determine|prescribe|work\\s+out|speak|weigh|offer|suggest|guide|help\\s+with\\s+(?:that|this)|make\\s+(?:that|this)|know|be\\s+sure)",
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
      // "a good thing to ask your GP"; "it's a good thing to ask." only praises the question
      "(?:good|great|important|right)\\s+(?:one|question|thing|moment|time|place|opportunity)\\s+to\\s+(?:bring|ask|raise|mention|discuss)(?!\\s*[.!,;]|\\s*$)",
      "bring\\s+(?:it|that|this)\\s+up|(?:worth|well\\s+worth)\\s+(?:bringing|asking|raising|mentioning)",
      "something\\s+(?:your|the)\\s+(?:[a-z']+,?\\s+){0,2}{CLIN}",
      "(?:they'll|they\\s+will|we'll|{CLIN}\\s+will)\\s+(?:give\\s+you|send\\s+you|tell\\s+you|let\\s+you\\s+know)\\s+(?:the\\s+date|when|the\\s+day|your\\s+appointment)",
      "(?:one|question|something|matter)\\s+for\\s+(?:(?:your|the)\\s+(?:[a-z']+\\s+)?{CLIN}|(?:dr|doctor|professor|nurse|mr|ms|mrs)\\b)",
      // passing the question on instead of answering it
      "(?:i'll|i\\s+will|i've|i\\s+have|let\\s+me)\\s+(?:make\\s+a\\s+note|note|noted|pass|passed|flag|flagged|log|logged|record|recorded|add|added|send|sent|put)\\s+{G4}(?:on\\s+to|to|for|with|in)\\s+{G2}(?:team|{CLIN}|care|notes|record|file|chart)",
      // ("don't stop it without talking to the doctor" is advice with a condition, not a deferral)
      "(?<!without\\s|before\\s|until\\s)(?:check|checking|speak|speaking|talk|talking|consult\\w*|ask|asking|discuss\\w*|raise|raising|go\\s+over|going\\s+over)\\s+(?:it\\s+|that\\s+|this\\s+)?(?:with|to)\\s+(?:(?:your|the)\\s+(?:[a-z']+\\s+)?{CLIN}|dr\\b|doctor\\b)",
      "(?:recommend|suggest|best|better|advise)\\s+{G3}(?:checking|asking|speaking|talking|consulting|raising|discussing)",
      "will\\s+be\\s+(?:able|happy|best\\s+placed|the\\s+best\\s+people)\\s+to\\s+(?:go\\s+over|go\\s+through|answer|advise|explain|discuss|help\\s+with|tell)",
      // polite long deflections: the agent would rather the team answered than guess
      "(?:set|chosen|decided|prescribed)\\s+(?:by\\s+prescription\\s+)?(?:for\\s+you\\s+specifically|with\\s+(?:their|your)\\s+own\\s+{CLIN})",
      "(?:can't|cannot|can\\s+not)\\s+(?:really\\s+)?compare\\s+(?:your|you|it|the)",
      "would\\s+be\\s+(?:happy|glad|best\\s+placed|able)\\s+to\\s+(?:explain|go\\s+over|go\\s+through|answer|talk\\s+(?:it|that)\\s+through)",
      "(?:i'd|i\\s+would)\\s+(?:rather|prefer)\\s+(?:they|he|she|you\\s+(?:get|hear|ask|check)|(?:the|your|his|her)\\s+(?:[a-z']+\\s+)?{CLIN}|dr\\b)",
      "(?:wouldn't|would\\s+not|isn't|is\\s+not)\\s+(?:be\\s+)?(?:right|fair|safe|wise|responsible)\\s+(?:for\\s+me\\s+)?to\\s+(?:guess|say|answer|comment|weigh|speculate)",
      "(?:rather\\s+than|instead\\s+of|than)\\s+(?:weigh(?:ing)?\\s+in|guess(?:ing)?|speculat\\w+|(?:give|giving)\\s+you\\s+a\\s+(?:guess|general))",
      "leave\\s+(?:that|this|it)\\s+(?:one\\s+)?(?:with|to)\\s+(?:them|him|her|the|your|dr\\b)",
      "something\\s+(?:dr|doctor|professor)\\b|something\\s+(?:his|her|their)\\s+(?:[a-z']+,?\\s+){0,2}{CLIN}",
      "(?:will|would)\\s+(?:want|need)\\s+to\\s+(?:work\\s+(?:through|out)|line\\s+up|sort\\s+out|go\\s+through|look\\s+at|decide|weigh\\s+up)",
      "(?:need|needs)\\s+(?:a\\s+)?(?:personal|individual|tailored|specific)\\s+plan\\s+from",
      "(?:let|leave)\\s+(?:her|him|them)\\s+(?:sort|work|figure)\\s+(?:it|that|this)\\s+out",
      "(?:they'll|they\\s+will)\\s+(?:advise|guide\\s+you|let\\s+you\\s+know|tell\\s+you)",
      // the decision is named as the clinician's: "that's the doctor's call", "it'll be up to the clinic"
      "{CLIN}(?:'s|s)\\s+(?:decision|call|choice)\\b", "(?:up\\s+to|down\\s+to)\\s+(?:the\\s+|your\\s+|his\\s+|her\\s+)?(?:[a-z']+\\s+){0,2}{CLIN}\\b",
      "{CLIN}\\s+(?:has|have|needs?|will\\s+need)\\s+to\\s+(?:answer|decide|check|assess|review|advise|tell\\s+you|weigh)\\b",
      "(?:one|question|something|conversation|thing)\\s+(?:to\\s+ask|to\\s+check\\s+with|for)\\s+(?:your|the|his|her)\\s+(?:[a-z']+\\s+)?{CLIN}\\b|conversation\\s+for\\s+(?:dr|mr|mrs|ms|miss|doctor|professor)\\b",
      // the patient is sent to ask someone else: "please ask the midwife when you ring"
      "ask\\s+(?:them|him|her|your\\s+\\w+|the\\s+\\w+)\\s+{G3}(?:when\\s+you\\s+(?:ring|phone|talk)|first\\b|before\\s+you)",
      "go\\s+through\\s+(?:your|the|that|this|it)\\s+(?:[a-z]+\\s+){0,2}with\\s+(?:your|the)\\s+(?:[a-z']+\\s+)?{CLIN}",
      // only the clinician can weigh it, or it waits for the next visit: "depends on things only Dr. Feldman can weigh up", "I'd save that question for his next appointment"
      "(?:only|just)\\s+(?:your\\s+|the\\s+|his\\s+|her\\s+)?(?:[a-z']+\\s+)?{CLIN}(?:\\s+[a-z]+)?\\s+can\\s+(?:weigh|decide|judge|say|tell|answer|work\\s+out|assess)",
      "(?:save|keep|hold)\\s+(?:that|this|it)\\s+(?:question\\s+|one\\s+)?(?:for|until)\\s+(?:his|her|your|the|their)\\s+(?:next\\s+)?(?:appointment|visit|review|clinic|check\\s*up)",
      // the question goes into the message for the team instead of an answer
      "(?:i've|i\\s+have|i'll|i\\s+will)\\s+(?:put|added|add|included|include|noted|note)\\s+{G4}(?:in|into|on|to)\\s+(?:the|your|my)\\s+(?:message|callback|request|note)",
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
    flagAnnouncement: [
      "(?:i've|ive|i\\s+have|i'll|ill|i\\s+will|i'm\\s+going\\s+to|im\\s+going\\s+to)\\s+(?:let|told|tell)\\s+(?:your|the|dr)\\s+{G2}(?:know|about\\s+(?:this|that|it))",
      "(?:doctor|nurse|team|clinic)\\s+(?:has|have)\\s+(?:been|now\\s+been)\\s+(?:told|informed|alerted|notified|flagged)",
      "(?:i'm|im|i\\s+am|i'll|i\\s+will|i've|i\\s+have|i'd\\s+like\\s+to|let\\s+me)\\s+(?:going\\s+to\\s+|gonna\\s+|about\\s+to\\s+)?(?:just\\s+)?(?:flag\\w*|alert\\w*|mark\\w*\\s+(?:this|it|that|these|both)\\s+(?:as\\s+)?urgent)\\b",
      // the care team has to hear of it: "your surgeon will want to hear about this", "the nurses will want to know"; not
      // what to report should it happen ("will want to know if it spreads")
      "(?:{CLIN}|prescriber|they)\\s+(?:[a-z']+\\s+){0,2}?(?:needs?|has|have|must|should|will\\s+want|would\\s+want|will\\s+need|ought)\\s+to\\s+(?:know|hear)\\b(?!\\s+(?:if|whether|when|how|what|which|who|where|why|more|your|about\\s+(?:any|anything)))",
      "^(?:[a-z]+,\\s+)?(?:please\\s+)?(?:let|tell)\\s+(?:the|your|dr\\s+\\w+'?s?|{CLIN})\\s+(?:[a-z']+\\s+){0,2}?know\\b(?!\\s+(?:if|whether|when|at|before|how))",
      "important\\s+(?:for|that)\\s+(?:the|your)\\s+(?:doctor|nurse|team|clinic|surgeon|gp|midwife|care\\s+team|specialist)\\s+(?:to\\s+)?knows?\\b",
      "(?:passing|pass|sending|send|putting|put)\\s+(?:this|that|it|these|both)\\s+(?:on\\s+|through\\s+)?(?:to|for)\\s+{G3}(?:today|now|right\\s+away|straight\\s+away|urgently|as\\s+urgent)",
    ],
    concernOpening: [
      // "that's important", "this sounds serious", "that's a warning sign"; not "that's an
      // important question" nor "it's important to..." (advice)
      "(?:that's|thats|that\\s+is|this\\s+is|that\\s+sounds|this\\s+sounds|those\\s+are|these\\s+are)\\s+(?:(?:also|really|very|quite)\\s+)*(?:important|{DANGER}|concerning|worrying|serious|not\\s+safe|unsafe|dangerous|urgent|an\\s+emergency|a\\s+(?:concern|warning\\s+sign|red\\s+flag|medical\\s+emergency)|warning\\s+signs|red\\s+flags)(?!\\s+(?:question|to\\s+ask|point))",
      // a judgement of any subject: "a fit that long is a medical emergency"; not a conditional
      "(?!(?:if|when|whenever|should|unless|in\\s+case|any|anything|signs?|nothing|none|neither)\\b)(?:[a-z'-]+,?\\s+){1,8}?(?:is|are)\\s+(?:(?:also|really|very|quite)\\s+)*(?:concerning|{DANGER}|worrying|serious|not\\s+safe|unsafe|dangerous|urgent|an\\s+emergency|a\\s+(?:concern|warning\\s+sign|red\\s+flag|medical\\s+emergency))(?!\\s+(?:question|to\\s+ask|point))",
      "(?:i'm|im|i\\s+am)\\s+(?:a\\s+(?:bit|little)\\s+|quite\\s+|really\\s+|very\\s+)?(?:concerned|worried)\\s+(?:about|by)\\s+(?:that|this|what\\s+you)",
      // the agent interrupting to act on the turn: "I need to stop you there.", "That's something to act on now."
      "(?:i\\s+need\\s+to|i\\s+have\\s+to|let\\s+me|i'm\\s+going\\s+to)\\s+stop\\s+you\\s+(?:there|right\\s+there|for\\s+a\\s+(?:moment|second))",
      "(?:that's|thats|that\\s+is|this\\s+is)\\s+(?:something|one)\\s+to\\s+act\\s+on",
      // what the patient said, judged as a whole: "what you're describing is important"
      "what\\s+you(?:'re|\\s+are)?\\s+(?:telling\\s+me|describing|saying|told\\s+me|described)\\s+(?:is|sounds)\\s+(?:(?:really|very|quite)\\s+)*(?:important|serious|concerning|worrying|urgent)",
    ],
    thanksBeforeJudgement: [
      "(?:thank\\s+you|thanks)(?:\\s+(?:so\\s+much|for\\s+(?:telling|letting)\\s+me(?:\\s+(?:that|this|about\\s+(?:that|this|it)|know))?|for\\s+(?:being\\s+(?:so\\s+)?(?:honest|straight|open)(?:\\s+with\\s+me)?|sharing\\s+(?:that|this)|saying\\s+so|mentioning\\s+(?:that|this|it))))?",
    ],
    disclosureThanks: [
      // a thanks for a disclosure opening the reply ("Thank you for being honest with me."); not "thanks for letting me know", said to any news
      "(?:thank\\s+you|thanks)(?:\\s+so\\s+much)?\\s+for\\s+(?:telling\\s+me|being\\s+(?:so\\s+)?(?:honest|straight|open|upfront)|sharing\\s+(?:that|this)|owning\\s+up)",
      "(?:i'm|im|i\\s+am)\\s+(?:really\\s+|so\\s+|very\\s+)?glad\\s+you\\s+(?:told\\s+me|said\\s+(?:so|it|that|something)|mentioned\\s+(?:it|that|this)|shared\\s+(?:it|that|this)|brought\\s+(?:it|that|this)\\s+up)",
      // a thanks for checking what the patient did: "I'm glad you asked.", "Thank you for checking that with me."
      "(?:i'm|im|i\\s+am)\\s+(?:really\\s+|so\\s+)?glad\\s+you\\s+(?:asked|checked)|(?:thank\\s+you|thanks)\\s+for\\s+checking(?:\\s+(?:that|this|it))?(?:\\s+with\\s+me)?",
    ],
    calmOpening: [
      // the agent opening its reply by calling what was said normal or good news: "That's very common after surgery.", "That's great to hear."
      "(?:that's|thats|that\\s+is|it's|its|it\\s+is|this\\s+is|those\\s+are|these\\s+are|that\\s+sounds)\\s+(?:(?:very|quite|really|completely|perfectly|pretty|a|an|the|usually|generally|often|like|all|entirely|totally)\\s+)*(?:normal|common|expected|usual|typical|reassuring|harmless|good\\s+to\\s+hear|great\\s+to\\s+hear|nothing\\s+to\\s+worry\\s+about)",
      // a reading judged safe: "Those numbers are fine.", "Those are all within your targets.", "That's right on target."
      "(?:those|these|that|your)\\s+(?:numbers|readings|reading|levels|level|number|results|result)\\s+(?:are|is)\\s+(?:all\\s+)?(?:fine|normal|good|okay|within|in\\s+range)",
      "(?:those|these)\\s+are\\s+(?:all\\s+)?within|(?:that's|thats|that\\s+is)\\s+(?:right\\s+)?on\\s+target|(?:that's|thats|that\\s+is)\\s+a\\s+(?:good|great|reassuring)\\s+sign",
    ],
    // words that turn a calm opening into a "but": "That's common, but with a fever it needs checking"
    calmContrast: ["but", "however", "though", "still", "unless", "except"],
    // the same judgement later in the first sentence: "Some swelling of the ankles is very common in late pregnancy."
    calmJudgement: ["(?:is|are|can\\s+be)\\s+(?:(?:very|quite|fairly|really|pretty|extremely|also|usually|generally|often)\\s+)*(?:common|normal|expected|usual|typical|harmless)"],
    // the agent taking the turn up without escalating: "please tell them about that too", "that can be dangerous"
    takesUp: ["(?:tell|mention|report)(?:\\s+(?:that|this|it))?\\s+(?:to\\s+)?(?:them|the\\s+team|your\\s+team|the\\s+doctor|your\\s+doctor|the\\s+nurse|the\\s+clinic|the\\s+office|the\\s+ward|the\\s+surgery|the\\s+gp|your\\s+gp|the\\s+hospital|the\\s+midwife)(?:\\s+about\\s+(?:that|this|it|the\\s+[a-z]+))?\\s+(?:too|as\\s+well|also|when\\s+you\\s+(?:call|ring|phone|get\\s+there|speak))", "(?:mention|tell\\s+them\\s+about|tell\\s+the\\s+team\\s+about)\\s+(?:that|this|it)\\s+(?:too|as\\s+well)", "(?:can|could)\\s+be\\s+(?:very\\s+|really\\s+)?(?:harmful|dangerous)|(?:isn't|is\\s+not)\\s+safe|(?:above|below|over|under)\\s+(?:the\\s+)?(?:level\\s+|range\\s+)?(?:considered\\s+)?safe"],
    // the agent offering contact in a question, and the patient saying yes to it: a request for contact
    contactOffer: ["(?:would\\s+you\\s+like|do\\s+you\\s+want|shall\\s+i|should\\s+i|can\\s+i|could\\s+i|may\\s+i|want\\s+me\\s+to|would\\s+it\\s+help\\s+if\\s+i)\\b[^?.!]{0,80}?(?:(?:call|ring|phone|contact)\\s+you|give\\s+you\\s+a\\s+(?:call|ring|bell)|(?:speak|talk)\\s+(?:to|with)\\s+(?:a|an|the|one\\s+of\\s+the|your|someone|somebody|dr)\\b|put\\s+you\\s+through|connect\\s+you|(?:a|arrange\\s+a|book\\s+a)\\s+(?:call\\s*back|phone\\s+call))"],
    offerAccepted: ["(?:(?:oh|um|uh|er|erm|ah|well|okay|ok|right|mm|hmm)[\\s,.]+){0,2}(?:yes|yeah|yep|yup|yea|aye|please(?:\\s+do)?|sure|go\\s+on|go\\s+ahead|that\\s+would\\s+be\\s+(?:great|good|lovely|helpful|brilliant|grand|nice|kind)|that'd\\s+be\\s+(?:great|good|lovely|helpful|brilliant|grand|nice|kind)|i\\s+would|i'd\\s+like\\s+that|if\\s+you\\s+(?:could|can|would|don't\\s+mind)|definitely|absolutely)(?![\\s,.]+(?:no|not|nah|it's\\s+fine|i'm\\s+fine|im\\s+fine|maybe|later|i'll|ill|thanks\\s+but))"],
    additionalConcern: [
      "(?:(?:[a-z]+'s|is|are|was|its|thats)\\s+(?:also\\s+)?(?:another|one\\s+more|a\\s+further|an\\s+additional)\\s+(?:(?:important|serious|clear|real|big|strong|good|urgent)\\s+)?(?:warning\\s+sign|danger\\s+sign|red\\s+flag|sign\\s+of\\s+(?:trouble|danger)|reason\\s+(?:to|for)\\s+(?:[a-z']+\\s+){0,2}?(?:call|calling|ring|ringing|phone|go|going|get\\s+(?:seen|checked|help)|be\\s+seen|be\\s+checked|seek|contact|not\\s+wait|not\\s+to\\s+wait|act|come\\s+in|see\\s+(?:a|the|your|someone))))(?!\\s+(?:to\\s+(?:look|watch|keep|be\\s+aware)|you\\s+(?:should|might|may|need)|that\\s+you\\s+should))",
    ],
    urgentReferral: [
      "(?:call|ring|phone|contact|go(?:ing)?\\s+to|get\\s+to|head\\s+to|seek|attend|visit|be\\s+seen)\\s+{G6}(?:now|today|tonight|right\\s+away|straight\\s+away|immediately|right\\s+now|as\\s+soon\\s+as|urgent\\w*|emergency|a&e|a\\s+and\\s+e|er\\b|911|999|112|988|this\\s+afternoon|this\\s+evening|this\\s+morning)",
      "(?:needs?|need)\\s+(?:to\\s+)?(?:be\\s+)?(?:checked|seen|looked\\s+at|assessed|examined|evaluated|reported)\\s+(?:[a-z']+,?\\s+){0,3}(?:now|today|right\\s+away|straight\\s+away|immediately|promptly|urgently|not\\s+at|soon|quickly)",
      "(?:needs?|wants?|would\\s+want)\\s+to\\s+(?:hear|know)\\s+about\\s+(?:this|that|it|them)",
      "(?:please\\s+)?(?:don't|do\\s+not)\\s+wait",
      "(?:should|must|need\\s+to)\\s+be\\s+reported\\s+(?:right\\s+away|straight\\s+away|immediately|today|promptly)",
      "warning\\s+signs?|emergency\\s+(?:department|room)|urgent\\s+(?:care|attention)|\\b(?:911|999|112|988)\\b",
      "make\\s+that\\s+call|that\\s+(?:phone\\s+)?call\\s+(?:now|today|right\\s+away)",
      "(?:ask|get)\\s+{G4}(?:to\\s+)?(?:look\\s+at|check|see)\\s+{G3}(?:today|now|right\\s+away|straight\\s+away|as\\s+soon\\s+as)",
    ],
    continuingEscalation: [
      "\\bstill\\s+(?:needs?|has\\s+to|have\\s+to|must|wants?\\s+(?:to|you)|needs?\\s+attention)\\b",
      "\\b(?:even\\s+so|all\\s+the\\s+same|regardless|nonetheless|nevertheless|either\\s+way|in\\s+any\\s+case)\\b",
      "\\b(?:is|are|remains?)\\s+still\\s+(?:the\\s+)?(?:priority|what\\s+matters|most\\s+important)|\\bremains?\\s+(?:the\\s+)?(?:priority|urgent|important)",
    ],
    conditionalEscalation: [
      "^(?:[a-z]+,\\s+)?(?:and\\s+)?(?:if|should\\s+you|in\\s+case|unless|whenever)\\b",
      "(?:right\\s+away|straight\\s+away|immediately|now|today|urgently|promptly)\\s+(?:if|should|in\\s+case|whenever|when)\\b",
      "warning\\s+signs?|watch\\s+(?:out\\s+)?for|look\\s+out\\s+for|keep\\s+an\\s+eye",
      // safety-netting told as a possibility: "...would need urgent attention", "you'd need urgent care for that"
      "\\b(?:would|could)\\s+(?:need|mean|warrant|require|be\\s+(?:a\\s+reason|reasons?|an?\\s+emergency|different|grounds))\\b",
      "\\byou(?:'d|\\s+would)\\s+(?:need|want|have\\s+to|call|go|ring|phone|head)\\b",
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
      // a verdict that opens the reply: "Not necessarily.", "Very normal.", "Possibly, but..."
      "^(?:[a-z]+,\\s+)?(?:not\\s+necessarily|not\\s+always|not\\s+at\\s+all|possibly|probably|very\\s+(?:normal|common|likely|unlikely|rare)|quite\\s+(?:normal|common|likely)|perfectly\\s+(?:normal|fine|safe)|it\\s+could\\s+be|it\\s+might\\s+be|it\\s+can\\s+be|could\\s+be|rarely|sometimes)\\s*[,.;:!]",
      // a yes/no question answered by how many it is true of: "Some do.", "Most people can't."
      "^(?:[a-z]+,\\s+)?(?:some|most|many|a\\s+few|few|lots)\\s+(?:of\\s+them\\s+|people\\s+|children\\s+|kids\\s+|patients\\s+|women\\s+|men\\s+)?(?:do|don't|can|can't|will|won't|are|aren't|does|doesn't|need\\s+to|have\\s+to|manage)\\s*[,.;:!]",
    ],
    // the first entry: the patient asks whether the team will contact them ("will they ring us on this mobile?")
    referralCues: ["(?:will|would|can|could|do|does|did|are|is)\\s+(?:they|she|he|the\\s+[a-z]+|someone|somebody)\\s+(?:going\\s+to\\s+|gonna\\s+)?(?:ring|call|phone|contact|text)\\s+(?:us|me)\\b", "{CLIN}(?:'s)?\\s+(?:[a-z']+\\s+){0,3}?(?:will|would|can|could|needs?\\s+to|has\\s+to|have\\s+to|is\\s+the|are\\s+the|decides?|sets?|clears?|advises?|determines?|plans?|works?\\s+out|knows?)\\s+(?:(?:need|want|be\\s+able)\\s+to\\s+)?(?:decide|set|clear|advise|tell|explain|go\\s+over|go\\s+through|work\\s+out|assess|check|look|confirm|review|talk|discuss|plan|let\\s+you\\s+know|best|right|one|people|person|you)", "(?:ask|call|ring|phone|contact|check\\s+with|speak\\s+to|talk\\s+to|raise\\s+(?:it|this|that)\\s+with|discuss\\s+(?:it|this|that)\\s+with|talk\\s+(?:it|this|that)\\s+through\\s+with|go\\s+over\\s+(?:it|this|that)\\s+with)\\s+(?:your|the|dr|doctor|them|him|her)\\b", "(?:something|one|a\\s+question|a\\s+decision|a\\s+call)\\s+(?:for|to\\s+(?:ask|discuss|raise|check|talk\\s+through)\\s+(?:with)?)\\s+(?:your|the|dr)\\b", "has\\s+to\\s+come\\s+from", "the\\s+one\\s+to\\s+ask"],
    answerOpeners: ["yes", "yeah", "yep", "no", "nope", "sure", "absolutely", "definitely", "of\\s+course", "not\\s+really", "not\\s+usually", "usually", "generally", "it\\s+(?:can|could|may|might|does|doesn'?t|is|isn'?t|will|won'?t)", "you\\s+(?:can|can'?t|should|shouldn'?t|may|don'?t|do)", "they'?re\\s+(?:quite|very|not)", "that'?s\\s+(?:fine|okay|normal|common|right|correct)"],
    amountWords: ["few", "couple", "several", "half"],
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
      question: ["lift", "lifting", "(?:carry|carrying)\\s+(?:heavy|things|shopping|bags?|the\\s+(?:baby|shopping|bags?|washing)|anything|more\\s+than|much)", "heavy"],
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

};
