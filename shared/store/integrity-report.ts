// What the start-up integrity check (run in the background by main) found, and the backup it would offer.
import { z } from 'zod';

export const IntegrityReport = z
  .object({
    status: z.enum(['ok', 'problems', 'unchecked']),
    problems: z.array(z.string()),
    backup: z.object({ name: z.string(), takenAt: z.string() }).strict().nullable(),
  })
  .strict();
export type IntegrityReport = z.infer<typeof IntegrityReport>;
