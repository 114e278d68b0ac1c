/** English: words that say nothing about a situation, and groups of words practitioners use for the same one (src/model/finder-text.ts). */
export const stopWords: readonly string[] = [
	// Articles, determiners and quantities
	'a', 'the', 'this', 'that', 'these', 'those', 'some', 'any', 'all', 'each', 'every', 'both', 'other', 'another', 'such', 'same',
	'own', 'much', 'many', 'more', 'most', 'less', 'few', 'several', 'lot', 'lots',
	// Pronouns and question words
	'i', 'we', 'our', 'you', 'your', 'him', 'his', 'she', 'her', 'it', 'its', 'they', 'them', 'their', 'one', 'someone', 'somebody',
	'something', 'anyone', 'anything', 'everyone', 'everybody', 'everything', 'nobody', 'nothing', 'who', 'which', 'what', 'where',
	'when', 'why', 'how', 'there', 'here',
	// Prepositions and conjunctions
	'from', 'with', 'without', 'for', 'into', 'about', 'after', 'against', 'among', 'around', 'before', 'between', 'during', 'like',
	'off', 'out', 'over', 'since', 'through', 'towards', 'under', 'until', 'within', 'across', 'and', 'but', 'yet', 'then', 'than',
	'because', 'while', 'also', 'too',
	// Adverbs
	'very', 'really', 'quite', 'just', 'only', 'even', 'still', 'already', 'again', 'always', 'often', 'sometimes', 'never', 'ever',
	'now', 'today', 'recently', 'nowadays', 'maybe', 'well', 'not',
	// Auxiliaries and their contracted forms ("don't" is read as "don")
	'be', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'doing', 'done', 'will',
	'would', 'should', 'can', 'could', 'may', 'might', 'must', 'don', 'doesn', 'didn', 'isn', 'aren',
	// Common verbs
	'make', 'made', 'making', 'get', 'gets', 'got', 'getting', 'go', 'goes', 'going', 'went', 'come', 'coming', 'want', 'need',
	'needed', 'know', 'think', 'seem', 'feel', 'try', 'trying', 'tell', 'say', 'says', 'said', 'see', 'take', 'give', 'keep', 'put',
	'let', 'start', 'use', 'become', 'find',
	// Generic words of a situation description (the code drops a final "s", so "problems" is "problem")
	'problem', 'problems', 'situation', 'issue', 'help', 'helping', 'support', 'people', 'person', 'thing', 'way', 'ways', 'happen',
	'happened', 'happening', 'work', 'working', 'colleague', 'case', 'deal', 'dealing', 'practice', 'time', 'year', 'day', 'good',
	'bad', 'new', 'big', 'increasing', 'growing', 'lack', 'best', 'better',
];

