import { createContext } from 'react';

/** The client's country (ISO code) for the session being run; empty when none was chosen. */
export const ClientRegionContext = createContext('');
