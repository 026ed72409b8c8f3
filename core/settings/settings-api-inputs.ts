/** Input schemas for the settings methods of the contract. */
import { z } from 'zod';

/** `settings.get` and `settings.dismissNotice` take nothing. */
export const SettingsNoInputSchema = z.strictObject({});
