// Leaving an article (opening another, or quitting) after changes: main keeps
// an automatic version of it as saved, if it changed since its newest one.
// Never in the way: a failure here loses no words (they are saved already).
import type { Client } from '../ipc/client';

export async function versionOnLeaving(client: Client, articleId: string | null): Promise<void> {
  if (!articleId) return;
  await client.closeArticle({ id: articleId }).catch(() => undefined);
}
