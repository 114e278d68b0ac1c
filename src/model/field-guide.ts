/**
 * The editors' guide to an entry's fields: what each holds, whether it is required, and its allowed values,
 * read from the vocabularies. CONTRIBUTING.md (scripts/contributing.ts), the issue form for proposing a
 * practice and the site's Contribute page are all made from this, so nothing is written twice.
 * Descriptions use Markdown's `code` for codes and field names; they are given in every language.
 */
import {
	areas,
	declaredUnstatedFacts,
	evidenceLevels,
	figureKinds,
	lessonTopics,
	levels,
	practiceTypes,
	targetGroups,
	themes,
	type Vocabulary,
} from './vocabularies.ts';
import type { Translatable } from '../i18n/locales.ts';
import { textLimits as max } from './limits.ts';

export interface FieldDoc {
	name: string;
	required: boolean;
	what: Translatable;
	/** The controlled vocabulary the field's codes come from. */
	values?: Vocabulary<string>;
	/** The most characters the field (key '') or each of its text parts may hold (src/model/limits.ts). */
	limits?: Record<string, number>;
}

/** The fields with the most characters each may hold, from src/model/limits.ts. */
const withLimits = (limits: Record<string, Record<string, number>>, fields: FieldDoc[]): FieldDoc[] => fields.map((field) => ({ ...field, limits: limits[field.name] }));

const areasWhat: Translatable = {
	en: 'Areas of intervention, one or more.',
	fr: 'Domaines d’intervention, un ou plusieurs.',
	de: 'Handlungsfelder, eines oder mehrere.',
	es: 'Ámbitos de intervención, uno o varios.',
	it: 'Ambiti di intervento, uno o più.',
	ro: 'Domenii de intervenție, unul sau mai multe.',
};

