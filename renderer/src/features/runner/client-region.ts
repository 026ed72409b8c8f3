import { createContext } from 'react';
import type { AgeGroup } from '../../../../core/clients/client';

/** The client's country (ISO code) for the session being run; empty when none was chosen. */
export const ClientRegionContext = createContext('');

/** The client's age group for the session being run (suggested crisis lines); adult when not asked. */
export const ClientAgeGroupContext = createContext<AgeGroup>('adult');
