import { useId, useState } from 'react';
import type { KnowledgeCheck as Check } from '../content/deck-types.ts';
import { KnowledgeCheck } from './knowledge-check.tsx';
import { useProgress } from './progress-context.tsx';
import type { CheckRecord } from './progress-types.ts';
import { learnerSeed } from './shuffle-options.ts';

interface Props {
  checks: readonly Check[];
  records: Readonly<Record<string, CheckRecord | undefined>>;
  onRecord(id: string, record: CheckRecord | null): void;
  /** Shuffles each check's options in a stable order for this seed; authored order without. */
  shuffleSeed?: string;
}

/** A slide's knowledge checks, under their own heading; nothing when the slide has none. */
export function KnowledgeCheckList({ checks, records, onRecord, shuffleSeed }: Props) {
  const headingId = useId();
  if (checks.length === 0) return null;
  return (
    <section className="kc-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="panel-heading">
        Check your understanding
      </h2>
      {checks.map((check) => (
        <KnowledgeCheck
          key={check.id}
          check={check}
          record={records[check.id]}
          onRecord={(r) => onRecord(check.id, r)}
          shuffleSeed={shuffleSeed}
        />
      ))}
    </section>
  );
}

/** The list wired to the learner's saved progress, options in the learner's own order. */
export function SavedKnowledgeChecks({ checks }: { checks: readonly Check[] }) {
  const { progress, recordCheck } = useProgress();
  // Read once per mount: the seed never changes for a learner, so neither does the order.
  const [seed] = useState(() => learnerSeed());
  return <KnowledgeCheckList checks={checks} records={progress.checks} onRecord={recordCheck} shuffleSeed={seed} />;
}
