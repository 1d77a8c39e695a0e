import type {
  BinaryOp,
  BlockStmt,
  Expr,
  File,
  NullLiteral,
  ObjectField,
  Pos,
  Stmt,
  UnaryOp,
} from './ast.ts';
import type { Diagnostic } from './diagnostic.ts';
import { createScanner, isValidIdentifier, stringValue, type Token, type TokenSource } from './scanner.ts';

// A port of grafana/alloy syntax/parser/internal.go. Control flow, error
// recovery and the "one error per line" rule follow the Go code closely so
// that errors land where `alloy fmt` / `alloy run` report them; messages are
// rewritten to say what was expected, what was found and how to fix it.

export interface ParseResult {
  file: File;
  errors: Diagnostic[];
}

export function parse(source: string): ParseResult {
  const parser = new Parser(source);
  const body = parser.parseBody('EOF');
  return { file: { body }, errors: parser.errors };
}

export function formatDiagnostic(file: string, d: Diagnostic): string {
  return `${file}:${d.line}:${d.col}: ${d.message}`;
}

/** Go token names: IDENT, STRING, ... for literals, the text itself for operators. */
function tokName(t: Token): string {
  switch (t.kind) {
    case 'ident':
      return t.text === 'true' || t.text === 'false' ? 'BOOL' : t.text === 'null' ? 'NULL' : 'IDENT';
    case 'number':
      return 'NUMBER';
    case 'float':
      return 'FLOAT';
    case 'string':
    case 'raw-string':
      return 'STRING';
    case 'terminator':
      return 'TERMINATOR';
    case 'eof':
      return 'EOF';
    case 'illegal':
      return 'ILLEGAL';
    case 'comment':
      return 'COMMENT';
    default:
      // The scanner reports a lone | or & and then treats it as || or &&.
      return t.text === '|' ? '||' : t.text === '&' ? '&&' : t.text;
  }
}

function clip(text: string): string {
  const oneLine = text.replace(/\r?\n[\s\S]*/, '…');
  return oneLine.length > 32 ? `${oneLine.slice(0, 31)}…` : oneLine;
}

const PRECEDENCE: Record<string, number> = {
  '||': 1,
  '&&': 2,
  '==': 3,
  '!=': 3,
  '<': 3,
  '<=': 3,
  '>': 3,
  '>=': 3,
  '+': 4,
  '-': 4,
  '*': 5,
  '/': 5,
  '%': 5,
  '^': 6,
};

const STATEMENT_END = new Set(['TERMINATOR', ')', '}', ']', ',']);

interface BlockName {
  fragments: string[];
  label: string;
  labelPos?: Pos;
  start: Pos;
}

type ListKind = 'list' | 'call' | 'object';

const LIST_WORDS: Record<ListKind, { container: string; item: string; between: string; closer: string }> = {
  list: { container: 'list', item: 'element', between: 'list elements', closer: ']' },
  call: { container: 'call', item: 'argument', between: 'arguments', closer: ')' },
  object: { container: 'object', item: 'field', between: 'object fields', closer: '}' },
};

function blockTitle(name: string, label: string | undefined): string {
  return label ? `${name} "${label}"` : name;
}

/** A suggestion for a label that is not an identifier: Alloy's SanitizeIdentifier rule. */
function sanitizeLabel(label: string): string {
  const chars = [...label].map((c) => (isValidIdentifier(`a${c}`) ? c : '_'));
  const out = chars.join('');
  return /^[0-9]/.test(out) ? `_${out}` : out;
}

class Parser {
  readonly errors: Diagnostic[] = [];
  private readonly source: string;
  private readonly scanner: TokenSource;
  private tok: Token;
  private lastErrorLine = 0;

  constructor(source: string) {
    this.source = source;
    this.scanner = createScanner(source, (d) => this.errors.push(d));
    this.tok = this.scanner.next();
    this.skipComments();
  }

  private skipComments(): void {
    while (this.tok.kind === 'comment') this.tok = this.scanner.next();
  }

  private next(): void {
    this.tok = this.scanner.next();
    this.skipComments();
  }

  /** The current token's Go name; a method, not a getter, so TypeScript does not narrow it across next(). */
  private cur(): string {
    return tokName(this.tok);
  }

  private pos(t: Token = this.tok): Pos {
    return { line: t.line, col: t.col, offset: t.start };
  }

