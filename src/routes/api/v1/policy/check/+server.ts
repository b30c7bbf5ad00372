import { json } from '@sveltejs/kit';
import { checkRequestSchema } from '$lib/domain/policy/check/model';
import { endpoint, readJson } from '$lib/server/api';
import { requireUser } from '$lib/server/auth/guard';
import { draftFromForm, MAX_UPLOAD_BYTES } from '$lib/server/draft-upload';
import { bodyTooLarge } from '$lib/server/body-limit';
import { runCheck } from '$lib/server/policy';
import type { RequestHandler } from './$types';

/** Room for the largest upload plus the multipart framing and the other fields. */
const LIMIT = MAX_UPLOAD_BYTES + 64 * 1024;

/**
 * Checks a draft: JSON `{ text, audienceId }`, or multipart with `audienceId` and `text` or a
 * .txt/.md/.docx `file` → `{ findings: [{ kind, start, end, text, reason }], readingLevel, checklist }`.
 */
export const POST: RequestHandler = endpoint(async ({ locals, request }) => {
	const user = requireUser(locals);
	const type = request.headers.get('content-type') ?? '';
	if (!type.toLowerCase().startsWith('multipart/form-data'))
		return json(await runCheck(user, await readJson(request, checkRequestSchema, LIMIT)));
	if (Number(request.headers.get('content-length') ?? '0') > LIMIT) throw bodyTooLarge(LIMIT);
	return json(await runCheck(user, await draftFromForm(await request.formData())));
});
