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
	local: { en: 'Local', fr: 'Local', de: 'Lokal', es: 'Local', it: 'Locale', ro: 'Local' },
	regional: { en: 'Regional', fr: 'Régional', de: 'Regional', es: 'Regional', it: 'Regionale', ro: 'Regional' },
	national: { en: 'National', fr: 'National', de: 'National', es: 'Nacional', it: 'Nazionale', ro: 'Național' },
	european: { en: 'European', fr: 'Européen', de: 'Europäisch', es: 'Europeo', it: 'Europeo', ro: 'European' },
	international: { en: 'International', fr: 'International', de: 'International', es: 'Internacional', it: 'Internazionale', ro: 'Internațional' },
});

export const practiceTypes = vocabulary({
	policy: { en: 'Policy, strategy or action plan', fr: 'Politique, stratégie ou plan d’action', de: 'Politik, Strategie oder Aktionsplan', es: 'Política, estrategia o plan de acción', it: 'Politica, strategia o piano d’azione', ro: 'Politică, strategie sau plan de acțiune' },
	law: { en: 'Law', fr: 'Loi', de: 'Gesetz', es: 'Ley', it: 'Legge', ro: 'Lege' },
	programme: { en: 'Programme', fr: 'Programme', de: 'Programm', es: 'Programa', it: 'Programma', ro: 'Program' },
	project: { en: 'Project', fr: 'Projet', de: 'Projekt', es: 'Proyecto', it: 'Progetto', ro: 'Proiect' },
	network: { en: 'Network', fr: 'Réseau', de: 'Netzwerk', es: 'Red', it: 'Rete', ro: 'Rețea' },
	'advisory-body': { en: 'Advisory or consultative body', fr: 'Organe consultatif', de: 'Beratungs- oder Konsultativgremium', es: 'Órgano consultivo', it: 'Organo consultivo', ro: 'Organism consultativ' },
	service: { en: 'Service or centre', fr: 'Service ou centre', de: 'Dienst oder Zentrum', es: 'Servicio o centro', it: 'Servizio o centro', ro: 'Serviciu sau centru' },
	training: { en: 'Training or education', fr: 'Formation ou éducation', de: 'Fortbildung oder Bildung', es: 'Formación o educación', it: 'Formazione o istruzione', ro: 'Formare sau educație' },
	campaign: { en: 'Campaign or awareness raising', fr: 'Campagne ou sensibilisation', de: 'Kampagne oder Sensibilisierung', es: 'Campaña o sensibilización', it: 'Campagna o sensibilizzazione', ro: 'Campanie sau sensibilizare' },
	event: { en: 'Event', fr: 'Événement', de: 'Veranstaltung', es: 'Evento', it: 'Evento', ro: 'Eveniment' },
	tool: { en: 'Tool or platform', fr: 'Outil ou plateforme', de: 'Instrument oder Plattform', es: 'Herramienta o plataforma', it: 'Strumento o piattaforma', ro: 'Instrument sau platformă' },
	research: { en: 'Research or data', fr: 'Recherche ou données', de: 'Forschung oder Daten', es: 'Investigación o datos', it: 'Ricerca o dati', ro: 'Cercetare sau date' },
});

