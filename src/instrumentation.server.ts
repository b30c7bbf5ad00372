import { BODY_LIMIT } from '$lib/server/body-limit';
import { secureEveryAnswer } from '$lib/server/static-headers';

// Runs before adapter-node reads its settings. Its own BODY_SIZE_LIMIT (512 KB unless set) would
// refuse large scenarios and imports with a bare 400 long before the app's limit, so it gets the
// app's number whatever the environment says: one limit, however the app is started.
process.env.BODY_SIZE_LIMIT = String(BODY_LIMIT);

// Static files are served before the app's hooks: they get the security headers here.
secureEveryAnswer();
