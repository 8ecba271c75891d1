// natural is imported by submodule only (the package root loads database drivers and prints to stdout);
// its type declarations cover the root, so the submodules used are declared here.
declare module "natural/lib/natural/util/stopwords.js" {
  const stopwords: { words: string[] };
  export default stopwords;
}
