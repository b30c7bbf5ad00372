import { adp, rippling, workday } from '../src/lib/domain/scenario/import-fixtures';
import { expectApiError, getScenario, listScenarios, type StoredScenario } from './support/api';
import { expect, test } from './support/fixtures';

interface PreviewBody {
	preview: {
		format: string;
		seats: { id: string; personName?: string; managerId: string | null }[];
		errors: { line: number | null; message: string }[];
		errorCount: number;
		mapping: Record<string, string>;
		notes: string[];
	};
}

test.describe.configure({ timeout: 120_000 });

const csvBody = (text: string) => ({ headers: { 'content-type': 'text/csv' }, data: text });

test('a preview answers seats, errors and mapping, and saves nothing', async ({ workspace }) => {
	const api = workspace.adminApi;
	const before = await listScenarios(api);
	const response = await api.post('/api/v1/imports?commit=false', csvBody(rippling()));
	expect(response.status()).toBe(200);
	const { preview } = (await response.json()) as PreviewBody;
	expect(preview.errors).toEqual([]);
	expect(preview.seats).toHaveLength(11);
	expect(preview.seats[0]).toMatchObject({ personName: 'Dana Okafor', managerId: null });
	expect(preview.mapping).toMatchObject({
		firstName: 'Legal first name',
		managerEmail: "Manager's work email",
		annualCost: 'Annual salary'
	});
	expect(await listScenarios(api)).toEqual(before);
});

test('a commit answers 201 with the scenario; errors answer 422 with the lines and save nothing', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const before = (await listScenarios(api)).length;
	const saved = await api.post('/api/v1/imports?commit=true&name=From%20ADP', csvBody(adp()));
	expect(saved.status()).toBe(201);
	const { scenario } = (await saved.json()) as { scenario: StoredScenario };
	expect(scenario).toMatchObject({ name: 'From ADP', status: 'draft', version: 1 });
	expect((await getScenario(api, scenario.id)).seats).toHaveLength(11);

	const broken = adp().replace(/G3K7001/g, 'G3K7002');
	const refused = await api.post('/api/v1/imports?commit=true', csvBody(broken));
	expect(refused.status()).toBe(422);
	const body = (await refused.json()) as PreviewBody & { error: { code: string } };
	expect(body.error.code).toBe('import_invalid');
	expect(body.preview.errors).toContainEqual({
		line: 4,
		message: 'Associate ID: "G3K7002" is also the id on line 3'
	});
	expect(await listScenarios(api)).toHaveLength(before + 1);
});

test('the mapping can be given in the query; the same messages as the screen', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const csv = workday().replace('Worker,', 'Associate,');
	const unmapped = await api.post('/api/v1/imports', csvBody(csv));
	const { preview } = (await unmapped.json()) as PreviewBody;
	expect(preview.errors[0]).toEqual({
		line: 1,
		message: expect.stringContaining('yet column "Associate" looks like it holds them')
	});
	const byPair = await api.post('/api/v1/imports?map.person=Associate', csvBody(csv));
	expect(((await byPair.json()) as PreviewBody).preview.errors).toEqual([]);
	const json = encodeURIComponent(JSON.stringify({ person: 'associate' }));
	const byJson = await api.post(`/api/v1/imports?mapping=${json}&commit=true`, csvBody(csv));
	expect(byJson.status()).toBe(201);
	const bad = await api.post('/api/v1/imports?mapping=%7Bnope', csvBody(csv));
	await expectApiError(bad, 400, 'invalid_request');
});

test('the app’s own CSV comes back with dotted lines and audiences; JSON imports too', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const [first] = await listScenarios(api);
	const original = await getScenario(api, first!.id);
	const csv = await (await api.get(`/api/v1/scenarios/${first!.id}/export?format=csv`)).text();
	const saved = await api.post('/api/v1/imports?commit=true', csvBody(csv));
	expect(saved.status()).toBe(201);
	const { scenario } = (await saved.json()) as { scenario: StoredScenario };
	expect(scenario.seats).toEqual(original.seats);
	expect(scenario.dottedLines).toEqual(original.dottedLines);
	const named = (s: StoredScenario) =>
		(s.audiences as { id: string; name: string; ownerSeatId?: string }[])
			.filter((a) => a.ownerSeatId)
			.map(({ id, name }) => ({ id, name }));
	expect(named(scenario)).toEqual(named(original));

	const json = await api.post('/api/v1/imports?commit=true&name=Copy', {
		headers: { 'content-type': 'application/json' },
		data: JSON.stringify(original)
	});
	expect(json.status()).toBe(201);
});

test('bad input: header only, binary, wrong type, too large, not allowed', async ({
	workspace
}) => {
	const api = workspace.adminApi;
	const before = await listScenarios(api);
	const empty = await api.post(
		'/api/v1/imports?commit=true',
		csvBody('Worker,Business Title,Manager\r\n')
	);
	expect(empty.status()).toBe(422);
	expect(((await empty.json()) as PreviewBody).preview.errors).toEqual([
		{
			line: 1,
			message: 'The file has a header but no rows of people: add one row per person under it.'
		}
	]);
	const xlsx = await api.post('/api/v1/imports', {
		headers: { 'content-type': 'text/csv' },
		data: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00])
	});
	const binary = await expectApiError(xlsx, 400, 'invalid_request');
	expect(binary.error.message).toContain('The body is an Excel workbook (.xlsx)');
	await expectApiError(
		await api.post('/api/v1/imports', { data: 'x', headers: { 'content-type': 'image/png' } }),
		400
	);
	const big = await api.post('/api/v1/imports', csvBody('a'.repeat(5 * 1024 * 1024 + 1)));
	await expectApiError(big, 413, 'body_too_large');
	const marketer = await workspace.apiAs(await workspace.addMember('marketer'));
	await expectApiError(
		await marketer.post('/api/v1/imports', csvBody(rippling())),
		403,
		'forbidden'
	);
	expect(await listScenarios(api)).toEqual(before);
});
