// Interchange JSON from a file or stdin, checked into article fields before
// any command opens the database: bad input never touches it.
import { InterchangeInput, interchangeToFields, type ArticleFields } from '../../shared/article/fields';
import { describeEveryIssue } from '../../shared/errors/app-error';
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
  // Every problem in one message: a file is fixed once, not three fields at a time.
  const parsed = InterchangeInput.safeParse(json);
  if (!parsed.success) throw new CliError(`${file} is not a Copydesk article: ${describeEveryIssue(parsed.error.issues)}`);
  return interchangeToFields(parsed.data);
}