export const practiceFields: FieldDoc[] = withLimits(
	{
		title: { '': max.title },
		summary: { '': max.summary },
		place: { '': max.place },
		typeLabel: { '': max.typeLabel },
		duration: { text: max.durationText },
		impact: { summary: max.impactSummary, 'figures[].value': max.figureValue, 'figures[].label': max.figureLabel },
		organisations: { 'lead[]': max.organisation, 'partners[]': max.organisation },
		links: { '[].title': max.linkTitle, '[].url': max.address },
		source: { section: max.sourceSection },
	},
	[
		{
			name: 'title',
			required: true,
			what: {
				en: 'The practice\'s name as the source gives it, in normal case. Where the compendium prefixes a city or region ("BILBAO: Anti-rumours strategy"), write `Bilbao: Anti-rumours strategy`.',
				fr: 'Le nom de la pratique tel que la source le donne, en casse normale. Lorsque le compendium le fait précéder d’une ville ou d’une région (« BILBAO: Anti-rumours strategy »), écrivez `Bilbao: Anti-rumours strategy`.',
				de: 'Der Name des Praxisbeispiels, wie die Quelle ihn angibt, in normaler Groß- und Kleinschreibung. Stellt das Kompendium eine Stadt oder Region voran („BILBAO: Anti-rumours strategy“), schreiben Sie `Bilbao: Anti-rumours strategy`.',
				es: 'El nombre de la práctica tal como lo da la fuente, con el uso normal de mayúsculas y minúsculas. Cuando el compendio antepone una ciudad o región («BILBAO: Anti-rumours strategy»), escriba `Bilbao: Anti-rumours strategy`.',
				it: 'Il nome della pratica come lo riporta la fonte, con le normali maiuscole e minuscole. Se il compendio antepone una città o una regione («BILBAO: Anti-rumours strategy»), scrivi `Bilbao: Anti-rumours strategy`.',
				ro: 'Denumirea practicii așa cum o indică sursa, cu majusculele și minusculele obișnuite. Acolo unde compendiul o precedă de numele unui oraș sau al unei regiuni („BILBAO: Anti-rumours strategy”), scrieți `Bilbao: Anti-rumours strategy`.',
			},
		},
		{
			name: 'summary',
			required: true,
			what: {
				en: 'Plain text: what the practice is and why it matters, in one or two sentences.',
				fr: 'Texte brut : ce qu’est la pratique et pourquoi elle est importante, en une ou deux phrases.',
				de: 'Reiner Text: was das Praxisbeispiel ist und warum es von Bedeutung ist, in ein oder zwei Sätzen.',
				es: 'Texto sin formato: qué es la práctica y por qué es importante, en una o dos frases.',
				it: 'Testo semplice: che cos’è la pratica e perché è importante, in una o due frasi.',
				ro: 'Text simplu: ce este practica și de ce este importantă, în una sau două fraze.',
			},
		},
		{
			name: 'countries',
			required: true,
			what: {
				en: 'ISO 3166-1 alpha-2 codes (`[ES]`). A network lists the countries it covers, as the source names them; a `european` or `international` practice whose source names no country has `[]`.',
				fr: 'Codes ISO 3166-1 alpha-2 (`[ES]`). Un réseau énumère les pays qu’il couvre, tels que la source les nomme ; une pratique `european` ou `international` dont la source ne nomme aucun pays prend la valeur `[]`.',
				de: 'Ländercodes nach ISO 3166-1 Alpha-2 (`[ES]`). Ein Netzwerk führt die Länder auf, die es abdeckt, so wie die Quelle sie nennt; ein Praxisbeispiel der Ebene `european` oder `international`, dessen Quelle kein Land nennt, erhält `[]`.',
				es: 'Códigos ISO 3166-1 alfa-2 (`[ES]`). Una red enumera los países que abarca, tal como los nombra la fuente; una práctica `european` o `international` cuya fuente no nombra ningún país lleva `[]`.',
				it: 'Codici ISO 3166-1 alpha-2 (`[ES]`). Una rete elenca i paesi che copre, come li nomina la fonte; una pratica `european` o `international` la cui fonte non nomina alcun paese ha `[]`.',
				ro: 'Coduri ISO 3166-1 alpha-2 (`[ES]`). O rețea enumeră țările pe care le acoperă, așa cum le numește sursa; o practică `european` sau `international` a cărei sursă nu numește nicio țară are `[]`.',
			},
		},
		{
			name: 'place',
			required: false,
			what: {
				en: 'City or region, where the source places the practice itself (not only one of its meetings).',
				fr: 'Ville ou région, lorsque la source y situe la pratique elle-même (et pas seulement l’une de ses réunions).',
				de: 'Stadt oder Region, sofern die Quelle das Praxisbeispiel selbst dort verortet (nicht nur eines seiner Treffen).',
				es: 'Ciudad o región, cuando la fuente sitúa allí la propia práctica (no solo una de sus reuniones).',
				it: 'Città o regione, se la fonte vi colloca la pratica stessa (non solo uno dei suoi incontri).',
				ro: 'Orașul sau regiunea, atunci când sursa situează acolo practica însăși (nu doar una dintre reuniunile sale).',
			},
		},
		{
			name: 'level',
			required: true,
			what: {
				en: '`local` (city, municipality), `regional` (region, canton, county, autonomous community), `national`, `european` (EU level) or `international` (networks and bodies across countries).',
				fr: '`local` (ville, commune), `regional` (région, canton, comté, communauté autonome), `national`, `european` (niveau de l’UE) ou `international` (réseaux et organismes réunissant plusieurs pays).',
				de: '`local` (Stadt, Gemeinde), `regional` (Region, Kanton, Kreis, autonome Gemeinschaft), `national`, `european` (EU-Ebene) oder `international` (länderübergreifende Netzwerke und Gremien).',
				es: '`local` (ciudad, municipio), `regional` (región, cantón, condado, comunidad autónoma), `national`, `european` (nivel de la UE) o `international` (redes y organismos que abarcan varios países).',
				it: '`local` (città, comune), `regional` (regione, cantone, contea, comunità autonoma), `national`, `european` (livello dell’UE) o `international` (reti e organismi che riuniscono più paesi).',
				ro: '`local` (oraș, municipalitate), `regional` (regiune, canton, județ, comunitate autonomă), `national`, `european` (nivelul UE) sau `international` (rețele și organisme care reunesc mai multe țări).',
			},
			values: levels,
		},
		{
			name: 'type',
			required: true,
			what: {
				en: 'What kind of practice it is; docs/editing.md maps the source\'s wording onto these codes.',
				fr: 'Le type de pratique dont il s’agit ; docs/editing.md fait correspondre la formulation de la source à ces codes.',
				de: 'Die Art des Praxisbeispiels; docs/editing.md ordnet die Formulierungen der Quelle diesen Codes zu.',
				es: 'El tipo de práctica de que se trata; docs/editing.md establece la correspondencia entre la formulación de la fuente y estos códigos.',
				it: 'Il tipo di pratica; docs/editing.md fa corrispondere la formulazione della fonte a questi codici.',
				ro: 'Tipul de practică; docs/editing.md stabilește corespondența dintre formularea sursei și aceste coduri.',
			},
			values: practiceTypes,
		},
		{
			name: 'typeLabel',
			required: false,
			what: {
				en: "The source's own wording for the type (its `Type:` line).",
				fr: 'La formulation propre à la source pour le type (sa ligne `Type:`).',
				de: 'Die eigene Formulierung der Quelle für die Art (ihre Zeile `Type:`).',
				es: 'La formulación de la propia fuente para el tipo (su línea `Type:`).',
				it: 'La formulazione della fonte stessa per il tipo (la sua riga `Type:`).',
				ro: 'Formularea proprie a sursei pentru tip (rândul său `Type:`).',
			},
		},
		{ name: 'areas', required: true, what: areasWhat, values: areas },
		{
			name: 'theme',
			required: false,
			what: {
				en: 'The compendium chapter; entries from other sources leave it out.',
				fr: 'Le chapitre du compendium ; les fiches issues d’autres sources l’omettent.',
				de: 'Das Kapitel des Kompendiums; Einträge aus anderen Quellen lassen es weg.',
				es: 'El capítulo del compendio; las fichas procedentes de otras fuentes lo omiten.',
				it: 'Il capitolo del compendio; le schede tratte da altre fonti lo omettono.',
				ro: 'Capitolul din compendiu; fișele provenite din alte surse îl omit.',
			},
			values: themes,
		},
		{
			name: 'duration',
			required: false,
			what: {
				en: '`start` (a year, or `"YYYY-MM"` quoted), `end` (the same, or `ongoing` only when the source says it still runs), `months` (the length the source states, a whole number) and `text` (the source\'s own words). With a start to the month and `months`, the site derives the end and so the status. A one-off event has the same start and end.',
				fr: '`start` (une année, ou `"YYYY-MM"` entre guillemets), `end` (de même, ou `ongoing` uniquement lorsque la source indique que la pratique est toujours en cours), `months` (la durée qu’indique la source, en nombre entier) et `text` (les termes mêmes de la source). À partir d’un début précisé au mois près et de `months`, le site déduit la fin, et donc le statut. Un événement ponctuel a le même début et la même fin.',
				de: '`start` (ein Jahr oder `"YYYY-MM"` in Anführungszeichen), `end` (ebenso, oder `ongoing` nur, wenn die Quelle angibt, dass es noch läuft), `months` (die von der Quelle angegebene Dauer als ganze Zahl) und `text` (der Wortlaut der Quelle). Aus einem monatsgenauen Beginn und `months` leitet die Website das Ende und damit den Status ab. Bei einer einmaligen Veranstaltung sind Beginn und Ende gleich.',
				es: '`start` (un año, o `"YYYY-MM"` entre comillas), `end` (lo mismo, o `ongoing` solo cuando la fuente indica que sigue en curso), `months` (la duración que indica la fuente, en número entero) y `text` (las palabras de la propia fuente). Con un inicio precisado hasta el mes y `months`, el sitio deduce el final y, por tanto, el estado. Un evento puntual tiene el mismo inicio y final.',
				it: '`start` (un anno, oppure `"YYYY-MM"` tra virgolette), `end` (lo stesso, oppure `ongoing` solo se la fonte dice che è ancora in corso), `months` (la durata indicata dalla fonte, come numero intero) e `text` (le parole della fonte stessa). Con un inizio precisato al mese e `months`, il sito ricava la fine e quindi lo stato. Un evento singolo ha lo stesso inizio e la stessa fine.',
				ro: '`start` (un an sau `"YYYY-MM"` între ghilimele), `end` (la fel sau `ongoing` numai atunci când sursa precizează că practica este încă în desfășurare), `months` (durata indicată de sursă, ca număr întreg) și `text` (formularea proprie a sursei). Pe baza unei date de început precizate la nivel de lună și a câmpului `months`, site-ul deduce data de încheiere și, prin urmare, stadiul. Un eveniment punctual are aceeași dată de început și de încheiere.',
			},
		},
		{
			name: 'impact',
			required: false,
			what: {
				en: '`summary` (what the practice achieved or, with no results yet, what it expects) and `figures`, a list of `{ value, label, kind }`. `value` is copied exactly, qualifiers included ("more than 15", "around 2,000"). `kind` is required: `result` (achieved or produced), `target` (planned or expected) or `context` (describes the situation or the practice\'s make-up).',
				fr: '`summary` (ce que la pratique a accompli ou, en l’absence de résultats à ce stade, ce qu’elle escompte) et `figures`, une liste de `{ value, label, kind }`. `value` est recopié à l’identique, qualificatifs compris (« more than 15 », « around 2,000 »). `kind` est obligatoire : `result` (atteint ou réalisé), `target` (prévu ou attendu) ou `context` (décrit la situation ou la composition de la pratique).',
				de: '`summary` (was das Praxisbeispiel erreicht hat oder, sofern noch keine Ergebnisse vorliegen, was es erwartet) und `figures`, eine Liste von `{ value, label, kind }`. `value` wird genau übernommen, einschließlich einschränkender Zusätze („more than 15“, „around 2,000“). `kind` ist Pflicht: `result` (erreicht oder erbracht), `target` (geplant oder erwartet) oder `context` (beschreibt die Ausgangslage oder die Zusammensetzung des Praxisbeispiels).',
				es: '`summary` (lo que la práctica logró o, si aún no hay resultados, lo que prevé) y `figures`, una lista de `{ value, label, kind }`. `value` se copia con exactitud, matizaciones incluidas («more than 15», «around 2,000»). `kind` es obligatorio: `result` (logrado o producido), `target` (previsto o esperado) o `context` (describe la situación o la composición de la práctica).',
				it: '`summary` (ciò che la pratica ha ottenuto o, se non vi sono ancora risultati, ciò che si prefigge) e `figures`, un elenco di `{ value, label, kind }`. `value` si copia esattamente, qualificatori compresi («more than 15», «around 2,000»). `kind` è obbligatorio: `result` (ottenuto o prodotto), `target` (previsto o atteso) o `context` (descrive la situazione o la composizione della pratica).',
				ro: '`summary` (ce a realizat practica sau, dacă nu există încă rezultate, ce își propune) și `figures`, o listă de `{ value, label, kind }`. `value` se copiază întocmai, inclusiv precizările („more than 15”, „around 2,000”). `kind` este obligatoriu: `result` (realizat sau obținut), `target` (planificat sau așteptat) ori `context` (descrie situația sau componența practicii).',
			},
			values: figureKinds,
		},
		{
			name: 'evidence',
			required: true,
			what: {
				en: '`self-reported` (the contributor describes it), `monitored` (the text cites monitoring of this practice: indicators, regular data collection), `evaluated` (the text cites an evaluation), `independently-evaluated` (an external evaluation). Never more than the text shows.',
				fr: '`self-reported` (le contributeur la décrit lui-même), `monitored` (le texte fait état d’un suivi de cette pratique : indicateurs, collecte régulière de données), `evaluated` (le texte fait état d’une évaluation), `independently-evaluated` (une évaluation externe). Jamais plus que ce que montre le texte.',
				de: '`self-reported` (die einreichende Stelle beschreibt es selbst), `monitored` (der Text nennt ein Monitoring dieses Praxisbeispiels: Indikatoren, regelmäßige Datenerhebung), `evaluated` (der Text nennt eine Evaluation), `independently-evaluated` (eine externe Evaluation). Nie mehr, als der Text zeigt.',
				es: '`self-reported` (la describe quien la aporta), `monitored` (el texto menciona un seguimiento de esta práctica: indicadores, recogida periódica de datos), `evaluated` (el texto menciona una evaluación), `independently-evaluated` (una evaluación externa). Nunca más de lo que muestra el texto.',
				it: '`self-reported` (la descrive chi l’ha proposta), `monitored` (il testo cita un monitoraggio di questa pratica: indicatori, raccolta regolare di dati), `evaluated` (il testo cita una valutazione), `independently-evaluated` (una valutazione esterna). Mai più di quanto mostri il testo.',
				ro: '`self-reported` (contributorul o descrie), `monitored` (textul menționează monitorizarea acestei practici: indicatori, colectare periodică de date), `evaluated` (textul menționează o evaluare), `independently-evaluated` (o evaluare externă). Niciodată mai mult decât arată textul.',
			},
			values: evidenceLevels,
		},
		{
			name: 'targetGroups',
			required: false,
			what: {
				en: 'Whom the practice addresses, where the source names or plainly addresses them.',
				fr: 'Les groupes auxquels s’adresse la pratique, lorsque la source les nomme ou qu’ils sont manifestement visés.',
				de: 'An wen sich das Praxisbeispiel richtet, sofern die Quelle diese Gruppen nennt oder sie eindeutig angesprochen werden.',
				es: 'Los destinatarios de la práctica, cuando la fuente los nombra o resulta evidente que se dirige a ellos.',
				it: 'I destinatari della pratica, se la fonte li nomina o se è evidente che si rivolge a loro.',
				ro: 'Cui se adresează practica, atunci când sursa numește aceste grupuri sau când acestea sunt vizate în mod evident.',
			},
			values: targetGroups,
		},
		{
			name: 'organisations',
			required: false,
			what: {
				en: '`lead` and `partners`: lists of names as the source gives them.',
				fr: '`lead` et `partners` : listes de noms tels que la source les donne.',
				de: '`lead` und `partners`: Listen von Namen, wie die Quelle sie angibt.',
				es: '`lead` y `partners`: listas de nombres tal como los da la fuente.',
				it: '`lead` e `partners`: elenchi di nomi come li riporta la fonte.',
				ro: '`lead` și `partners`: liste de denumiri așa cum le indică sursa.',
			},
		},
		{
			name: 'links',
			required: false,
			what: {
				en: '`{ title, url }` for each document or website the source gives with a full address. A document named without an address goes in the body\'s `## Learn more` section.',
				fr: '`{ title, url }` pour chaque document ou site web que la source donne avec une adresse complète. Un document cité sans adresse figure dans la section `## Learn more` du corps du texte.',
				de: '`{ title, url }` für jedes Dokument und jede Website, die die Quelle mit vollständiger Adresse angibt. Ein ohne Adresse genanntes Dokument gehört in den Abschnitt `## Learn more` des Haupttexts.',
				es: '`{ title, url }` para cada documento o sitio web que la fuente da con una dirección completa. Un documento citado sin dirección va en la sección `## Learn more` del cuerpo del texto.',
				it: '`{ title, url }` per ogni documento o sito web che la fonte indica con un indirizzo completo. Un documento citato senza indirizzo va nella sezione `## Learn more` del corpo del testo.',
				ro: '`{ title, url }` pentru fiecare document sau site web pe care sursa îl indică cu adresa completă. Un document menționat fără adresă se trece în secțiunea `## Learn more` a corpului textului.',
			},
		},
		{
			name: 'notStated',
			required: false,
			what: {
				en: 'What the source leaves out that no field shows. The page\'s "Not stated in the source" line adds, by itself, missing dates, lead organisation, target groups and reference documents. `results` cannot stand beside a figure of kind `result`.',
				fr: 'Ce que la source omet et qu’aucun champ ne fait apparaître. La ligne « Non indiqué dans la source » de la page ajoute d’elle-même les dates, l’organisation chef de file, les groupes cibles et les documents de référence manquants. `results` ne peut pas figurer à côté d’un chiffre de type `result`.',
				de: 'Was die Quelle auslässt und kein Feld erkennen lässt. Die Zeile „In der Quelle nicht angegeben“ auf der Seite ergänzt von sich aus fehlende Zeitangaben, die federführende Organisation, Zielgruppen und Referenzdokumente. `results` darf nicht neben einer Kennzahl der Art `result` stehen.',
				es: 'Lo que la fuente omite y que ningún campo refleja. La línea «No indicado en la fuente» de la página añade por sí sola las fechas, la entidad responsable, los grupos destinatarios y los documentos de referencia que falten. `results` no puede figurar junto a una cifra de tipo `result`.',
				it: 'Ciò che la fonte omette e che nessun campo mostra. La riga «Non indicato nella fonte» della pagina aggiunge da sola date, capofila, gruppi destinatari e documenti di riferimento mancanti. `results` non può comparire accanto a un dato di tipo `result`.',
				ro: 'Ceea ce sursa omite și nu reiese din niciun câmp. Rândul „Nespecificat în sursă” de pe pagină adaugă de la sine perioada de desfășurare, organizația coordonatoare, grupurile țintă și documentele de referință care lipsesc. `results` nu poate figura alături de o cifră de tipul `result`.',
			},
			values: declaredUnstatedFacts,
		},
		{
			name: 'source',
			required: true,
			what: {
				en: '`document` (an id from `content/sources.yaml`) and `page` (the page the compendium\'s table of contents gives) or, for documents without pages, `section`.',
				fr: '`document` (un identifiant de `content/sources.yaml`) et `page` (la page qu’indique la table des matières du compendium) ou, pour les documents sans pagination, `section`.',
				de: '`document` (eine ID aus `content/sources.yaml`) und `page` (die Seite laut Inhaltsverzeichnis des Kompendiums) oder, bei Dokumenten ohne Seitenzahlen, `section`.',
				es: '`document` (un identificador de `content/sources.yaml`) y `page` (la página que indica el índice del compendio) o, para documentos sin páginas, `section`.',
				it: '`document` (un identificativo di `content/sources.yaml`) e `page` (la pagina indicata dall’indice del compendio) oppure, per i documenti senza numeri di pagina, `section`.',
				ro: '`document` (un identificator din `content/sources.yaml`) și `page` (pagina indicată în cuprinsul compendiului) sau, pentru documentele fără pagini, `section`.',
			},
		},
		{
			name: 'updated',
			required: true,
			what: {
				en: 'The date the entry was last checked against its source, `YYYY-MM-DD`.',
				fr: 'La date à laquelle la fiche a été vérifiée pour la dernière fois au regard de sa source, `YYYY-MM-DD`.',
				de: 'Das Datum, an dem der Eintrag zuletzt mit seiner Quelle abgeglichen wurde, `YYYY-MM-DD`.',
				es: 'La fecha en que la ficha se cotejó por última vez con su fuente, `YYYY-MM-DD`.',
				it: 'La data in cui la scheda è stata verificata per l’ultima volta rispetto alla fonte, `YYYY-MM-DD`.',
				ro: 'Data la care fișa a fost verificată ultima dată în raport cu sursa sa, `YYYY-MM-DD`.',
			},
		},
	],
);

