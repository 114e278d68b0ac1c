/**
 * The controlled vocabularies: every code and its label live here once.
 * The schema validates against the codes; pages, filters and exports read the labels.
 * Codes are stable (they appear in URLs and data files); labels may be reworded and translated.
 */
import type { Locale, Translatable } from '../i18n/locales.ts';
import { translate } from '../i18n/locales.ts';

export interface Vocabulary<Code extends string> {
	readonly codes: readonly [Code, ...Code[]];
	has(value: string): value is Code;
	label(code: Code, locale: Locale): string;
}

function vocabulary<const Code extends string>(labels: Record<Code, Translatable>): Vocabulary<Code> {
	const codes = Object.keys(labels) as [Code, ...Code[]];
	return {
		codes,
		has: (value: string): value is Code => Object.hasOwn(labels, value),
		label: (code, locale) => translate(labels[code], locale),
	};
}

export const levels = vocabulary({
	local: { en: 'Local' },
	regional: { en: 'Regional' },
	national: { en: 'National' },
	european: { en: 'European' },
	international: { en: 'International' },
});

export const practiceTypes = vocabulary({
	policy: { en: 'Policy, strategy or action plan' },
	law: { en: 'Law' },
	programme: { en: 'Programme' },
	project: { en: 'Project' },
	network: { en: 'Network' },
	'advisory-body': { en: 'Advisory or consultative body' },
	service: { en: 'Service or centre' },
	training: { en: 'Training or education' },
	campaign: { en: 'Campaign or awareness raising' },
	event: { en: 'Event' },
	tool: { en: 'Tool or platform' },
	research: { en: 'Research or data' },
});

/** Built from the compendium's areas of intervention, plus those the other sources need. */
export const areas = vocabulary({
	'human-rights-anti-discrimination': { en: 'Human rights and anti-discrimination' },
	'human-rights-security': { en: 'Human rights and security' },
	inclusion: { en: 'Inclusion' },
	'business-employment': { en: 'Business and employment' },
	youth: { en: 'Youth' },
	'equal-rights-opportunities': { en: 'Equal rights and opportunities' },
	'gender-equality': { en: 'Gender equality' },
	'roma-travellers': { en: 'Roma and Travellers' },
	'inclusive-narratives': { en: 'Inclusive and alternative narratives and communication' },
	'public-services': { en: 'Public services' },
	'interreligious-dialogue': { en: 'Interreligious dialogue' },
	'intercultural-dialogue': { en: 'Intercultural dialogue' },
	education: { en: 'Education' },
	participation: { en: 'Social and political participation' },
	'public-space': { en: 'Public space' },
	'welcoming-policies': { en: 'Welcoming policies' },
	'health-social-care': { en: 'Health and social care' },
	housing: { en: 'Housing' },
	'language-learning': { en: 'Language and multilingualism' },
	'culture-leisure': { en: 'Culture and leisure' },
	'social-protection': { en: 'Social protection and humanitarian assistance' },
	'child-protection': { en: 'Child protection' },
	'multilevel-governance': { en: 'Multilevel governance' },
	'polarisation-prevention': { en: 'Prevention of polarisation and radicalisation' },
});

/** The compendium's chapters. */
export const themes = vocabulary({
	equality: { en: 'Ensuring equality' },
	diversity: { en: 'Valuing diversity' },
	interaction: { en: 'Fostering meaningful intercultural interaction' },
	participation: { en: 'Promoting active citizenship and participation' },
	'multilevel-governance': { en: 'Multilevel governance' },
	'beyond-europe': { en: 'Interculturalism beyond Europe' },
});

/** What the source shows about results, never more. */
export const evidenceLevels = vocabulary({
	'self-reported': { en: 'Self-reported' },
	monitored: { en: 'Monitored' },
	evaluated: { en: 'Evaluated' },
	'independently-evaluated': { en: 'Independently evaluated' },
});

export const targetGroups = vocabulary({
	migrants: { en: 'Migrants and people of migrant background' },
	newcomers: { en: 'Newcomers' },
	refugees: { en: 'Refugees and asylum seekers' },
	'roma-travellers': { en: 'Roma and Travellers' },
	'ethnic-minorities': { en: 'Ethnic and national minorities' },
	'faith-communities': { en: 'Faith communities' },
	women: { en: 'Women and girls' },
	children: { en: 'Children' },
	youth: { en: 'Young people' },
	families: { en: 'Parents and families' },
	'people-with-disabilities': { en: 'People with disabilities' },
	lgbtqi: { en: 'LGBTQI+ people' },
	'victims-of-discrimination': { en: 'Victims of discrimination and hate crime' },
	'public-officials': { en: 'Public officials and civil servants' },
	'local-authorities': { en: 'Local and regional authorities' },
	'first-line-practitioners': { en: 'First-line practitioners' },
	educators: { en: 'Teachers and educators' },
	police: { en: 'Police and law enforcement' },
	employers: { en: 'Employers and businesses' },
	media: { en: 'Media and journalists' },
	'civil-society': { en: 'Civil society organisations' },
	'general-public': { en: 'General public' },
});

export const lessonTopics = vocabulary({
	'pve-approach': { en: 'Approach to preventing violent extremism' },
	collaboration: { en: 'Collaboration' },
	policy: { en: 'Policy' },
});

/** What kind of number a key figure is: a reader takes every headline number for a result unless told. */
export const figureKinds = vocabulary({
	result: { en: 'Result' },
	target: { en: 'Target or expected result' },
	context: { en: 'Context' },
});

const declaredUnstated = {
	participants: { en: 'number of participants' },
	results: { en: 'results' },
	funding: { en: 'funding' },
} satisfies Record<string, Translatable>;

/**
 * What a practice's source leaves out, in the order of the "Not stated in the source" line. The model tells
 * most from the fields (no start date, no lead organisation…); an editor records the rest in `notStated`.
 */
export const unstatedFacts = vocabulary({
	dates: { en: 'dates' },
	start: { en: 'start date' },
	end: { en: 'end date' },
	lead: { en: 'lead organisation' },
	'target-groups': { en: 'target groups' },
	...declaredUnstated,
	documents: { en: 'reference documents' },
});

/** The unstated facts no field can show (that a source reports no results), which `notStated` records. */
export const declaredUnstatedFacts = vocabulary(declaredUnstated);

/** Whether a practice still runs, derived from its duration. */
export const statuses = vocabulary({
	ongoing: { en: 'Ongoing' },
	ended: { en: 'Ended' },
	unknown: { en: 'Not stated' },
});
