/** Built by build/shellTexts.ts: each screen family's resource names and menu label, in English. */
declare module 'virtual:patron-shell-texts' {
  const parts: Record<string, unknown>[];
  export default parts;
}
