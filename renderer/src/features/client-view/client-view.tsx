import { useState } from 'react';
import { Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type {
  ClientFacingItem,
  CrisisLineSnapshot,
  SessionContent,
} from '../../../../core/checklist';
import { clientFacingContent, SAFETY_PLAN_STEPS } from '../../../../core/checklist';
import { goalBarsChart } from '../../../../core/chart';
import {
  type ClientChartPrefs,
  clientMeasureScene,
  DEFAULT_CLIENT_CHART_PREFS,
} from '../../../../core/client-words';
import type { Client } from '../../../../core/clients/client';
import type { Template } from '../../../../core/template';
import { Button } from '../../components/button';
import { formatDate, t } from '../../i18n/t';
import { SceneSvg } from '../runner/chart/scene-svg';
import { screenLabelMetrics } from '../runner/chart/text-measure';
import { HANDOUT_SECTION_TITLES } from '../../../../core/handout-model/handout';
import styles from './client-view.module.css';
import { useClientViewData } from './use-client-view-data';

const dateText = (iso: string) => formatDate(`${iso}T12:00:00`);

/** The crisis lines as cards: the list `crisisLinesShown` gives, the same the handout prints. */
function CrisisCards({ lines }: { lines: readonly CrisisLineSnapshot[] | null }) {
  if (lines === null) return null;
  return (
    <ul className={styles.cards}>
      {lines.map((l) => (
        <li key={l.id} className={styles.card} dir="auto" data-crisis-line={l.id}>
          <span>
            <strong>{l.name}</strong> {l.contact && <span>· {l.contact}</span>}
          </span>
          {l.hours && <span className={styles.cardLine}>{l.hours}</span>}
          {l.instructions && <span className={styles.cardLine}>{l.instructions}</span>}
        </li>
      ))}
    </ul>
  );
}

interface ItemBodyProps {
  item: ClientFacingItem;
  measures: ReturnType<typeof clientFacingContent>['measures'];
  crisisLines: readonly CrisisLineSnapshot[] | null;
  chartPrefs: ClientChartPrefs;
}

function ItemBody({ item, measures, crisisLines, chartPrefs }: ItemBodyProps) {
  const a = item.answer;
  if (a.text !== undefined) {
    return (
      <p className={styles.text} dir="auto">
        {a.text}
      </p>
    );
  }
  if (a.entries) {
    const columns = item.columns ?? [];
    return (
      <ul className={styles.list}>
        {a.entries.map((e) => (
          <li key={e.id} dir="auto">
            {columns.length > 1
              ? columns
                  .filter((c) => e.values[c.id]?.trim())
                  .map((c) => `${c.label}: ${e.values[c.id]}`)
                  .join(' — ')
              : Object.values(e.values).join(' ')}
          </li>
        ))}
      </ul>
    );
  }
  if (a.goals) {
    const goals = a.goals.filter((g) => g.goal.trim());
    return (
      <>
        <SceneSvg
          scene={goalBarsChart(goals, { width: 620, height: 24 + goals.length * 76 })}
          large
        />
        <ul className={styles.list}>
          {goals.map((g) => (
            <li key={g.id} dir="auto">
              <strong>{g.goal}</strong>
              {g.clientWords && <span> — “{g.clientWords}”</span>}
              {g.firstStep && (
                <span className={styles.firstStep}>
                  {' '}
                  {t('clientView.firstStep', { step: g.firstStep })}
                </span>
              )}
            </li>
          ))}
        </ul>
      </>
    );
  }
  if (a.scores) {
    const scores = a.scores;
    return (
      <>
        {measures
          .filter((m) => scores.some((s) => s.measureId === m.id))
          .map((m) => (
            <SceneSvg
              key={m.id}
              scene={clientMeasureScene(
                m,
                scores,
                { width: 620, height: 260, formatDate: dateText, labels: screenLabelMetrics(true) },
                chartPrefs,
              )}
              large
            />
          ))}
      </>
    );
  }
  if (a.referrals) {
    return (
      <ul className={styles.cards}>
        {a.referrals.map((r) => (
          <li key={r.id} className={styles.card} dir="auto">
            <span>
              <strong>{r.name}</strong>
              {r.kind && <span> · {r.kind}</span>}
            </span>
            {[r.phone, r.web, r.address].filter(Boolean).map((line) => (
              <span key={line} className={styles.cardLine}>
                {line}
              </span>
            ))}
            {r.note && <span className={styles.cardLine}>{r.note}</span>}
          </li>
        ))}
      </ul>
    );
  }
  if (a.crisisLines) return <CrisisCards lines={crisisLines} />;
  if (a.safetyPlan) {
    const plan = a.safetyPlan;
    return (
      <ol className={styles.steps}>
        {SAFETY_PLAN_STEPS.filter((s) => plan[s.key].some((e) => e.trim())).map((s) => (
          <li key={s.key}>
            <strong>{s.label}</strong>
            <ul className={styles.list}>
              {plan[s.key]
                .filter((e) => e.trim())
                .map((e, i) => (
                  <li key={i} dir="auto">
                    {e}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ol>
    );
  }
  return null;
}

/** Props of the client view. */
export interface ClientViewProps {
  template: Template;
  content: SessionContent;
  client: Client;
  onExit: () => void;
}

/**
 * The screen turned towards the client: large type, only what is marked for the handout (built
 * from `clientFacingContent`, so private reflection and unshared notes are never in the page).
 * Esc does nothing; leaving takes a button and a confirmation.
 */
export function ClientView({ template, content, client, onExit }: ClientViewProps) {
  const facing = clientFacingContent(template, content);
  const data = useClientViewData(client.region, content.answers['crisis-lines']?.crisisLines ?? []);
  const crisisLines = data?.crisisLines ?? null;
  const crisisItemShown = facing.sections.some((section) =>
    section.items.some((item) => item.kind === 'crisis-lines'),
  );
  const [confirming, setConfirming] = useState(false);
  const name = client.preferredName || client.displayName;
  return (
    <ModalOverlay isOpen isDismissable={false} isKeyboardDismissDisabled className={styles.overlay}>
      <Modal className={styles.modal}>
        <Dialog className={styles.view} aria-labelledby="client-view-title">
          <header className={styles.head}>
            <Heading slot="title" id="client-view-title" className={styles.title} dir="auto">
              {t('clientView.title', { name })}
            </Heading>
            {!confirming && (
              <Button variant="quiet" onPress={() => setConfirming(true)} className={styles.exit}>
                {t('clientView.exit')}
              </Button>
            )}
          </header>
          {confirming && (
            <div className={styles.confirm} role="group" aria-labelledby="client-view-confirm">
              <p id="client-view-confirm">{t('clientView.confirm')}</p>
              <div className={styles.confirmActions}>
                <Button variant="primary" onPress={onExit} autoFocus>
                  {t('clientView.confirmYes')}
                </Button>
                <Button onPress={() => setConfirming(false)}>{t('clientView.confirmNo')}</Button>
              </div>
            </div>
          )}
          {facing.sections.length === 0 ? (
            <p className={styles.empty}>{t('clientView.empty')}</p>
          ) : (
            facing.sections.map((section) => (
              <section
                key={section.id}
                className={styles.section}
                aria-labelledby={`cv-${section.id}`}
              >
                <h2 id={`cv-${section.id}`} className={styles.sectionTitle} dir="auto">
                  {section.title}
                </h2>
                {section.items.map((item) => (
                  <div key={item.id} className={styles.item}>
                    <h3 className={styles.itemTitle} dir="auto">
                      {item.label}
                    </h3>
                    <ItemBody
                      item={item}
                      measures={facing.measures}
                      crisisLines={crisisLines}
                      chartPrefs={data?.chartPrefs ?? DEFAULT_CLIENT_CHART_PREFS}
                    />
                  </div>
                ))}
              </section>
            ))
          )}
          {!crisisItemShown && (
            <section className={styles.section} aria-labelledby="cv-crisis-lines">
              <h2 id="cv-crisis-lines" className={styles.sectionTitle}>
                {HANDOUT_SECTION_TITLES['crisis-lines']}
              </h2>
              <CrisisCards lines={crisisLines} />
            </section>
          )}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
