import type { CrisisLineSnapshot } from '../../../../../core/checklist';
import { snapshotCrisisLine } from '../../../../../core/checklist';
import type { AgeGroup } from '../../../../../core/clients/client';
import {
  type CrisisLineView,
  LOCAL_EMERGENCY_WORDS_EN,
  suggestedCrisisLines,
} from '../../../../../core/crisis-lines';
import { Button } from '../../../components/button';
import { t } from '../../../i18n/t';
import styles from './crisis-line-choices.module.css';

/** Props of the crisis-line choices. */
export interface CrisisLineChoicesProps {
  region: string;
  ageGroup: AgeGroup;
  /** Every line listed for the region (emergency numbers included). */
  available: readonly CrisisLineView[];
  chosen: readonly CrisisLineSnapshot[];
  onChoose: (lines: CrisisLineSnapshot[]) => void;
}

const isChosen = (chosen: readonly CrisisLineSnapshot[], line: CrisisLineView) =>
  chosen.some((c) => c.id === line.id);

/**
 * The region's lines to pick from for this client, each with who it is for (young people,
 * LGBTQ+, veterans, Aboriginal and Torres Strait Islander people) and whether it is suggested for
 * the client's age group; one button adds the suggested ones. The emergency number is never
 * picked: the handout and client view always carry it (or "call your local emergency number").
 */
export function CrisisLineChoices({
  region,
  ageGroup,
  available,
  chosen,
  onChoose,
}: CrisisLineChoicesProps) {
  const emergency = available.filter((l) => l.emergency);
  const offered = available.filter((l) => !l.emergency && !isChosen(chosen, l));
  const suggestedIds = new Set(suggestedCrisisLines(available, ageGroup).map((l) => l.id));
  const suggestedLeft = offered.filter((l) => suggestedIds.has(l.id));
  return (
    <div className={styles.choices} data-crisis-choices="">
      <p className={styles.always}>
        {emergency.length > 0
          ? t('runner.crisis.alwaysEmergency', {
              lines: emergency.map((l) => `${l.name} · ${l.contact}`).join('; '),
            })
          : t('runner.crisis.alwaysLocal', { text: LOCAL_EMERGENCY_WORDS_EN.instructions })}
      </p>
      {offered.length > 0 && (
        <>
          <div className={styles.head}>
            <h4 className={styles.name}>{t('runner.crisis.forRegion', { region })}</h4>
            {suggestedLeft.length > 0 && (
              <Button
                variant="primary"
                onPress={() =>
                  onChoose([...chosen, ...suggestedLeft.map((l) => snapshotCrisisLine(l))])
                }
              >
                {t(
                  ageGroup === 'youth'
                    ? 'runner.crisis.addSuggestedYouth'
                    : 'runner.crisis.addSuggestedAdult',
                  { count: suggestedLeft.length },
                )}
              </Button>
            )}
          </div>
          <ul className={styles.list}>
            {offered.map((l) => (
              <li key={l.id} className={styles.row} data-crisis-choice={l.id}>
                <span className={styles.what}>
                  <span className={styles.name} dir="auto">
                    {l.name} <span className={styles.always}>· {l.contact}</span>
                  </span>
                  {(l.tags.length > 0 || suggestedIds.has(l.id)) && (
                    <span className={styles.tags}>
                      {suggestedIds.has(l.id) && (
                        <span className={styles.suggested}>
                          {t(
                            ageGroup === 'youth'
                              ? 'runner.crisis.suggestedYouth'
                              : 'runner.crisis.suggestedAdult',
                          )}
                        </span>
                      )}
                      {l.tags.map((tag) => (
                        <span key={tag} className={styles.tag}>
                          {t(`runner.crisis.tag.${tag}`)}
                        </span>
                      ))}
                    </span>
                  )}
                </span>
                <Button
                  variant="quiet"
                  onPress={() => onChoose([...chosen, snapshotCrisisLine(l)])}
                  aria-label={t('runner.crisis.addNamed', { name: l.name })}
                >
                  {t('runner.crisis.addLine', { name: l.name })}
                </Button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