  /** How a token reads in a message. */
  private describe(t: Token = this.tok): string {
    switch (tokName(t)) {
      case 'IDENT':
      case 'BOOL':
      case 'NULL':
        return `'${t.text}'`;
      case 'NUMBER':
      case 'FLOAT':
        return `number ${t.text}`;
      case 'STRING':
        return t.kind === 'raw-string' ? `raw string ${clip(t.text)}` : `string ${clip(t.text)}`;
      case 'TERMINATOR':
        return t.start >= this.source.length ? 'the end of the file' : 'a newline';
      case 'EOF':
        return 'the end of the file';
      default:
        return t.text.startsWith("'") ? `single-quoted string ${clip(t.text)}` : `'${clip(t.text)}'`;
    }
  }

  /** Reports at the current token, at most once per line (Alloy's rule). */
  private addError(message: string): void {
    const { line, col } = this.tok;
    if (line === this.lastErrorLine) return;
    this.lastErrorLine = line;
    this.errors.push({ line, col, message });
  }

  /** Reports at a given place; like Alloy's direct diags.Add, not limited per line. */
  private addErrorAt(pos: Pos, message: string): void {
    this.errors.push({ line: pos.line, col: pos.col, message });
  }

  private expect(name: string, message: (got: string) => string): Token {
    const t = this.tok;
    if (this.cur() !== name) this.addError(message(this.describe()));
    this.next();
    return t;
  }

  private advance(to: string): void {
    while (this.tok.kind !== 'eof' && this.cur() !== to) this.next();
  }

  private advanceAny(to: Set<string>): void {
    while (this.tok.kind !== 'eof' && !to.has(this.cur())) this.next();
  }

  private at(until: string): boolean {
    return this.cur() === until;
  }

  //	Body = [ Statement { terminator Statement } ]
  parseBody(until: '}' | 'EOF'): Stmt[] {
    const body: Stmt[] = [];
    while (!this.at(until) && this.tok.kind !== 'eof') {
      const stmt = this.parseStatement();
      if (stmt) body.push(stmt);
      if (this.at(until)) break;
      if (this.cur() !== 'TERMINATOR') {
        this.addError(this.terminatorMessage(stmt));
        this.consumeStatement();
      }
      this.next();
    }
    return body;
  }

  private terminatorMessage(stmt: Stmt | null): string {
    const what =
      stmt?.type === 'attribute'
        ? `the attribute '${stmt.name}'`
        : stmt?.type === 'block'
          ? `the block '${blockTitle(stmt.name, stmt.label)}'`
          : 'the statement';
    const got = this.cur();
    let hint = 'put each statement on its own line';
    if (got === ',') hint = 'statements in a block are separated by newlines, not commas';
    else if (got === '}') hint = "this '}' has no matching '{'; remove it";
    else if (got === '=' && stmt?.type === 'attribute' && stmt.value.pos.line > stmt.pos.line) {
      hint = `'${stmt.name} =' on line ${stmt.pos.line} has no value, so the next line was read as its value`;
    } else if (stmt?.type === 'attribute' && got !== 'ILLEGAL') {
      hint += ', or join the values with an operator';
    }
    return `expected a newline (terminator) after ${what}, got ${this.describe()}; ${hint}`;
  }

  // Skips to the terminator that ends the current statement, stepping over
  // bracketed regions, so one mistake does not cascade into many errors.
  private consumeStatement(): void {
    let curly = 0;
    let brack = 0;
    let paren = 0;
    while (this.tok.kind !== 'eof') {
      switch (this.cur()) {
        case '{': curly++; break;
        case '}': curly--; break;
        case '[': brack++; break;
        case ']': brack--; break;
        case '(': paren++; break;
        case ')': paren--; break;
        case 'TERMINATOR':
          if (curly <= 0 && brack <= 0 && paren <= 0) return;
      }
      this.next();
    }
  }

