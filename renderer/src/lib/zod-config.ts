import { z } from 'zod';

// zod probes `new Function` to decide whether it may compile fast parsers; the CSP forbids eval,
// so tell it up front to stay interpreted (no probe, no CSP violation report).
z.config({ jitless: true });
