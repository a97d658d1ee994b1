// What the renderer's checker needs from main, as the IPC contract carries it:
// the dictionary files of the publication's dialect (shipped in the app, read
// from disk by main, never downloaded), the newsroom's words and the house
// rules that apply. The worker builds its CopyChecker from exactly this.
import { z } from 'zod';
import { DIALECTS } from './dialect';
import { RULE_DIALECTS, RULE_ID, RULE_TYPES } from './rules/house-rule';
import { isNewsroomWord, MAX_NEWSROOM_WORD } from './spelling/newsroom-dictionary';

/** Hunspell files are about 0.5 MB; anything far larger is not one of ours. */
const MAX_DICTIONARY_FILE = 8_000_000;

export const HouseRuleData = z
  .object({
    id: z.string().regex(RULE_ID, 'a rule id is 1–80 lower-case letters, digits, dots, dashes or underscores'),
    type: z.enum(RULE_TYPES),
    pattern: z.string().min(1).max(2_000),
    replacement: z.string().max(2_000),
    category: z.string().max(200),
    description: z.string().max(2_000),
    kind: z.enum(['grammar', 'style']),
    autoFix: z.boolean(),
    dialect: z.enum(RULE_DIALECTS),
  })
  .strict();

export const RuleId = z.string().regex(RULE_ID, 'a rule id is 1–80 lower-case letters, digits, dots, dashes or underscores');

/** The sheet as Publication settings edits it: the rules that apply, and whether they are the publication's own or the defaults. */
export const RuleSheet = z.object({ custom: z.boolean(), rules: z.array(HouseRuleData).max(20_000) }).strict();
export type RuleSheet = z.infer<typeof RuleSheet>;

/** A CSV sheet as the renderer read it from the file the journalist chose (20,000 rules of ~250 characters). */
export const MAX_RULES_CSV = 8_000_000;

export const CheckContext = z
  .object({
    dialect: z.enum(DIALECTS),
    dictionary: z.object({ aff: z.string().max(MAX_DICTIONARY_FILE), dic: z.string().max(MAX_DICTIONARY_FILE) }).strict(),
    words: z.array(z.string().max(MAX_NEWSROOM_WORD)).max(100_000),
    /** Only the rules for this dialect (and those for every dialect). */
    rules: z.array(HouseRuleData).max(20_000),
  })
  .strict();
export type CheckContext = z.infer<typeof CheckContext>;

/** One entry of the newsroom dictionary, as a person types or picks it. */
export const NewsroomWord = z
  .string()
  .transform((w) => w.trim())
  .refine(isNewsroomWord, {
    message: `an entry of the newsroom dictionary is one word or name of up to ${MAX_NEWSROOM_WORD} characters, starting with a letter`,
  });
