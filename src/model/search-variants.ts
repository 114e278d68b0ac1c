/**
 * Spelling variants and synonyms the field uses, per language: a search for one form also finds the
 * others (src/scripts/search/words.ts). One group a line, each form as a visitor would type it; a word
 * matches with or without a final "s", so "rumor" covers "rumors". Add a group here, in lower case.
 * The client bundles this file, so it imports nothing.
 */
export const searchVariants = {
	en: [
		['rumour', 'rumor'],
		['roma', 'romani', 'romany'],
		['antigypsyism', 'anti-gypsyism', 'antiziganism', 'anti-roma racism'],
		['hate speech', 'hateful speech'],
		['organisation', 'organization'],
		['programme', 'program'],
		['centre', 'center'],
		['neighbourhood', 'neighborhood'],
		['behaviour', 'behavior'],
		['labour', 'labor'],
		['polarisation', 'polarization'],
		['radicalisation', 'radicalization'],
		['stigmatisation', 'stigmatization'],
		['islamophobia', 'anti-muslim racism', 'anti-muslim hatred'],
		['antisemitism', 'anti-semitism'],
		['migrant', 'immigrant'],
	],
	fr: [
		['rumeur', 'rumeurs'],
		['rom', 'roms', 'rrom', 'rroms'],
		['antitsiganisme', 'anti-tsiganisme', 'romaphobie'],
		['discours de haine', 'discours haineux'],
	],
	de: [
		['gerücht', 'gerüchte'],
		['roma', 'romnja'],
		['antiziganismus', 'antiromaismus', 'gadjé-rassismus'],
		['hassrede', 'hate speech'],
		['flüchtling', 'geflüchtete'],
	],
	es: [
		['rumor', 'rumores'],
		['roma', 'romaní', 'gitano', 'gitanos', 'pueblo gitano'],
		['antigitanismo', 'anti-gitanismo', 'romafobia'],
		['discurso de odio', 'discursos de odio'],
	],
	it: [
		['diceria', 'dicerie'],
		['rom', 'romanì'],
		['antiziganismo', 'romafobia'],
		['discorso d’odio', "discorso d'odio", 'incitamento all’odio', 'hate speech'],
	],
	ro: [
		['zvon', 'zvonuri'],
		['romi', 'rromi', 'roma'],
		['antițigănism', 'anti-țigănism', 'antiromism'],
		['discurs instigator la ură', 'discurs de ură'],
	],
} as const satisfies Record<string, readonly (readonly string[])[]>;
