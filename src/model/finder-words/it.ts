/** Italian: words that say nothing about a situation, and groups of words practitioners use for the same one (src/model/finder-text.ts). */
export const stopWords: readonly string[] = [
	// Articles and articulated prepositions, with the elided forms a word is split into (dell'odio → dell, odio)
	'gli', 'le', 'uno', 'una',
	'del', 'dello', 'della', 'dei', 'degli', 'delle', 'dell', 'allo', 'alla', 'agli', 'alle', 'all',
	'dal', 'dallo', 'dalla', 'dai', 'dalle', 'dall', 'nel', 'nello', 'nella', 'nei', 'negli', 'nelle', 'nell',
	'sul', 'sullo', 'sulla', 'sui', 'sugli', 'sulle', 'sull',
	// Prepositions and conjunctions
	'con', 'per', 'tra', 'fra', 'verso', 'senza', 'contro', 'dopo', 'prima',
	'che', 'perché', 'quando', 'mentre', 'come', 'dove', 'quindi', 'poi', 'anche', 'sia', 'così', 'ancora',
	// Pronouns, possessives, determiners
	'lui', 'lei', 'noi', 'voi', 'loro',
	'nostro', 'nostra', 'nostri', 'nostre', 'mio', 'mia', 'suo', 'sua',
	'proprio', 'propria', 'propri', 'proprie',
	'questo', 'questa', 'questi', 'queste', 'quello', 'quella', 'quelli', 'quelle', 'quel',
	'chi', 'cosa', 'quale', 'quali', 'qualcosa', 'qualcuno', 'nessuno', 'niente', 'nulla',
	'ogni', 'tutto', 'tutta', 'tutti', 'tutte', 'altro', 'altra', 'altri', 'altre', 'alcuni', 'alcune', 'qualche',
	'molto', 'molti', 'molte', 'tanto', 'tanti', 'poco', 'troppo', 'più', 'meno', 'stesso',
	// Adverbs
	'non', 'sempre', 'spesso', 'volte', 'volta', 'ora', 'adesso', 'oggi', 'ormai', 'già', 'mai', 'qui', 'qua', 'davvero', 'veramente', 'solo', 'soltanto',
	'soprattutto',
	// Auxiliaries and common verbs
	'sono', 'siamo', 'era', 'erano', 'essere', 'stato', 'stata', 'stati', 'state',
	'hai', 'abbiamo', 'hanno', 'avere',
	'fare', 'fanno', 'fatto', 'può', 'possono', 'potrebbe',
	'deve', 'devono', 'dovrebbe', 'vuole', 'vogliono',
	'serve', 'servono', 'bisogno', 'vanno', 'viene', 'vengono', 'stanno', 'dice', 'dicono',
	'gestire', 'affrontare', 'lavorare', 'lavoriamo',
	// Generic words of a situation description
	'problema', 'problemi', 'situazione', 'situazioni', 'questione', 'questioni', 'caso', 'casi', 'cose',
	'aiuto', 'aiutare', 'sostegno', 'supporto', 'persona', 'persone', 'gente', 'collega', 'colleghi',
	'modo', 'tipo', 'parte', 'difficoltà', 'sfida', 'sfide', 'soluzione', 'soluzioni', 'risolvere', 'esempio', 'tema', 'temi',
	'gruppo', 'gruppi', 'succede', 'accade',
];

