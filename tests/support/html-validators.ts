// The two HTML checkers the issue names, run for real: html-validate in
// process, and the W3C Nu HTML Checker (vnu-jar) on Java — once for a whole
// batch of files, because starting the JVM is the slow part.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';

const VNU_JAR = path.resolve('node_modules/vnu-jar/build/dist/vnu.jar');

const htmlValidate = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // An SEO length heuristic, not validity: news headlines routinely run past
    // 70 characters and the <title> carries the whole headline on purpose.
    'long-title': 'off',
  },
});

export interface Finding {
  line?: number;
  rule?: string;
  message: string;
}

export async function htmlValidateErrors(html: string, name = 'page.html'): Promise<Finding[]> {
  const report = await htmlValidate.validateString(html, name);
  return report.results.flatMap((r) =>
    r.messages.filter((m) => m.severity === 2).map((m) => ({ line: m.line, rule: m.ruleId, message: m.message })),
  );
}

interface VnuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
}

/** vnu findings per file: errors (incl. fatal/non-document errors) and warnings kept apart. */
export function runVnu(files: readonly string[]): Map<string, { errors: Finding[]; warnings: Finding[] }> {
  let stdout: string;
  try {
    stdout = execFileSync('java', ['-jar', VNU_JAR, '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // vnu exits 1 when it found errors; its report is still on stdout.
    const out = (error as { stdout?: string }).stdout;
    if (!out) throw error;
    stdout = out;
  }
  const report = JSON.parse(stdout) as { messages: VnuMessage[] };
  const byFile = new Map(files.map((f) => [path.resolve(f), { errors: [] as Finding[], warnings: [] as Finding[] }]));
  for (const m of report.messages) {
    const file = m.url ? path.resolve(decodeURIComponent(m.url.replace(/^file:/, ''))) : '';
    const entry = byFile.get(file);
    if (!entry) throw new Error(`vnu reported on an unexpected resource: ${m.url} — ${m.message}`);
    const finding = { line: m.lastLine, message: m.message.slice(0, 300) };
    if (m.type === 'error' || m.type === 'non-document-error') entry.errors.push(finding);
    else if (m.subType === 'warning') entry.warnings.push(finding);
  }
  return byFile;
}
