import { useId } from 'react';
import type { KnowledgeCheck as Check } from '../content/deck-types.ts';
import { KnowledgeCheck } from './knowledge-check.tsx';
import { useProgress } from './progress-context.tsx';
import type { CheckRecord } from './progress-types.ts';

interface Props {
  checks: readonly Check[];
  records: Readonly<Record<string, CheckRecord | undefined>>;
  onRecord(id: string, record: CheckRecord | null): void;
}

/** A slide's knowledge checks, under their own heading; nothing when the slide has none. */
export function KnowledgeCheckList({ checks, records, onRecord }: Props) {
  const headingId = useId();
  if (checks.length === 0) return null;
  return (
    <section className="kc-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Check your understanding
      </h2>
      {checks.map((check) => (
        <KnowledgeCheck key={check.id} check={check} record={records[check.id]} onRecord={(r) => onRecord(check.id, r)} />
      ))}
    </section>
  );
}

/** The list wired to the learner's saved progress. */
export function SavedKnowledgeChecks({ checks }: { checks: readonly Check[] }) {
  const { progress, recordCheck } = useProgress();
  return <KnowledgeCheckList checks={checks} records={progress.checks} onRecord={recordCheck} />;
}
