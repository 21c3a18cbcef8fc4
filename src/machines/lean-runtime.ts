/**
 * A lean runtime for headless batch play (sim, balance, bench): it runs the trajectory machine's
 * own config, guards and actions — the one definition in trajectory.ts — without an XState actor.
 * XState's actor builds sets, maps and snapshots on every step, about a third of a headless game's
 * time; batch runs play thousands of games. The batch records (sim --games, balance and the claims
 * computed from them) and the bench play with this runtime; the browser, saves, replays and every
 * other test play with XState itself. tests/unit/lean-runtime.test.ts plays every strategy at every
 * length on both, move by move, and requires the same state, tags, context and `can()` answers.
 *
 * It knows only the statechart features the trajectory uses: nested states with an `initial`,
 * `on`, `always`, `entry`, final states and `onDone`, guards and actions named in `setup()`,
 * targets by sibling key or `#id.path`, and `reenter`; its actions must be `assign`s. Anything
 * else is refused when the runtime is made, so a richer machine cannot run here half understood.
 */
import type { AnyStateMachine, StateValue } from 'xstate';
import type { MachineActor, MachineView } from './actor';

type Event = { type: string };
type Context = Record<string, unknown>;
type Args = { context: Context; event: Event };
interface Transition {
  target?: string;
  guard?: string;
  actions: readonly unknown[];
  reenter?: boolean;
}
interface StateNode {
  key: string;
  path: readonly string[];
  parent: StateNode | null;
  children: Map<string, StateNode>;
  initial?: string;
  final: boolean;
  on: Map<string, Transition[]>;
  always: Transition[];
  onDone: Transition[];
  entry: readonly unknown[];
  /** Its own tags and its ancestors': a state's tags are all of these. */
  tags: ReadonlySet<string>;
}

/** What a state may say (`description` and `meta` change nothing); a key set to undefined is absent. */
const STATE_KEYS = new Set([
  'tags',
  'entry',
  'on',
  'always',
  'initial',
  'states',
  'type',
  'onDone',
  'id',
  'context',
  'description',
  'meta',
]);
const TRANSITION_KEYS = new Set(['target', 'guard', 'actions', 'reenter']);
const asList = <T>(x: T | readonly T[] | undefined): readonly T[] =>
  x === undefined ? [] : Array.isArray(x) ? (x as readonly T[]) : [x as T];

function refuse(path: readonly string[], what: string): never {
  throw new Error(`de snelle looptijd kent ${what} niet (toestand "${path.join('.') || 'wortel'}"); speel met XState`);
}

function transitions(path: readonly string[], raw: unknown): Transition[] {
  return asList(raw).map((t) => {
    if (typeof t === 'string') return { target: t, actions: [] };
    const def = t as Record<string, unknown>;
    for (const k of Object.keys(def)) if (!TRANSITION_KEYS.has(k)) refuse(path, `"${k}" in een overgang`);
    if (def.guard !== undefined && typeof def.guard !== 'string') refuse(path, 'een guard die geen naam is');
    return {
      ...(typeof def.target === 'string' ? { target: def.target } : {}),
      ...(typeof def.guard === 'string' ? { guard: def.guard } : {}),
      ...(def.reenter === true ? { reenter: true } : {}),
      actions: asList(def.actions),
    };
  });
}

function build(config: Record<string, unknown>, key: string, parent: StateNode | null): StateNode {
  const path = parent ? [...parent.path, key] : [];
  for (const [k, v] of Object.entries(config)) if (v !== undefined && !STATE_KEYS.has(k)) refuse(path, `"${k}"`);
  if (config.type !== undefined && config.type !== 'final') refuse(path, `type "${String(config.type)}"`);
  const on = new Map<string, Transition[]>();
  for (const [event, raw] of Object.entries((config.on ?? {}) as Record<string, unknown>))
    on.set(event, transitions(path, raw));
  const node: StateNode = {
    key,
    path,
    parent,
    children: new Map(),
    ...(typeof config.initial === 'string' ? { initial: config.initial } : {}),
    final: config.type === 'final',
    on,
    always: transitions(path, config.always),
    onDone: transitions(path, config.onDone),
    entry: asList(config.entry),
    tags: new Set([...(parent?.tags ?? []), ...asList(config.tags as string | string[] | undefined)]),
  };
  for (const [k, child] of Object.entries((config.states ?? {}) as Record<string, Record<string, unknown>>))
    node.children.set(k, build(child, k, node));
  return node;
}

