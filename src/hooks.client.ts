import { z } from 'zod';

// The page's Content-Security-Policy forbids eval. Zod would probe for it (new Function) on its
// first object parse, which the browser reports as a violation; its plain parser is fast enough.
z.config({ jitless: true });
