/**
 * The home page's overview of the collection: its figures, its themes (the compendium's chapters) each in a line,
 * entry points by need (each a filtered search), and the entries updated last.
 */
import type { Translatable } from '../i18n/locales.ts';
import type { Catalogue, Lesson, Practice } from './catalogue.ts';
import type { FacetKey } from './facets.ts';
import type { SearchRecord } from './search.ts';
import { matchesFilters } from './search-state.ts';
import type { themes } from './vocabularies.ts';

type Theme = (typeof themes.codes)[number];

/** One line on what each of the compendium's chapters holds. */
export const themeSummaries: Record<Theme, Translatable> = {
	equality: {
		en: 'Equal rights and equal access: fighting discrimination and racism, and the rights of minorities and newcomers.',
		fr: 'Égalité des droits et égalité d’accès : la lutte contre la discrimination et le racisme, et les droits des minorités et des nouveaux arrivants.',
		de: 'Gleiche Rechte und gleicher Zugang: Bekämpfung von Diskriminierung und Rassismus sowie die Rechte von Minderheiten und Neuzugewanderten.',
		es: 'Igualdad de derechos e igualdad de acceso: la lucha contra la discriminación y el racismo, y los derechos de las minorías y de las personas recién llegadas.',
		it: 'Parità di diritti e parità di accesso: la lotta alla discriminazione e al razzismo, e i diritti delle minoranze e dei nuovi arrivati.',
		ro: 'Egalitate în drepturi și egalitate de acces: combaterea discriminării și a rasismului, precum și drepturile minorităților și ale nou-veniților.',
	},
	diversity: {
		en: 'Diversity as an asset: countering rumours and stereotypes, recognition and representation.',
		fr: 'La diversité comme atout : la lutte contre les rumeurs et les stéréotypes, la reconnaissance et la représentation.',
		de: 'Vielfalt als Gewinn: Entkräftung von Gerüchten und Stereotypen, Anerkennung und Repräsentation.',
		es: 'La diversidad como ventaja: la lucha contra los rumores y los estereotipos, el reconocimiento y la representación.',
		it: 'La diversità come risorsa: il contrasto alle dicerie e agli stereotipi, il riconoscimento e la rappresentazione.',
		ro: 'Diversitatea ca atu: contracararea zvonurilor și a stereotipurilor, recunoașterea și reprezentarea.',
	},
	interaction: {
		en: 'Bringing people of different backgrounds together: in schools, neighbourhoods, culture and sport.',
		fr: 'Rapprocher des personnes d’origines différentes : à l’école, dans les quartiers, dans la culture et le sport.',
		de: 'Menschen unterschiedlicher Herkunft zusammenbringen: in Schulen und Stadtvierteln, in Kultur und Sport.',
		es: 'Reunir a personas de distintos orígenes: en las escuelas, los barrios, la cultura y el deporte.',
		it: 'Avvicinare persone di origini diverse: nelle scuole, nei quartieri, nella cultura e nello sport.',
		ro: 'Apropierea persoanelor de origini diferite: în școli, în cartiere, în cultură și în sport.',
	},
	participation: {
		en: 'A voice in decisions: advisory councils, consultations and the civic participation of migrants and minorities.',
		fr: 'Une voix dans les décisions : les conseils consultatifs, les consultations et la participation civique des migrants et des minorités.',
		de: 'Mitsprache bei Entscheidungen: Beiräte, Konsultationen und die bürgerschaftliche Teilhabe von Migrantinnen und Migranten sowie von Minderheiten.',
		es: 'Voz en las decisiones: los consejos consultivos, las consultas y la participación cívica de las personas migrantes y las minorías.',
		it: 'Voce in capitolo nelle decisioni: i consigli consultivi, le consultazioni e la partecipazione civica dei migranti e delle minoranze.',
		ro: 'Un cuvânt de spus în decizii: consiliile consultative, consultările și participarea civică a migranților și a minorităților.',
	},
	'multilevel-governance': {
		en: 'Local, regional, national and European authorities working together, and with civil society.',
		fr: 'La coopération entre autorités locales, régionales, nationales et européennes, et avec la société civile.',
		de: 'Die Zusammenarbeit lokaler, regionaler, nationaler und europäischer Behörden untereinander und mit der Zivilgesellschaft.',
		es: 'La cooperación entre autoridades locales, regionales, nacionales y europeas, y con la sociedad civil.',
		it: 'La collaborazione tra autorità locali, regionali, nazionali ed europee, e con la società civile.',
		ro: 'Cooperarea dintre autoritățile locale, regionale, naționale și europene, precum și cu societatea civilă.',
	},
	'beyond-europe': {
		en: 'Intercultural policies from outside Europe that European authorities can learn from.',
		fr: 'Des politiques interculturelles menées hors d’Europe, dont les autorités européennes peuvent tirer des enseignements.',
		de: 'Interkulturelle Politikansätze außerhalb Europas, von denen europäische Behörden lernen können.',
		es: 'Políticas interculturales de fuera de Europa de las que pueden aprender las autoridades europeas.',
		it: 'Politiche interculturali al di fuori dell’Europa da cui le autorità europee possono trarre insegnamenti.',
		ro: 'Politici interculturale din afara Europei de la care autoritățile europene pot învăța.',
	},
};

