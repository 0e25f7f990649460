/** Plugins that ship with Patron; their fields are part of the committed schema. */
export const SHIPPED_PLUGINS = ['email-domain'];
