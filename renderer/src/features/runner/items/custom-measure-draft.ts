/**
 * The clinician's draft of their own measure, as typed, and how it becomes a stored definition.
 * Only numbers and names: no item wording of any licensed instrument is ever stored.
 */
import type {
  BetterDirection,
  MeasureDefinition,
  SeverityBand,
} from '../../../../../core/measures';
import { BUILT_IN_MEASURES, defineCustomMeasure } from '../../../../../core/measures';
import { t } from '../../../i18n/t';

/** The form's fields, as text (numbers are read when saving). */
export interface CustomMeasureDraft {
  name: string;
  shortName: string;
  min: string;
  max: string;
  better: BetterDirection | '';
  cutoff: string;
  reliableChange: string;
}

/** A field of the draft. */
export type DraftField = keyof CustomMeasureDraft;

/** An empty draft. */
export const EMPTY_DRAFT: CustomMeasureDraft = {
  name: '',
  shortName: '',
  min: '',
  max: '',
  better: '',
  cutoff: '',
  reliableChange: '',
};

/** A draft filled from a preset's numbers (the clinician still confirms and saves it). */
export function draftFrom(def: MeasureDefinition): CustomMeasureDraft {
  const text = (v: number | null) => (v === null ? '' : String(v));
  return {
    name: def.name,
    shortName: def.shortName,
    min: text(def.min),
    max: text(def.max),
    better: def.better,
    cutoff: text(def.cutoff),
    reliableChange: text(def.reliableChange),
  };
}

const readNumber = (text: string): number | null | undefined => {
  const s = text.trim().replace(',', '.');
  if (s === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
};

/** A free measure id made from the short name (built-ins and existing custom measures keep theirs). */
function freeId(shortName: string, taken: ReadonlySet<string>): string {
  const base =
    shortName
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 50) || 'measure';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Two bands split at the clinical cutoff, so scores read as inside or outside the clinical range. */
function cutoffBands(
  min: number,
  max: number,
  better: BetterDirection,
  cutoff: number | null,
): SeverityBand[] {
  if (cutoff === null) return [];
  // Scores may carry one decimal (the ORS is marked to a tenth), so the lower band ends a tenth below.
  const below = Math.round((cutoff - 0.1) * 10) / 10;
  const lowLabel =
    better === 'higher'
      ? t('runner.customMeasure.bandClinical')
      : t('runner.customMeasure.bandNonClinical');
  const highLabel =
    better === 'higher'
      ? t('runner.customMeasure.bandNonClinical')
      : t('runner.customMeasure.bandClinical');
  const bands: SeverityBand[] = [];
  if (below >= min) bands.push({ from: min, to: below, label: lowLabel });
  bands.push({ from: cutoff, to: max, label: highLabel });
  return bands;
}

/** The result of checking a draft: a definition ready to save, or a message per field. */
export type DraftCheck =
  | { ok: true; definition: MeasureDefinition }
  | { ok: false; errors: Partial<Record<DraftField, string>> };

/** Checks a draft against the measure rules and turns it into a clinician-defined measure. */
export function checkDraft(
  draft: CustomMeasureDraft,
  existing: readonly MeasureDefinition[],
): DraftCheck {
  const errors: Partial<Record<DraftField, string>> = {};
  const name = draft.name.trim();
  const shortName = draft.shortName.trim();
  if (name === '') errors.name = t('runner.customMeasure.needName');
  else if (name.length > 80) errors.name = t('runner.customMeasure.tooLong', { max: 80 });
  if (shortName === '') errors.shortName = t('runner.customMeasure.needShortName');
  else if (shortName.length > 20) errors.shortName = t('runner.customMeasure.tooLong', { max: 20 });
  const taken = [...BUILT_IN_MEASURES, ...existing];
  if (name && taken.some((m) => m.name.toLowerCase() === name.toLowerCase()))
    errors.name = t('runner.customMeasure.nameTaken');
  const min = readNumber(draft.min);
  const max = readNumber(draft.max);
  const cutoff = readNumber(draft.cutoff);
  const rc = readNumber(draft.reliableChange);
  if (min === null || min === undefined) errors.min = t('runner.customMeasure.needNumber');
  if (max === null || max === undefined) errors.max = t('runner.customMeasure.needNumber');
  else if (typeof min === 'number' && !(min < max))
    errors.max = t('runner.customMeasure.maxAboveMin');
  if (draft.better === '') errors.better = t('runner.customMeasure.needBetter');
  if (cutoff === undefined) errors.cutoff = t('runner.customMeasure.needNumber');
  else if (
    cutoff !== null &&
    typeof min === 'number' &&
    typeof max === 'number' &&
    (cutoff < min || cutoff > max)
  )
    errors.cutoff = t('runner.customMeasure.inRange', { min, max });
  if (rc === undefined) errors.reliableChange = t('runner.customMeasure.needNumber');
  else if (rc !== null && rc <= 0) errors.reliableChange = t('runner.customMeasure.aboveZero');
  else if (rc !== null && typeof min === 'number' && typeof max === 'number' && rc > max - min)
    errors.reliableChange = t('runner.customMeasure.rcRange', { range: max - min });
  if (
    Object.keys(errors).length > 0 ||
    typeof min !== 'number' ||
    typeof max !== 'number' ||
    draft.better === '' ||
    cutoff === undefined ||
    rc === undefined
  )
    return { ok: false, errors };
  try {
    const definition = defineCustomMeasure({
      id: freeId(shortName, new Set(taken.map((m) => m.id))),
      name,
      shortName,
      min,
      max,
      integer: false,
      better: draft.better,
      cutoff,
      reliableChange: rc,
      bands: cutoffBands(min, max, draft.better, cutoff),
    });
    return { ok: true, definition };
  } catch {
    return { ok: false, errors: { name: t('runner.customMeasure.notValid') } };
  }
}
