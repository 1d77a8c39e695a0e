/**
 * An exercise as authored in slides/exercises/ID.yaml and shipped to the browser: the task,
 * starter, rules, hints and solution. The rules are data; src/learn/exercise/rule-engine.ts
 * interprets them (docs/slide-format.md, "Exercises", documents every key).
 */
export interface Exercise {
  id: string;
  title: string;
  /** The task, one paragraph; `code` spans are shown as code. */
  task: string;
  /** The editor's label; `code` spans are shown as code. */
  label: string;
  starter: string;
  placeholder: string;
  hints: string[];
  solution: string;
  /** Said after "Well done: " when a check passes cleanly. */
  passed: string;
  /** Said after "It works: " when a check passes with warnings. */
  passedWithWarnings: string;
  /** A sentence shown above the solution. */
  solutionNote: string;
  rules: FileRules;
}

export type Severity = 'error' | 'warning';

/** One finding the checker can report: its rule id, its text, and how bad it is (error by default). */
export interface RuleMessage {
  rule: string;
  message: string;
  severity?: Severity;
}

/** The whole file: the top-level blocks it needs (other top-level blocks are allowed). */
export interface FileRules {
  blocks: Record<string, BlockRules>;
}

export interface BlockRules {
  /** Reported where the enclosing block starts (or nowhere, at file level) when the block is absent. */
  required?: RuleMessage & {
    /** When one of these names sits there instead, `instead` is appended ({other} is that name). */
    insteadOf?: string[];
    instead?: string;
  };
  /** Top level only: the block was found inside another block. */
  nested?: RuleMessage;
  /** Reported at every repeat of the block. */
  unique?: RuleMessage;
  /** The block must not have a label ({label} is the one written). */
  noLabel?: RuleMessage;
  /** The block must have a label. */
  needsLabel?: RuleMessage;
  /** Known attributes, checked in this order. With neither attributes nor blocks, the body is not checked. */
  attributes?: Record<string, AttributeRules>;
  /** Known nested blocks, checked after the attributes. */
  blocks?: Record<string, BlockRules>;
  /** Groups of names of which at most one may be set; `required` when none is. */
  exclusive?: ExclusiveGroup[];
  /** Said after an unknown name when no known name is close, instead of the list of known names. */
  unknownHint?: string;
}

export interface ExclusiveGroup extends RuleMessage {
  /** Attribute or block names; {first} and {other} in the message are the two found. */
  names: string[];
  required?: RuleMessage;
}

export type ValueType = 'string' | 'number' | 'bool' | 'array' | 'object';

export interface AttributeRules {
  required?: RuleMessage;
  /** A literal value of another type is reported with `typeError`; expressions are known only at run time. */
  type?: ValueType;
  typeError?: RuleMessage;
  /** Reported when the value is a call of this function (e.g. the deprecated `env`). */
  calls?: Record<string, RuleMessage>;
  /** Tests of a constant string value, in order: the first that applies is reported, the rest are skipped. */
  string?: StringTest[];
  /** The value must be a Go duration string, at least `min` if given. */
  duration?: { format: RuleMessage; min?: string; tooShort?: RuleMessage };
  /** Tests of every key of an object value; each key that a test applies to is reported. */
  keys?: StringTest[];
}

/**
 * Applies when the text matches `matches` (if given) and does not match `notMatches` (if given);
 * with neither, to any constant string. `placeholder`: the text has a `<placeholder>` and the patterns
 * are tried with each placeholder read as `0`. {value} (or {key}) in the message is the text.
 */
export interface StringTest extends RuleMessage {
  matches?: string;
  notMatches?: string;
  /** Regular expression flags, e.g. `i`. */
  flags?: string;
  placeholder?: boolean;
}
