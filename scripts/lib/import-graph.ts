/**
 * The graph of a source tree's relative imports, its import loops and the imports that climb a layer, for
 * scripts/check-imports.ts (run by `npm test`). Type-only and on-demand (`import("…")`) imports count: a loop
 * through them loads fine but still ties two modules that should stand one above the other.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface ImportEdge {
  /** The imported file, relative to the tree's root, with "/" between folders ("resolve/names/gender.ts"). */
  to: string;
  /** `import type`, `export type`, or every name of the import marked `type`. */
  typeOnly: boolean;
}

/** Each file of the tree (relative, "/"-separated) → the tree's files it imports. */
export type ImportGraph = ReadonlyMap<string, readonly ImportEdge[]>;

/** The relative imports a module's text writes: specifier as written, and whether it brings types only. */
export function importsOf(
  text: string,
  fileName = "module.ts",
): Array<{ specifier: string; typeOnly: boolean }> {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false);
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    if (specifier.startsWith(".")) found.push({ specifier, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const bindings = clause?.namedBindings;
      const allNamesTypes =
        clause !== undefined &&
        clause.name === undefined &&
        bindings !== undefined &&
        ts.isNamedImports(bindings) &&
        bindings.elements.length > 0 &&
        bindings.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, clause?.isTypeOnly === true || allNamesTypes);
    } else if (
      ts.isExportDeclaration(node) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      const clause = node.exportClause;
      const allNamesTypes =
        clause !== undefined &&
        ts.isNamedExports(clause) &&
        clause.elements.length > 0 &&
        clause.elements.every((e) => e.isTypeOnly);
      add(node.moduleSpecifier.text, node.isTypeOnly || allNamesTypes);
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] !== undefined &&
      ts.isStringLiteral(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node)) {
      const literal = ts.isLiteralTypeNode(node.argument) ? node.argument.literal : undefined;
      if (literal !== undefined && ts.isStringLiteral(literal)) add(literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Every .ts file below `root` (relative, "/"-separated, sorted). */
export function sourceFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const relative = dir === "" ? entry.name : `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(relative);
      else if (entry.name.endsWith(".ts")) files.push(relative);
    }
  };
  walk("");
  return files.sort();
}

/**
 * The import graph of the files below `root`. An import of "x.js" is the file "x.ts" (NodeNext writes the
 * compiled name); one that names no file of the tree (a package, JSON data) is left out.
 */
export function importGraph(root: string): ImportGraph {
  const files = sourceFiles(root);
  const known = new Set(files);
  const graph = new Map<string, ImportEdge[]>();
  for (const file of files) {
    const edges: ImportEdge[] = [];
    for (const { specifier, typeOnly } of importsOf(readFileSync(path.join(root, file), "utf8"), file)) {
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
      const to = target.replace(/\.js$/, ".ts");
      if (known.has(to)) edges.push({ to, typeOnly });
      else if (known.has(`${to}/index.ts`)) edges.push({ to: `${to}/index.ts`, typeOnly });
    }
    graph.set(file, edges);
  }
  return graph;
}

/**
 * The import loops: one loop per group of files that reach each other (Tarjan's strongly connected
 * components), written as a path that starts and ends at the group's first file ("a.ts → b.ts → a.ts").
 */
export function importLoops(graph: ImportGraph): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  let next = 0;
  const connect = (file: string): void => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const { to } of graph.get(file) ?? []) {
      if (!graph.has(to)) continue;
      if (!index.has(to)) {
        connect(to);
        low.set(file, Math.min(low.get(file) as number, low.get(to) as number));
      } else if (onStack.has(to)) low.set(file, Math.min(low.get(file) as number, index.get(to) as number));
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop() as string;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    const selfLoop = (graph.get(file) ?? []).some((e) => e.to === file);
    if (group.length > 1 || selfLoop) groups.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) connect(file);
  return groups
    .map((group) => loopThrough(graph, group))
    .sort((a, b) => (a[0] as string).localeCompare(b[0] as string));
}

/** The shortest loop from a group's first file back to it, inside the group (breadth first). */
function loopThrough(graph: ImportGraph, group: readonly string[]): string[] {
  const members = new Set(group);
  const start = group[0] as string;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const file = queue[i] as string;
    for (const { to } of graph.get(file) ?? []) {
      if (!members.has(to)) continue;
      if (to === start) {
        const loop = [start];
        for (let at: string | undefined = file; at !== undefined && at !== start; at = cameFrom.get(at))
          loop.splice(1, 0, at);
        loop.push(start);
        return loop;
      }
      if (!cameFrom.has(to)) {
        cameFrom.set(to, file);
        queue.push(to);
      }
    }
  }
  return [start, start];
}

export interface LayerBreach {
  from: string;
  to: string;
  fromLayer: string;
  toLayer: string;
}

/**
 * Imports that climb: `layerOf` gives a file's layer (null: a file no layer rule covers) and `rank` its
 * height; a file may import its own layer and those below, nothing above. `allowed` lists single imports
 * the rule lets pass ("from -> to"), each with the reason in the caller.
 */
export function layerBreaches(
  graph: ImportGraph,
  layerOf: (file: string) => string | null,
  rank: ReadonlyMap<string, number>,
  allowed: ReadonlySet<string> = new Set(),
): LayerBreach[] {
  const breaches: LayerBreach[] = [];
  for (const [from, edges] of graph) {
    const fromLayer = layerOf(from);
    if (fromLayer === null) continue;
    for (const { to } of edges) {
      const toLayer = layerOf(to);
      if (toLayer === null || allowed.has(`${from} -> ${to}`)) continue;
      if ((rank.get(toLayer) ?? 0) > (rank.get(fromLayer) ?? 0))
        breaches.push({ from, to, fromLayer, toLayer });
    }
  }
  return breaches.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
