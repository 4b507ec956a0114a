/**
 * A language pack for de-identifying patient questions before they reach an aggregate (the
 * dashboard's knowledge gaps). Every list carries examples: the unit tests run each one.
 */
export interface DeidentifyPack {
  readonly language: string;
  /** Lower-case words that open a question sentence without a question mark ("can", "how"). */
  readonly questionOpeners: readonly string[];
  /** Lower-case discourse words dropped from the start of a question ("also", "and", "so"). */
  readonly leadingFillers: readonly string[];
  /** Titles that precede a person's name ("Mrs", "Dr"); matched case-insensitively, with or without a dot. */
  readonly nameTitles: readonly string[];
  /** Phrases after which the next capitalised words are the speaker's or someone's name. */
  readonly namePhrases: readonly string[];
  /** Month names (and common abbreviations) that make a day number into a date. */
  readonly months: readonly string[];
  /** Capitalised words that are not names in this language (days, "I", languages...). */
  readonly notNames: readonly string[];
  /** Examples the tests run: the question as the patient said it, and what the dashboard may show. */
  readonly examples: readonly { readonly said: string; readonly shown: string | null }[];
}
