/**
 * British peerage styles (extract/entities/peerages.ts). As written, capitalized.
 * PEER_NAME_TITLES: before a peer's name and territorial designation ("Lord Falconer of Thoroton", "Baroness
 * Scotland of Asthal", "Lady Kennedy of The Shaws"). Not "Earl", "Viscount" and the like: a peer of those ranks is
 * styled "the Earl of Y", and "Earl" opens American names ("Earl Johnson of Harris Trust": Reuters bench).
 */
export const PEER_NAME_TITLES: readonly string[] = ["Lord", "Lady", "Baroness", "Baron"];
