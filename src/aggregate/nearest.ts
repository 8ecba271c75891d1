import jaroWinkler from "natural/lib/natural/distance/jaro-winkler_distance.js";
import { foldForMatch } from "../text/fold.js";

/** The names closest to what the user typed (natural's Jaro–Winkler similarity), for "did you mean". */
export function nearestNames(query: string, names: Iterable<string>, count = 3): string[] {
  const q = foldForMatch(query);
  const scored: { name: string; score: number }[] = [];
  for (const name of names) {
    const folded = foldForMatch(name);
    // Compare with the whole name and with each of its words, so that "Whitlo" finds "Dana Whitlow".
    const score = Math.max(jaroWinkler(q, folded), ...folded.split(" ").map((w) => jaroWinkler(q, w)));
    scored.push({ name, score });
  }
  scored.sort((a, b) => b.score - a.score || (a.name < b.name ? -1 : 1));
  return scored
    .filter((s) => s.score >= 0.7)
    .slice(0, count)
    .map((s) => s.name);
}
