/** The German language pack, assembled from its parts. */

import type { LanguageLexicon } from "../types";
import { DE_IDIOMS, DE_RULES, DE_TERMS } from "./attention";
import { DE_CONTEXT, DE_DETECTION_WORDS, DE_GAP_BLOCKERS, DE_MEASUREMENTS } from "./context";
import { DE_DIALOGUE } from "./dialogue";
import { DE_FLOOR_RULES, DE_FLOOR_TERMS } from "./floor";

export const DE_LEXICON: LanguageLexicon = {
  code: "de",
  name: "Deutsch",
  detectionWords: DE_DETECTION_WORDS,
  gapBlockers: DE_GAP_BLOCKERS,
  terms: { ...DE_TERMS, ...DE_FLOOR_TERMS },
  rules: [...DE_RULES, ...DE_FLOOR_RULES],
  idioms: DE_IDIOMS,
  context: DE_CONTEXT,
  measurements: DE_MEASUREMENTS,
  ...DE_DIALOGUE,
};
