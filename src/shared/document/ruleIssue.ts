/** Marks issues whose message comes from a domain rule and already says what was found. */
export const RULE_ISSUE = 'quarterdeck-rule'
