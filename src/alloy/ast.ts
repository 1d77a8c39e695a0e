// The shape follows grafana/alloy syntax/ast/ast.go, flattened into plain
// data with a `type` discriminant so it can be walked with a switch.

/** A place in the source: 1-based line, 1-based UTF-16 column, 0-based offset. */
export interface Pos {
  line: number;
  col: number;
  offset: number;
}

export interface File {
  body: Stmt[];
}

export type Stmt = AttributeStmt | BlockStmt;

export interface AttributeStmt {
  type: 'attribute';
  name: string;
  value: Expr;
  /** Start of the statement (the name). */
  pos: Pos;
  namePos: Pos;
}

export interface BlockStmt {
  type: 'block';
  /** Dotted name as written, e.g. `prometheus.scrape`. */
  name: string;
  /** Present when a label string was written; Alloy treats `""` like no label. */
  label?: string;
  labelPos?: Pos;
  body: Stmt[];
  pos: Pos;
}

export type Expr =
  | LiteralExpr
  | ArrayExpr
  | ObjectExpr
  | IdentifierExpr
  | AccessExpr
  | IndexExpr
  | CallExpr
  | UnaryExpr
  | BinaryExpr
  | ParenExpr;

export type LiteralExpr = StringLiteral | NumberLiteral | BoolLiteral | NullLiteral;

export interface StringLiteral {
  type: 'literal';
  kind: 'string';
  /** Decoded value (escapes applied; raw strings verbatim). */
  value: string;
  /** Source text including quotes or backticks. */
  raw: string;
  /** True for a backtick raw string. */
  rawString: boolean;
  pos: Pos;
}

export interface NumberLiteral {
  type: 'literal';
  kind: 'number';
  value: number;
  raw: string;
  /** True for a FLOAT token (has '.' or an exponent). */
  float: boolean;
  pos: Pos;
}

export interface BoolLiteral {
  type: 'literal';
  kind: 'bool';
  value: boolean;
  raw: string;
  pos: Pos;
}

export interface NullLiteral {
  type: 'literal';
  kind: 'null';
  value: null;
  /** `null`, or '' for the placeholder the parser puts where an expression was missing. */
  raw: string;
  pos: Pos;
}

export interface ArrayExpr {
  type: 'array';
  elements: Expr[];
  pos: Pos;
}

export interface ObjectField {
  /** The key; for a quoted key, the text between the quotes (as Alloy takes it, escapes not applied). */
  key: string;
  quoted: boolean;
  value: Expr;
  pos: Pos;
}

export interface ObjectExpr {
  type: 'object';
  fields: ObjectField[];
  pos: Pos;
}

export interface IdentifierExpr {
  type: 'identifier';
  name: string;
  pos: Pos;
}

/** `object.name`; `pos` is where the whole expression starts. */
export interface AccessExpr {
  type: 'access';
  object: Expr;
  name: string;
  namePos: Pos;
  pos: Pos;
}

export interface IndexExpr {
  type: 'index';
  object: Expr;
  index: Expr;
  pos: Pos;
}

export interface CallExpr {
  type: 'call';
  callee: Expr;
  args: Expr[];
  pos: Pos;
}

export type UnaryOp = '!' | '-';

export interface UnaryExpr {
  type: 'unary';
  op: UnaryOp;
  operand: Expr;
  pos: Pos;
}

export type BinaryOp = '||' | '&&' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | '/' | '%' | '^';

export interface BinaryExpr {
  type: 'binary';
  op: BinaryOp;
  left: Expr;
  right: Expr;
  opPos: Pos;
  pos: Pos;
}

export interface ParenExpr {
  type: 'paren';
  inner: Expr;
  pos: Pos;
}
