import type { AuditEvent } from '../../../../core/vault/vault-schemas';
import type { MessageKey } from '../../i18n/en';
import { t } from '../../i18n/t';

/** Words one audit event in plain language (ids only ever appear shortened). */
export function describeAuditEvent(event: AuditEvent): string {
  const key = `audit.event.${event.type}` as MessageKey;
  const base = t(key, { count: event.count ?? 0 });
  const reason = event.reason
    ? ` (${t(`audit.reason.${event.reason}` as MessageKey)})`
    : event.via === 'device'
      ? ` (${t('audit.via.device')})`
      : '';
  const record = event.recordId
    ? ` · ${event.recordKind ?? 'record'} ${event.recordId.slice(0, 8)}`
    : '';
  return `${base}${reason}${record}`;
}
