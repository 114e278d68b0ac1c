/** Romanian: words that say nothing about a situation, and groups of words practitioners use for the same one (src/model/finder-text.ts). */
export const stopWords: readonly string[] = [
	// Articles, pronouns, question words
	'un', 'o', 'unui', 'unei', 'unor', 'niște', 'al', 'ale', 'ai', 'a', 'lui', 'lor', 'cel', 'cea', 'cei', 'cele',
	'eu', 'tu', 'el', 'ea', 'noi', 'voi', 'ei', 'ele', 'mă', 'ne', 'se', 'își', 'îi', 'le',
	'meu', 'mea', 'mei', 'mele', 'nostru', 'noastră', 'noștri', 'noastre', 'său', 'sa', 'săi', 'sale',
	'acest', 'această', 'aceste', 'acești', 'acesta', 'aceasta', 'acestea', 'aceștia', 'acestor', 'acel', 'acea', 'acele', 'acei', 'asta',
	'care', 'ce', 'cine', 'cum', 'când', 'unde', 'cât',
	// Prepositions and conjunctions
	'și', 'în', 'la', 'de', 'cu', 'pe', 'din', 'dintre', 'prin', 'printre', 'pentru', 'despre', 'privind', 'între', 'după', 'către',
	'fără', 'sub', 'până', 'spre', 'asupra', 'împotriva', 'față', 'cadrul', 'ca', 'că', 'să', 'nu', 'dar', 'iar', 'sau', 'ori',
	'însă', 'deci', 'dacă', 'decât', 'nici', 'precum', 'inclusiv',
	// Auxiliaries and common verbs
	'este', 'e', 'sunt', 'suntem', 'era', 'erau', 'fost', 'fi', 'fie', 'fiind', 'am', 'are', 'au', 'avem', 'avea',
	'va', 'vor', 'vom', 'poate', 'pot', 'putem', 'trebuie', 'vreau', 'vrem', 'vrea', 'face', 'fac', 'facem', 'făcut',
	'merge', 'merg', 'dau', 'spun', 'spune', 'există', 'nevoie', 'nevoi', 'lucrăm', 'lucrez', 'lucrează', 'vedem',
	// Quantities, time, manner
	'mai', 'foarte', 'mult', 'multă', 'mulți', 'multe', 'puțin', 'puține', 'unii', 'unele', 'toți', 'toate', 'tot', 'fiecare',
	'alt', 'altă', 'alte', 'alți', 'ceva', 'cineva', 'nimic', 'nimeni', 'orice', 'mereu', 'întotdeauna', 'adesea', 'deseori',
	'des', 'uneori', 'niciodată', 'acum', 'azi', 'astăzi', 'deja', 'încă', 'aici', 'acolo', 'doar', 'numai', 'chiar', 'prea',
	'așa', 'astfel', 'bine',
	// Words of any situation
	'problemă', 'situație', 'chestiune', 'lucru', 'lucruri', 'oameni', 'oamenii', 'persoană', 'persoane', 'ajutor', 'ajuta',
	'sprijin', 'întâmplă', 'coleg', 'colegi', 'colegii', 'colegă', 'caz', 'cazuri', 'mod', 'fel', 'formă', 'forma', 'parte', 'părți', 'comun', 'prima', 'exemplu', 'ani',
];