export const lessonFields: FieldDoc[] = withLimits(
	{
		title: { '': max.title },
		statement: { '': max.statement },
		source: { section: max.sourceSection },
	},
	[
		{
			name: 'title',
			required: true,
			what: {
				en: 'The lesson in a few words.',
				fr: 'L’enseignement en quelques mots.',
				de: 'Die Erkenntnis in wenigen Worten.',
				es: 'La lección en pocas palabras.',
				it: 'La lezione in poche parole.',
				ro: 'Lecția în câteva cuvinte.',
			},
		},
		{
			name: 'statement',
			required: true,
			what: {
				en: 'Plain text: the lesson in one or two sentences.',
				fr: 'Texte brut : l’enseignement en une ou deux phrases.',
				de: 'Reiner Text: die Erkenntnis in ein oder zwei Sätzen.',
				es: 'Texto sin formato: la lección en una o dos frases.',
				it: 'Testo semplice: la lezione in una o due frasi.',
				ro: 'Text simplu: lecția în una sau două fraze.',
			},
		},
		{
			name: 'topic',
			required: true,
			what: {
				en: 'The part of the lessons-learned document it comes from.',
				fr: 'La partie du document sur les enseignements tirés dont il provient.',
				de: 'Der Teil des Dokuments zu den gewonnenen Erkenntnissen, aus dem sie stammt.',
				es: 'La parte del documento de lecciones aprendidas de la que procede.',
				it: 'La parte del documento sulle lezioni apprese da cui proviene.',
				ro: 'Partea din documentul privind lecțiile învățate din care provine.',
			},
			values: lessonTopics,
		},
		{ name: 'areas', required: true, what: areasWhat, values: areas },
		{
			name: 'countries',
			required: false,
			what: {
				en: 'ISO codes of the countries the source ties the lesson to.',
				fr: 'Codes ISO des pays auxquels la source rattache l’enseignement.',
				de: 'ISO-Codes der Länder, mit denen die Quelle die Erkenntnis verknüpft.',
				es: 'Códigos ISO de los países a los que la fuente vincula la lección.',
				it: 'Codici ISO dei paesi a cui la fonte collega la lezione.',
				ro: 'Codurile ISO ale țărilor de care sursa leagă lecția.',
			},
		},
		{
			name: 'source',
			required: true,
			what: {
				en: '`document` and `section` (the slide or part, e.g. `"LL: PVE Approach (I)"`).',
				fr: '`document` et `section` (la diapositive ou la partie, p. ex. `"LL: PVE Approach (I)"`).',
				de: '`document` und `section` (die Folie oder der Teil, z. B. `"LL: PVE Approach (I)"`).',
				es: '`document` y `section` (la diapositiva o parte, p. ej., `"LL: PVE Approach (I)"`).',
				it: '`document` e `section` (la diapositiva o la parte, ad es. `"LL: PVE Approach (I)"`).',
				ro: '`document` și `section` (diapozitivul sau partea, de ex. `"LL: PVE Approach (I)"`).',
			},
		},
		{
			name: 'related',
			required: false,
			what: {
				en: 'Slugs of practices that genuinely illustrate the lesson.',
				fr: 'Identifiants (slugs) des pratiques qui illustrent réellement l’enseignement.',
				de: 'Slugs der Praxisbeispiele, die die Erkenntnis tatsächlich veranschaulichen.',
				es: 'Slugs de las prácticas que ilustran realmente la lección.',
				it: 'Slug delle pratiche che illustrano davvero la lezione.',
				ro: 'Slug-urile practicilor care ilustrează cu adevărat lecția.',
			},
		},
		{
			name: 'updated',
			required: true,
			what: {
				en: 'As for practices.',
				fr: 'Comme pour les pratiques.',
				de: 'Wie bei Praxisbeispielen.',
				es: 'Como en las prácticas.',
				it: 'Come per le pratiche.',
				ro: 'Ca în cazul practicilor.',
			},
		},
	],
);

