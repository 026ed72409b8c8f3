import { useState } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { DocumentKind } from '../../../../core/sessions/session';
import { DOCUMENT_KINDS } from '../../../../core/sessions/session';
import {
  DEFAULT_TEMPLATE_ID,
  UNPLANNED_TEMPLATE_ID,
} from '../../../../core/template/built-in-templates';
import { Button } from '../../components/button';
import { t } from '../../i18n/t';
import { useApiLoad } from '../../lib/use-api-call';
import { useFocusHeading } from '../../lib/use-focus-heading';
import styles from './start-session.module.css';

/** Props of the start screen. */
export interface StartSessionScreenProps {
  clientId: string;
  onCancel: () => void;
  onStarted: (sessionId: string) => void;
}

/** Starts a closing session or closure letter for a client with a chosen checklist template. */
export function StartSessionScreen({ clientId, onCancel, onStarted }: StartSessionScreenProps) {
  const headingRef = useFocusHeading<HTMLHeadingElement>();
  const [state, reload] = useApiLoad(async () => {
    const [client, templates] = await Promise.all([
      window.api.clients.get({ id: clientId }),
      window.api.templates.library({}),
    ]);
    if (!client.ok) return client;
    if (!templates.ok) return templates;
    return { ok: true as const, value: { client: client.value, templates: templates.value } };
  });
  const [kind, setKind] = useState<DocumentKind>('closing-session');
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const chosen =
    templateId ?? (kind === 'closure-letter' ? UNPLANNED_TEMPLATE_ID : DEFAULT_TEMPLATE_ID);

  async function start() {
    setBusy(true);
    const created = await window.api.sessions.create({ clientId, kind, templateId: chosen });
    setBusy(false);
    if (!created.ok) return setProblem(created.error.message);
    onStarted(created.value.id);
  }

  return (
    <section aria-labelledby="start-title" className={styles.screen}>
      <h1 id="start-title" ref={headingRef} tabIndex={-1} className={styles.title}>
        {t('startSession.title')}
      </h1>
      {state.status === 'loading' && <p className={styles.muted}>{t('common.loading')}</p>}
      {state.status === 'error' && (
        <div role="alert" className={styles.error}>
          <p>{t('startSession.loadError')}</p>
          <Button onPress={reload}>{t('common.retry')}</Button>
        </div>
      )}
      {state.status === 'ready' && (
        <>
          <p className={styles.muted} dir="auto">
            {t('startSession.for', { name: state.value.client.displayName })}
          </p>
          <RadioGroup
            value={kind}
            onChange={(v) => setKind(v as DocumentKind)}
            className={styles.group}
          >
            <Label className={styles.legend}>{t('startSession.kind')}</Label>
            {DOCUMENT_KINDS.map((k) => (
              <Radio key={k} value={k} className={styles.radio}>
                {t(`startSession.kind.${k}`)}
              </Radio>
            ))}
          </RadioGroup>
          <RadioGroup value={chosen} onChange={setTemplateId} className={styles.group}>
            <Label className={styles.legend}>{t('startSession.template')}</Label>
            {state.value.templates.map((tpl) => (
              <Radio key={tpl.id} value={tpl.id} className={styles.radio}>
                <span className={styles.radioTitle}>{tpl.name}</span>
                {tpl.description && <span className={styles.radioHelp}>{tpl.description}</span>}
              </Radio>
            ))}
          </RadioGroup>
          {problem && (
            <p role="alert" className={styles.problem}>
              {problem}
            </p>
          )}
          <div className={styles.actions}>
            <Button variant="primary" onPress={() => void start()} isDisabled={busy}>
              {busy ? t('startSession.busy') : t('startSession.submit')}
            </Button>
            <Button onPress={onCancel}>{t('common.cancel')}</Button>
          </div>
        </>
      )}
    </section>
  );
}