/** Built from the compendium's areas of intervention, plus those the other sources need. */
export const areas = vocabulary({
	'human-rights-anti-discrimination': { en: 'Human rights and anti-discrimination', fr: 'Droits de l’homme et lutte contre la discrimination', de: 'Menschenrechte und Antidiskriminierung', es: 'Derechos humanos y lucha contra la discriminación', it: 'Diritti umani e lotta alla discriminazione', ro: 'Drepturile omului și combaterea discriminării' },
	'human-rights-security': { en: 'Human rights and security', fr: 'Droits de l’homme et sécurité', de: 'Menschenrechte und Sicherheit', es: 'Derechos humanos y seguridad', it: 'Diritti umani e sicurezza', ro: 'Drepturile omului și securitate' },
	inclusion: { en: 'Inclusion', fr: 'Inclusion', de: 'Inklusion', es: 'Inclusión', it: 'Inclusione', ro: 'Incluziune' },
	'business-employment': { en: 'Business and employment', fr: 'Entreprises et emploi', de: 'Wirtschaft und Beschäftigung', es: 'Empresa y empleo', it: 'Impresa e occupazione', ro: 'Mediul de afaceri și ocuparea forței de muncă' },
	youth: { en: 'Youth', fr: 'Jeunesse', de: 'Jugend', es: 'Juventud', it: 'Giovani', ro: 'Tineret' },
	'equal-rights-opportunities': { en: 'Equal rights and opportunities', fr: 'Égalité des droits et des chances', de: 'Gleiche Rechte und Chancen', es: 'Igualdad de derechos y oportunidades', it: 'Parità di diritti e opportunità', ro: 'Egalitatea în drepturi și de șanse' },
	'gender-equality': { en: 'Gender equality', fr: 'Égalité entre les femmes et les hommes', de: 'Gleichstellung der Geschlechter', es: 'Igualdad de género', it: 'Parità di genere', ro: 'Egalitate de gen' },
	'roma-travellers': { en: 'Roma and Travellers', fr: 'Roms et Gens du voyage', de: 'Roma und Fahrende', es: 'Población gitana y Travellers (comunidades itinerantes)', it: 'Rom e Viaggianti', ro: 'Romi și Travellers (comunități itinerante)' },
	'inclusive-narratives': { en: 'Inclusive and alternative narratives and communication', fr: 'Récits et communication inclusifs et alternatifs', de: 'Inklusive und alternative Narrative und Kommunikation', es: 'Narrativas y comunicación inclusivas y alternativas', it: 'Narrazioni e comunicazione inclusive e alternative', ro: 'Narațiuni și comunicare incluzive și alternative' },
	'public-services': { en: 'Public services', fr: 'Services publics', de: 'Öffentliche Dienste', es: 'Servicios públicos', it: 'Servizi pubblici', ro: 'Servicii publice' },
	'interreligious-dialogue': { en: 'Interreligious dialogue', fr: 'Dialogue interreligieux', de: 'Interreligiöser Dialog', es: 'Diálogo interreligioso', it: 'Dialogo interreligioso', ro: 'Dialog interreligios' },
	'intercultural-dialogue': { en: 'Intercultural dialogue', fr: 'Dialogue interculturel', de: 'Interkultureller Dialog', es: 'Diálogo intercultural', it: 'Dialogo interculturale', ro: 'Dialog intercultural' },
	education: { en: 'Education', fr: 'Éducation', de: 'Bildung', es: 'Educación', it: 'Istruzione', ro: 'Educație' },
	participation: { en: 'Social and political participation', fr: 'Participation sociale et politique', de: 'Soziale und politische Teilhabe', es: 'Participación social y política', it: 'Partecipazione sociale e politica', ro: 'Participare socială și politică' },
	'public-space': { en: 'Public space', fr: 'Espace public', de: 'Öffentlicher Raum', es: 'Espacio público', it: 'Spazio pubblico', ro: 'Spațiu public' },
	'welcoming-policies': { en: 'Welcoming policies', fr: 'Politiques d’accueil', de: 'Willkommenspolitik', es: 'Políticas de acogida', it: 'Politiche di accoglienza', ro: 'Politici de primire' },
	'health-social-care': { en: 'Health and social care', fr: 'Santé et action sociale', de: 'Gesundheit und soziale Betreuung', es: 'Salud y atención social', it: 'Salute e assistenza sociale', ro: 'Sănătate și asistență socială' },
	housing: { en: 'Housing', fr: 'Logement', de: 'Wohnen', es: 'Vivienda', it: 'Alloggio', ro: 'Locuire' },
	'language-learning': { en: 'Language and multilingualism', fr: 'Langues et plurilinguisme', de: 'Sprache und Mehrsprachigkeit', es: 'Lengua y plurilingüismo', it: 'Lingua e plurilinguismo', ro: 'Limbă și plurilingvism' },
	'culture-leisure': { en: 'Culture and leisure', fr: 'Culture et loisirs', de: 'Kultur und Freizeit', es: 'Cultura y ocio', it: 'Cultura e tempo libero', ro: 'Cultură și timp liber' },
	'social-protection': { en: 'Social protection and humanitarian assistance', fr: 'Protection sociale et aide humanitaire', de: 'Sozialschutz und humanitäre Hilfe', es: 'Protección social y ayuda humanitaria', it: 'Protezione sociale e assistenza umanitaria', ro: 'Protecție socială și asistență umanitară' },
	'child-protection': { en: 'Child protection', fr: 'Protection de l’enfance', de: 'Kinderschutz', es: 'Protección de la infancia', it: 'Tutela dei minori', ro: 'Protecția copilului' },
	'multilevel-governance': { en: 'Multilevel governance', fr: 'Gouvernance multiniveaux', de: 'Mehrebenen-Governance', es: 'Gobernanza multinivel', it: 'Governance multilivello', ro: 'Guvernanță pe mai multe niveluri' },
	'polarisation-prevention': { en: 'Prevention of polarisation and radicalisation', fr: 'Prévention de la polarisation et de la radicalisation', de: 'Prävention von Polarisierung und Radikalisierung', es: 'Prevención de la polarización y la radicalización', it: 'Prevenzione della polarizzazione e della radicalizzazione', ro: 'Prevenirea polarizării și radicalizării' },
});