/** The body's sections' headings in every language, in the order of `bodySections`; translations use them. */
export const sectionHeadings = {
	practices: [
		{ en: 'Context', fr: 'Contexte', de: 'Kontext', es: 'Contexto', it: 'Contesto', ro: 'Context' },
		{ en: 'What was done', fr: 'Ce qui a été fait', de: 'Was getan wurde', es: 'Qué se hizo', it: 'Cosa è stato fatto', ro: 'Ce s-a făcut' },
		{ en: 'Impact', fr: 'Impact', de: 'Wirkung', es: 'Impacto', it: 'Impatto', ro: 'Impact' },
		{ en: 'Learn more', fr: 'En savoir plus', de: 'Weitere Informationen', es: 'Más información', it: 'Per saperne di più', ro: 'Mai multe informații' },
	],
	lessons: [{ en: 'In practice', fr: 'En pratique', de: 'In der Praxis', es: 'En la práctica', it: 'In pratica', ro: 'În practică' }],
} satisfies Record<'practices' | 'lessons', Translatable[]>;

/** The body's sections, in their order: the English heading and what the section holds, in every language. */
export const bodySections: Record<'practices' | 'lessons', readonly (readonly [heading: string, what: Translatable])[]> = {
	practices: [
		[
			'Context',
			{
				en: 'what prompted the practice, its rationale and purpose',
				fr: 'ce qui a motivé la pratique, sa justification et sa finalité',
				de: 'was den Anstoß zum Praxisbeispiel gab, seine Begründung und sein Zweck',
				es: 'qué motivó la práctica, su justificación y su finalidad',
				it: 'che cosa ha dato origine alla pratica, le sue motivazioni e la sua finalità',
				ro: 'ce a determinat practica, justificarea și scopul acesteia',
			},
		],
		[
			'What was done',
			{
				en: 'how it works or worked (required)',
				fr: 'comment elle fonctionne ou a fonctionné (obligatoire)',
				de: 'wie es funktioniert oder funktioniert hat (Pflicht)',
				es: 'cómo funciona o funcionó (obligatorio)',
				it: 'come funziona o ha funzionato (obbligatorio)',
				ro: 'cum funcționează sau a funcționat (obligatoriu)',
			},
		],
		[
			'Impact',
			{
				en: 'what it achieved or expects, with the key figures',
				fr: 'ce qu’elle a accompli ou escompte, avec les chiffres clés',
				de: 'was es erreicht hat oder erwartet, mit den wichtigsten Kennzahlen',
				es: 'qué logró o prevé, con las cifras clave',
				it: 'che cosa ha ottenuto o si prefigge, con i dati principali',
				ro: 'ce a realizat sau ce își propune, cu cifrele-cheie',
			},
		],
		[
			'Learn more',
			{
				en: 'the documents and links the source gives, and only when it gives some',
				fr: 'les documents et liens que donne la source, et seulement si elle en donne',
				de: 'die Dokumente und Links, die die Quelle angibt, und nur, wenn sie welche angibt',
				es: 'los documentos y enlaces que da la fuente, y solo cuando los da',
				it: 'i documenti e i link indicati dalla fonte, e solo se ne indica',
				ro: 'documentele și linkurile indicate de sursă, și numai dacă aceasta indică vreunul',
			},
		],
	],
	lessons: [
		[
			'In practice',
			{
				en: 'the practices that illustrate the lesson, and how',
				fr: 'les pratiques qui illustrent l’enseignement, et de quelle manière',
				de: 'die Praxisbeispiele, die die Erkenntnis veranschaulichen, und wie',
				es: 'las prácticas que ilustran la lección, y de qué manera',
				it: 'le pratiche che illustrano la lezione, e in che modo',
				ro: 'practicile care ilustrează lecția și în ce mod',
			},
		],
	],
};