export interface Need {
	id: string;
	title: Translatable;
	/** The search it opens: OR within a facet, AND across facets. */
	filters: Partial<Record<FacetKey, string[]>>;
}

/** Where a visitor starts from a need rather than from our vocabulary. */
export const needs: Need[] = [
	{
		id: 'rumours',
		title: { en: 'Countering rumours and hate speech', fr: 'Lutter contre les rumeurs et le discours de haine', de: 'Gerüchten und Hassrede entgegenwirken', es: 'Combatir los rumores y el discurso de odio', it: 'Contrastare le dicerie e il discorso d’odio', ro: 'Combaterea zvonurilor și a discursului instigator la ură' },
		filters: { kind: ['practice'], area: ['inclusive-narratives'] },
	},
	{
		id: 'schools',
		title: { en: 'Schools and young people', fr: 'Écoles et jeunes', de: 'Schulen und junge Menschen', es: 'Escuelas y jóvenes', it: 'Scuole e giovani', ro: 'Școli și tineri' },
		filters: { kind: ['practice'], area: ['education', 'youth'] },
	},
	{
		id: 'roma',
		title: { en: 'Roma inclusion', fr: 'Inclusion des Roms', de: 'Inklusion der Roma', es: 'Inclusión de la población gitana', it: 'Inclusione dei Rom', ro: 'Incluziunea romilor' },
		filters: { kind: ['practice'], target: ['roma-travellers'] },
	},
	{
		id: 'participation',
		title: { en: 'Migrants’ participation in decisions', fr: 'Participation des migrants aux décisions', de: 'Teilhabe von Migrantinnen und Migranten an Entscheidungen', es: 'Participación de las personas migrantes en la toma de decisiones', it: 'Partecipazione dei migranti alle decisioni', ro: 'Participarea migranților la luarea deciziilor' },
		filters: { kind: ['practice'], area: ['participation'] },
	},
	{
		id: 'services',
		title: { en: 'Public services and staff training', fr: 'Services publics et formation du personnel', de: 'Öffentliche Dienste und Fortbildung der Beschäftigten', es: 'Servicios públicos y formación del personal', it: 'Servizi pubblici e formazione del personale', ro: 'Servicii publice și formarea personalului' },
		filters: { kind: ['practice'], area: ['public-services'] },
	},
	{
		id: 'police',
		title: { en: 'Police and justice', fr: 'Police et justice', de: 'Polizei und Justiz', es: 'Policía y justicia', it: 'Polizia e giustizia', ro: 'Poliție și justiție' },
		filters: { kind: ['practice'], target: ['police'] },
	},
];

/** How many entries each need's search finds: the number its link shows. */
export const needCount = (records: readonly SearchRecord[], need: Need) => records.filter((record) => matchesFilters(record.filters, need.filters)).length;

/** The entries changed last, newest first (title order among those of the same day). */
export function recentEntries(catalogue: Catalogue, count: number, compare: (a: string, b: string) => number): (Practice | Lesson)[] {
	return [...catalogue.practices, ...catalogue.lessons].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || compare(a.data.title, b.data.title)).slice(0, count);
}

/** When the collection last changed: its newest entry's date. */
export const lastUpdated = (catalogue: Catalogue) => new Date(Math.max(...[...catalogue.practices, ...catalogue.lessons].map((entry) => entry.data.updated.getTime())));
