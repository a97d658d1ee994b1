// Interchange JSON from a file or stdin, checked into article fields before
// any command opens the database: bad input never touches it.
import { InterchangeInput, interchangeToFields, type ArticleFields } from '../../shared/article/fields';
import { describeIssues } from '../../shared/ipc/result';
import { CliError } from './cli-error';
import type { CliIO } from './command';
import { readInputText } from './read-input';

export async function readInterchange(file: string, io: CliIO): Promise<ArticleFields> {
  const text = await readInputText(file, io);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = InterchangeInput.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a Copydesk article: ${describeIssues(parsed.error.issues)}`);
  return interchangeToFields(parsed.data);
}
