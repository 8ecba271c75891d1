// natural is imported by submodule only (the package root loads database drivers and prints to stdout);
// its type declarations cover the root, so the submodules used are declared here.
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export default stopwords;
}

declare module "natural/lib/natural/distance/jaro-winkler_distance.js" {
  /** Similarity in [0, 1] (1 = identical), despite the name. */
  export default function JaroWinklerDistance(
    a: string,
    b: string,
    options?: { ignoreCase?: boolean },
  ): number;
}