  //	Statement = Attribute | Block
  //	Attribute = identifier "=" Expression
  //	Block     = BlockName "{" Body "}"
  private parseStatement(): Stmt | null {
    const bn = this.parseBlockName();
    if (!bn) {
      this.advance('IDENT');
      return null;
    }
    const dotted = bn.fragments.join('.');
    switch (this.cur()) {
      case '=': {
        this.next();
        if (bn.fragments.length !== 1) {
          this.addErrorAt(
            bn.start,
            `attribute names may only consist of a single identifier with no '.': '${dotted}' cannot be assigned; ` +
              `use a block '${dotted} { ... }' or a plain name`,
          );
        } else if (bn.labelPos) {
          this.addErrorAt(
            bn.labelPos,
            `attribute names may not have labels: remove the label, or write '${dotted} "${bn.label}" { ... }' for a block`,
          );
        }
        const first = bn.fragments[0] ?? '';
        return { type: 'attribute', name: first, value: this.parseExpression(), pos: bn.start, namePos: bn.start };
      }
      case '{': {
        const block: BlockStmt = { type: 'block', name: dotted, body: [], pos: bn.start };
        if (bn.labelPos) {
          block.label = bn.label;
          block.labelPos = bn.labelPos;
        }
        this.expect('{', () => '');
        block.body = this.parseBody('}');
        const title = blockTitle(dotted, bn.label);
        this.expect(
          '}',
          (got) => `expected '}' to close the block '${title}' opened on line ${bn.start.line}, got ${got}`,
        );
        return block;
      }
      default: {
        const newline = this.cur() === 'TERMINATOR' ? "; the '{' must be on the same line as the block name" : '';
        if (bn.fragments.length === 1 && bn.label === '') {
          this.addError(`expected '=' (attribute) or '{' (block) after '${dotted}', got ${this.describe()}${newline}`);
        } else {
          const attribute =
            bn.fragments.length === 1 && this.cur() === 'TERMINATOR' ? ` (for an attribute, write ${dotted} = "${bn.label}")` : '';
          this.addError(
            `expected '{' to start the body of the block '${blockTitle(dotted, bn.label)}', got ${this.describe()}${newline}${attribute}`,
          );
        }
        this.advance('IDENT');
        return null;
      }
    }
  }

  //	BlockName = identifier { "." identifier } [ string ]
  private parseBlockName(): BlockName | null {
    if (this.cur() !== 'IDENT') {
      this.addError(this.statementStartMessage());
      return null;
    }
    const bn: BlockName = { fragments: [this.tok.text], label: '', start: this.pos() };
    this.next();

    while (this.cur() === '.') {
      this.next();
      if (this.cur() !== 'IDENT') {
        this.addError(`expected a name after '${bn.fragments.join('.')}.', got ${this.describe()}`);
      }
      bn.fragments.push(this.tok.text);
      this.next();
    }

    if (this.cur() !== '=' && this.cur() !== '{') {
      const dotted = bn.fragments.join('.');
      if (this.cur() === 'STRING') {
        const text = this.tok.text;
        if (this.tok.kind === 'raw-string') {
          this.addError(`a block label must be a double-quoted string, not a raw string: write ${dotted} "label" { ... }`);
        }
        if (text.length > 2) {
          bn.label = text.slice(1, -1);
          if (!isValidIdentifier(bn.label)) this.addError(this.badLabelMessage(bn.label));
        }
        bn.labelPos = this.pos();
      } else {
        const options = bn.fragments.length === 1 ? "'=' (attribute), '{' (block) or a block label" : "a block label or '{'";
        let hint = '';
        if (this.cur() === 'TERMINATOR') hint = "; a block's '{' must be on the same line as its name";
        else if (this.cur() === 'IDENT') hint = `; a block label must be a double-quoted string, e.g. ${dotted} "${this.tok.text}" {`;
        this.addError(`expected ${options} after '${dotted}', got ${this.describe()}${hint}`);
      }
      this.next();
    }
    return bn;
  }

  private statementStartMessage(): string {
    const got = this.describe();
    switch (this.cur()) {
      case '}':
        return "unexpected '}': there is no open block here to close; remove the extra '}'";
      case 'NUMBER':
      case 'FLOAT':
        return `expected an attribute or block name, got ${got}: names are identifiers (letters, digits and '_', not starting with a digit)`;
      case 'STRING':
        return `expected an attribute or block name, got ${got}: attribute and block names are not quoted`;
      case 'BOOL':
      case 'NULL':
        return `expected an attribute or block name, got ${got}: true, false and null are reserved words`;
      case '*':
        return `expected an attribute or block name, got ${got}: if this ends a comment, note that block comments do not nest`;
      default:
        if (PRECEDENCE[this.cur()] !== undefined) {
          return (
            `expected an attribute or block name, got ${got}: an expression continues on the next line ` +
            'only after an operator, so end the previous line with the operator instead'
          );
        }
        return `expected an attribute or block name (an identifier), got ${got}`;
    }
  }

  private badLabelMessage(label: string): string {
    if (label === 'true' || label === 'false' || label === 'null') {
      return `block label "${label}" is not a valid identifier: true, false and null are reserved words`;
    }
    return (
      `block label "${clip(label)}" is not a valid identifier: use only letters, digits and '_', ` +
      `not starting with a digit (e.g. "${clip(sanitizeLabel(label))}")`
    );
  }

