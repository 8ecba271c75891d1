/**
 * A capital as a speaker (`“…,” Moscow said`, `said Tehran`, `Pyongyang said in a statement`): the country's
 * government speaking, an organization speaker named by the capital, never a person. Before, a capital the tagger
 * missed or read as a person ("Valletta", "Doha", "Tunis", "Vilnius", "Paris") was a person of that name: of 54
 * capitals in an invented one-line statement, 13 were persons.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { CAPITAL_COUNTRIES } from "../../lexicon/capitals-data.js";
import type { Mention } from "../../types.js";
import { personNamed, type SpeakerContext } from "./context.js";

/**
 * The organization a speaker phrase that is a capital alone names (the place's entity where the tagger read one,
 * else the capital as written), or null. Not a person the document names in full with the word ("Rui
 * Lima", "Ben Washington"); a capital that is also a first name ("Sofia", "Santiago", "Washington") speaks for
 * its country only where the document names that country, as a careful reader takes "Sofia said" in a story
 * about Bulgaria.
 */
export function capitalSpeaking(
  context: SpeakerContext,
  phrase: string,
  found: readonly Mention[],
): string | null {
  const country = CAPITAL_COUNTRIES.get(phrase);
  if (country === undefined) return null;
  const person = personNamed(context, phrase);
  if (person !== null && person !== phrase) return null;
  if (
    context.mentions.some(
      (m) => m.type === "person" && m.entity !== phrase && ` ${m.entity} `.includes(` ${phrase} `),
    )
  )
    return null;
  if (isKnownFirstName(phrase)) {
    const named = context.mentions.some(
      (m) => (m.type === "country" || m.type === "demonym") && m.entity === country,
    );
    if (!named) return null;
  }
  const place = found.find((m) => (m.type === "place" || m.type === "organization") && m.text === phrase);
  return place?.entity ?? phrase;
}
