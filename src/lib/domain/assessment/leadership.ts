import type { Figures } from './defaults';
import { fmt } from './drivers';
import type { Evaluation } from './evaluate';
import type { Profile } from './schema';

export interface LeadershipAnswer {
	id: 'expectations' | 'strategy' | 'support';
	question: string;
	answer: 'yes' | 'partly' | 'no';
	why: string;
}

const h = (n: number) => `${fmt(n)} h/week`;

function expectations(p: Profile, e: Evaluation, f: Figures, target: number): LeadershipAnswer {
	const r = e.compressionRatio;
	const answer = r <= target ? 'yes' : r <= 1 ? 'partly' : 'no';
	const growth =
		p.growthTargetPct > f.maxFocusedGrowthPct
			? ` The ${fmt(p.growthTargetPct, 0)}% growth target asks for more on top.`
			: '';
	return {
		id: 'expectations',
		question: 'Are expectations aligned with capacity?',
		answer,
		why:
			`What is asked comes to ${h(e.demandHoursPerWeek)} against ${h(e.capacityHoursPerWeek)} of ` +
			`planned capacity: a ratio of ${fmt(r, 2)}, against a sustainable ${fmt(target, 2)}.${growth}`
	};
}

function strategy(p: Profile, e: Evaluation): LeadershipAnswer {
	const survives = e.planning.shortfallHoursPerWeek <= 1e-9;
	const answer =
		p.strategyDocumented && p.focusedGoals && survives
			? 'yes'
			: p.strategyDocumented || p.focusedGoals
				? 'partly'
				: 'no';
	return {
		id: 'strategy',
		question: 'Is strategy clearly defined?',
		answer,
		why:
			`The strategy is ${p.strategyDocumented ? '' : 'not '}written down and growth goals are ` +
			`${p.focusedGoals ? '' : 'not '}focused; ${h(e.planning.survivingHoursPerWeek)} of planning ` +
			`survive a reactive week against a protected ${h(e.planning.protectedMinimumHoursPerWeek)}.`
	};
}

function support(e: Evaluation, target: number): LeadershipAnswer {
	const helpers = e.seats.filter((s) => !s.lead);
	const carried = helpers.reduce((t, s) => t + s.demandHoursPerWeek, 0);
	const overloaded = e.seats.filter((s) => s.ratio > 1).map((s) => s.title);
	const answer =
		e.leadRatio <= target && overloaded.length === 0 ? 'yes' : helpers.length > 0 ? 'partly' : 'no';
	const proposal =
		e.fractional.hoursPerWeek > 0
			? ` ${h(e.fractional.hoursPerWeek)} of fractional support in the areas named would bring every seat to ${fmt(target, 2)}.`
			: '';
	return {
		id: 'support',
		question: 'Is support structured intentionally?',
		answer,
		why:
			(helpers.length === 0
				? 'No seat supports the lead'
				: `${helpers.length} supporting seat${helpers.length === 1 ? '' : 's'} carry ${h(carried)}`) +
			`; the lead runs at ${fmt(e.leadRatio, 2)}` +
			(overloaded.length > 0 ? `; over capacity: ${overloaded.join(', ')}.` : '.') +
			proposal
	};
}

/** The seed's three leadership questions, each answered from the numbers. */
export function leadershipAnswers(
	p: Profile,
	e: Evaluation,
	f: Figures,
	target: number
): LeadershipAnswer[] {
	return [expectations(p, e, f, target), strategy(p, e), support(e, target)];
}
