/**
 * The condition language of the content files (`when:`, `requires:`, `meets:` and ink's test()):
 *   verzuim > 9 and not flag.coachend_leiderschap
 * Parsed once into a tree; evaluated against a resolver. No eval, no access beyond references.
 */
export type Expr =
  | { kind: 'num'; value: number }
  | { kind: 'ref'; path: string }
  | { kind: 'not'; arg: Expr }
  | { kind: 'and' | 'or'; left: Expr; right: Expr }
  | { kind: 'cmp'; op: CmpOp; left: Expr; right: Expr };
type CmpOp = '<' | '<=' | '>' | '>=' | '==' | '!=';

export class ExprError extends Error {}

const TOKEN = /\s*(?:(\d+(?:\.\d+)?)|([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*)|(<=|>=|==|!=|<|>|\(|\)|-))/y;

function tokenize(src: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < src.length) {
    if (/^\s*$/.test(src.slice(TOKEN.lastIndex))) break;
    const at = TOKEN.lastIndex;
    const m = TOKEN.exec(src);
    if (!m) throw new ExprError(`onbekend teken bij positie ${at + 1}: "${src.slice(at, at + 10).trim()}"`);
    tokens.push(m[1] ?? m[2] ?? m[3] ?? '');
  }
  return tokens;
}

export function parseExpr(src: string): Expr {
  const tokens = tokenize(src);
  let i = 0;
  const peek = () => tokens[i];
  const take = () => tokens[i++];

  const primary = (): Expr => {
    const t = take();
    if (t === undefined) throw new ExprError('de voorwaarde houdt te vroeg op');
    if (t === '(') {
      const e = orExpr();
      if (take() !== ')') throw new ExprError('sluithaakje ")" ontbreekt');
      return e;
    }
    if (t === '-') {
      const n = take();
      if (n === undefined || !/^\d/.test(n)) throw new ExprError('na "-" hoort een getal');
      return { kind: 'num', value: -Number(n) };
    }
    if (/^\d/.test(t)) return { kind: 'num', value: Number(t) };
    if (t === 'and' || t === 'or' || t === 'not') throw new ExprError(`"${t}" staat op een verkeerde plek`);
    if (/^[a-z]/.test(t)) return { kind: 'ref', path: t };
    throw new ExprError(`onverwacht "${t}"`);
  };
  const comparison = (): Expr => {
    const left = primary();
    const op = peek();
    if (op === '<' || op === '<=' || op === '>' || op === '>=' || op === '==' || op === '!=') {
      take();
      return { kind: 'cmp', op, left, right: primary() };
    }
    return left;
  };
  const notExpr = (): Expr => {
    if (peek() === 'not') {
      take();
      return { kind: 'not', arg: notExpr() };
    }
    return comparison();
  };
  const andExpr = (): Expr => {
    let left = notExpr();
    while (peek() === 'and') {
      take();
      left = { kind: 'and', left, right: notExpr() };
    }
    return left;
  };
  const orExpr = (): Expr => {
    let left = andExpr();
    while (peek() === 'or') {
      take();
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };
  const tree = orExpr();
  if (i < tokens.length) throw new ExprError(`onverwacht "${tokens[i]}" na het einde van de voorwaarde`);
  return tree;
}

/** A compiled expression: reads its references from (a, b) and returns a number (booleans as 0/1). */
export type Compiled<A, B> = (a: A, b: B) => number;

const CMP: Record<CmpOp, (x: number, y: number) => boolean> = {
  '<': (x, y) => x < y,
  '<=': (x, y) => x <= y,
  '>': (x, y) => x > y,
  '>=': (x, y) => x >= y,
  '==': (x, y) => x === y,
  '!=': (x, y) => x !== y,
};

/**
 * Turns a parsed expression into one function, given how to read a reference: a condition the
 * game checks thousands of times per game runs without walking its tree or allocating.
 */
export function compileExpr<A, B>(e: Expr, ref: (path: string) => Compiled<A, B>): Compiled<A, B> {
  switch (e.kind) {
    case 'num': {
      const v = e.value;
      return () => v;
    }
    case 'ref':
      return ref(e.path);
    case 'not': {
      const arg = compileExpr(e.arg, ref);
      return (a, b) => (arg(a, b) ? 0 : 1);
    }
    case 'and': {
      const [l, r] = [compileExpr(e.left, ref), compileExpr(e.right, ref)];
      return (a, b) => (l(a, b) && r(a, b) ? 1 : 0);
    }
    case 'or': {
      const [l, r] = [compileExpr(e.left, ref), compileExpr(e.right, ref)];
      return (a, b) => (l(a, b) || r(a, b) ? 1 : 0);
    }
    case 'cmp': {
      const [l, r, op] = [compileExpr(e.left, ref), compileExpr(e.right, ref), CMP[e.op]];
      return (a, b) => (op(l(a, b), r(a, b)) ? 1 : 0);
    }
  }
}

/** Evaluates an expression once against a resolver. */
export function evalExpr(e: Expr, resolve: (path: string) => number): number {
  return compileExpr<null, null>(e, (path) => () => resolve(path))(null, null);
}

/** Every reference path in an expression, for the content check. */
export function exprRefs(e: Expr): string[] {
  switch (e.kind) {
    case 'num':
      return [];
    case 'ref':
      return [e.path];
    case 'not':
      return exprRefs(e.arg);
    default:
      return [...exprRefs(e.left), ...exprRefs(e.right)];
  }
}
