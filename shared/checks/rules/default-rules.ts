// The default house-style sheet: common news style, written for Copydesk
// (AP- and Guardian/BBC-style choices split by dialect). A publication edits
// its own copy under Publication settings or replaces it with a CSV; these
// are what a new database starts with.
import type { HouseRule, RuleDialect } from './house-rule';

type Row = [id: string, type: HouseRule['type'], pattern: string, replacement: string, category: string, description: string, auto?: boolean, dialect?: RuleDialect, kind?: HouseRule['kind']];

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ORDINAL_SUFFIX = ['st', 'nd', 'rd', 'th', 'th', 'th', 'th', 'th', 'th'];
const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

// A lone digit that is a count: not part of a number, a decimal, a score, a
// time, a date, money, a percentage, an age or a measurement.
const UNIT_AFTER = String.raw`(?!\d|[.,:/-]\d|%|-year|\s?(?:per\s?cent|percent|am|pm|a\.m\.|p\.m\.|[ap]m\b|km|kg|cm|mm|ml|ft|in\b|lb|mph|m\b|bn|million|billion|trillion|years?[\s-]old|-year-old|st|nd|rd|th|GB|MB|°))`;
const NOT_AFTER = String.raw`(?<![\d.,:/£$€#-]|(?:${MONTHS})\s|(?:aged|Aged|No|no|number|Number|page|Page|chapter|Chapter|Article|article|Section|section|Room|room|Platform|platform|Route|route|Category|category|level|Level|Stage|stage|Grade|grade|Series|series|Season|season)\s)`;

