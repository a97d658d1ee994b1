// The credit line under a photo. Wire-style "Photo by NAME/AGENCY" when both are
// known; with only a photographer "Photo by NAME"; with only an agency
// "Photo: AGENCY" (an agency did not take the picture, so "by" would be wrong).
export function photoCredit(photographer: string, agency: string): string {
  const who = photographer.trim();
  const from = agency.trim();
  if (who && from) return `Photo by ${who}/${from}`;
  if (who) return `Photo by ${who}`;
  if (from) return `Photo: ${from}`;
  return '';
}
