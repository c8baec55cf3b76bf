/**
 * The Content-Security-Policy of every page of the app. The app:// handler
 * sends it as a header; src/renderer/index.html carries the same string in a
 * meta tag (a unit test keeps the two identical) so web mode gets it too.
 *
 * style-src allows, besides the app's own style sheets, exactly one inline
 * <style> by its hash: the rule React Aria's press handling adds to the page
 * once (REACT_ARIA_PRESSABLE_STYLE below). A hash admits that text and nothing
 * else, so no 'unsafe-inline' and no nonce (which a static page would have to
 * repeat on every load). A unit test checks the text against the installed
 * react-aria, so an upgrade that changes it fails there with a clear message.
 */
export const REACT_ARIA_PRESSABLE_STYLE = `@layer {
  [data-react-aria-pressable] {
    touch-action: pan-x pan-y pinch-zoom;
  }
}`

/** The CSP hash source of REACT_ARIA_PRESSABLE_STYLE (a unit test recomputes it). */
export const REACT_ARIA_PRESSABLE_STYLE_HASH =
  "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='"

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  `style-src 'self' ${REACT_ARIA_PRESSABLE_STYLE_HASH}`,
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
