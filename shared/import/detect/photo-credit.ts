// Photo credits in the forms newsrooms use:
//   [Photo by NAME/AGENCY]   (Photo: NAME/AGENCY)   Photo: NAME/AGENCY
//   Photograph: NAME/AGENCY  (AP Photo/NAME)        REUTERS/NAME
//   Image via AGENCY         Photo courtesy of AGENCY
// optionally after a caption ("Crowds gather in Kyiv. (AP Photo/Evan Vucci)").

export interface Credit {
  caption: string;
  photographer: string;
  agency: string;
}

const WORD = String.raw`(?:photo(?:graph)?|image|picture|pic|illustration|photo credit|credit)`;
const BRACKETED = new RegExp(String.raw`[\[(]\s*${WORD}\s*(?:by|:|via|courtesy(?: of)?)\s*([^\])]{2,80})[\])]$`, 'i');
// The agency is an upper-case code (AP, CP, AAP): "(File photo)" is not a credit.
const AGENCY_PHOTO = /\(\s*([A-Z]{2,10}) (?:Photo|PHOTO|photo)\s*(?:\/\s*([^)]{2,60}))?\)$/;
const SLASHED_AGENCY = /(?:^|\s)\(?(REUTERS|AFP|EPA(?:-EFE)?|AAP|ANSA)\s*\/\s*([\p{Lu}][^()]{1,50}?)\)?$/u;
const PREFIXED = new RegExp(String.raw`(?:^|(?<=[.!?”’)]\s))${WORD}\s*(?::|by\b|via\b|courtesy(?: of)?\b)\s*([^:]{2,80})$`, 'i');

/** The credit at the end of a short text, with whatever precedes it as the caption; null when there is none. */
export function parseCredit(text: string): Credit | null {
  const t = text.trim();
  if (!t || t.length > 400) return null;

  const agencyPhoto = AGENCY_PHOTO.exec(t);
  if (agencyPhoto) {
    return { caption: captionBefore(t, agencyPhoto.index), photographer: cleanName(agencyPhoto[2] ?? ''), agency: agencyPhoto[1]! };
  }
  const slashed = SLASHED_AGENCY.exec(t);
  if (slashed) {
    return { caption: captionBefore(t, slashed.index), photographer: cleanName(slashed[2]!), agency: agencyName(slashed[1]!) };
  }
  const bracketed = BRACKETED.exec(t);
  if (bracketed) return { caption: captionBefore(t, bracketed.index), ...splitCredit(bracketed[1]!, /\bvia\b/i.test(bracketed[0])) };
  const prefixed = PREFIXED.exec(t);
  if (prefixed) return { caption: captionBefore(t, prefixed.index), ...splitCredit(prefixed[1]!, /\bvia\b/i.test(prefixed[0])) };
  return null;
}

/** True when a whole line is a credit with no caption: it ends a paragraph of copy when it appears inside one. */
export function isCreditLine(line: string): boolean {
  const credit = parseCredit(line);
  return credit !== null && credit.caption === '';
}

const AGENCY_WORDS =
  /\b(images?|photos?|pictures|press|agency|news|wire|media|studios?|archives?|getty|reuters|afp|ap|epa|alamy|shutterstock|unsplash|pexels|bloomberg|wikimedia|flickr|handout|courtesy|pool|nasa|istock|corbis|magnum)\b/i;

/** "NAME/AGENCY", "NAME for AGENCY", "NAME via AGENCY", or one name: decide which it is. */
function splitCredit(raw: string, via: boolean): { photographer: string; agency: string } {
  const credit = raw.trim().replace(/[.;,]+$/, '');
  const slash = credit.lastIndexOf('/');
  if (slash > 0) return { photographer: cleanName(credit.slice(0, slash)), agency: cleanName(credit.slice(slash + 1)) };
  const joined = /^(.+?)\s+(?:for|via|\|)\s+(.+)$/i.exec(credit);
  if (joined) return { photographer: cleanName(joined[1]!), agency: cleanName(joined[2]!) };
  // "Image via Unsplash" names a source, not a person.
  if (via || AGENCY_WORDS.test(credit)) return { photographer: '', agency: cleanName(credit) };
  return { photographer: cleanName(credit), agency: '' };
}

function captionBefore(text: string, at: number): string {
  return text.slice(0, at).trim();
}

function cleanName(name: string): string {
  // "(AP Photo/Evan Vucci, File)": the ", File" marks an archive picture, not part of the name.
  return name.replace(/,\s*(file|pool|handout)\s*$/i, '').replace(/\s+/g, ' ').trim();
}

function agencyName(code: string): string {
  const upper = code.toUpperCase();
  return upper === 'REUTERS' ? 'Reuters' : upper;
}
