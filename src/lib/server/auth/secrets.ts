import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, invite link or API token: 32 bytes, base64url. */
export const newSecret = (prefix = '') => prefix + randomBytes(32).toString('base64url');

/** Secrets are stored only as their SHA-256, so the data file grants no access by itself. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');