/** The editorial rules, in the order an editor needs them. */
export const editorialRules: [rule: Translatable, detail: Translatable][] = [
	[
			{
				en: 'Your own words.',
				fr: 'Vos propres mots.',
				de: 'Mit eigenen Worten.',
				es: 'Con sus propias palabras.',
				it: 'Con parole tue.',
				ro: 'Cu propriile cuvinte.',
			},
			{
				en: 'Summarise and restructure the source; never paste its sentences. Ten or more words in a row identical to the source are refused (names, titles and quotations aside).',
				fr: 'Résumez et restructurez la source ; n’en collez jamais les phrases. Toute suite de dix mots ou plus identique à la source est refusée (hors noms, titres et citations).',
				de: 'Fassen Sie die Quelle zusammen und gliedern Sie sie neu; übernehmen Sie nie ihre Sätze. Zehn oder mehr aufeinanderfolgende Wörter, die mit der Quelle übereinstimmen, werden abgelehnt (Namen, Titel und Zitate ausgenommen).',
				es: 'Resuma y reestructure la fuente; no pegue nunca sus frases. Se rechazan diez o más palabras seguidas idénticas a la fuente (salvo nombres, títulos y citas).',
				it: 'Riassumi e riorganizza la fonte; non incollarne mai le frasi. Dieci o più parole consecutive identiche alla fonte vengono rifiutate (salvo nomi, titoli e citazioni).',
				ro: 'Rezumați și restructurați sursa; nu copiați niciodată frazele acesteia. Zece sau mai multe cuvinte consecutive identice cu sursa sunt respinse (cu excepția denumirilor, titlurilor și citatelor).',
			},
	],
	[
			{
				en: 'Facts exactly.',
				fr: 'Les faits, à l’identique.',
				de: 'Fakten originalgetreu.',
				es: 'Los hechos, con exactitud.',
				it: 'I fatti, con esattezza.',
				ro: 'Faptele, întocmai.',
			},
			{
				en: 'Names, places, dates, durations, figures, organisations and links carry over as the source gives them.',
				fr: 'Les noms, lieux, dates, durées, chiffres, organisations et liens sont repris tels que la source les donne.',
				de: 'Namen, Orte, Datumsangaben, Zeiträume, Zahlen, Organisationen und Links werden so übernommen, wie die Quelle sie angibt.',
				es: 'Los nombres, lugares, fechas, duraciones, cifras, organizaciones y enlaces se trasladan tal como los da la fuente.',
				it: 'Nomi, luoghi, date, durate, cifre, organizzazioni e link si riportano come li indica la fonte.',
				ro: 'Denumirile, locurile, datele calendaristice, duratele, cifrele, organizațiile și linkurile se preiau așa cum le indică sursa.',
			},
	],
	[
			{
				en: 'Nothing invented, nothing strengthened.',
				fr: 'Rien d’inventé, rien d’amplifié.',
				de: 'Nichts erfunden, nichts überhöht.',
				es: 'Nada inventado, nada exagerado.',
				it: 'Niente di inventato, niente di enfatizzato.',
				ro: 'Nimic inventat, nimic amplificat.',
			},
			{
				en: 'Leave out what the source does not give. A classification (evidence, type, area, target group) never claims more than the text shows; a figure says whether it is a result, a target or context.',
				fr: 'Omettez ce que la source ne donne pas. Une classification (niveau de preuve, type, domaine, groupe cible) n’affirme jamais plus que ce que montre le texte ; un chiffre précise s’il s’agit d’un résultat, d’un objectif ou d’un élément de contexte.',
				de: 'Lassen Sie weg, was die Quelle nicht angibt. Eine Einordnung (Evidenz, Art, Handlungsfeld, Zielgruppe) behauptet nie mehr, als der Text zeigt; bei einer Zahl ist angegeben, ob sie ein Ergebnis, ein Ziel oder Kontext ist.',
				es: 'Omita lo que la fuente no da. Una clasificación (evidencia, tipo, ámbito, grupo destinatario) nunca afirma más de lo que muestra el texto; una cifra indica si es un resultado, un objetivo o contexto.',
				it: 'Tralascia ciò che la fonte non riporta. Una classificazione (evidenza, tipo, ambito, gruppo destinatario) non afferma mai più di quanto mostri il testo; un dato indica se è un risultato, un obiettivo o un elemento di contesto.',
				ro: 'Omiteți ceea ce sursa nu indică. O clasificare (nivel de dovezi, tip, domeniu, grup țintă) nu afirmă niciodată mai mult decât arată textul; o cifră precizează dacă este un rezultat, o țintă sau un element de context.',
			},
	],
	[
			{
				en: 'Describe the practice, not the source.',
				fr: 'Décrivez la pratique, pas la source.',
				de: 'Beschreiben Sie das Praxisbeispiel, nicht die Quelle.',
				es: 'Describa la práctica, no la fuente.',
				it: 'Descrivi la pratica, non la fonte.',
				ro: 'Descrieți practica, nu sursa.',
			},
			{
				en: 'What the source leaves out goes in `notStated`, not in the prose; a claim that is the contributor\'s own says whose it is.',
				fr: 'Ce que la source omet figure dans `notStated`, et non dans le texte ; une affirmation qui n’engage que le contributeur indique de qui elle émane.',
				de: 'Was die Quelle auslässt, gehört in `notStated`, nicht in den Fließtext; bei einer Aussage, die von der einreichenden Stelle selbst stammt, wird angegeben, von wem sie stammt.',
				es: 'Lo que la fuente omite va en `notStated`, no en el texto; una afirmación propia de quien aporta la práctica indica de quién es.',
				it: 'Ciò che la fonte omette va in `notStated`, non nel testo; un’affermazione che è di chi ha proposto la pratica dice di chi è.',
				ro: 'Ceea ce sursa omite se trece în `notStated`, nu în text; o afirmație care îi aparține contributorului precizează cui îi aparține.',
			},
	],
	[
			{
				en: 'Cite the page.',
				fr: 'Citez la page.',
				de: 'Nennen Sie die Seite.',
				es: 'Cite la página.',
				it: 'Cita la pagina.',
				ro: 'Indicați pagina.',
			},
			{
				en: 'Every entry names its document and the page (or section) it comes from.',
				fr: 'Chaque fiche indique son document et la page (ou la section) dont elle provient.',
				de: 'Jeder Eintrag nennt sein Dokument und die Fundstelle darin: die Seite (oder den Abschnitt).',
				es: 'Cada ficha indica su documento y la página (o sección) de la que procede.',
				it: 'Ogni scheda indica il documento e la pagina (o la sezione) da cui proviene.',
				ro: 'Fiecare fișă menționează documentul și pagina (sau secțiunea) din care provine.',
			},
	],
	[
			{
				en: 'Content, not code.',
				fr: 'Du contenu, pas du code.',
				de: 'Inhalt, kein Code.',
				es: 'Contenido, no código.',
				it: 'Contenuti, non codice.',
				ro: 'Conținut, nu cod.',
			},
			{
				en: 'Markdown only, with the components `Quote` and `Figure`; no `import`, `{…}`, scripts or HTML beyond `<abbr>`, `<sup>`, `<sub>`, `<br>`.',
				fr: 'Markdown uniquement, avec les composants `Quote` et `Figure` ; ni `import`, ni `{…}`, ni scripts, ni HTML autre que `<abbr>`, `<sup>`, `<sub>`, `<br>`.',
				de: 'Nur Markdown, mit den Komponenten `Quote` und `Figure`; kein `import`, keine `{…}`, keine Skripte und kein HTML außer `<abbr>`, `<sup>`, `<sub>`, `<br>`.',
				es: 'Solo Markdown, con los componentes `Quote` y `Figure`; sin `import`, `{…}`, scripts ni HTML más allá de `<abbr>`, `<sup>`, `<sub>`, `<br>`.',
				it: 'Solo Markdown, con i componenti `Quote` e `Figure`; niente `import`, `{…}`, script o HTML oltre a `<abbr>`, `<sup>`, `<sub>`, `<br>`.',
				ro: 'Numai Markdown, cu componentele `Quote` și `Figure`; fără `import`, `{…}`, scripturi sau HTML în afară de `<abbr>`, `<sup>`, `<sub>`, `<br>`.',
			},
	],
];