export const synonyms: readonly (readonly string[])[] = [
	// Rumours, misinformation, stereotypes
	['zvon', 'zvonuri', 'zvonurile', 'zvonurilor', 'anti-zvonuri', 'bârfă', 'bârfe', 'bârfele', 'clevetiri'],
	['dezinformare', 'dezinformarea', 'dezinformării', 'știri false', 'știrile false', 'fake news', 'minciuni', 'manipulare', 'manipularea'],
	['stereotip', 'stereotipuri', 'stereotipurile', 'stereotipurilor', 'prejudecată', 'prejudecăți', 'prejudecățile', 'prejudecăților', 'stigmat', 'stigmatizare', 'stigmatizarea', 'etichetare', 'clișee'],
	// Hate speech, insults, bullying
	['ură', 'urii', 'discursul urii', 'discurs de ură', 'discursuri de ură', 'discurs instigator la ură', 'instigare', 'instigare la ură', 'incitare la ură', 'hate speech'],
	['insultă', 'insulte', 'insultat', 'insultați', 'jignire', 'jigniri', 'jignit', 'jignitoare', 'injurii', 'înjurături', 'batjocură', 'umilire', 'umilință', 'porecle', 'ofense'],
	['ură online', 'hate online', 'ură pe internet', 'trolli', 'troli', 'haters'],
	['bullying', 'cyberbullying', 'hărțuire', 'hărțuirea', 'hărțuit', 'hărțuiți', 'cyberhărțuire', 'intimidare', 'intimidarea'],
	// Discrimination and racism
	['discriminare', 'discriminarea', 'discriminării', 'discriminat', 'discriminați', 'discriminată', 'discriminatoriu', 'discriminatorii', 'nediscriminare', 'nediscriminarea', 'CNCD'],
	['angajare', 'angajarea', 'angajări', 'angajeze', 'angajează', 'interviu de angajare', 'interviuri de angajare', 'CV'],
	['rasism', 'rasismul', 'rasismului', 'rasist', 'rasistă', 'rasiste', 'rasiști', 'rasial', 'rasială', 'rasiale', 'xenofobie', 'xenofobia', 'xenofobiei', 'xenofob', 'xenofobe', 'antirasist', 'antirasistă', 'antirasism'],
	['antițigănism', 'antițigănismul', 'antițigănismului', 'anti-țigănism', 'antiromism', 'romafobie', 'rasism anti-romi'],
	['islamofobie', 'islamofobia', 'islamofobiei', 'antimusulman', 'ură anti-musulmană', 'rasism anti-musulman'],
	['antisemitism', 'antisemitismul', 'antisemitismului', 'antisemit', 'antisemită', 'antisemite', 'iudeofobie'],
	['minoritate', 'minorități', 'minoritățile', 'minorităților', 'minoritar', 'minoritare', 'minorități etnice', 'etnic', 'etnică', 'etnice', 'etnici', 'etnie', 'etnia', 'etnii'],
	// Segregation
	['segregare', 'segregarea', 'segregării', 'segregat', 'segregate', 'segregați', 'școli segregate', 'clase segregate'],
	['ghetou', 'ghetouri', 'ghetoizare', 'ghetoizarea', 'mahala', 'mahalale', 'mahalaua', 'barăci', 'bordeie'],
	// Radicalisation and extremism
	['radicalizare', 'radicalizarea', 'radicalizării', 'radicalizat', 'radicalizați', 'radicalizate', 'radical', 'radicali', 'radicale', 'deradicalizare', 'deradicalizarea', 'extremism', 'extremismul', 'extremismului', 'extremist', 'extremistă', 'extremiste', 'extremiști', 'extremism violent', 'recrutare', 'recrutarea', 'recrutați', 'recrutează', 'îndoctrinare', 'îndoctrinarea'],
	['extrema dreaptă', 'extremă dreaptă', 'extremei drepte', 'ultranaționalism', 'ultranaționaliști', 'ultranaționalist', 'neonazism', 'neonazist', 'neonaziști', 'fascism', 'fascist', 'fasciști', 'legionari', 'legionarism', 'supremacism', 'supremaciști', 'skinheads'],
	['jihadism', 'jihadist', 'jihadiști', 'jihadiste', 'islamist', 'islamiști', 'islamism radical', 'terorism', 'terorismul', 'terorismului', 'terorist', 'teroriști', 'teroriste', 'Daesh', 'ISIS'],
	// Tension between groups
	['polarizare', 'polarizarea', 'polarizării', 'polarizat', 'polarizată', 'polarizate', 'divizare', 'dezbinare', 'scindare', 'fractură'],
	['conflict', 'conflicte', 'conflictele', 'conflictul', 'conflictului', 'conflictelor', 'tensiune', 'tensiuni', 'tensiunile', 'tensiunilor', 'încăierări', 'bătăi', 'certuri', 'ceartă', 'altercații', 'intoleranță', 'intoleranța', 'intoleranței', 'ostilitate', 'ostil', 'ostili', 'respingere', 'teamă', 'frică', 'temeri', 'resentimente'],
	['conviețuire', 'conviețuirea', 'conviețuirii', 'coabitare', 'coeziune', 'coeziunea', 'coeziunii', 'interetnic', 'interetnice', 'interetnică'],
	['încredere', 'încrederea', 'încrederii', 'neîncredere', 'neîncrederea', 'suspiciune', 'suspiciuni', 'suspiciunea', 'credibilitate'],
	['dialog', 'dialogul', 'dialogului', 'dialoguri', 'conversație', 'conversații', 'discuții', 'discuție', 'întâlnire', 'întâlniri', 'întâlnirile'],
	['mediere', 'medierea', 'medierii', 'mediator', 'mediatori', 'mediatorii', 'mediatorul', 'mediatoare', 'mediatorilor'],
	// Police, hate crime, victims, reporting, legal help
	['poliție', 'poliția', 'poliției', 'polițist', 'polițiști', 'polițiștii', 'polițistul', 'polițiste', 'poliția de proximitate', 'jandarmerie', 'jandarmeria', 'jandarmi', 'ofițeri', 'IPJ'],
	['profilare etnică', 'profilarea etnică', 'profilare rasială', 'profilare', 'profilarea', 'legitimare', 'legitimări', 'legitimat', 'legitimați', 'percheziție', 'percheziții', 'razie', 'razii'],
	['infracțiuni motivate de ură', 'infracțiuni din ură', 'infracțiunile motivate de ură', 'infracțiuni rasiste', 'atacuri rasiste', 'atac rasist', 'agresiuni rasiste', 'agresiune rasistă', 'violență rasistă', 'incidente rasiste', 'hate crime'],
	['victimă', 'victima', 'victime', 'victimele', 'victimelor', 'victimizare', 'victimizarea', 'revictimizare', 'agresat', 'agresați', 'agresată'],
	['raportare', 'raportarea', 'raportării', 'raporta', 'raportează', 'raportat', 'subraportare', 'sesizare', 'sesizări', 'sesizarea', 'plângere', 'plângeri', 'plângerea', 'reclamație', 'reclamații', 'denunț', 'denunța', 'ombudsman'],
	['avocat', 'avocați', 'avocatul', 'avocații', 'avocată', 'juridic', 'juridică', 'juridice', 'legal', 'legală', 'legale', 'drepturi', 'drepturile', 'drepturilor'],
	// School, pupils, teachers, dropout
	['școală', 'școala', 'școli', 'școlile', 'școlilor', 'școlii', 'școlar', 'școlară', 'școlare', 'școlari', 'învățământ', 'învățământul', 'educație', 'educația', 'educației', 'educațional', 'educaționale', 'clasă', 'clasa', 'clase', 'clasele', 'liceu', 'licee', 'liceul', 'gimnaziu', 'grădiniță'],
	['elev', 'elevi', 'elevii', 'elevilor', 'elevul', 'elevă', 'eleve', 'student', 'studenți', 'studenții', 'studenților', 'școlari', 'școlarii'],
	['profesor', 'profesori', 'profesorii', 'profesorilor', 'profesoară', 'profesoare', 'cadre didactice', 'cadrele didactice', 'didactic', 'didactice', 'învățător', 'învățătoare', 'educator', 'educatori', 'educatoare', 'diriginte', 'dirigintă'],
	['abandon școlar', 'abandonul școlar', 'abandonului școlar', 'abandon', 'abandonul', 'părăsirea timpurie', 'părăsire timpurie', 'absenteism', 'absenteismul', 'absenteismului', 'absențe', 'absențele', 'chiul'],
	// Young people, children, families
	['tânăr', 'tânără', 'tineri', 'tinerii', 'tinerilor', 'tineret', 'tinerețe', 'adolescent', 'adolescenți', 'adolescenții', 'adolescentă', 'adolescente', 'adolescență'],
	['copil', 'copii', 'copiii', 'copiilor', 'copilul', 'copilului', 'copilărie', 'minorii', 'minorilor', 'minori neînsoțiți', 'copii neînsoțiți', 'preșcolari'],
	['familie', 'familia', 'familii', 'familiile', 'familiilor', 'familiei', 'familial', 'familiale', 'părinte', 'părinți', 'părinții', 'părinților', 'părintele', 'mamă', 'mame', 'mamele', 'tată', 'tați', 'reîntregirea familiei'],
	// Roma
	['romi', 'romii', 'romilor', 'rom', 'romă', 'rome', 'rromi', 'rromii', 'rromilor', 'rrom', 'țigan', 'țigani', 'țiganii', 'țiganilor', 'țigancă', 'țigănci', 'sinti', 'travellers', 'nomazi'],
	// Refugees and migrants
	['refugiat', 'refugiați', 'refugiații', 'refugiaților', 'refugiată', 'refugiate', 'azil', 'azilul', 'azilului', 'azilanți', 'strămutați', 'strămutate', 'strămutare', 'apatrizi', 'exilați'],
	['ucraineni', 'ucrainenii', 'ucrainenilor', 'ucrainean', 'ucraineană', 'ucrainene', 'Ucraina', 'Ucrainei', 'protecție temporară', 'protecția temporară', 'strămutați', 'refugiați ucraineni'],
	['migrant', 'migranți', 'migranții', 'migranților', 'migrantă', 'migrante', 'imigrant', 'imigranți', 'imigranții', 'imigranților', 'imigrantă', 'emigranți', 'imigrație', 'imigrația', 'imigrației', 'migrație', 'migrația', 'migrației', 'străin', 'străini', 'străinii', 'străinilor', 'nou-veniți', 'nou-veniții', 'nou-veniților', 'nou-venit', 'resortisanți', 'resortisanții', 'resortisanților', 'extracomunitari', 'ilegali', 'neregulamentar', 'neregulamentară'],
	// Women and gender
	['femeie', 'femei', 'femeile', 'femeilor', 'fete', 'fetele', 'fetelor', 'mamă', 'mame', 'mamele', 'feminin', 'feminină'],
	['violență domestică', 'violența domestică', 'violență în familie', 'violența în familie', 'violență de gen', 'violența de gen', 'violență sexuală', 'abuz', 'abuzuri', 'agresor', 'agresori', 'viol', 'femicid', 'căsătorie forțată', 'căsătorii forțate', 'căsătorii timpurii'],
	['mutilare genitală feminină', 'mutilarea genitală feminină', 'mutilare genitală', 'mutilarea genitală', 'MGF', 'excizie'],
	// Housing
	['locuință', 'locuința', 'locuințe', 'locuințele', 'locuințelor', 'locuire', 'cazare', 'cazarea', 'casă', 'casa', 'case', 'apartament', 'apartamente', 'cămin', 'căminul'],
	['adăpost', 'adăposturi', 'adăpostul', 'adăposturile', 'cazare temporară', 'cazare de urgență', 'adăpost de noapte'],
	['fără adăpost', 'evacuare', 'evacuări', 'evacuarea', 'evacuat', 'evacuați'],
	['chirie', 'chiria', 'chirii', 'chiriaș', 'chiriași', 'închiriere', 'închiriat', 'imobiliară', 'imobiliare'],
	// Work and business
	['muncă', 'munca', 'muncii', 'piața muncii', 'muncitor', 'muncitori', 'ocupare', 'ocuparea', 'job', 'joburi', 'slujbă', 'slujbe', 'șomaj', 'șomajul', 'șomajului', 'șomer', 'șomeri', 'șomerii', 'AJOFM', 'ANOFM'],
	['angajator', 'angajatori', 'angajatorii', 'angajatorilor', 'angajatorul', 'firmă', 'firme', 'firmele', 'companie', 'companii', 'companiile', 'patron', 'patroni', 'patronat'],
	['antreprenoriat', 'antreprenor', 'antreprenori', 'antreprenoare', 'antreprenorial', 'afacere', 'afaceri', 'afacerea', 'afacerilor', 'start-up', 'startup', 'IMM', 'IMM-uri', 'PFA', 'microîntreprindere', 'comerț', 'comerciant', 'comercianți', 'magazin', 'magazine'],
	// Language
	['limbă', 'limba', 'limbii', 'limbi', 'limbile', 'limbilor', 'limba maternă', 'limbă maternă', 'lingvistic', 'lingvistică', 'lingvistice', 'alfabetizare', 'interpret', 'interpreți', 'interpretare', 'traducere', 'traducător', 'traducători', 'translator'],
	// Participation and local government
	['participare', 'participarea', 'participa', 'participă', 'implicare', 'implicarea', 'consultare', 'consultarea', 'consultări', 'dezbatere', 'dezbateri', 'decizie', 'decizii', 'deciziile', 'decizional', 'buget participativ', 'bugetare participativă', 'bugetul participativ', 'voce', 'vocea'],
	['primărie', 'primăria', 'primăriei', 'primării', 'primăriile', 'primarul', 'primarului', 'municipalitate', 'municipalitatea', 'municipalități', 'municipiu', 'municipiul', 'municipal', 'municipală', 'municipale'],
	['servicii publice', 'serviciile publice', 'serviciu public', 'funcționar', 'funcționari', 'funcționarii', 'funcționarilor', 'funcționari publici', 'administrație', 'administrația', 'administrației', 'ghișeu', 'ghișeul', 'ghișee'],
	['formare', 'formarea', 'formări', 'instruire', 'instruirea', 'training', 'traininguri', 'curs', 'cursuri', 'cursul', 'cursurile', 'atelier', 'ateliere', 'atelierele', 'seminar', 'seminarii', 'formator', 'formatori', 'pregătire', 'pregătirea', 'sensibilizare', 'sensibilizarea', 'conștientizare', 'campanie', 'campanii'],
	// Neighbourhood and faith
	['cartier', 'cartierul', 'cartiere', 'cartierele', 'cartierelor', 'zonă', 'zona', 'zone', 'vecinătate', 'vecin', 'vecini', 'vecinii', 'vecinilor', 'locuitori', 'locuitorii', 'locuitorilor', 'rezidenți', 'rezidenții', 'comunitate', 'comunitatea', 'comunități', 'comunitățile', 'comunităților', 'comunitar', 'comunitară', 'comunitare', 'bloc', 'blocuri', 'periferie'],
	['religie', 'religia', 'religii', 'religios', 'religioasă', 'religioase', 'religioși', 'credință', 'credința', 'credinței', 'credincioși', 'cult', 'culte', 'moschee', 'moscheea', 'moschei', 'biserică', 'biserica', 'biserici', 'bisericilor', 'sinagogă', 'imam', 'preot', 'preoți', 'rabin', 'interreligios', 'interconfesional', 'confesional', 'confesionale', 'musulman', 'musulmani', 'musulmană', 'musulmane', 'islamic', 'islamică', 'evrei', 'evreii'],
	// Health, disability, social help
	['sănătate', 'sănătatea', 'sănătății', 'sanitar', 'sanitară', 'sanitare', 'medic', 'medici', 'medicul', 'medical', 'medicală', 'medicale', 'spital', 'spitale', 'mediator sanitar', 'mediatori sanitari', 'sănătate mintală', 'sănătatea mintală', 'psiholog', 'psihologi', 'psihologic', 'psihologică', 'psihosocial', 'psihosocială', 'traumă', 'traume', 'traumatizați', 'stres', 'anxietate', 'depresie', 'îngrijire', 'îngrijirea', 'îngrijitori', 'îngrijitoare'],
	['dizabilitate', 'dizabilități', 'dizabilitățile', 'dizabilităților', 'dizabilitatea', 'handicap', 'accesibilitate', 'accesibil', 'nevăzători', 'surzi', 'deficiențe'],
	['servicii sociale', 'serviciile sociale', 'asistență socială', 'asistența socială', 'asistent social', 'asistenți sociali', 'asistentul social', 'lucrător social', 'lucrători sociali', 'DGASPC', 'SPAS', 'prestații sociale', 'alocație', 'alocații', 'indemnizație', 'indemnizații', 'VMG', 'VMI', 'numerar', 'ESSN'],
	['sărăcie', 'sărăcia', 'sărăciei', 'sărac', 'săraci', 'săracă', 'sărace', 'excluziune', 'excluziunea', 'vulnerabil', 'vulnerabili', 'vulnerabile', 'vulnerabilitate', 'marginalizare', 'marginalizate', 'marginalizați', 'marginalizată', 'precaritate', 'lipsuri'],
	['primire', 'primirea', 'primirii', 'întâmpinare', 'integrare', 'integrarea', 'integrării', 'integrat', 'integrați', 'incluziune', 'incluziunea', 'incluziunii', 'incluziv', 'incluzivă', 'incluzive', 'orientare', 'orientarea', 'îndrumare', 'îndrumarea', 'ghișeu unic', 'acompaniere', 'însoțire'],
	// Media, culture, cooperation
	['mass-media', 'presă', 'presa', 'presei', 'jurnalist', 'jurnaliști', 'jurnaliștii', 'jurnalism', 'ziar', 'ziare', 'ziarele', 'știri', 'știrile', 'televiziune', 'televiziunea', 'radio', 'mediatizare', 'mediatic', 'mediatică', 'reportaj', 'reportaje'],
	['rețele sociale', 'rețelele sociale', 'internet', 'online', 'digital', 'digitală', 'digitale', 'Facebook', 'Instagram', 'TikTok', 'YouTube', 'WhatsApp', 'Telegram', 'Twitter'],
	['cultură', 'cultura', 'culturii', 'cultural', 'culturală', 'culturale', 'artă', 'arte', 'artistic', 'muzică', 'teatru', 'film', 'festival', 'festivaluri', 'festivalul', 'sărbătoare', 'sărbători', 'agrement', 'sport', 'sportul', 'sporturi', 'sportiv', 'sportivă', 'sportive', 'fotbal', 'club', 'cluburi'],
	['coordonare', 'coordonarea', 'coordona', 'cooperare', 'cooperarea', 'colaborare', 'colaborarea', 'parteneriat', 'parteneriate', 'parteneriatul', 'multi-agenție', 'interinstituțional', 'interinstituționale', 'intersectorial', 'protocol', 'protocoale'],
	['cetățenie', 'cetățenia', 'cetățeniei', 'naturalizare', 'naturalizarea', 'dobândirea cetățeniei', 'pașaport', 'pașaportul'],
	['finanțare', 'finanțarea', 'finanțări', 'finanțat', 'finanțate', 'fonduri', 'fondurile', 'fondurilor', 'fond', 'grant', 'granturi', 'granturile', 'buget', 'bugetul', 'bugetului', 'subvenție', 'subvenții', 'bani', 'sponsorizare'],
];

