import type { ThresholdIndicatorRow } from './schema';
import { byOrder } from '../order';

/** The two printed indicator tables, in printed order. */
export const indicatorGroupLabels = {
  child: { label: 'Factors relating to the child', shortLabel: 'child' },
  'parents-and-carers': { label: 'Factors relating to parents and carers', shortLabel: 'parents and carers' },
} as const;

/** The columns of the disability needs matrix, as printed. */
export const matrixColumns = [
  { key: 'low', label: 'Low level of need' },
  { key: 'moderate', label: 'Moderate level of need' },
  { key: 'high', label: 'High level of need' },
] as const;

/** A domain's name as shown: the printed name, with the qualifier where a name is used twice. */
export function domainLabel(row: Pick<ThresholdIndicatorRow, 'domain' | 'qualifier'>): string {
  return row.qualifier ? `${row.domain} (${row.qualifier})` : row.domain;
}

/** Splits the indicator rows into the two printed tables, each in printed order; fails on duplicate orders. */
export function indicatorGroups<T extends { id: string; data: Pick<ThresholdIndicatorRow, 'group' | 'order'> }>(rows: readonly T[]) {
  return (Object.keys(indicatorGroupLabels) as Array<keyof typeof indicatorGroupLabels>).map((id) => ({
    id,
    ...indicatorGroupLabels[id],
    rows: byOrder(rows.filter((r) => r.data.group === id), `content/thresholds/indicators.yaml (${id})`),
  }));
}