const ROWS: Row[] = [
  // Numbers
  ...NUMBER_WORDS.map((word, i): Row => [`numbers-${i + 1}`, 'regex', `${NOT_AFTER}\\b${i + 1}\\b${UNIT_AFTER}`, word, 'Numbers', `Spell out numbers from one to nine: "${word}", not ${i + 1} (ages, measurements, percentages, times and dates keep figures).`]),
  ['numbers-sentence-start', 'regex-case', String.raw`(?:^|(?<=[.!?]["”’]?\s+))(?!1[89]\d\d\b|20\d\d\b)\d+(?=[\s,])`, '', 'Numbers', 'Spell out a number that begins a sentence, or recast the sentence so it does not begin with one.'],
  ['numbers-per-cent', 'regex', String.raw`\bpercent\b`, 'per cent', 'Numbers', '"Per cent" is two words in British style.', true, 'en-GB'],
  ['numbers-percent', 'regex', String.raw`\bper\s+cent\b`, 'percent', 'Numbers', '"Percent" is one word in AP style.', true, 'en-US'],
  ...ORDINAL_WORDS.map((word, i): Row => [`ordinals-${i + 1}${ORDINAL_SUFFIX[i]}`, 'regex', `(?<!(?:${MONTHS})\\s)\\b${i + 1}${ORDINAL_SUFFIX[i]}\\b(?!\\s+(?:of\\s+)?(?:${MONTHS}))`, word, 'Numbers', `Spell out ordinals first to ninth: "${word}" (dates keep figures).`, true]),
  ['dates-month-ordinal', 'regex', String.raw`\b(${MONTHS})\s+(\d{1,2})(?:st|nd|rd|th)\b`, '$1 $2', 'Dates and times', 'Dates take no ordinal suffix: "March 3", not "March 3rd".', true],
  ['dates-ordinal-of-month', 'regex', String.raw`\b(\d{1,2})(?:st|nd|rd|th)\s+of\s+(${MONTHS})\b`, '$1 $2', 'Dates and times', 'Write "3 March", not "3rd of March".', true, 'en-GB'],
  ['times-pm-gb', 'regex', String.raw`\b(\d{1,2}(?:[.:]\d{2})?)\s?p\.m\.`, '$1pm', 'Dates and times', 'Times: "5pm", "5.30pm" — no stops, no space.', true, 'en-GB'],
  ['times-am-gb', 'regex', String.raw`\b(\d{1,2}(?:[.:]\d{2})?)\s?a\.m\.`, '$1am', 'Dates and times', 'Times: "9am", "9.30am" — no stops, no space.', true, 'en-GB'],
  ['times-pm-us', 'regex', String.raw`\b(\d{1,2}(?::\d{2})?)\s?pm\b`, '$1 p.m.', 'Dates and times', 'Times: "5 p.m." in AP style.', true, 'en-US'],
  ['times-am-us', 'regex', String.raw`\b(\d{1,2}(?::\d{2})?)\s?am\b`, '$1 a.m.', 'Dates and times', 'Times: "9 a.m." in AP style.', true, 'en-US'],
  ['times-12-noon', 'regex', String.raw`\b12\s?(?:noon|midday)\b`, 'noon', 'Dates and times', '"Noon", not "12 noon": the 12 is redundant.', true],
  ['times-12-midnight', 'regex', String.raw`\b12\s?midnight\b`, 'midnight', 'Dates and times', '"Midnight", not "12 midnight".', true],
  // Abbreviations by publication preference
  ['abbrev-us-dots', 'regex-case', String.raw`(?<![\p{L}.])US(?![\p{L}.])`, 'U.S.', 'Abbreviations', 'AP style writes "U.S." with stops.', true, 'en-US'],
  ['abbrev-us-no-dots', 'regex-case', String.raw`(?<![\p{L}.])U\.S\.(?!\p{L})`, 'US', 'Abbreviations', 'British style writes "US" without stops.', true, 'en-GB'],
  ['abbrev-uk-no-dots', 'regex-case', String.raw`(?<![\p{L}.])U\.K\.(?!\p{L})`, 'UK', 'Abbreviations', 'Write "UK" without stops.', true],
  ['abbrev-un-no-dots', 'regex-case', String.raw`(?<![\p{L}.])U\.N\.(?!\p{L})`, 'UN', 'Abbreviations', 'Write "UN" without stops.', true],
  ['abbrev-titles-no-stop', 'regex-case', String.raw`\b(Mr|Mrs|Ms|Dr)\.(?=\s)`, '$1', 'Abbreviations', 'British style: "Mr", "Mrs", "Ms", "Dr" take no full stop.', true, 'en-GB'],
  ['abbrev-ok', 'regex', String.raw`\bokay\b`, 'OK', 'Abbreviations', 'AP style: "OK", not "okay".', true, 'en-US'],
  // Attribution
  ['said-stated', 'regex', String.raw`\bstated\b`, 'said', 'Attribution', '"Said" is neutral; "stated" sounds official and stiff. Use it only for formal statements.'],
  ['said-remarked', 'regex', String.raw`\bremarked\b`, 'said', 'Attribution', '"Said" is almost always better than "remarked".'],
  ['said-exclaimed', 'regex', String.raw`\bexclaimed\b`, 'said', 'Attribution', '"Said" is almost always better than "exclaimed".'],
  ['said-opined', 'regex', String.raw`\bopined\b`, 'said', 'Attribution', '"Opined" is pompous; use "said".'],
  // Punctuation and spacing
  ['spacing-double-space', 'regex', String.raw`(?<=\S) {2,}(?=\S)`, ' ', 'Punctuation', 'One space between words and after a full stop.', true],
  ['spacing-before-punctuation', 'regex', String.raw`(?<=\p{L}) +([,;:!?])(?!\S)`, '$1', 'Punctuation', 'No space before a comma, semicolon, colon, question or exclamation mark.', true],
  ['quotes-straight-double-open', 'regex', String.raw`(?:^|(?<=[\s(\[—–-]))"(?=\S)`, '“', 'Punctuation', 'Use curly quotation marks: “ to open.', true],
  ['quotes-straight-double-close', 'regex', String.raw`(?<=[^\s(\[—–-])"`, '”', 'Punctuation', 'Use curly quotation marks: ” to close.', true],
  ['quotes-straight-apostrophe', 'regex', String.raw`(?<=\p{L})'(?=\p{L})`, '’', 'Punctuation', 'Use a curly apostrophe (’).', true],
  ['quotes-straight-single-open', 'regex', String.raw`(?:^|(?<=[\s(\[]))'(?=\p{L})`, '‘', 'Punctuation', 'Use curly quotation marks: ‘ to open.', true],
  ['quotes-straight-single-close', 'regex', String.raw`(?<=[\p{L}.,!?])'(?!\p{L})`, '’', 'Punctuation', 'Use curly quotation marks: ’ to close.', true],
  ['punctuation-repeated', 'regex', String.raw`([!?])[!?]+`, '$1', 'Punctuation', 'One exclamation or question mark is enough.', true],
  ['punctuation-spaced-hyphen-gb', 'regex', String.raw`(?<=\S) - (?=\S)`, ' – ', 'Punctuation', 'A spaced dash is an en dash ( – ), not a hyphen.', true, 'en-GB'],
  ['punctuation-spaced-hyphen-us', 'regex', String.raw`(?<=\S) - (?=\S)`, ' — ', 'Punctuation', 'AP style: a dash is an em dash with a space each side ( — ), not a hyphen.', true, 'en-US'],
  ['punctuation-ellipsis', 'regex', String.raw`\.\.\.`, '…', 'Punctuation', 'Use the ellipsis character (…).', true],
  // Grammar
  ['grammar-doubled-word', 'regex', String.raw`\b(?!(?:had|that|is|do)\b)(\p{L}+)\s+\1\b`, '$1', 'Typos', 'The same word twice in a row.', true, '', 'grammar'],
  ['grammar-doubled-article', 'regex', String.raw`\b(?:a|an|the)\s+(a|an|the)\b`, '$1', 'Typos', 'Two articles in a row.', true, '', 'grammar'],
  ['grammar-could-of', 'regex', String.raw`\b(could|should|would|must|might)\s+of\b`, '$1 have', 'Grammar', '"Could have", not "could of".', true, '', 'grammar'],
  ['grammar-alot', 'regex', String.raw`\balot\b`, 'a lot', 'Typos', '"A lot" is two words.', true, '', 'grammar'],
  // Case kept: the next word's second letter must be lower case, so acronyms ("a UN report", "an MP") are left alone.
  ['grammar-a-vowel', 'regex-case', String.raw`\b([Aa])\s+(?!an?\s|the\s)(?=(?:[aiAI]|[eE](?![uUwW])|[oO](?!ne\b|nce\b|ne-))\p{Ll})`, '$1n ', 'Grammar', '"An" before a vowel sound.', false, '', 'grammar'],
  ['grammar-an-consonant', 'regex-case', String.raw`\b([Aa])n\s+(?=(?![hH](?:our|onest|onou?r|eir|erb))[b-df-hj-np-tv-zB-DF-HJ-NP-TV-Z]\p{Ll})`, '$1 ', 'Grammar', '"A" before a consonant sound.', false, '', 'grammar'],
  ['grammar-less-people', 'regex', String.raw`\bless\s+(people|votes|jobs|cars|children|patients|students|homes|houses|staff|officers|cases|deaths)\b`, 'fewer $1', 'Grammar', '"Fewer" for things you can count, "less" for amounts.', false, '', 'grammar'],
  ['grammar-irregardless', 'regex', String.raw`\birregardless\b`, 'regardless', 'Grammar', '"Regardless"; "irregardless" is not standard English.', true, '', 'grammar'],
  ['grammar-comprised-of', 'regex', String.raw`\bcomprised\s+of\b`, 'composed of', 'Grammar', 'The whole comprises its parts: "composed of" or "comprises", not "comprised of".', false, '', 'grammar'],
  ['grammar-alright', 'regex', String.raw`\balright\b`, 'all right', 'Grammar', '"All right", two words.', true, '', 'grammar'],
  // Word choice
  ['words-whilst', 'regex', String.raw`\bwhilst\b`, 'while', 'Word choice', '"While", not "whilst".', true],
  ['words-amongst', 'regex', String.raw`\bamongst\b`, 'among', 'Word choice', '"Among", not "amongst".', true],
  ['words-towards-us', 'regex', String.raw`\btowards\b`, 'toward', 'Word choice', 'AP style: "toward".', true, 'en-US'],
  ['words-underway', 'regex', String.raw`\bunderway\b`, 'under way', 'Word choice', '"Under way", two words.', true, 'en-GB'],
  ['words-email', 'regex', String.raw`\be-mail\b`, 'email', 'Word choice', '"Email", no hyphen.', true],
  ['words-website', 'regex', String.raw`\bweb\s+site\b`, 'website', 'Word choice', '"Website", one word.', true],
  ['words-xmas', 'regex', String.raw`\bxmas\b`, 'Christmas', 'Word choice', 'Write "Christmas" in full.', true],
  ['words-in-order-to', 'regex', String.raw`\bin\s+order\s+to\b`, 'to', 'Word choice', '"To" says the same in fewer words.'],
  ['words-very-unique', 'regex', String.raw`\b(?:very|most|quite|rather)\s+unique\b`, 'unique', 'Word choice', 'Unique admits no degrees.'],
  // Redundancy and cliché
  ['cliche-at-this-moment-in-time', 'words', 'at this moment in time|at this point in time', 'now', 'Clichés', 'Say "now".'],
  ['cliche-in-this-day-and-age', 'words', 'in this day and age', 'today', 'Clichés', 'Say "today".'],
  ['cliche-blazing-inferno', 'words', 'blazing inferno|raging inferno', 'fire', 'Clichés', 'A fire is a fire.'],
  ['cliche-brutally-murdered', 'words', 'brutally murdered', 'murdered', 'Clichés', 'Every murder is brutal.'],
  ['cliche-miraculous-escape', 'words', 'miraculous escape|miracle escape', '', 'Clichés', 'A cliché: say what happened.'],
  ['cliche-tip-of-the-iceberg', 'words', 'tip of the iceberg', '', 'Clichés', 'A cliché: say how much more there is.'],
  ['cliche-level-playing-field', 'words', 'level playing field', '', 'Clichés', 'A cliché: say what would be fair.'],
  ['cliche-fell-on-deaf-ears', 'words', 'fell on deaf ears', 'was ignored', 'Clichés', 'A cliché.'],
  ['cliche-war-torn', 'words', 'war-torn|war torn', '', 'Clichés', 'A cliché: name the war.'],
  ['cliche-sparked-fears', 'words', 'sparked fears|sparks fears', 'raised fears', 'Clichés', 'Fears are not sparked.'],
  ['cliche-last-ditch', 'words', 'last-ditch|last ditch', 'final', 'Clichés', 'A cliché.'],
  ['cliche-drop-in-the-ocean', 'words', 'drop in the ocean', '', 'Clichés', 'A cliché: give the figure.'],
  ['redundant-completely-destroyed', 'words', 'completely destroyed|totally destroyed', 'destroyed', 'Redundancy', 'Destroyed is complete.', true],
  ['redundant-free-gift', 'words', 'free gift', 'gift', 'Redundancy', 'A gift is free.', true],
  ['redundant-past-history', 'words', 'past history', 'history', 'Redundancy', 'History is past.', true],
  ['redundant-end-result', 'words', 'end result|final outcome', 'result', 'Redundancy', 'A result is the end.', true],
  ['redundant-close-proximity', 'words', 'close proximity', 'near', 'Redundancy', 'Proximity is closeness.'],
  ['redundant-each-and-every', 'words', 'each and every', 'every', 'Redundancy', '"Every" is enough.', true],
  ['redundant-absolutely-essential', 'words', 'absolutely essential', 'essential', 'Redundancy', 'Essential needs no help.', true],
];

export const DEFAULT_RULES: readonly HouseRule[] = ROWS.map(([id, type, pattern, replacement, category, description, auto = false, dialect = '', kind = 'style']) => ({
  id,
  type,
  pattern,
  replacement,
  category,
  description,
  kind,
  autoFix: auto,
  dialect,
}));