export const synonyms: readonly (readonly string[])[] = [
	// Rumours and misinformation
	['diceria', 'dicerie', 'anti-dicerie', 'voci', 'pettegolezzi', 'pettegolezzo', 'chiacchiere', 'notizie false', 'notizia falsa', 'fake news', 'bufala', 'bufale', 'disinformazione', 'falsità', 'complotto', 'complottismo'],
	// Stereotypes and prejudice
	['pregiudizio', 'pregiudizi', 'stereotipo', 'stereotipi', 'preconcetto', 'preconcetti', 'cliché', 'etichette', 'etichettare'],
	// Hate speech
	['odio', 'hate speech', 'incitamento', 'istigazione', 'istigare', 'odiatori', 'hater', 'haters'],
	// Insults and verbal abuse
	['insulti', 'insulto', 'insultare', 'insultato', 'insultati', 'offese', 'offesa', 'offensivo', 'offensive', 'ingiurie', 'ingiuria', 'epiteti', 'umiliazione', 'umiliazioni', 'derisione'],
	// Online hate
	['odio online', 'haters', 'hater', 'commenti offensivi', 'cyberbullismo', 'shitstorm', 'troll'],
	// Bullying
	['bullismo', 'bulli', 'bullo', 'cyberbullismo', 'prepotenze', 'prepotenza', 'vessazioni'],
	// Social media and the internet
	['social media', 'social network', 'internet', 'online', 'web', 'TikTok', 'Instagram', 'Facebook', 'WhatsApp', 'Telegram', 'YouTube', 'chat'],
	// Discrimination
	['discriminazione', 'discriminazioni', 'discriminato', 'discriminati', 'discriminata', 'discriminatorio', 'discriminatori', 'antidiscriminazione', 'disparità', 'esclusione', 'esclusi', 'emarginazione', 'emarginati'],
	// Racism and xenophobia
	['razzismo', 'razzista', 'razzisti', 'razziste', 'razziale', 'razziali', 'antirazzismo', 'antirazzista', 'xenofobia', 'xenofobo', 'xenofobi', 'intolleranza'],
	// Antigypsyism
	['antiziganismo', 'anti-ziganismo', 'ziganofobia', 'romafobia', 'anti-rom'],
	// Islamophobia
	['islamofobia', 'islamofobo', 'islamofobi', 'antimusulmano', 'antimusulmana', 'antimusulmani'],
	// Antisemitism
	['antisemitismo', 'antisemita', 'antisemiti', 'antiebraico', 'antiebraismo'],
	// Segregation
	['segregazione', 'segregati', 'segregato', 'segregate', 'ghetto', 'ghetti', 'ghettizzazione', 'campi rom', 'campo rom', 'campi nomadi', 'baraccopoli'],
	// Radicalisation, extremism and recruitment
	['radicalizzazione', 'radicalizzato', 'radicalizzati', 'radicalizzarsi', 'radicale', 'radicali', 'estremismo', 'estremista', 'estremisti', 'terrorismo', 'terrorista', 'terroristi', 'deradicalizzazione', 'reclutamento', 'reclutare', 'reclutati', 'propaganda', 'indottrinamento', 'proselitismo'],
	// Far right
	['estrema destra', 'destra radicale', 'neofascismo', 'neofascisti', 'neofascista', 'neonazismo', 'neonazisti', 'neonazi', 'fascismo', 'fascisti', 'suprematismo', 'suprematisti', 'ultradestra', 'skinhead'],
	// Jihadism
	['jihadismo', 'jihadista', 'jihadisti', 'jihad', 'salafismo', 'salafiti', 'foreign fighters'],
	// Polarisation, tension and conflict between groups
	['polarizzazione', 'polarizzato', 'polarizzata', 'tensione', 'tensioni', 'conflitto', 'conflitti', 'conflittualità', 'scontri', 'scontro', 'litigi', 'litigio', 'ostilità', 'contrapposizione', 'divisioni', 'spaccatura', 'frattura'],
	// Trust and mistrust
	['fiducia', 'sfiducia', 'diffidenza', 'sospetto', 'sospetti', 'fidarsi'],
	// Police ("forze ordine" is how the finder reads "forze dell'ordine": it leaves "dell" out)
	['polizia', 'poliziotto', 'poliziotti', 'poliziotta', 'poliziotte', 'carabinieri', 'carabiniere', 'vigili', 'vigile', 'vigili urbani', 'questura', 'gendarmeria', 'forze ordine'],
	// Ethnic profiling
	['profilazione etnica', 'profilazione razziale', 'profilazione', 'profiling', 'racial profiling', 'ethnic profiling', 'controlli discriminatori', 'fermati', 'perquisizione', 'perquisizioni'],
	// Hate crime
	['crimini', 'crimine', 'hate crime', 'hate crimes', 'aggressioni razziste', 'violenza razzista', 'attacchi razzisti', 'reati motivati'],
	// Victims and reporting
	['vittime', 'vittima', 'vittimizzazione', 'sopravvissuti', 'sopravvissute', 'segnalazione', 'segnalazioni', 'segnalare', 'denuncia', 'denunce', 'denunciare', 'denunciato', 'sottosegnalazione', 'querela'],
	// Legal aid, rights and complaints
	['assistenza legale', 'consulenza legale', 'legale', 'legali', 'avvocato', 'avvocati', 'avvocata', 'patrocinio', 'diritti', 'diritto', 'reclamo', 'reclami', 'ricorso', 'ricorsi', 'ombudsman'],
	// School, pupils and teachers
	['scuola', 'scuole', 'scolastico', 'scolastica', 'scolastici', 'scolastiche', 'classe', 'classi', 'aula', 'aule', 'istituto', 'istituti', 'liceo', 'medie', 'istruzione', 'educazione', 'alunni', 'alunno', 'alunne', 'alunna', 'studenti', 'studente', 'studentesse', 'studentessa', 'allievi', 'allievo', 'insegnanti', 'insegnante', 'docenti', 'docente', 'maestra', 'maestre', 'maestro', 'maestri', 'preside'],
	// Early school leaving and absenteeism
	['abbandono scolastico', 'dispersione scolastica', 'abbandono', 'abbandonano', 'abbandonare', 'dispersione', 'evasione scolastica', 'assenteismo', 'assenze', 'frequenza', 'bocciatura', 'bocciati', 'early school leaving'],
	// Young people
	['giovani', 'giovane', 'ragazzi', 'ragazze', 'ragazzo', 'ragazza', 'adolescenti', 'adolescente', 'adolescenza', 'teenager', 'gioventù', 'giovanili', 'NEET'],
	// Children
	['bambini', 'bambino', 'bambine', 'bambina', 'bimbi', 'figli', 'figlio', 'figlie', 'minori', 'minore', 'minorenni', 'infanzia', 'MSNA'],
	// Parents and families
	['famiglie', 'famiglia', 'familiari', 'familiare', 'genitori', 'genitore', 'madri', 'padri', 'mamme', 'nuclei familiari', 'ricongiungimento'],
	// Roma, Sinti and Travellers
	['rom', 'sinti', 'caminanti', 'camminanti', 'RSC', 'nomadi', 'zingari', 'zingaro', 'zingara', 'gitani', 'manouches', 'travellers', 'romnja'],
	// Refugees, asylum seekers, displaced people, Ukrainians
	['rifugiati', 'rifugiato', 'rifugiata', 'rifugiate', 'profughi', 'profugo', 'richiedenti asilo', 'richiedente asilo', 'asilo', 'protezione temporanea', 'sfollati', 'sfollato', 'sfollate', 'ucraini', 'ucraino', 'ucraina', 'ucraine'],
	// Migrants, newcomers and foreigners
	['migranti', 'migrante', 'immigrati', 'immigrato', 'immigrata', 'immigrate', 'immigrazione', 'migrazione', 'migrazioni', 'migratorio', 'migratoria', 'stranieri', 'straniero', 'straniera', 'straniere', 'nuovi arrivati', 'neoarrivati', 'extracomunitari', 'extracomunitario', 'seconde generazioni', 'seconda generazione'],
	// Residence status
	['permesso', 'permessi', 'soggiorno', 'irregolari', 'irregolare', 'irregolarità', 'clandestini', 'clandestino', 'espulsione', 'rimpatrio', 'rimpatri', 'regolarizzazione'],
	// Citizenship and naturalisation
	['naturalizzazione', 'naturalizzato', 'naturalizzati', 'ius soli', 'ius scholae', 'passaporto'],
	// Women and girls
	['donne', 'donna', 'ragazze', 'ragazza', 'madri', 'mamme', 'mamma', 'femminile', 'femminili'],
	// Gender equality
	['genere', 'gender', 'parità', 'pari opportunità', 'uguaglianza', 'sessismo', 'sessista', 'maschilismo', 'emancipazione', 'empowerment'],
	// Gender-based and domestic violence
	['violenza domestica', 'violenza sessuale', 'maltrattamenti', 'maltrattamento', 'abusi', 'abuso', 'stalking', 'matrimoni forzati', 'matrimonio forzato', 'antiviolenza', 'centri antiviolenza'],
	// Female genital mutilation
	['mutilazioni genitali', 'mutilazioni', 'MGF', 'FGM', 'infibulazione', 'escissione', 'circoncisione femminile'],
	// Violence and crime
	['violenza', 'violenze', 'violento', 'violenti', 'aggressione', 'aggressioni', 'aggressivo', 'rissa', 'risse', 'picchiato', 'picchiati', 'baby gang', 'gang', 'bande', 'criminalità', 'delinquenza', 'reati', 'reato', 'devianza', 'vandalismo'],
	// Housing, accommodation, landlords and rent
	['casa', 'case', 'abitazione', 'abitazioni', 'alloggio', 'alloggi', 'abitare', 'abitativo', 'abitativa', 'case popolari', 'casa popolare', 'edilizia popolare', 'housing', 'affitto', 'affitti', 'affittare', 'locazione', 'locatori', 'inquilini', 'inquilino', 'sfratto', 'sfratti', 'coabitazione'],
	// Homelessness
	['senzatetto', 'dimora', 'fissa dimora', 'clochard', 'homeless', 'dormitorio', 'dormitori', 'emergenza abitativa'],
	// Work, employment, hiring and unemployment
	['lavoro', 'lavori', 'lavorativo', 'lavorativa', 'lavoratori', 'lavoratore', 'lavoratrici', 'occupazione', 'impiego', 'inserimento lavorativo', 'disoccupazione', 'disoccupati', 'disoccupato', 'disoccupata', 'tirocinio', 'tirocini', 'stage', 'assunzione', 'assunzioni', 'colloquio', 'curriculum', 'candidatura', 'sfruttamento', 'caporalato'],
	// Employers
	['datori', 'datore', 'aziende', 'azienda', 'imprese', 'impresa', 'ditte', 'ditta'],
	// Entrepreneurs and self-employment
	['imprenditori', 'imprenditore', 'imprenditrici', 'imprenditoria', 'imprenditorialità', 'partita IVA', 'startup', 'start-up', 'microimpresa', 'microimprese', 'microcredito', 'negozi', 'negozio', 'commercianti', 'commercio', 'imprese', 'impresa'],
	// Language, language classes, mother tongue and interpreters
	['lingua', 'lingue', 'italiano', 'lingua italiana', 'linguistico', 'linguistica', 'linguistici', 'linguistiche', 'alfabetizzazione', 'imparare', 'madrelingua', 'lingua madre', 'plurilinguismo', 'bilinguismo', 'bilingue', 'barriere linguistiche', 'barriera linguistica', 'interpreti', 'interprete', 'interpretariato', 'traduzione', 'traduzioni', 'traduttori', 'mediatori linguistici', 'mediazione linguistica'],
	// Participation, having a say, participatory budget
	['partecipazione', 'partecipare', 'partecipativo', 'partecipativa', 'coinvolgimento', 'coinvolgere', 'voce', 'protagonismo', 'decisioni', 'decisionale', 'decisionali', 'bilancio partecipativo', 'democrazia partecipativa', 'empowerment'],
	// Consultation and councils
	['consultazione', 'consultazioni', 'consulta', 'consulte', 'consultivo', 'consiglio consultivo', 'tavolo', 'tavoli', 'tavola rotonda', 'tavole rotonde', 'assemblea', 'assemblee', 'comitato', 'comitati', 'forum', 'audizione', 'audizioni', 'ascolto'],
	// Municipality and local authorities
	['comune', 'comunale', 'comunali', 'municipio', 'municipale', 'municipali', 'municipalità', 'amministrazione', 'amministrazioni', 'amministrazione comunale', 'sindaco', 'giunta', 'consiglio comunale', 'assessore', 'assessorato'],
	// Public services and their staff
	['servizi', 'servizio', 'uffici', 'ufficio', 'anagrafe', 'prefettura', 'questura', 'burocrazia', 'impiegati', 'impiegato', 'operatori', 'operatore', 'operatrici', 'professionisti'],
	// Training and awareness raising
	['formazione', 'formazioni', 'formare', 'formativo', 'formativa', 'formativi', 'formatori', 'corso', 'corsi', 'laboratorio', 'laboratori', 'workshop', 'seminario', 'seminari', 'training', 'aggiornamento', 'sensibilizzazione', 'sensibilizzare'],
	// Neighbourhood and district
	['quartiere', 'quartieri', 'rione', 'rioni', 'zona', 'zone', 'periferia', 'periferie', 'borgata', 'borgate', 'vicinato', 'condominio', 'condomini', 'caseggiato', 'palazzo', 'palazzi', 'territorio', 'territori'],
	// Residents and local community
	['residenti', 'abitanti', 'vicini', 'comunità', 'popolazione', 'autoctoni', 'community'],
	// Religion, faith communities, places of worship, interfaith
	['religione', 'religioni', 'religioso', 'religiosa', 'religiosi', 'religiose', 'fede', 'fedi', 'culto', 'moschea', 'moschee', 'chiesa', 'chiese', 'parrocchia', 'parrocchie', 'sinagoga', 'tempio', 'imam', 'parroco', 'sacerdote', 'interreligioso', 'interreligiosa', 'interreligiosi'],
	// Muslims and Islam
	['musulmani', 'musulmano', 'musulmana', 'musulmane', 'islam', 'islamico', 'islamica', 'islamici', 'islamiche', 'moschea', 'moschee', 'imam'],
	// Health
	['salute', 'sanità', 'sanitario', 'sanitaria', 'sanitari', 'medico', 'medici', 'ospedale', 'ospedali', 'pronto soccorso', 'ambulatorio', 'ASL', 'cure', 'vaccinazioni', 'vaccini', 'tessera sanitaria', 'mediatori sanitari'],
	// Mental health
	['salute mentale', 'mentale', 'psicologico', 'psicologica', 'psicologici', 'psicologo', 'psicologa', 'psicologi', 'psicoterapia', 'psichiatrico', 'psichiatria', 'trauma', 'traumi', 'traumatizzati', 'traumatico', 'psicosociale', 'disagio', 'depressione', 'ansia', 'stress', 'benessere'],
	// Disability
	['disabilità', 'disabili', 'disabile', 'handicap', 'invalidità', 'invalidi', 'ciechi', 'sordi', 'sordità', 'carrozzina', 'barriere architettoniche', 'autismo', 'BES', 'neurodivergenti'],
	// Social services and social workers
	['servizi sociali', 'servizio sociale', 'assistenti sociali', 'assistente sociale', 'assistenza sociale', 'welfare', 'educatori', 'educatore', 'educatrici', 'segretariato sociale'],
	// Benefits, cash assistance and poverty
	['sussidi', 'sussidio', 'assegno', 'assegni', 'bonus', 'reddito', 'pagamenti', 'pagamento', 'trasferimenti monetari', 'monetari', 'denaro', 'contanti', 'povertà', 'poveri', 'povero', 'povera', 'indigenza', 'precarietà', 'precari', 'banco alimentare', 'pacchi alimentari', 'mensa', 'debiti', 'indebitamento'],
	// Welcome, reception, orientation and one-stop shops
	['accoglienza', 'accogliere', 'accolti', 'benvenuto', 'benvenuti', 'CAS', 'SPRAR', 'hotspot', 'arrivo', 'arrivi', 'orientamento', 'orientare', 'sportello unico', 'info point', 'one-stop shop'],
	// Integration and inclusion
	['integrazione', 'integrare', 'integrarsi', 'integrati', 'integrato', 'inclusione', 'inclusivo', 'inclusiva', 'inclusivi', 'inserimento', 'coesione'],
	// Media
	['mass media', 'giornalisti', 'giornalista', 'giornali', 'giornale', 'stampa', 'televisione', 'radio', 'notizie', 'notizia', 'telegiornale', 'mediatica', 'mediatico', 'copertura mediatica', 'narrazione', 'narrazioni'],
	// Culture and festivals
	['cultura', 'culture', 'culturale', 'culturali', 'arte', 'arti', 'teatro', 'musica', 'museo', 'musei', 'biblioteca', 'biblioteche', 'festa', 'feste', 'festival', 'eventi', 'evento', 'sagra', 'celebrazione', 'celebrazioni', 'manifestazione', 'manifestazioni', 'cinema'],
	// Sport and leisure
	['sportivo', 'sportiva', 'sportive', 'sportivi', 'calcio', 'squadra', 'squadre', 'tifosi', 'stadio', 'palestra', 'tempo libero', 'svago', 'ricreative', 'ricreativo', 'oratorio', 'doposcuola', 'gite'],
	// Dialogue and encounter
	['dialogo', 'dialoghi', 'dialogare', 'confronto', 'confronti', 'scambio', 'scambi', 'incontro', 'incontri', 'incontrarsi', 'contatto', 'contatti'],
	// Mediation
	['mediazione', 'mediatori', 'mediatore', 'mediatrice', 'mediatrici', 'mediatori linguistico-culturali', 'conciliazione', 'riconciliazione'],
	// Coordination and cooperation between services
	['coordinamento', 'coordinare', 'coordinato', 'cooperazione', 'collaborazione', 'collaborare', 'rete', 'reti', 'partenariato', 'partenariati', 'partner', 'multi-agenzia', 'multiagenzia', 'interistituzionale', 'sinergia', 'sinergie', 'protocollo', 'protocolli'],
	// Funding
	['finanziamento', 'finanziamenti', 'finanziare', 'finanziato', 'finanziati', 'fondi', 'fondo', 'bandi', 'bando', 'sovvenzioni', 'sovvenzione', 'budget', 'bilancio', 'fondazione', 'fondazioni', 'sponsor', 'donazioni', 'fundraising', 'crowdfunding', 'FAMI', 'FSE'],
	// Civil society, associations and volunteers
	['associazioni', 'associazione', 'terzo settore', 'volontari', 'volontario', 'volontaria', 'volontariato', 'ONG'],
	// Intercultural relations and diversity
	['interculturale', 'interculturali', 'intercultura', 'interculturalità', 'diversità', 'multiculturale', 'multiculturalità', 'pluralismo', 'convivenza'],
];