/** Is `a` above `n` (a proper ancestor)? */
const above = (a: StateNode, n: StateNode): boolean => {
  for (let x = n.parent; x; x = x.parent) if (x === a) return true;
  return false;
};
const stateValue = (path: readonly string[]): StateValue => {
  const [head, ...rest] = path;
  return rest.length ? { [head as string]: stateValue(rest) } : (head ?? {});
};
type Select = (from: StateNode, context: Context, event: Event) => [StateNode, Transition] | null;

/** One state of a game, as XState's snapshot shows it: its guards read its own context. */
class View<C> implements MachineView<C> {
  constructor(
    readonly context: C,
    readonly status: 'active' | 'done',
    private readonly at: StateNode,
    private readonly select: Select,
  ) {}
  get value(): StateValue {
    return stateValue(this.at.path);
  }
  get tags(): ReadonlySet<string> {
    return this.at.tags;
  }
  hasTag(tag: string): boolean {
    return this.at.tags.has(tag);
  }
  can(event: Event): boolean {
    return this.status === 'active' && this.select(this.at, this.context as Context, event) !== null;
  }
}

/** The machine's states as a tree, and by path: built once per machine, shared by every game. */
const charts = new WeakMap<AnyStateMachine, { root: StateNode; byPath: Map<string, StateNode> }>();
function chartOf(machine: AnyStateMachine) {
  let chart = charts.get(machine);
  if (!chart) {
    const root = build(machine.config as unknown as Record<string, unknown>, '', null);
    const byPath = new Map<string, StateNode>();
    const { guards, actions } = machine.implementations as unknown as {
      guards: Record<string, unknown>;
      actions: Record<string, unknown>;
    };
    // Every guard must be one of setup()'s, every action an assign: checked now, not mid-game.
    const check = (n: StateNode, ts: readonly Transition[], entry: readonly unknown[] = []) => {
      for (const t of ts)
        if (t.guard !== undefined && typeof guards[t.guard] !== 'function') refuse(n.path, `de guard "${t.guard}"`);
      for (const a of [...entry, ...ts.flatMap((t) => t.actions)]) {
        const action = (typeof a === 'string' ? actions[a] : a) as { assignment?: unknown } | undefined;
        if (action?.assignment === undefined)
          refuse(n.path, `de actie "${typeof a === 'string' ? a : 'zonder naam'}" (alleen assign)`);
      }
    };
    const index = (n: StateNode) => {
      byPath.set(n.path.join('.'), n);
      check(n, [...[...n.on.values()].flat(), ...n.always, ...n.onDone], n.entry);
      for (const c of n.children.values()) index(c);
    };
    index(root);
    chart = { root, byPath };
    charts.set(machine, chart);
  }
  return chart;
}

/**
 * Runs `machine` (made with XState's `setup().createMachine()`) from its initial state, like
 * `createActor(machine, { input }).start()`; `send` applies an event as the actor would, and an
 * event no transition takes is ignored.
 */