  //	Expression = BinOpExpr
  private parseExpression(): Expr {
    return this.parseBinOp(1);
  }

  // Precedence climbing for the left-associative operators; '^' is handled
  // by parsePowExpr because it is right-associative.
  private parseBinOp(inPrec: number): Expr {
    let lhs = this.parsePowExpr();
    for (;;) {
      const opTok = this.tok;
      const prec = PRECEDENCE[tokName(opTok)] ?? 0;
      if (prec < inPrec) return lhs;
      this.next();
      const rhs = this.parseBinOp(prec + 1);
      lhs = { type: 'binary', op: tokName(opTok) as BinaryOp, left: lhs, right: rhs, opPos: this.pos(opTok), pos: lhs.pos };
    }
  }

  //	PowExpr = UnaryExpr [ "^" PowExpr ]
  private parsePowExpr(): Expr {
    const lhs = this.parseUnaryExpr();
    if (this.cur() === '^') {
      const opPos = this.pos();
      this.next();
      return { type: 'binary', op: '^', left: lhs, right: this.parsePowExpr(), opPos, pos: lhs.pos };
    }
    return lhs;
  }

  //	UnaryExpr  = OperExpr | unary_op UnaryExpr
  //	OperExpr   = PrimaryExpr { AccessExpr | IndexExpr | CallExpr }
  private parseUnaryExpr(): Expr {
    if (this.cur() === '!' || this.cur() === '-') {
      const op = this.cur() as UnaryOp;
      const pos = this.pos();
      this.next();
      return { type: 'unary', op, operand: this.parseUnaryExpr(), pos };
    }

    let primary = this.parsePrimaryExpr();
    for (;;) {
      switch (this.cur()) {
        case '.': {
          this.next();
          const nameTok = this.expect('IDENT', (got) => `expected a name after '.', got ${got}`);
          primary = { type: 'access', object: primary, name: nameTok.text, namePos: this.pos(nameTok), pos: primary.pos };
          break;
        }
        case '[': {
          const open = this.expect('[', () => '');
          const index = this.parseExpression();
          this.expect(']', (got) => `expected ']' to close the index opened on line ${open.line}, got ${got}`);
          primary = { type: 'index', object: primary, index, pos: primary.pos };
          break;
        }
        case '(': {
          const open = this.expect('(', () => '');
          const args = this.cur() !== ')' ? this.parseExpressionList(')', 'call', open) : [];
          this.expect(')', (got) => `expected ')' to close the call opened on line ${open.line}, got ${got}`);
          primary = { type: 'call', callee: primary, args, pos: primary.pos };
          break;
        }
        case 'STRING':
        case '{': {
          // Alloy parses what looks like `name "label" { ... }` used as a
          // value, to explain that blocks are not expressions.
          let label: Token | undefined;
          if (this.cur() === 'STRING') {
            label = this.tok;
            this.next();
          }
          const open = this.expect(
            '{',
            (got) =>
              `expected '{' after ${label ? this.describe(label) : 'the value'}, got ${got}: a value followed by a ` +
              "string reads as a block header; check for a missing operator, ',' or newline",
          );
          if (tokName(open) !== '{') {
            this.consumeStatement();
            return primary;
          }
          this.parseBody('}');
          const close = this.expect('}', (got) => `expected '}' to close the block opened on line ${open.line}, got ${got}`);
          if (tokName(close) !== '}') {
            this.consumeStatement();
            return primary;
          }
          this.addErrorAt(
            primary.pos,
            'cannot use a block as an expression: write the block as its own statement, ' +
              "or use an object value (name = { key = value })",
          );
          break;
        }
        default:
          return primary;
      }
    }
  }

