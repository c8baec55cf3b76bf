/** Types for scripts/mimeTypes.mjs, shared by web mode and the app:// protocol. */

/** The Content-Type for a file name; unknown kinds are served as opaque bytes. */
export declare function mimeTypeFor(fileName: string): string