export function leanActor<C, E extends Event>(machine: AnyStateMachine, input: unknown): MachineActor<C, E> {
  const config = machine.config as unknown as { context: (a: { input: unknown }) => C };
  const { root, byPath } = chartOf(machine);
  const { guards, actions } = machine.implementations as unknown as {
    guards: Record<string, (a: Args) => boolean>;
    actions: Record<string, unknown>;
  };

  let context = config.context({ input }) as unknown as Context;
  let leaf = root;
  let status: 'active' | 'done' = 'active';
  const finished: StateNode[] = [];

  /** An `assign` from setup(): its assignment is a function of (context, event) or an object of them. */
  const run = (names: readonly unknown[], event: Event) => {
    for (const name of names) {
      // Checked in chartOf(): every action is an assign.
      const { assignment } = (typeof name === 'string' ? actions[name] : name) as { assignment: unknown };
      const args = { context, event };
      if (typeof assignment === 'function') context = { ...context, ...assignment(args) };
      else {
        const next = { ...context };
        for (const [k, v] of Object.entries(assignment as Record<string, unknown>))
          next[k] = typeof v === 'function' ? v(args) : v;
        context = next;
      }
    }
  };
  const enabled = (t: Transition, ctx: Context, event: Event) => {
    // Checked in chartOf(): every guard is one of setup()'s.
    return t.guard === undefined || (guards[t.guard] as (a: Args) => boolean)({ context: ctx, event });
  };
  const targetOf = (source: StateNode, target: string): StateNode => {
    const node = target.startsWith('#')
      ? byPath.get(target.slice(1).split('.').slice(1).join('.'))
      : (source.parent ?? root).children.get(target);
    return node ?? refuse(source.path, `het doel "${target}"`);
  };
  /** Runs the entry of every state from just below `from` down to `to`, outermost first. */
  const enterDown = (from: StateNode, to: StateNode, event: Event): void => {
    if (to === from) return;
    if (to.parent) enterDown(from, to.parent, event);
    run(to.entry, event);
  };
  /** Enters `to` from just below `from`, then its initial children. */
  const enter = (from: StateNode, to: StateNode, event: Event) => {
    enterDown(from, to, event);
    let n = to;
    while (n.initial !== undefined) {
      n = n.children.get(n.initial) ?? refuse(n.path, `de begintoestand "${n.initial}"`);
      run(n.entry, event);
    }
    leaf = n;
    if (n.final) {
      if (n.parent && n.parent !== root) finished.push(n.parent);
      else status = 'done';
    }
  };
  /** Takes a transition: exits up to the deepest proper ancestor of the target that holds the source. */
  const take = (source: StateNode, t: Transition, event: Event) => {
    if (t.target === undefined) return run(t.actions, event);
    const target = targetOf(source, t.target);
    let top = source;
    while (!above(top, target)) top = top.parent ?? root;
    run(t.actions, event);
    enter(top, target, event);
  };
  const select: Select = (from, ctx, event) => {
    for (let n: StateNode | null = from; n; n = n.parent)
      for (const t of n.on.get(event.type) ?? []) if (enabled(t, ctx, event)) return [n, t];
    return null;
  };
  /** After a step: eventless transitions until none is enabled, then a finished parent's onDone (as XState orders them). */
  const settle = (event: Event) => {
    for (;;) {
      let moved = false;
      for (let n: StateNode | null = leaf; n && !moved; n = n.parent)
        for (const t of n.always)
          if (enabled(t, context, event)) {
            take(n, t, event);
            moved = true;
            break;
          }
      if (moved) continue;
      const parent = finished.shift();
      if (!parent) return;
      const done = { type: `xstate.done.state.${machine.id}.${parent.path.join('.')}` };
      const t = parent.onDone.find((x) => enabled(x, context, done));
      if (t) take(parent, t, done);
    }
  };
  let view: MachineView<C>;
  const snap = () => {
    view = new View(context as unknown as C, status, leaf, select);
  };
  return {
    start() {
      enter(root, root, { type: 'xstate.init' });
      settle({ type: 'xstate.init' });
      snap();
    },
    getSnapshot: (): MachineView<C> => view,
    send(event: Event) {
      if (status !== 'active') return;
      const found = select(leaf, context, event);
      if (!found) return;
      take(found[0], found[1], event);
      settle(event);
      snap();
    },
  };
}
