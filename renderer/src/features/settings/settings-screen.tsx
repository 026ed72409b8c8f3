import { useState } from 'react';
import { type Key, Tab, TabList, TabPanel, Tabs } from 'react-aria-components';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useFocusHeading } from '../../lib/use-focus-heading';
import { CrisisLinesTab } from '../crisis-lines/crisis-lines-tab';
import { ReferralsTab } from '../referrals/referrals-tab';
import { TemplatesTab } from '../template-editor/templates-tab';
import { AppearanceTab } from './appearance-tab';
import { DateStyleField } from './date-style-field';
import { HandoutTab } from './handout-tab';
import { OutreachPlanField } from './outreach-plan-field';
import { ProfileTab } from './profile-tab';
import { ScoresTab } from './scores-tab';
import { SecurityTab } from './security-tab';
import { useSettings } from './use-settings';
import styles from './settings.module.css';

/** The settings tabs, in order. */
export const SETTINGS_TABS = [
  'profile',
  'handout',
  'scores',
  'security',
  'referrals',
  'crisis-lines',
  'templates',
  'appearance',
] as const;
/** One settings tab. */
export type SettingsTabId = (typeof SETTINGS_TABS)[number];

/** The settings screen: practice data every closing session draws on, one tab per area. */
export function SettingsScreen({ tab = 'profile' }: { tab?: SettingsTabId }) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const { state, settings, save, reload } = useSettings();
  const [selected, setSelected] = useState<Key>(tab);

  return (
    <section aria-labelledby="settings-title" className={styles.screen}>
      <h1 id="settings-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('settings.title')}
      </h1>
      {state.status === 'loading' && <p role="status">{t('common.loading')}</p>}
      {state.status === 'error' && (
        <div role="alert" className={styles.loadError}>
          <p>{t('settings.loadError')}</p>
          <Button onPress={reload}>{t('common.retry')}</Button>
        </div>
      )}
      {settings && (
        <Tabs selectedKey={selected} onSelectionChange={setSelected} className={styles.tabs}>
          <TabList aria-label={t('settings.tabs')} className={styles.tabList}>
            {SETTINGS_TABS.map((id) => (
              <Tab key={id} id={id} className={styles.tab}>
                {t(`settings.tab.${id}`)}
              </Tab>
            ))}
          </TabList>
          <TabPanel id="profile" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.profile')}</h2>
            <ProfileTab profile={settings.profile} save={save} />
          </TabPanel>
          <TabPanel id="handout" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.handout')}</h2>
            <HandoutTab handout={settings.handout} save={save} />
          </TabPanel>
          <TabPanel id="scores" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.scores')}</h2>
            <ScoresTab
              gad7Cutoff={settings.gad7Cutoff}
              chartBandNames={settings.handout.chartBandNames}
              save={save}
            />
          </TabPanel>
          <TabPanel id="security" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.security')}</h2>
            <SecurityTab autoLockMinutes={settings.autoLockMinutes} save={save} />
          </TabPanel>
          <TabPanel id="referrals" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.referrals')}</h2>
            <ReferralsTab />
          </TabPanel>
          <TabPanel id="crisis-lines" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.crisis-lines')}</h2>
            <CrisisLinesTab region={settings.crisisRegion} save={save} />
          </TabPanel>
          <TabPanel id="templates" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.templates')}</h2>
            <TemplatesTab defaultTemplateId={settings.defaultTemplateId} save={save} />
            <OutreachPlanField plan={settings.outreachPlan} save={save} />
          </TabPanel>
          <TabPanel id="appearance" className={styles.panel}>
            <h2 className={styles.panelTitle}>{t('settings.tab.appearance')}</h2>
            <AppearanceTab theme={settings.theme} save={save} />
            <DateStyleField displayLocale={settings.displayLocale} save={save} />
          </TabPanel>
        </Tabs>
      )}
    </section>
  );
}