/** The compendium's chapters. */
export const themes = vocabulary({
	equality: { en: 'Ensuring equality', fr: 'Garantir l’égalité', de: 'Gleichheit gewährleisten', es: 'Garantizar la igualdad', it: 'Garantire l’uguaglianza', ro: 'Asigurarea egalității' },
	diversity: { en: 'Valuing diversity', fr: 'Valoriser la diversité', de: 'Vielfalt wertschätzen', es: 'Valorar la diversidad', it: 'Valorizzare la diversità', ro: 'Valorizarea diversității' },
	interaction: { en: 'Fostering meaningful intercultural interaction', fr: 'Favoriser des interactions interculturelles constructives', de: 'Echte interkulturelle Begegnung fördern', es: 'Fomentar una interacción intercultural significativa', it: 'Favorire un’interazione interculturale significativa', ro: 'Încurajarea unei interacțiuni interculturale semnificative' },
	participation: { en: 'Promoting active citizenship and participation', fr: 'Promouvoir la citoyenneté active et la participation', de: 'Aktive Bürgerschaft und Teilhabe fördern', es: 'Promover la ciudadanía activa y la participación', it: 'Promuovere la cittadinanza attiva e la partecipazione', ro: 'Promovarea cetățeniei active și a participării' },
	'multilevel-governance': { en: 'Multilevel governance', fr: 'Gouvernance multiniveaux', de: 'Mehrebenen-Governance', es: 'Gobernanza multinivel', it: 'Governance multilivello', ro: 'Guvernanță pe mai multe niveluri' },
	'beyond-europe': { en: 'Interculturalism beyond Europe', fr: 'L’interculturalisme au-delà de l’Europe', de: 'Interkulturalismus über Europa hinaus', es: 'El interculturalismo más allá de Europa', it: 'L’interculturalismo oltre l’Europa', ro: 'Interculturalismul dincolo de Europa' },
});

/** What the source shows about results, never more. */
export const evidenceLevels = vocabulary({
	'self-reported': { en: 'Self-reported', fr: 'Déclaratif', de: 'Selbstauskunft', es: 'Autodeclarado', it: 'Autodichiarato', ro: 'Autodeclarat' },
	monitored: { en: 'Monitored', fr: 'Suivi', de: 'Mit Monitoring', es: 'Con seguimiento', it: 'Monitorato', ro: 'Monitorizat' },
	evaluated: { en: 'Evaluated', fr: 'Évalué', de: 'Evaluiert', es: 'Evaluado', it: 'Valutato', ro: 'Evaluat' },
	'independently-evaluated': { en: 'Independently evaluated', fr: 'Évalué de manière indépendante', de: 'Unabhängig evaluiert', es: 'Evaluado de forma independiente', it: 'Valutato in modo indipendente', ro: 'Evaluat independent' },
});

