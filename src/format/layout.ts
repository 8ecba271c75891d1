/**
 * How a table fits a terminal: which columns are shown and how wide each one is. Pure arithmetic on widths
 * (in terminal cells), so that every view's table — whatever its columns — shrinks the same way:
 *
 * 1. text columns (weight > 0) shrink and wrap, down to their minimum, before any column goes;
 * 2. when even the minimums do not fit, the column of lowest priority goes, then the next, and so on;
 *    a column without a priority is never left out;
 * 3. if the columns that are left still do not fit, text columns go below their minimum, each by the same
 *    fraction (to one cell at least).
 *
 * The room left over is shared among text columns in proportion to their weight, a column never getting
 * more than its natural width (its widest cell or header).
 */
export interface ColumnSpec {
  /** The widest cell or header, in terminal cells. */
  natural: number;
  /** Text columns: the narrowest it should be wrapped to before columns are left out. */
  min: number;
  /** 0: keeps its natural width (numbers, dates, bars); > 0: a text column's share of the room. */
  weight: number;
  /** Lower goes first when space runs out; undefined: never left out. */
  priority?: number;
}

export interface Layout {
  /** Indices of the columns shown, in their original order. */
  shown: number[];
  /** The content width of each shown column (same order as `shown`). */
  widths: number[];
  /** Indices of the columns left out, in the order they went. */
  dropped: number[];
}

/** A table of n columns draws n + 1 borders and one cell of padding on each side of every column. */
export const tableOverhead = (columns: number): number => 3 * columns + 1;

const floorOf = (spec: ColumnSpec): number =>
  spec.weight > 0 ? Math.max(1, Math.min(spec.min, spec.natural)) : spec.natural;

function minimumWidth(specs: readonly ColumnSpec[], shown: readonly number[]): number {
  return shown.reduce((sum, i) => sum + floorOf(specs[i] as ColumnSpec), tableOverhead(shown.length));
}

/** `keepAll`: the columns were chosen by the user (--columns), so none is left out. */
export function planLayout(specs: readonly ColumnSpec[], total: number, keepAll = false): Layout {
  const shown = specs.map((_, i) => i);
  const dropped: number[] = [];
  while (!keepAll && minimumWidth(specs, shown) > total) {
    let victim = -1;
    for (const i of shown) {
      const priority = specs[i]?.priority;
      if (priority === undefined) continue;
      // Ties: the rightmost column goes first.
      if (victim < 0 || priority <= (specs[victim]?.priority ?? 0)) victim = i;
    }
    if (victim < 0) break;
    shown.splice(shown.indexOf(victim), 1);
    dropped.push(victim);
  }
  const chosen = shown.map((i) => specs[i] as ColumnSpec);
  const room = total - tableOverhead(chosen.length);
  // Still too wide: every text column gives up the same fraction of its minimum.
  const fixed = chosen.reduce((sum, s) => sum + (s.weight > 0 ? 0 : s.natural), 0);
  const flexible = chosen.reduce((sum, s) => sum + (s.weight > 0 ? floorOf(s) : 0), 0);
  const scale = flexible > 0 ? Math.min(1, Math.max(0, room - fixed) / flexible) : 1;
  const floors = chosen.map((s) => (s.weight > 0 ? Math.max(1, Math.floor(floorOf(s) * scale)) : s.natural));
  return { shown, widths: share(chosen, floors, room), dropped };
}

/**
 * Widths for `room` cells: each text column gets clamp(level × weight, floor, natural), with the highest
 * level that fits (found by bisection: the sum grows with the level); cells lost to rounding go to the
 * heaviest columns that can still grow.
 */
function share(specs: readonly ColumnSpec[], floors: readonly number[], room: number): number[] {
  const widthAt = (level: number): number[] =>
    specs.map((s, i) => {
      const floor = floors[i] ?? 1;
      if (s.weight === 0) return floor;
      return Math.max(floor, Math.min(s.natural, level * s.weight));
    });
  const sum = (widths: readonly number[]) => widths.reduce((a, b) => a + b, 0);
  let low = 0;
  let high = Math.max(1, ...specs.map((s) => s.natural));
  if (sum(widthAt(high)) <= room) return widthAt(high).map(Math.floor);
  for (let step = 0; step < 50; step += 1) {
    const mid = (low + high) / 2;
    if (sum(widthAt(mid)) <= room) low = mid;
    else high = mid;
  }
  const widths = widthAt(low).map(Math.floor);
  const growable = specs
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.weight > 0)
    .sort((a, b) => b.s.weight - a.s.weight || a.i - b.i);
  let spare = room - sum(widths);
  while (spare > 0) {
    const open = growable.filter(({ s, i }) => (widths[i] ?? 0) < s.natural);
    if (open.length === 0) break;
    for (const { i } of open) {
      if (spare === 0) break;
      widths[i] = (widths[i] ?? 0) + 1;
      spare -= 1;
    }
  }
  return widths;
}
