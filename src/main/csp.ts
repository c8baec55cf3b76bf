/**
 * The Content-Security-Policy of every page of the app. The app:// handler
 * sends it as a header; src/renderer/index.html carries the same string in a
 * meta tag (a unit test keeps the two identical) so web mode gets it too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
