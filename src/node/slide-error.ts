/** A problem in a slide source, reported as `file:line:col: message`. */
export interface SlideError {
  file: string;
  line: number;
  col: number;
  message: string;
}

export function formatSlideError(e: SlideError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}

export class SlideBuildError extends Error {
  readonly errors: SlideError[];
  constructor(errors: SlideError[]) {
    super(
      errors.map(formatSlideError).join('\n') +
        `\n${errors.length === 1 ? 'This slide problem stops' : `These ${errors.length} slide problems stop`} the build; see docs/slide-format.md.`,
    );
    this.name = 'SlideBuildError';
    this.errors = errors;
  }
}
