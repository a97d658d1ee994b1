// Article ids on the command line: the full UUID, or any unique prefix of at
// least six characters, as `copydesk list` prints them. Every command that
// takes an id resolves it here, so the rule is the same everywhere.
import { ArticleId } from '../../shared/article/fields';
import type { Services } from '../main/services';
import { CliError, UsageError } from './cli-error';

export const MIN_ID_PREFIX = 6;
/** How many matches an ambiguous prefix lists before "and more". */
const SHOWN_MATCHES = 5;

/** The full id of the one article whose id is or starts with `given`. */
export function resolveArticleId(given: string, services: () => Services): string {
  const wanted = given.trim().toLowerCase();
  if (ArticleId.safeParse(wanted).success) return wanted;
  if (!/^[0-9a-f-]+$/.test(wanted)) {
    throw new UsageError(`"${given}" is not an article id (ids are letters a–f, digits and dashes; "copydesk list" shows them).`);
  }
  if (wanted.length < MIN_ID_PREFIX) {
    throw new UsageError(`"${given}" is too short to pick one article: give at least ${MIN_ID_PREFIX} characters of its id.`);
  }
  const matches = services().articles.withIdPrefix(wanted, SHOWN_MATCHES + 1);
  if (matches.length === 0) throw new CliError(`No article id starts with "${wanted}" ("copydesk list" shows them).`);
  if (matches.length === 1) return matches[0]!.id;
  const listed = matches.slice(0, SHOWN_MATCHES).map((m) => `${m.id} “${m.headline || '(untitled)'}”`);
  const more = matches.length > SHOWN_MATCHES ? ' and more' : '';
  throw new UsageError(`"${wanted}" starts more than one article's id: ${listed.join(', ')}${more}. Give more characters.`);
}
