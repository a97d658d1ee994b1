// Who a quote is from, read from the paragraph that leads into it:
//   "The Guardian notes the complications …"  → The Guardian
//   "In a statement, Acme Corp. said:"        → Acme Corp.
//   "…, said Maria Lopez, the mayor:"         → Maria Lopez
//   "According to the ministry:"              → (nobody named)
// Only a name is taken: "He said:" or "The minister added:" leave it empty,
// because a wrong attribution in print is worse than none.

const VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'stated', 'states', 'notes', 'noted', 'note', 'added', 'adds', 'wrote',
  'writes', 'explained', 'explains', 'argued', 'argues', 'warned', 'warns', 'spoke', 'speaks', 'addressed',
  'addresses', 'relayed', 'relays', 'reported', 'reports', 'continued', 'continues', 'commented', 'comments',
  'insisted', 'insists', 'recalled', 'recalls', 'remembers', 'remembered', 'remarked', 'remarks', 'announced', 'announces', 'declared',
  'declares', 'asked', 'asks', 'replied', 'replies', 'responded', 'responds', 'tweeted', 'tweets', 'posted',
  'posts', 'observed', 'observes', 'concluded', 'concludes', 'acknowledged', 'acknowledges', 'admitted', 'admits',
  'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'stressed', 'stresses', 'testified', 'cautioned',
  'urged', 'predicted', 'described', 'describes', 'quoted', 'quotes', 'put it', 'summed it up',
].join('|');

// An optional opening clause ("In a statement, ", "After the vote, "), the subject,
// an optional apposition (", the mayor,"), then the verb.
const SUBJECT_FIRST = new RegExp(
  String.raw`^(?:[^,\u201c\u201d"]{1,60},\s+)?([^,\u201c\u201d"]{1,80}?)(?:,([^,]{1,80}),)?\s+(?:${VERBS})\b`,
  'i',
);
const VERB_FIRST = new RegExp(String.raw`\b(?:${VERBS})\s+([\p{Lu}][^,:;\u201c\u201d]{1,60}?)\s*(?:,|:|\.|$)`, 'u');
const ACCORDING = /^according to ([^,:]{1,60})/i;

// Sentence-initial words that make a subject generic rather than a name.
const NOT_A_NAME = new Set(
  'the a an he she they it we i you this that these those his her their its our my some many officials one another both each'.split(
    ' ',
  ),
);

const CALENDAR =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december|last|earlier|later|on|in)\b/i;

const ABBREVIATION = /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep|St|Gen|Col|Lt|Sgt|Prof|Jr|Sr|Inc|Co|Corp|Ltd|No|Jan|Feb|Mar|Apr|Aug|Sept|Sep|Oct|Nov|Dec|Ave|Capt|Supt)\.)$/;

/** The last sentence of a paragraph, not fooled by "U.S." or "Mr.". */
export function lastSentence(text: string): string {
  const boundary = /[.!?][\u201d\u2019]?\s+(?=[\p{Lu}\u201c])/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    // Only the last few characters can hold an abbreviation; testing the whole prefix made long paragraphs quadratic.
    const before = text.slice(Math.max(0, m.index - 15), m.index + 1);
    if (!ABBREVIATION.test(before)) start = m.index + m[0].length;
  }
  return text.slice(start).trim();
}

export function attributionFrom(leadIn: string): string {
  const sentence = lastSentence(leadIn).replace(/[:.]\s*$/, '');
  // "said Maria Lopez" first: in "…, said Maria Lopez:" the subject-first rule would take the whole clause.
  const subjectFirst = SUBJECT_FIRST.exec(sentence);
  // "The authority's chair, Priya Shah, said": a person's name in the apposition beats the role before it.
  const apposition = subjectFirst?.[2]?.trim();
  const person = apposition && isPersonName(apposition) ? apposition : undefined;
  const candidates = [VERB_FIRST.exec(sentence)?.[1], person, subjectFirst?.[1], apposition, ACCORDING.exec(sentence)?.[1]];
  for (const candidate of candidates) {
    const name = candidate?.trim().replace(/[,;]$/, '');
    if (name && looksLikeName(name)) return name;
  }
  return '';
}

function looksLikeName(subject: string): boolean {
  const words = subject.split(/\s+/);
  if (words.length > 8 || !/^[\p{Lu}\p{N}]/u.test(subject)) return false;
  // "in a statement that" style subjects are clauses, not names.
  if (words.some((w) => /^(that|which|who|when|because|if)$/i.test(w))) return false;
  // "The mayor said Tuesday:" names a day, not a person.
  if (CALENDAR.test(words[0]!)) return false;
  return words.some((word, i) => /^[\p{Lu}]/u.test(word) && !(i === 0 && NOT_A_NAME.has(word.toLowerCase())));
}

/** "Priya Shah", "Roger Guenther", "Abba Isa Tijani": two to five capitalised words. */
function isPersonName(text: string): boolean {
  const words = text.split(/\s+/);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^[\p{Lu}][\p{L}.’'-]*$/u.test(w));
}
