/** An invented referral directory: organisations a clinician refers to, with their kind. */
import type { Rng } from './prng';

/** One directory entry. */
export interface SyntheticReferral {
  name: string;
  kind: string;
  phone: string;
  web: string;
}

const PLACES = [
  'Northside',
  'Riverbend',
  'Maple Street',
  'Clearwater',
  'Eastgate',
  'Hillcrest',
  'Old Town',
  'Willow Park',
  'Sunrise',
  'Lantern',
  'Bright Path',
  'Greenfield',
  'Stonebridge',
  'Seaview',
  'Kingsmead',
  'Ashford',
  'Brookside',
  'Fairhaven',
];

const SERVICES: readonly { suffix: string; kind: string }[] = [
  { suffix: 'Community Mental Health Team', kind: 'Community mental health team' },
  { suffix: 'Psychiatry Clinic', kind: 'Psychiatrist' },
  { suffix: 'Couples Counselling', kind: 'Couples therapy' },
  { suffix: 'Grief Circle', kind: 'Bereavement support' },
  { suffix: 'Recovery Centre', kind: 'Alcohol and drug service' },
  { suffix: 'Trauma Clinic', kind: 'Trauma-focused therapy (EMDR)' },
  { suffix: 'Eating Disorder Service', kind: 'Eating disorder service' },
  { suffix: 'Family Practice', kind: 'GP / primary care' },
  { suffix: 'Housing Advice Centre', kind: 'Housing advice' },
  { suffix: 'Debt Advice Line', kind: 'Debt advice' },
  { suffix: 'Career Coaching', kind: 'Employment support' },
  { suffix: 'Mindfulness Course', kind: 'Mindfulness group' },
  { suffix: 'Parenting Group', kind: 'Parenting support' },
  { suffix: 'Sleep Clinic', kind: 'Sleep service' },
  { suffix: 'Peer Support Network', kind: 'Peer support group' },
];

/** Builds a directory of `size` invented organisations, deterministic for the generator's seed. */
export function buildReferralDirectory(rng: Rng, size: number): SyntheticReferral[] {
  const seen = new Set<string>();
  const directory: SyntheticReferral[] = [];
  let guard = 0;
  while (directory.length < size && guard < size * 20) {
    guard += 1;
    const service = rng.pick(SERVICES);
    const name = `${rng.pick(PLACES)} ${service.suffix}`;
    if (seen.has(name)) continue;
    seen.add(name);
    const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    directory.push({
      name,
      kind: service.kind,
      phone: `0${rng.int(100, 999)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`,
      web: `https://${slug}.example.org`,
    });
  }
  return directory;
}