  //	PrimaryExpr = LiteralValue | ArrayExpr | ObjectExpr
  private parsePrimaryExpr(): Expr {
    const t = this.tok;
    const pos = this.pos();
    switch (this.cur()) {
      case 'IDENT':
        this.next();
        return { type: 'identifier', name: t.text, pos };
      case 'STRING':
        this.next();
        return {
          type: 'literal',
          kind: 'string',
          value: stringValue(t.text),
          raw: t.text,
          rawString: t.kind === 'raw-string',
          pos,
        };
      case 'NUMBER':
      case 'FLOAT': {
        this.next();
        // Alloy reads ints with Go's ParseInt(base 0): a leading 0 means octal.
        const value = t.kind === 'number' && /^0[0-7]+$/.test(t.text) ? parseInt(t.text, 8) : Number(t.text);
        return { type: 'literal', kind: 'number', value, raw: t.text, float: t.kind === 'float', pos };
      }
      case 'BOOL':
        this.next();
        return { type: 'literal', kind: 'bool', value: t.text === 'true', raw: t.text, pos };
      case 'NULL':
        this.next();
        return { type: 'literal', kind: 'null', value: null, raw: t.text, pos };
      case '(': {
        this.next();
        const inner = this.parseExpression();
        this.expect(')', (got) => `expected ')' to close the '(' on line ${t.line}, got ${got}`);
        return { type: 'paren', inner, pos };
      }
      case '[': {
        this.next();
        const elements = this.cur() !== ']' ? this.parseExpressionList(']', 'list', t) : [];
        this.expect(']', (got) => `expected ']' to close the list opened on line ${t.line}, got ${got}`);
        return { type: 'array', elements, pos };
      }
      case '{': {
        this.next();
        // Alloy compares with ']' here (a slip in internal.go); kept so that
        // `{]` reports the same error as Alloy does.
        const fields = this.cur() !== ']' ? this.parseFieldList(t) : [];
        this.expect('}', (got) => `expected '}' to close the object opened on line ${t.line}, got ${got}`);
        return { type: 'object', fields, pos };
      }
    }
    this.addError(this.missingExpressionMessage());
    const placeholder: NullLiteral = { type: 'literal', kind: 'null', value: null, raw: '', pos };
    this.advanceAny(STATEMENT_END);
    return placeholder;
  }

  private missingExpressionMessage(): string {
    const got = this.describe();
    switch (this.cur()) {
      case '+':
        return `expected a value (an expression), got '+': Alloy has no unary '+'; write the number alone`;
      case 'TERMINATOR':
      case 'EOF':
      case '}':
      case ']':
      case ')':
      case ',':
        return `expected a value (an expression), got ${got}: the value is missing`;
      default:
        return `expected a value (an expression), got ${got}`;
    }
  }

  //	ExpressionList = Expression { "," Expression } [ "," ]
  private parseExpressionList(until: string, kind: ListKind, open: Token): Expr[] {
    const exprs: Expr[] = [];
    while (this.cur() !== until && this.tok.kind !== 'eof') {
      exprs.push(this.parseExpression());
      if (this.cur() === until) break;
      if (this.cur() !== ',') this.addError(this.missingCommaMessage(kind, open));
      this.next();
    }
    return exprs;
  }

  private missingCommaMessage(kind: ListKind, open: Token): string {
    const words = LIST_WORDS[kind];
    if (this.tok.start >= this.source.length) {
      return (
        `the ${words.container} opened with '${open.text}' on line ${open.line} is not closed: ` +
        `expected ',' or '${words.closer}', got the end of the file`
      );
    }
    if (this.cur() === 'TERMINATOR') {
      return (
        `missing ',' before newline: a multi-line ${words.container} needs a comma after ` +
        `each ${words.item}, including the last`
      );
    }
    return `missing ',' between ${words.between}, got ${this.describe()}`;
  }

  //	FieldList = Field { "," Field } [ "," ]
  private parseFieldList(open: Token): ObjectField[] {
    const fields: ObjectField[] = [];
    while (this.cur() !== '}' && this.tok.kind !== 'eof') {
      fields.push(this.parseField());
      if (this.cur() === '}') break;
      if (this.cur() !== ',') this.addError(this.missingCommaMessage('object', open));
      this.next();
    }
    return fields;
  }

  //	Field = ( string | identifier ) "=" Expression
  private parseField(): ObjectField {
    const pos = this.pos();
    let key = '';
    let quoted = false;
    if (this.cur() === 'STRING' || this.cur() === 'IDENT') {
      key = this.tok.text;
      if (this.cur() === 'STRING') {
        // Alloy takes the text between the quotes as is, without unescaping.
        key = key.slice(1, -1);
        quoted = true;
      }
      this.next();
    } else {
      const quote = this.cur() === 'NUMBER' || this.cur() === 'FLOAT' ? ` (quote it: "${this.tok.text}")` : '';
      this.addError(`expected an object key (an identifier or a quoted string), got ${this.describe()}${quote}`);
      this.advance('=');
    }
    this.expect('=', (got) => `expected '=' after the object key '${clip(key)}', got ${got}`);
    return { key, quoted, value: this.parseExpression(), pos };
  }
}
