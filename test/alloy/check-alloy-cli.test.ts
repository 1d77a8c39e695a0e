import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'check-alloy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...files: string[]): { status: number; stdout: string; stderr: string } {
  try {
    const stdout = execFileSync('npx', ['tsx', 'scripts/check-alloy.ts', ...files], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('scripts/check-alloy.ts', () => {
  it('exits 0 with an OK summary for a valid file', () => {
    const file = path.join(dir, 'valid.alloy');
    writeFileSync(file, 'remotecfg {\n  url = "https://fleet-management-prod-001.grafana.net"\n}\n');
    const { status, stdout } = run(file);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^OK: 1 Alloy file\(s\) valid$/m);
  }, 30_000);

  it('exits 1 and prints FILE:LINE:COL: message for an invalid file', () => {
    const valid = path.join(dir, 'ok.alloy');
    const invalid = path.join(dir, 'invalid.alloy');
    writeFileSync(valid, 'a = 1\n');
    writeFileSync(invalid, 'logging {\n  level = "info" format = "json"\n}\n');
    const { status, stderr } = run(valid, invalid);
    expect(status).toBe(1);
    expect(stderr).toContain(`${invalid}:2:18: expected a newline (terminator) after the attribute 'level'`);
    expect(stderr).not.toContain(valid + ':');
  }, 30_000);
});
