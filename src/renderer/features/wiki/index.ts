/**
 * Publishing to and pulling from a MediaWiki: the header menu's Wiki items
 * open these; the network is main's or the web server's (platformWiki.ts).
 */
export { WikiDialogs } from './WikiDialogs'
export { pullFromWiki } from './pullFromWiki'
export { useWikiStore } from './wikiStore'
