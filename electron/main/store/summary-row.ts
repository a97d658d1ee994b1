// One library row as the list shows it, from the article_summaries columns:
// the list page, the desk's search results and a save's acknowledgement all
// map a row here.
import type { ArticleSummary } from '../../../shared/article/fields';

export interface SummaryRow {
  id: string;
  headline: string;
  status: ArticleSummary['status'];
  section: string;
  word_count: number;
  revision: number;
  updated_at: string;
}

export function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    headline: row.headline,
    status: row.status,
    section: row.section,
    wordCount: row.word_count,
    revision: row.revision,
    updatedAt: row.updated_at,
  };
}
