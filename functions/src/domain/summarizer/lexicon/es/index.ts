/** The Spanish language pack, assembled from its parts. */

import type { LanguageLexicon } from "../types";
import { ES_IDIOMS, ES_RULES, ES_TERMS } from "./attention";
import { ES_CONTEXT, ES_DETECTION_WORDS, ES_GAP_BLOCKERS, ES_MEASUREMENTS } from "./context";
import { ES_DIALOGUE } from "./dialogue";
import { ES_FLOOR_RULES, ES_FLOOR_TERMS } from "./floor";

export const ES_LEXICON: LanguageLexicon = {
  code: "es",
  name: "Español",
  detectionWords: ES_DETECTION_WORDS,
  detectionCharacters: ["¿", "¡"],
  gapBlockers: ES_GAP_BLOCKERS,
  terms: { ...ES_TERMS, ...ES_FLOOR_TERMS },
  rules: [...ES_RULES, ...ES_FLOOR_RULES],
  idioms: ES_IDIOMS,
  context: ES_CONTEXT,
  measurements: ES_MEASUREMENTS,
  ...ES_DIALOGUE,
};
