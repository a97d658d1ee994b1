// Photo captions from markup (a <figcaption>, Word's Caption style) often end
// with the credit: split it into the photo's caption, photographer and agency.
import type { PhotoAttrs } from '../../../../shared/article/photo';
import { parseCredit } from '../../../../shared/import/detect/photo-credit';

/** A caption may end with a credit ("… Photo: Jane Doe/Reuters"): split it into the photo's fields. */
export function mergeCaption(attrs: PhotoAttrs, text: string): void {
  const credit = parseCredit(text);
  if (credit) {
    attrs.photographer ||= credit.photographer;
    attrs.agency ||= credit.agency;
    if (credit.caption) attrs.caption = [attrs.caption, credit.caption].filter(Boolean).join(' ');
  } else {
    attrs.caption = [attrs.caption, text].filter(Boolean).join(' ');
  }
}
