// Usage: tsx scripts/check-alloy.ts FILE...
// Prints FILE:LINE:COL: message for every syntax error and exits 1 if any
// file is invalid, so it can gate CI and editors' problem matchers.
import { readFileSync } from 'node:fs';
import { formatDiagnostic, parse } from '../src/alloy/parser.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: tsx scripts/check-alloy.ts FILE...\n');
  process.exit(2);
}

let invalid = 0;
for (const file of files) {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (err) {
    process.stderr.write(`${file}: cannot read: ${(err as Error).message}\n`);
    invalid++;
    continue;
  }
  const { errors } = parse(source);
  for (const d of errors) process.stderr.write(`${formatDiagnostic(file, d)}\n`);
  if (errors.length > 0) invalid++;
}

if (invalid > 0) {
  process.stderr.write(`${invalid} of ${files.length} Alloy file(s) invalid\n`);
  process.exit(1);
}
process.stdout.write(`OK: ${files.length} Alloy file(s) valid\n`);
