import { describe, expect, it } from 'vitest';
import { addDottedLine, dottedLinesOf, labelDottedLine, removeDottedLine } from './dotted-lines';
import { refusal, value } from './operations-testing';
import { checkDesign } from './rules';
import { twoTowerDesign } from './testing';

const ends = { fromSeatId: 'content', toSeatId: 'gtm-ent' };

describe('dotted lines', () => {
	it('adds a labelled line between two seats and lists it for both ends', () => {
		const next = value(
			addDottedLine(twoTowerDesign(), { ...ends, label: ' Sets brand standards ' })
		);
		expect(next.dottedLines).toContainEqual({ ...ends, label: 'Sets brand standards' });
		expect(dottedLinesOf(next, 'gtm-ent')).toContainEqual({
			...ends,
			label: 'Sets brand standards'
		});
		expect(dottedLinesOf(next, 'content')).toHaveLength(2);
		expect(checkDesign(next).filter((i) => i.severity === 'error')).toEqual([]);
	});

	it('refuses a line to a missing seat, to the same seat, or twice, and changes nothing', () => {
		const d = value(addDottedLine(twoTowerDesign(), ends));
		expect(refusal(addDottedLine(d, { fromSeatId: 'content', toSeatId: 'ghost' }))).toMatchObject({
			rule: 'dotted-line-seats',
			message: expect.stringContaining('"ghost"')
		});
		expect(refusal(addDottedLine(d, { fromSeatId: 'cmo', toSeatId: 'cmo' })).rule).toBe(
			'dotted-line-seats'
		);
		expect(refusal(addDottedLine(d, ends)).message).toContain('listed twice');
		expect(refusal(addDottedLine(d, { ...ends, label: 'x'.repeat(81) }))).toMatchObject({
			rule: 'invalid-dotted-line',
			path: ['dottedLines', 'label']
		});
		expect(d.dottedLines).toHaveLength(4);
	});

	it('relabels and removes a line; a line that is not there is named in the refusal', () => {
		const d = value(addDottedLine(twoTowerDesign(), ends));
		const labelled = value(labelDottedLine(d, ends, 'Reviews campaigns'));
		expect(labelled.dottedLines[3]).toEqual({ ...ends, label: 'Reviews campaigns' });
		expect(refusal(labelDottedLine(d, ends, 'y'.repeat(90))).path).toEqual([
			'dottedLines',
			3,
			'label'
		]);
		const removed = value(removeDottedLine(labelled, ends));
		expect(removed.dottedLines).toEqual(twoTowerDesign().dottedLines);
		expect(refusal(removeDottedLine(removed, ends))).toMatchObject({
			rule: 'dotted-line-not-found',
			message: 'there is no dotted line from "content" to "gtm-ent"'
		});
	});
});
