/**
 * British peerage styles (extract/entities/peerages.ts). As written, capitalized.
 * PEER_NAME_TITLES: before a peer's name and territorial designation ("Lord Falconer of Thoroton", "Baroness
 * Scotland of Asthal", "Lady Kennedy of The Shaws").
 */
export const PEER_NAME_TITLES: readonly string[] = [
  "Lord",
  "Lady",
  "Baroness",
  "Baron",
  "Viscount",
  "Viscountess",
  "Earl",
  "Countess",
  "Marquess",
  "Marchioness",
];
