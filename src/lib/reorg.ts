/**
 * The 1 July 2025 view as pure data: which colour each unit of 2025 gets (neighbours differ) and what each
 * 2019 shape shows. Geometry-free: adjacency comes in as pairs of 2019 codes.
 */
import type { Unit, UnitId } from "../data/types";
import { communes, destinations2025, type Destination2025, type UnitIndex } from "./lineage";

/**
 * Greedy graph colouring, largest degree first (Welsh–Powell), deterministic: ties by id. Returns a colour
 * index per node; neighbours never share one while `k` colours suffice, after which colours are reused.
 */
export function colourGraph(nodes: readonly string[], edges: readonly (readonly [string, string])[], k: number): Map<string, number> {
  const adj = new Map<string, Set<string>>(nodes.map((n) => [n, new Set<string>()]));
  for (const [a, b] of edges) {
    if (a === b || !adj.has(a) || !adj.has(b)) continue;
    adj.get(a)!.add(b);
    adj.get(b)!.add(a);
  }
  // Stryker disable next-line EqualityOperator: node ids are unique, so a < b / a <= b (and a > b / a >= b) order them alike
  const order = [...nodes].sort((a, b) => adj.get(b)!.size - adj.get(a)!.size || (a < b ? -1 : a > b ? 1 : 0));
  const colour = new Map<string, number>();
  for (const n of order) {
    // Stryker disable next-line MethodExpression,ConditionalExpression: an undefined in the set is never asked for (has(c) with a number)
    const used = new Set([...adj.get(n)!].map((m) => colour.get(m)).filter((c) => c !== undefined));
    let c = 0;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: colours in use are all < k, and c ≥ k falls back below either way
    while (c < k && used.has(c)) c++;
    colour.set(n, c < k ? c : order.indexOf(n) % k);
  }
  return colour;
}

/** One 2019 shape of the view: where its territory went. */
export interface ReorgShape {
  unit: Unit;
  code: string;
  destinations: Destination2025[];
}

/** Every 2019 boundary unit with its destinations of 1 July 2025 (empty when none is recorded). */
export function reorgShapes(units: readonly Unit[], index: UnitIndex): ReorgShape[] {
  return communes(units).map((u) => ({ unit: u, code: u.geo_id!, destinations: destinations2025(index, u.id) }));
}

/** Pairs of units of 2025 that touch: across a shared 2019 border, or inside a split commune. */
export function adjacency2025(shapes: readonly ReorgShape[], touching: readonly (readonly [string, string])[]): [UnitId, UnitId][] {
  const byCode = new Map(shapes.map((s) => [s.code, s.destinations.map((d) => d.into)]));
  const pairs = new Set<string>();
  // Stryker disable next-line EqualityOperator: a !== b here, so a < b and a <= b agree
  const add = (a: string, b: string) => a !== b && pairs.add(a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const s of shapes) for (const a of s.destinations) for (const b of s.destinations) add(a.into, b.into);
  for (const [x, y] of touching) for (const a of byCode.get(x) ?? []) for (const b of byCode.get(y) ?? []) add(a, b);
  return [...pairs].sort().map((p) => p.split("|") as [UnitId, UnitId]);
}