export const targetGroups = vocabulary({
	migrants: { en: 'Migrants and people of migrant background', fr: 'Migrants et personnes issues de l’immigration', de: 'Migrantinnen und Migranten und Menschen mit Migrationshintergrund', es: 'Personas migrantes y de origen migrante', it: 'Migranti e persone con background migratorio', ro: 'Migranți și persoane de origine migrantă' },
	newcomers: { en: 'Newcomers', fr: 'Nouveaux arrivants', de: 'Neuzugewanderte', es: 'Personas recién llegadas', it: 'Nuovi arrivati', ro: 'Nou-veniți' },
	refugees: { en: 'Refugees and asylum seekers', fr: 'Réfugiés et demandeurs d’asile', de: 'Geflüchtete und Asylsuchende', es: 'Personas refugiadas y solicitantes de asilo', it: 'Rifugiati e richiedenti asilo', ro: 'Refugiați și solicitanți de azil' },
	'roma-travellers': { en: 'Roma and Travellers', fr: 'Roms et Gens du voyage', de: 'Roma und Fahrende', es: 'Población gitana y Travellers (comunidades itinerantes)', it: 'Rom e Viaggianti', ro: 'Romi și Travellers (comunități itinerante)' },
	'ethnic-minorities': { en: 'Ethnic and national minorities', fr: 'Minorités ethniques et nationales', de: 'Ethnische und nationale Minderheiten', es: 'Minorías étnicas y nacionales', it: 'Minoranze etniche e nazionali', ro: 'Minorități etnice și naționale' },
	'faith-communities': { en: 'Faith communities', fr: 'Communautés religieuses', de: 'Religionsgemeinschaften', es: 'Comunidades religiosas', it: 'Comunità religiose', ro: 'Comunități religioase' },
	women: { en: 'Women and girls', fr: 'Femmes et filles', de: 'Frauen und Mädchen', es: 'Mujeres y niñas', it: 'Donne e ragazze', ro: 'Femei și fete' },
	children: { en: 'Children', fr: 'Enfants', de: 'Kinder', es: 'Niños y niñas', it: 'Bambini', ro: 'Copii' },
	youth: { en: 'Young people', fr: 'Jeunes', de: 'Junge Menschen', es: 'Jóvenes', it: 'Giovani', ro: 'Tineri' },
	families: { en: 'Parents and families', fr: 'Parents et familles', de: 'Eltern und Familien', es: 'Madres, padres y familias', it: 'Genitori e famiglie', ro: 'Părinți și familii' },
	'people-with-disabilities': { en: 'People with disabilities', fr: 'Personnes handicapées', de: 'Menschen mit Behinderungen', es: 'Personas con discapacidad', it: 'Persone con disabilità', ro: 'Persoane cu dizabilități' },
	lgbtqi: { en: 'LGBTQI+ people', fr: 'Personnes LGBTQI+', de: 'LGBTQI+-Personen', es: 'Personas LGBTQI+', it: 'Persone LGBTQI+', ro: 'Persoane LGBTQI+' },
	'victims-of-discrimination': { en: 'Victims of discrimination and hate crime', fr: 'Victimes de discrimination et de crimes de haine', de: 'Betroffene von Diskriminierung und Hasskriminalität', es: 'Víctimas de discriminación y delitos de odio', it: 'Vittime di discriminazione e crimini d’odio', ro: 'Victime ale discriminării și infracțiunilor motivate de ură' },
	'public-officials': { en: 'Public officials and civil servants', fr: 'Agents publics et fonctionnaires', de: 'Amtsträgerinnen und Amtsträger sowie Beschäftigte im öffentlichen Dienst', es: 'Personal de la administración pública', it: 'Funzionari e dipendenti pubblici', ro: 'Funcționari publici' },
	'local-authorities': { en: 'Local and regional authorities', fr: 'Collectivités locales et régionales', de: 'Kommunale und regionale Gebietskörperschaften', es: 'Entes locales y regionales', it: 'Enti locali e regionali', ro: 'Autorități locale și regionale' },
	'first-line-practitioners': { en: 'First-line practitioners', fr: 'Praticiens de première ligne', de: 'Fachkräfte an vorderster Front', es: 'Profesionales de primera línea', it: 'Operatori di prima linea', ro: 'Practicieni din prima linie' },
	educators: { en: 'Teachers and educators', fr: 'Enseignants et éducateurs', de: 'Lehrkräfte und pädagogische Fachkräfte', es: 'Docentes y educadores', it: 'Insegnanti ed educatori', ro: 'Profesori și educatori' },
	police: { en: 'Police and law enforcement', fr: 'Police et forces de l’ordre', de: 'Polizei und Strafverfolgung', es: 'Policía y fuerzas del orden', it: 'Polizia e forze dell’ordine', ro: 'Poliție și forțe de ordine' },
	employers: { en: 'Employers and businesses', fr: 'Employeurs et entreprises', de: 'Arbeitgeberinnen und Arbeitgeber sowie Unternehmen', es: 'Empleadores y empresas', it: 'Datori di lavoro e imprese', ro: 'Angajatori și întreprinderi' },
	media: { en: 'Media and journalists', fr: 'Médias et journalistes', de: 'Medien sowie Journalistinnen und Journalisten', es: 'Medios de comunicación y periodistas', it: 'Media e giornalisti', ro: 'Mass-media și jurnaliști' },
	'civil-society': { en: 'Civil society organisations', fr: 'Organisations de la société civile', de: 'Zivilgesellschaftliche Organisationen', es: 'Organizaciones de la sociedad civil', it: 'Organizzazioni della società civile', ro: 'Organizații ale societății civile' },
	'general-public': { en: 'General public', fr: 'Grand public', de: 'Allgemeine Öffentlichkeit', es: 'Público en general', it: 'Grande pubblico', ro: 'Publicul larg' },
});

