/** Contract part: clients. */
import type { Client } from '../clients/client';
import {
  ClientHandoutLanguageInputSchema,
  ClientIdInputSchema,
  ClientInputSchema,
} from '../clients/client';
import type { SessionSummary } from '../sessions/session';
import { method, NoInput } from './method';

/** A client together with its closing documents, newest first. */
export interface ClientOverview {
  client: Client;
  documents: SessionSummary[];
}

/** The clients methods. */
export const clientMethods = {
  'clients.list': method<typeof NoInput, ClientOverview[]>(NoInput),
  'clients.get': method<typeof ClientIdInputSchema, Client>(ClientIdInputSchema),
  'clients.create': method<typeof ClientInputSchema, Client>(ClientInputSchema),
  /** Changes the language the client's handout and letters are made in; answers the saved client. */
  'clients.setHandoutLanguage': method<typeof ClientHandoutLanguageInputSchema, Client>(
    ClientHandoutLanguageInputSchema,
  ),
} as const;
