import { InternalError } from '../errors.js';
import type { Action, ActionKind } from './types.js';

/** Among actions free to run, this phase order decides; then node order. */
const PHASE: Record<ActionKind, number> = {
  destroy: 0,
  stop: 1,
  update: 2,
  'build-template': 3,
  replace: 3,
  create: 3,
  start: 3,
  restart: 3,
  'patch-profile': 4,
};

/**
 * Orders actions so each comes after everything it depends on, breaking ties
 * by phase and then by node position (reversed for destroys, so a lab comes
 * down in the opposite order it went up). Kahn's algorithm over a binary
 * heap: O(n log n) for n actions.
 */
export function orderActions(actions: Action[], nodeIndex: (node: string) => number): Action[] {
  const rank = (a: Action): [number, number] => [PHASE[a.action], a.action === 'destroy' ? -nodeIndex(a.node) : nodeIndex(a.node)];
  const before = (x: Action, y: Action) => {
    const [px, nx] = rank(x);
    const [py, ny] = rank(y);
    return px !== py ? px < py : nx !== ny ? nx < ny : x.id < y.id;
  };

  const byId = new Map(actions.map((a) => [a.id, a]));
  const waiting = new Map(actions.map((a) => [a.id, a.depends_on.filter((d) => byId.has(d.on)).length]));
  const dependents = new Map<string, Action[]>();
  for (const a of actions) {
    for (const { on } of a.depends_on) {
      if (!byId.has(on)) continue;
      const list = dependents.get(on);
      if (list) list.push(a);
      else dependents.set(on, [a]);
    }
  }

  const heap = new Heap<Action>(before);
  for (const a of actions) if (waiting.get(a.id) === 0) heap.push(a);
  const ordered: Action[] = [];
  while (heap.size > 0) {
    const next = heap.pop();
    ordered.push(next);
    for (const d of dependents.get(next.id) ?? []) {
      const left = waiting.get(d.id)! - 1;
      waiting.set(d.id, left);
      if (left === 0) heap.push(d);
    }
  }
  if (ordered.length !== actions.length) {
    const stuck = actions.filter((a) => waiting.get(a.id)! > 0).map((a) => a.id);
    throw new InternalError(`plan has a dependency cycle among ${stuck.join(', ')}`);
  }
  return ordered;
}

class Heap<T> {
  private items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}
  get size(): number {
    return this.items.length;
  }
  push(item: T): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(items[i]!, items[parent]!)) break;
      [items[i], items[parent]] = [items[parent]!, items[i]!];
      i = parent;
    }
  }
  pop(): T {
    const items = this.items;
    const top = items[0]!;
    const last = items.pop()!;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.less(items[l]!, items[best]!)) best = l;
        if (r < items.length && this.less(items[r]!, items[best]!)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best]!, items[i]!];
        i = best;
      }
    }
    return top;
  }
}
