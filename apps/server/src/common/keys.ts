/**
 * The key of a currency or tier: what the API, rules and files name it by, so it never changes once
 * given: 1–31 lower-case Latin letters, digits or _, starting with a letter.
 */
export const CONFIG_KEY = /^[a-z][a-z0-9_]{0,30}$/;

/** The key of an attribute or attribute group: a letter, then up to 62 letters, digits or _. */
export const ATTRIBUTE_KEY = /^[a-zA-Z][a-zA-Z0-9_]{0,62}$/;
