/**
 * A problem found in Alloy source. `line` and `col` are 1-based; `col` counts
 * UTF-16 code units from the start of the line, so it lines up with JS string
 * indexing and with editors such as Monaco and CodeMirror.
 */
export interface Diagnostic {
  line: number;
  col: number;
  message: string;
}
