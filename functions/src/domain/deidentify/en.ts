import type { DeidentifyPack } from "./types";

export const en: DeidentifyPack = {
  language: "en",
  questionOpeners: [
    "am", "are", "can", "could", "did", "do", "does", "had", "has", "have", "how", "is", "may", "might", "must",
    "shall", "should", "was", "were", "what", "when", "where", "which", "who", "whom", "whose", "why", "will", "would",
  ],
  leadingFillers: ["also", "and", "but", "so", "oh", "ok", "okay", "well", "um", "uh", "then", "now", "right", "doctor", "doc", "please"],
  nameTitles: ["mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "nurse", "sister", "father", "aunt", "uncle"],
  namePhrases: ["my name is", "i am called", "this is", "called", "named", "my son", "my daughter", "my wife", "my husband", "my neighbour", "my neighbor", "my friend"],
  months: [
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  ],
  notNames: [
    "i", "i'm", "i've", "i'll", "i'd", "ok", "okay",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "english", "spanish", "christmas", "easter",
    // common words that open a sentence
    "a", "an", "the", "my", "your", "our", "his", "her", "their", "it", "it's", "this", "that", "these", "those", "there",
    "if", "after", "before", "since", "with", "without", "for", "in", "on", "at", "about", "during", "while", "any", "some",
    "please", "sorry", "thanks", "thank", "hello", "hi", "yes", "no",
  ],
  examples: [
    { said: "Can I take ibuprofen with my heart tablets?", shown: "Can I take ibuprofen with my heart tablets?" },
    { said: "Also, can I drive after the surgery?", shown: "Can I drive after the surgery?" },
    { said: "My neighbour Zelda Quartermaine says it's fine. Can I swim yet?", shown: "Can I swim yet?" },
    { said: "Should I call Dr. Okafor about the rash?", shown: "Should I call [name] about the rash?" },
    { said: "Can Mrs Patel pick up my prescription?", shown: "Can [name] pick up my prescription?" },
    { said: "Can you email me at sam.lee@example.com?", shown: "Can you email me at [email]?" },
    { said: "Should I ring 555-123-4567 or +44 20 7946 0958?", shown: "Should I ring [phone] or [phone]?" },
    { said: "Is my appointment on 12 March still on?", shown: "Is my appointment on [date] still on?" },
    { said: "Is the check-up on March 12th or 2025-03-19?", shown: "Is the check-up on [date] or [date]?" },
    { said: "Can I take 400 mg twice a day?", shown: "Can I take [number] mg twice a day?" },
    { said: "is it ok to shower on Monday", shown: "is it ok to shower on Monday" },
    { said: "If I miss a dose, should I take two the next day?", shown: "If I miss a dose, should I take two the next day?" },
    { said: "Zelda told me to ask, can I swim?", shown: "Can I swim?" },
    { said: "Zelda Quartermaine may visit tomorrow?", shown: "[name] may visit tomorrow?" },
    { said: "Can I take Tylenol with an MRI booked?", shown: "Can I take [name] with an MRI booked?" },
    { said: "My name is Sam Lee, can I bring my wife?", shown: "My name is [name], can I bring my wife?" },
    { said: "Thanks, that helps a lot.", shown: null },
  ],
};
