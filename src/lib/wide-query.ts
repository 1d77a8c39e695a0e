/** Wide windows show the fixed canvas with the script beside it; narrower ones read the slide as a page. */
export const WIDE_QUERY = '(min-width: 1024px)';
