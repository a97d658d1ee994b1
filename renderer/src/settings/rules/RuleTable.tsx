// One page of the sheet: each rule's id, type, pattern, replacement,
// category, description and whether it is automatic, with Edit and Delete;
// Previous and Next pages under it (a sheet may hold thousands of rules, so
// only a page is ever rendered).
import type { HouseRule } from '../../../../shared/checks/rules/house-rule';
import type { RulePage } from './rule-sheet-model';

const TYPE_SHORT: Record<HouseRule['type'], string> = { words: 'words', regex: 'regex', 'regex-case': 'regex (case)' };

export function RuleTable(props: { page: RulePage; total: number; busy: boolean; onEdit(id: string): void; onDelete(id: string): void; onPage(page: number): void }) {
  const { page } = props;
  if (page.matching === 0) return <p className="muted">{props.total ? 'No rule matches the filter.' : 'The sheet has no rules.'}</p>;
  return (
    <>
      <div className="rule-table-scroll">
        <table className="rule-table">
          <caption className="visually-hidden">House-style rules, page {page.page + 1} of {page.pages}</caption>
          <thead>
            <tr>
              <th scope="col">Id</th>
              <th scope="col">Type</th>
              <th scope="col">Pattern</th>
              <th scope="col">Replacement</th>
              <th scope="col">Category</th>
              <th scope="col">Description</th>
              <th scope="col">Automatic</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {page.rules.map((rule) => (
              <tr key={rule.id}>
                <th scope="row" className="rule-code">
                  {rule.id}
                </th>
                <td>
                  {TYPE_SHORT[rule.type]}
                  {rule.dialect && <span className="settings-hint"> {rule.dialect}</span>}
                </td>
                <td className="rule-code rule-pattern" title={rule.pattern}>
                  {rule.pattern}
                </td>
                <td className="rule-code">{rule.replacement || <span className="settings-hint">(warns only)</span>}</td>
                <td>{rule.category}</td>
                <td>{rule.description}</td>
                <td>{rule.autoFix ? 'yes' : 'no'}</td>
                <td className="rule-actions">
                  <button type="button" className="settings-button" aria-label={`Edit rule ${rule.id}`} disabled={props.busy} onClick={() => props.onEdit(rule.id)}>
                    Edit
                  </button>
                  <button type="button" className="settings-button" aria-label={`Delete rule ${rule.id}`} disabled={props.busy} onClick={() => props.onDelete(rule.id)}>
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <nav className="rule-pages" aria-label="Pages of rules">
        <button type="button" className="settings-button" disabled={page.page === 0} onClick={() => props.onPage(page.page - 1)}>
          Previous page
        </button>
        <span>
          Page {page.page + 1} of {page.pages} · {page.matching} rule{page.matching === 1 ? '' : 's'}
        </span>
        <button type="button" className="settings-button" disabled={page.page >= page.pages - 1} onClick={() => props.onPage(page.page + 1)}>
          Next page
        </button>
      </nav>
    </>
  );
}
