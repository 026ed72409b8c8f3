import { CHECK_IN_KIND_LABELS } from '../../../../core/checklist';
import { Button } from '../../components/button';
import { formatDate } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import styles from './archive.module.css';

/** How far ahead the list looks, in days. */
export const CHECK_INS_AHEAD_DAYS = 14;

/** This list's own wording (kept here so it needs no shared catalogue edit). */
const WORDS = {
  title: 'Check-ins due',
  intro: `Follow-ups agreed in finalized sessions, due now or in the next ${CHECK_INS_AHEAD_DAYS} days.`,
  open: 'Open',
  openFor: (name: string) => `Open the closing session of ${name}`,
} as const;

function dayAhead(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Props of the check-ins due list. */
export interface CheckInsDueProps {
  onOpen: (sessionId: string) => void;
}

/** Check-ins due now or soon, earliest first, each opening its closed case (nothing shown when none). */
export function CheckInsDue({ onOpen }: CheckInsDueProps) {
  const [due] = useApiLoad(() =>
    window.api.sessions.checkInsDue({ until: dayAhead(CHECK_INS_AHEAD_DAYS) }),
  );
  const [clients] = useApiLoad(() => window.api.clients.list({}));
  if (due.status !== 'ready' || due.value.length === 0) return null;
  const names = new Map(
    clients.status === 'ready' ? clients.value.map((o) => [o.client.id, o.client.displayName]) : [],
  );
  return (
    <section aria-labelledby="archive-check-ins-title" className={styles.withoutSection}>
      <h2 id="archive-check-ins-title" className={styles.sectionTitle}>
        {WORDS.title}
      </h2>
      <p className={styles.muted}>{WORDS.intro}</p>
      <ul className={styles.withoutList}>
        {due.value.map((d) => {
          const name = names.get(d.clientId) ?? '';
          return (
            <li key={d.sessionId} className={styles.withoutItem}>
              <span>
                <span dir="auto" className={styles.resultName}>
                  {name}
                </span>{' '}
                <span className={styles.muted}>
                  {CHECK_IN_KIND_LABELS[d.kind]} · {formatDate(d.date)}
                </span>
              </span>
              <Button
                variant="quiet"
                onPress={() => onOpen(d.sessionId)}
                aria-label={WORDS.openFor(name)}
              >
                {WORDS.open}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
