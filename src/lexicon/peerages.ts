/**
 * British peerage styles (extract/entities/peerages.ts). As written, capitalized.
 * PEER_NAME_TITLES: before a peer's name and territorial designation ("Lord Falconer of Thoroton", "Baroness
 * Scotland of Asthal", "Lady Kennedy of The Shaws"). Not "Earl", "Viscount" and the like: a peer of those ranks is
 * styled "the Earl of Y", and "Earl" opens American names ("Earl Johnson of Harris Trust": Reuters bench).
 */
export const PEER_NAME_TITLES: readonly string[] = ["Lord", "Lady", "Baroness", "Baron"];

/**
 * Titles that style a person by a place alone, after "the" ("the Duke of Edinburgh", "the Prince of Wales", "the
 * Countess of Wessex"); resolve/names/styled-persons.ts.
 */
export const DESIGNATION_TITLES: readonly string[] = [
  "Duke",
  "Duchess",
  "Prince",
  "Princess",
  "Earl",
  "Countess",
  "Marquess",
  "Marchioness",
  "Viscount",
  "Viscountess",
];
