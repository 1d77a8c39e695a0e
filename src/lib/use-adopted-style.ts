import { useEffect } from 'react';

/**
 * Applies CSS made at run time (the handout's @page rule names the deck) as a constructed
 * stylesheet for as long as the component is mounted. A <style> element would need 'unsafe-inline'
 * or a hash in the page's Content-Security-Policy; a constructed stylesheet is CSSOM, which it allows.
 */
export function useAdoptedStyle(css: string): void {
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
}