export const synonyms: readonly (readonly string[])[] = [
	// Rumours and misinformation
	['rumour', 'rumours', 'rumor', 'rumors', 'gossip', 'hearsay', 'misinformation', 'disinformation', 'fake news', 'hoax', 'hoaxes', 'myth', 'myths', 'lies', 'conspiracy', 'conspiracies', 'anti-rumour', 'anti-rumours', 'anti-rumor'],
	// Stereotypes, prejudice and stigma
	['stereotype', 'stereotypes', 'stereotyping', 'stereotyped', 'prejudice', 'prejudices', 'prejudiced', 'bias', 'biases', 'biased', 'cliché', 'clichés', 'stigma', 'stigmatisation', 'stigmatization', 'stigmatised', 'stigmatized', 'anti-rumour', 'anti-rumours'],
	// Narratives and awareness-raising
	['awareness', 'awareness-raising', 'raising awareness', 'campaign', 'campaigns', 'narrative', 'narratives', 'counter narratives'],
	// Hate speech and insults
	['hate speech', 'hateful', 'hatred', 'hate', 'insult', 'insults', 'insulted', 'insulting', 'slur', 'slurs', 'verbal abuse', 'racist abuse', 'name-calling', 'hostile comments', 'threats', 'threatened', 'abusive'],
	// Online hate and cyberbullying
	['online hate', 'cyberhate', 'cyber hate', 'online abuse', 'online harassment', 'cyberbullying', 'cyber-bullying', 'cyber bullying', 'trolls', 'trolling', 'hate comments'],
	// Bullying and harassment
	['bullying', 'bullied', 'bully', 'bullies', 'harassment', 'harassed', 'intimidation', 'intimidated', 'teasing', 'mocked', 'cyberbullying'],
	// Discrimination, including at work, in hiring, in housing and in services
	['discrimination', 'discriminated', 'discriminatory', 'discriminate', 'discriminating', 'anti-discrimination', 'non-discrimination', 'workplace discrimination', 'hiring discrimination', 'housing discrimination'],
	// Racism and xenophobia
	['racism', 'racist', 'racists', 'racial', 'race', 'anti-racism', 'antiracism', 'anti-racist', 'antiracist', 'xenophobia', 'xenophobic', 'intolerance'],
	// Antigypsyism
	['antigypsyism', 'anti-gypsyism', 'antiziganism', 'anti-roma', 'anti-roma racism', 'romaphobia'],
	// Islamophobia
	['islamophobia', 'islamophobic', 'anti-muslim', 'anti-muslim hatred', 'anti-muslim racism', 'anti-islam'],
	// Antisemitism
	['antisemitism', 'anti-semitism', 'antisemitic', 'anti-semitic', 'anti-jewish', 'jew-hatred'],
	// Homophobia and LGBTI people
	['homophobia', 'homophobic', 'transphobia', 'transphobic', 'lgbt', 'lgbti', 'lgbtq', 'lgbtiq', 'lgbtqi', 'gay', 'gays', 'lesbian', 'lesbians', 'transgender', 'queer'],
	// Segregation and ghettos
	['segregation', 'segregated', 'separate schools', 'separate classes', 'school segregation', 'residential segregation', 'spatial segregation', 'ghetto', 'ghettos', 'ghettoes', 'ghettoisation', 'ghettoization', 'desegregation'],
	// Radicalisation and violent extremism
	['radicalisation', 'radicalization', 'radicalised', 'radicalized', 'radicalising', 'radicalizing', 'radical', 'radicals', 'extremism', 'extremist', 'extremists', 'violent extremism', 'jihadism', 'jihadist', 'jihadists', 'jihadi', 'islamist', 'islamists', 'islamism', 'far right', 'far-right', 'extreme right', 'right-wing extremism', 'right-wing extremists', 'right-wing extremist', 'neo-nazi', 'neo-nazis', 'nazi', 'nazis', 'terrorism', 'terrorist', 'terrorists', 'recruitment', 'recruiters', 'recruited', 'pve', 'cve', 'deradicalisation', 'deradicalization', 'disengagement'],
	// Polarisation, tension and conflict between groups
	['polarisation', 'polarization', 'polarised', 'polarized', 'tension', 'tensions', 'conflict', 'conflicts', 'clashes', 'hostility', 'hostile', 'mistrust', 'distrust', 'division', 'divisions', 'divided', 'confrontation', 'confrontations', 'friction', 'resentment', 'animosity', 'intergroup'],
	// Trust, dialogue and mediation
	['trust', 'mistrust', 'dialogue', 'dialog', 'mediation', 'mediator', 'mediators', 'intercultural mediation', 'intercultural mediators', 'cultural mediators', 'community mediators', 'conflict resolution', 'reconciliation', 'bridge-building', 'bridge builders'],
	// Living together and social cohesion
	['coexistence', 'co-existence', 'living together', 'cohesion', 'community cohesion', 'belonging', 'encounter', 'encounters'],
	// Police and policing
	['police', 'policing', 'police officer', 'police officers', 'officer', 'officers', 'policeman', 'policemen', 'policewoman', 'cop', 'cops', 'law enforcement', 'gendarmerie', 'guardia civil', 'community policing', 'neighbourhood policing', 'municipal police', 'patrol', 'patrols'],
	// Ethnic profiling
	['ethnic profiling', 'racial profiling', 'profiling', 'stop-and-search', 'identity checks', 'police stops', 'police checks'],
	// Hate crime
	['hate crime', 'hate crimes', 'hate incident', 'hate incidents', 'bias crime', 'bias-motivated', 'racist attack', 'racist attacks', 'attacked', 'assault', 'assaulted', 'vandalism', 'vandalised', 'vandalized', 'racist graffiti'],
	// Victims and reporting
	['victim', 'victims', 'victimised', 'victimized', 'victimisation', 'victimization', 'reporting', 'underreporting', 'under-reporting', 'witness', 'witnesses', 'complaint', 'complaints'],
	// Youth crime and gangs
	['criminality', 'delinquency', 'juvenile delinquency', 'offending', 'offenders', 'offender', 'gangs', 'gang', 'antisocial behaviour', 'anti-social behaviour', 'antisocial behavior', 'anti-social behavior', 'drugs', 'drug dealers', 'dealers'],
	// School, pupils and teachers
	['school', 'schools', 'schooling', 'pupil', 'pupils', 'student', 'students', 'classroom', 'classrooms', 'class', 'classes', 'teacher', 'teachers', 'teaching', 'education', 'educational', 'educators', 'headteacher', 'curriculum'],
	// Early childhood
	['kindergarten', 'kindergartens', 'nursery', 'nurseries', 'preschool', 'pre-school', 'early childhood', 'childcare', 'daycare', 'crèche', 'ecec'],
	// Homework and tutoring
	['homework', 'tutoring', 'tutor', 'tutors', 'after-school', 'catch-up', 'remedial', 'grades', 'underachievement', 'attainment'],
	// Dropout and absenteeism
	['dropout', 'dropouts', 'drop-out', 'drop-outs', 'early school leaving', 'early leaving', 'early leavers', 'school leavers', 'leave school', 'leaving school', 'quit school', 'absenteeism', 'absence', 'absences', 'truancy', 'truant', 'attendance', 'skipping school', 'neet', 'neets'],
	// Young people
	['young', 'youth', 'youths', 'youngsters', 'youngster', 'teenagers', 'teenager', 'teenage', 'teens', 'teen', 'adolescents', 'adolescent', 'adolescence', 'juveniles', 'juvenile', 'young adults', 'youth club', 'boys'],
	// Children
	['children', 'child', 'kids', 'kid', 'unaccompanied minors', 'unaccompanied children', 'underage', 'infants', 'toddlers', 'babies', 'childhood'],
	// Parents and families
	['parents', 'parent', 'parental', 'families', 'family', 'mothers', 'fathers', 'parenting'],
	// Roma and Travellers
	['roma', 'romani', 'romany', 'romanies', 'rom', 'gypsy', 'gypsies', 'gipsy', 'gipsies', 'travellers', 'traveller', 'travelers', 'irish travellers', 'sinti', 'gitanos', 'gitano', 'ashkali', 'roma community', 'roma communities'],
	// Refugees and asylum seekers
	['refugees', 'refugee', 'asylum', 'asylum seekers', 'asylum seeker', 'asylum-seekers', 'asylum-seeker', 'displaced', 'idps', 'international protection', 'temporary protection', 'ukrainians', 'ukrainian', 'ukraine', 'fled', 'fleeing', 'resettlement', 'resettled', 'war refugees'],
	// Migrants and newcomers
	['migrants', 'migrant', 'immigrants', 'immigrant', 'migration', 'immigration', 'newcomers', 'newcomer', 'newly arrived', 'arrivals', 'foreigners', 'foreigner', 'foreign', 'foreign-born', 'third-country', 'tcns', 'migrant background', 'migration background', 'immigrant background', 'expats'],
	// Ethnic minorities
	['ethnic minorities', 'ethnic minority', 'minorities', 'minority', 'ethnic', 'ethnicity', 'bame', 'visible minorities', 'diaspora', 'diasporas', 'racialised', 'racialized'],
	// Residence status
	['residence permit', 'residence permits', 'permit', 'permits', 'legal status', 'residence status', 'undocumented', 'irregular', 'irregular migrants', 'sans-papiers', 'visa', 'visas', 'deportation', 'deported', 'detention'],
	// Citizenship and naturalisation
	['citizenship', 'naturalisation', 'naturalization', 'naturalised', 'naturalized', 'passport', 'passports'],
	// Women and girls
	['women', 'woman', 'girls', 'girl', 'mothers', 'mother', 'mums', 'moms', 'female', 'females', 'migrant women', 'gender equality'],
	// Gender-based and domestic violence
	['gender-based violence', 'domestic violence', 'domestic abuse', 'intimate partner violence', 'partner violence', 'family violence', 'sexual violence', 'sexual harassment', 'forced marriage', 'forced marriages', 'honour-based violence', 'honour violence', 'honor violence', 'femicide', 'gbv'],
	// FGM and harmful practices
	['fgm', 'female genital mutilation', 'genital mutilation', 'genital cutting', 'excision', 'forced marriage', 'child marriage', 'early marriage'],
	// Housing and landlords
	['housing', 'house', 'houses', 'accommodation', 'accommodations', 'shelter', 'shelters', 'landlord', 'landlords', 'rent', 'rents', 'rental', 'renting', 'tenant', 'tenants', 'apartment', 'apartments', 'flats', 'social housing', 'eviction', 'evictions', 'evicted', 'informal settlements', 'overcrowding', 'overcrowded'],
	// Homelessness
	['homelessness', 'homeless', 'rough sleeping', 'rough sleepers', 'sleeping rough', 'shelter', 'night shelter', 'emergency accommodation', 'destitution', 'destitute'],
	// Jobs and the labour market
	['job', 'jobs', 'employment', 'employ', 'employed', 'employer', 'employers', 'employee', 'employees', 'employability', 'unemployment', 'unemployed', 'jobless', 'jobseekers', 'job seekers', 'job-seekers', 'labour market', 'labor market', 'labour', 'labor', 'workplace', 'workplaces', 'workforce', 'hiring', 'hire', 'hired', 'recruitment', 'career', 'careers', 'vocational', 'internship', 'internships', 'apprenticeship', 'apprenticeships', 'job interview', 'job interviews', 'job applications', 'wages', 'salary'],
	// Entrepreneurs and business
	['entrepreneurs', 'entrepreneur', 'entrepreneurship', 'business', 'businesses', 'self-employment', 'self-employed', 'start-up', 'start-ups', 'startup', 'startups', 'enterprise', 'enterprises', 'social enterprise', 'shopkeepers', 'shop owners', 'business owners', 'migrant entrepreneurs'],
	// Language learning
	['language', 'languages', 'language classes', 'language courses', 'language course', 'language learning', 'mother tongue', 'home language', 'native language', 'multilingual', 'multilingualism', 'bilingual', 'plurilingual', 'literacy', 'illiterate', 'illiteracy', 'esol', 'eal', 'english', 'speak'],
	// Interpreting and translation
	['interpreters', 'interpreter', 'interpreting', 'community interpreters', 'translation', 'translations', 'translators', 'translator', 'translated', 'language barrier', 'language barriers'],
	// Participation and having a say
	['participation', 'participate', 'participating', 'participatory', 'voice', 'voices', 'consultation', 'consultations', 'consult', 'consulted', 'engagement', 'civic engagement', 'civic participation', 'citizen participation', 'political participation', 'decision-making', 'decisions', 'decision', 'co-design', 'co-creation', 'co-production', 'participatory budget', 'participatory budgeting', 'advisory council', 'advisory councils', 'migrant council', 'youth council', 'residents council', 'citizens assembly', 'citizen panel', 'vote', 'voting', 'elections', 'representation'],
	// Municipality and local authority
	['municipality', 'municipalities', 'municipal', 'city hall', 'town hall', 'council', 'councils', 'councillor', 'councillors', 'councilor', 'local authority', 'local authorities', 'local government', 'city council', 'town council', 'mayor', 'mayors', 'city administration'],
	// Public services and civil servants
	['public services', 'civil servants', 'civil servant', 'public officials', 'officials', 'municipal staff', 'public administration', 'administration', 'administrative', 'frontline staff', 'front-line staff', 'frontline workers', 'front-line workers', 'first-line practitioners', 'frontline practitioners', 'bureaucracy'],
	// Training and courses
	['training', 'trainings', 'trained', 'train', 'trainer', 'trainers', 'course', 'courses', 'workshop', 'workshops', 'seminar', 'seminars', 'capacity-building', 'coaching', 'module', 'modules', 'e-learning', 'toolkit', 'toolkits', 'intercultural training', 'diversity training'],
	// Neighbourhood and residents
	['neighbourhood', 'neighbourhoods', 'neighborhood', 'neighborhoods', 'neighbours', 'neighbour', 'neighbors', 'neighbor', 'district', 'districts', 'estate', 'estates', 'housing estate', 'community', 'communities', 'residents', 'resident', 'inhabitants', 'deprived areas', 'deprived area', 'suburbs', 'suburb', 'banlieue', 'inner city', 'inner-city'],
	// Religion and faith
	['religion', 'religions', 'religious', 'faith', 'faiths', 'faith-based', 'mosque', 'mosques', 'church', 'churches', 'synagogue', 'synagogues', 'temple', 'temples', 'imam', 'imams', 'priest', 'priests', 'rabbi', 'rabbis', 'interfaith', 'inter-faith', 'interreligious', 'inter-religious', 'faith communities', 'faith leaders', 'religious leaders', 'muslims', 'muslim', 'islam', 'christians', 'christian', 'jews', 'jewish', 'headscarf', 'headscarves', 'hijab', 'veil', 'ramadan'],
	// Health and healthcare
	['health', 'healthcare', 'medical', 'doctor', 'doctors', 'hospital', 'hospitals', 'clinic', 'clinics', 'nurse', 'nurses', 'vaccination', 'vaccinations', 'illness', 'sick'],
	// Mental health and trauma
	['mental health', 'psychological', 'psychosocial', 'trauma', 'traumas', 'traumatised', 'traumatized', 'traumatic', 'wellbeing', 'well-being', 'psychologist', 'psychologists', 'psychiatric', 'counselling', 'counseling', 'depression', 'anxiety', 'stress', 'ptsd'],
	// Disability
	['disability', 'disabilities', 'disabled', 'handicap', 'handicapped', 'impairment', 'impairments', 'wheelchair', 'deaf', 'blind', 'autism', 'autistic'],
	// Social services and benefits
	['social services', 'social worker', 'social workers', 'caseworker', 'caseworkers', 'social assistance', 'welfare', 'cash assistance', 'cash transfers', 'cash', 'allowance', 'allowances', 'social protection', 'minimum income', 'child protection'],
	// Poverty and social exclusion
	['poverty', 'poor', 'deprivation', 'deprived', 'low-income', 'exclusion', 'excluded', 'marginalisation', 'marginalization', 'marginalised', 'marginalized', 'precarious', 'hardship', 'debt', 'debts', 'food bank', 'food banks', 'food aid', 'vulnerable'],
	// Welcome, reception and integration
	['welcome', 'welcoming', 'reception', 'reception centre', 'reception centres', 'reception center', 'first reception', 'arrival', 'integration', 'integrate', 'integrating', 'inclusion', 'inclusive', 'orientation', 'civic orientation', 'induction', 'one-stop shop', 'one-stop-shop', 'information point', 'welcome centre', 'welcome center', 'signposting', 'guidance', 'integration course', 'integration courses'],
	// Media and social media
	['media', 'journalists', 'journalist', 'journalism', 'newspapers', 'newspaper', 'news', 'media coverage', 'coverage', 'television', 'radio', 'social media', 'facebook', 'tiktok', 'instagram', 'whatsapp', 'telegram', 'youtube', 'twitter', 'internet', 'online', 'web', 'websites'],
	// Culture and leisure
	['culture', 'cultural', 'arts', 'art', 'music', 'theatre', 'theater', 'dance', 'cinema', 'film', 'films', 'museum', 'museums', 'library', 'libraries', 'festival', 'festivals', 'heritage', 'leisure', 'concerts'],
	// Sport
	['sport', 'sports', 'football', 'soccer', 'basketball', 'boxing', 'cricket', 'sports club', 'sports clubs', 'athletes', 'gym'],
	// Legal aid, rights and complaints
	['legal aid', 'legal advice', 'legal assistance', 'legal', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'human rights', 'legal rights', 'rights violations', 'fundamental rights', 'court', 'courts', 'justice', 'ombudsman', 'ombudsperson', 'equality body', 'equality bodies', 'litigation', 'redress', 'remedy', 'remedies', 'complaint', 'complaints', 'sue', 'sued'],
	// Coordination between services
	['coordination', 'co-ordination', 'coordinated', 'cooperation', 'co-operation', 'cooperate', 'collaboration', 'collaborate', 'multi-agency', 'multiagency', 'inter-agency', 'interagency', 'multi-stakeholder', 'partnership', 'partnerships', 'networking', 'network', 'networks', 'cross-sectoral', 'referral', 'referrals', 'roundtable', 'multilevel governance', 'multi-level governance', 'silos'],
	// Funding
	['funding', 'funds', 'fund', 'funded', 'grant', 'grants', 'budget', 'budgets', 'money', 'financing', 'finance', 'financial', 'subsidy', 'subsidies', 'donors', 'sponsors'],
	// Civil society and NGOs
	['ngo', 'ngos', 'civil society', 'associations', 'association', 'charities', 'charity', 'non-profit', 'nonprofit', 'grassroots', 'voluntary sector'],
	// Volunteers and mentoring
	['volunteers', 'volunteer', 'volunteering', 'mentors', 'mentor', 'mentoring', 'mentorship', 'buddy', 'buddies', 'befriending', 'peer', 'peers', 'peer mentoring'],
	// Intercultural approach and diversity
	['intercultural', 'interculturalism', 'interculturality', 'diversity', 'diverse', 'cultural diversity', 'multicultural', 'multiculturalism', 'cross-cultural', 'intercultural competence', 'intercultural cities'],
	// Evaluation and data
	['evaluation', 'evaluate', 'evaluated', 'monitoring', 'indicators', 'indicator', 'assessment', 'data', 'statistics', 'evidence', 'impact evaluation'],
];
