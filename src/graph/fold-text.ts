/**
 * Text as search and filters compare it: lower case, accents stripped, typographic apostrophes
 * plain, so "Turkiye" finds "Türkiye" and "kyiv" finds "Kyiv". Plain ASCII (most names) skips
 * the Unicode normalisation, which a filter over a million names would otherwise pay for each.
 */
export function foldText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the range is "anything not ASCII"
  if (!/[^\u0000-\u007f]/.test(text)) return text.toLowerCase().replace(/`/g, "'").trim();
  return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().trim();
}
