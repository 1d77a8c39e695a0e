import { parse } from '../alloy/parser.ts';
import type { CodeValidators } from './compile-slide.ts';

/** Every alloy fence on a slide is parsed at build time; a syntax error fails the build. */
export const codeValidators: CodeValidators = {
  alloy: (code) => parse(code).errors,
};
