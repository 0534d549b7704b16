/**
 * Text as search and filters compare it: lower case, accents stripped, typographic apostrophes
 * plain, so "Turkiye" finds "Türkiye" and "kyiv" finds "Kyiv". Plain ASCII (most names) skips
 * the Unicode normalisation, which a filter over a million names would otherwise pay for each.
 */
export function foldText(text: string): string {
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) > 0x7f) {
      return text.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").toLowerCase().trim();
    }
  }
  const lower = text.toLowerCase();
  return (lower.includes('`') ? lower.replaceAll('`', "'") : lower).trim();
}