export const lessonTopics = vocabulary({
	'pve-approach': { en: 'Approach to preventing violent extremism', fr: 'Approche de la prévention de l’extrémisme violent', de: 'Ansatz zur Prävention von gewaltbereitem Extremismus', es: 'Enfoque de la prevención del extremismo violento', it: 'Approccio alla prevenzione dell’estremismo violento', ro: 'Abordarea prevenirii extremismului violent' },
	collaboration: { en: 'Collaboration', fr: 'Collaboration', de: 'Zusammenarbeit', es: 'Colaboración', it: 'Collaborazione', ro: 'Colaborare' },
	policy: { en: 'Policy', fr: 'Politiques publiques', de: 'Politik', es: 'Políticas públicas', it: 'Politiche pubbliche', ro: 'Politici publice' },
});

/** What kind of number a key figure is: a reader takes every headline number for a result unless told. */
export const figureKinds = vocabulary({
	result: { en: 'Result', fr: 'Résultat', de: 'Ergebnis', es: 'Resultado', it: 'Risultato', ro: 'Rezultat' },
	target: { en: 'Target or expected result', fr: 'Objectif ou résultat attendu', de: 'Ziel oder erwartetes Ergebnis', es: 'Objetivo o resultado esperado', it: 'Obiettivo o risultato atteso', ro: 'Țintă sau rezultat așteptat' },
	context: { en: 'Context', fr: 'Contexte', de: 'Kontext', es: 'Contexto', it: 'Contesto', ro: 'Context' },
});

const declaredUnstated = {
	participants: { en: 'number of participants', fr: 'nombre de participants', de: 'Zahl der Teilnehmenden', es: 'número de participantes', it: 'numero di partecipanti', ro: 'numărul de participanți' },
	results: { en: 'results', fr: 'résultats', de: 'Ergebnisse', es: 'resultados', it: 'risultati', ro: 'rezultate' },
	funding: { en: 'funding', fr: 'financement', de: 'Finanzierung', es: 'financiación', it: 'finanziamento', ro: 'finanțare' },
} satisfies Record<string, Translatable>;

/**
 * What a practice's source leaves out, in the order of the "Not stated in the source" line. The model tells
 * most from the fields (no start date, no lead organisation…); an editor records the rest in `notStated`.
 */
export const unstatedFacts = vocabulary({
	dates: { en: 'dates', fr: 'dates', de: 'Zeitangaben', es: 'fechas', it: 'date', ro: 'perioada de desfășurare' },
	start: { en: 'start date', fr: 'date de début', de: 'Beginn', es: 'fecha de inicio', it: 'data di inizio', ro: 'data de început' },
	end: { en: 'end date', fr: 'date de fin', de: 'Ende', es: 'fecha de finalización', it: 'data di fine', ro: 'data de încheiere' },
	lead: { en: 'lead organisation', fr: 'organisation chef de file', de: 'federführende Organisation', es: 'organización responsable', it: 'organizzazione capofila', ro: 'organizația coordonatoare' },
	'target-groups': { en: 'target groups', fr: 'groupes cibles', de: 'Zielgruppen', es: 'grupos destinatarios', it: 'gruppi destinatari', ro: 'grupuri țintă' },
	...declaredUnstated,
	documents: { en: 'reference documents', fr: 'documents de référence', de: 'Referenzdokumente', es: 'documentos de referencia', it: 'documenti di riferimento', ro: 'documente de referință' },
});

/** The unstated facts no field can show (that a source reports no results), which `notStated` records. */
export const declaredUnstatedFacts = vocabulary(declaredUnstated);

/** Whether a practice still runs, derived from its duration. */
export const statuses = vocabulary({
	ongoing: { en: 'Ongoing', fr: 'En cours', de: 'Laufend', es: 'En curso', it: 'In corso', ro: 'În desfășurare' },
	ended: { en: 'Ended', fr: 'Terminé', de: 'Abgeschlossen', es: 'Finalizado', it: 'Concluso', ro: 'Încheiat' },
	unknown: { en: 'Not stated', fr: 'Non indiqué', de: 'Nicht angegeben', es: 'No indicado', it: 'Non indicato', ro: 'Nespecificat' },
});
