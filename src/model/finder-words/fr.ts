/** French: words that say nothing about a situation, and groups of words practitioners use for the same one (src/model/finder-text.ts). */
export const stopWords: readonly string[] = [
	// Articles, determiners and quantities
	'le', 'la', 'les', 'une', 'des', 'de', 'du', 'au', 'aux', 'à', 'd', 'l', 'cet', 'cette', 'ces', 'mon', 'mes', 'ton', 'tes', 'son', 'ses', 'notre',
	'nos', 'votre', 'vos', 'leur', 'leurs', 'tout', 'tous', 'toute', 'toutes', 'autre', 'autres', 'même', 'chaque', 'plusieurs',
	'certains', 'certaines', 'quelques', 'beaucoup', 'peu', 'trop', 'plus', 'moins', 'tels',
	// Pronouns and question words
	'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'moi', 'toi', 'lui', 'eux', 'en', 'cela', 'celui', 'celle', 'ceux',
	'rien', 'qui', 'que', 'quoi', 'dont', 'quel', 'quelle', 'quels', 'quelles', 'comment', 'pourquoi', 'quand', 'combien',
	// Prepositions and conjunctions
	'pour', 'par', 'sur', 'sous', 'dans', 'avec', 'sans', 'chez', 'entre', 'vers', 'contre', 'depuis', 'pendant', 'avant',
	'après', 'selon', 'malgré', 'auprès', 'et', 'mais', 'donc', 'car', 'comme', 'lorsque', 'parce', 'alors', 'ainsi', 'aussi',
	'afin',
	// Adverbs
	'ne', 'pas', 'très', 'bien', 'mal', 'encore', 'déjà', 'toujours', 'souvent', 'parfois', 'jamais', 'maintenant', 'aujourd',
	'hui', 'actuellement', 'récemment', 'dernièrement', 'vraiment', 'ici', 'oui', 'non',
	// Auxiliaries and common verbs
	'être', 'est', 'sont', 'suis', 'sommes', 'était', 'étaient', 'été', 'sera', 'serait', 'soit', 'avoir', 'avons', 'avez',
	'ont', 'avait', 'avaient', 'faire', 'fait', 'font', 'pouvoir', 'peut', 'peuvent', 'pourrait', 'vouloir', 'veut', 'veulent',
	'doit', 'doivent', 'faut', 'aller', 'vont', 'venir', 'vient', 'viennent', 'dire', 'dit', 'disent', 'savoir', 'sait', 'voir',
	'prendre', 'mettre', 'donner', 'donne', 'donnent', 'trouver', 'semble', 'passe', 'commence', 'gérer', 'réagir',
	// Generic words of a situation description (the code drops a final "s", so "problèmes" is "problème")
	'problème', 'problèmes', 'situation', 'question', 'aide', 'aider', 'soutien', 'soutenir', 'besoin', 'manque', 'gens',
	'personne', 'personnes', 'monde', 'chose', 'truc', 'cas', 'façon', 'manière', 'travail', 'travailler', 'travaille',
	'collègue', 'exemple', 'projet', 'pratique', 'bon', 'bonne', 'mauvais', 'temps', 'fois', 'jour', 'ans', 'année', 'mois',
	'semaine', 'arrive', 'augmente',
];

export const synonyms: readonly (readonly string[])[] = [
	// Rumours and misinformation
	['rumeur', 'rumeurs', 'ragots', 'commérages', 'on-dit', 'désinformation', 'mésinformation', 'fausses nouvelles', 'infox', 'fake news', 'intox', 'canulars', 'mythes', 'idées reçues', 'mensonges', 'complot', 'complotisme', 'théories du complot', 'anti-rumeurs', 'anti-rumeur'],
	// Stereotypes, prejudice and stigma
	['stéréotypes', 'stéréotype', 'préjugés', 'préjugé', 'idées reçues', 'clichés', 'amalgames', 'biais', 'stigmatisation', 'stigmatisé', 'stigmatisés', 'stigmate', 'anti-rumeurs'],
	// Narratives and awareness-raising
	['sensibilisation', 'sensibiliser', 'campagne', 'campagnes', 'récits', 'récit', 'discours alternatifs', 'contre-discours', 'narratifs', 'contre-récits'],
	// Hate speech and insults
	['discours de haine', 'discours haineux', 'propos haineux', 'haine', 'haineux', 'haineuse', 'insultes', 'insulte', 'insulté', 'injures', 'injure', 'propos racistes', 'menaces', 'menacé', 'menacés', 'invectives', 'provocation à la haine'],
	// Online hate and cyberbullying
	['haine en ligne', 'cyberhaine', 'cyberharcèlement', 'cyber-harcèlement', 'harcèlement en ligne', 'trolls', 'trolling', 'messages haineux', 'haine sur internet'],
	// Bullying and harassment
	['harcèlement', 'harcelé', 'harcelés', 'harcelée', 'harceler', 'harcèlement scolaire', 'intimidation', 'moqueries', 'brimades', 'cyberharcèlement', 'souffre-douleur'],
	// Discrimination, including at work, in hiring, in housing and in services
	['discrimination', 'discriminations', 'discriminé', 'discriminés', 'discriminée', 'discriminatoire', 'discriminer', 'non-discrimination', 'inégalité de traitement', 'égalité de traitement', 'égalité des chances', 'discrimination à l\'embauche', 'discrimination au logement'],
	// Racism and xenophobia
	['racisme', 'raciste', 'racistes', 'racial', 'raciale', 'raciaux', 'antiracisme', 'antiraciste', 'anti-racisme', 'xénophobie', 'xénophobe', 'xénophobes', 'intolérance', 'racisme ordinaire'],
	// Antigypsyism
	['antitsiganisme', 'anti-tsiganisme', 'romaphobie', 'racisme anti-roms', 'anti-roms', 'antigitanisme'],
	// Islamophobia
	['islamophobie', 'islamophobe', 'islamophobes', 'haine anti-musulmans', 'racisme anti-musulman', 'anti-musulmans', 'anti-musulman'],
	// Antisemitism
	['antisémitisme', 'antisémite', 'antisémites', 'anti-juif', 'anti-juifs', 'judéophobie', 'haine des juifs'],
	// Homophobia and LGBTI people
	['homophobie', 'homophobe', 'transphobie', 'transphobe', 'lgbt', 'lgbti', 'lgbtq', 'lgbtqi', 'lgbtqia', 'homosexuels', 'homosexuel', 'gays', 'lesbiennes', 'transgenres', 'trans', 'queer'],
	// Segregation and ghettos
	['ségrégation', 'ségrégué', 'ségrégués', 'ségrégation scolaire', 'ségrégation résidentielle', 'ségrégation spatiale', 'écoles séparées', 'classes séparées', 'ghetto', 'ghettos', 'ghettoïsation', 'mixité', 'mixité scolaire', 'déségrégation', 'entre-soi', 'écoles ghettos'],
	// Radicalisation and violent extremism
	['radicalisation', 'radicalisé', 'radicalisés', 'radicalisée', 'radicaliser', 'radicaux', 'radical', 'extrémisme', 'extrémiste', 'extrémistes', 'extrémisme violent', 'djihadisme', 'djihadiste', 'djihadistes', 'jihadisme', 'jihadiste', 'jihadistes', 'islamisme', 'islamiste', 'islamistes', 'extrême droite', 'ultradroite', 'ultra-droite', 'néonazis', 'néo-nazis', 'néonazi', 'terrorisme', 'terroriste', 'terroristes', 'recrutement', 'recruteurs', 'recrutés', 'embrigadement', 'endoctrinement', 'déradicalisation', 'désengagement'],
	// Polarisation, tension and conflict between groups
	['polarisation', 'polarisé', 'polarisée', 'tensions', 'tension', 'conflits', 'conflit', 'affrontements', 'hostilité', 'hostile', 'hostiles', 'méfiance', 'défiance', 'divisions', 'division', 'fractures', 'fracture', 'clivages', 'clivage', 'rivalités', 'ressentiment', 'rixes', 'tensions intercommunautaires'],
	// Trust, dialogue and mediation
	['confiance', 'méfiance', 'dialogue', 'médiation', 'médiateurs', 'médiateur', 'médiatrice', 'médiatrices', 'médiation interculturelle', 'médiateurs interculturels', 'médiation sociale', 'médiateurs scolaires', 'résolution des conflits', 'réconciliation'],
	// Living together and social cohesion
	['vivre-ensemble', 'vivre ensemble', 'cohésion sociale', 'cohésion', 'coexistence', 'cohabitation', 'lien social'],
	// Police and policing
	['police', 'policiers', 'policier', 'policière', 'policières', 'forces de l\'ordre', 'gendarmerie', 'gendarmes', 'gendarme', 'agents de police', 'police municipale', 'police de proximité', 'guardia civil', 'flics', 'patrouilles', 'patrouille'],
	// Ethnic profiling
	['profilage ethnique', 'profilage racial', 'profilage', 'contrôles au faciès', 'contrôle au faciès', 'faciès', 'contrôles d\'identité', 'contrôle d\'identité', 'contrôles de police', 'fouilles'],
	// Hate crime
	['crimes de haine', 'crime de haine', 'crimes haineux', 'délits de haine', 'infractions de haine', 'incidents haineux', 'actes racistes', 'agression raciste', 'agressions racistes', 'violences racistes', 'agressé', 'agressés', 'vandalisme', 'tags racistes', 'dégradations'],
	// Victims and reporting
	['victimes', 'victime', 'victimisation', 'signalement', 'signalements', 'signaler', 'sous-déclaration', 'plainte', 'plaintes', 'témoins', 'témoin'],
	// Youth crime and gangs
	['délinquance', 'délinquance juvénile', 'délinquants', 'délinquant', 'criminalité', 'bandes', 'gangs', 'gang', 'trafic de drogue', 'trafics', 'drogue', 'drogues', 'incivilités', 'violences urbaines', 'émeutes'],
	// School, pupils and teachers
	['école', 'écoles', 'scolaire', 'scolaires', 'scolarité', 'scolarisation', 'élèves', 'élève', 'écoliers', 'collégiens', 'lycéens', 'étudiants', 'étudiant', 'collège', 'lycée', 'classe', 'classes', 'enseignants', 'enseignant', 'enseignante', 'professeurs', 'professeur', 'profs', 'instituteurs', 'enseignement', 'éducation', 'éducatif', 'éducative', 'établissement scolaire', 'équipe éducative', 'chef d\'établissement', 'école primaire', 'école maternelle'],
	// Early childhood
	['petite enfance', 'école maternelle', 'crèche', 'crèches', 'garde d\'enfants', 'jardin d\'enfants', 'préscolaire'],
	// Homework and tutoring
	['devoirs', 'aide aux devoirs', 'accompagnement scolaire', 'tutorat', 'réussite scolaire', 'échec scolaire', 'difficultés scolaires', 'périscolaire'],
	// Dropout and absenteeism
	['décrochage', 'décrochage scolaire', 'décrocheurs', 'décrocheur', 'décrocher', 'abandon scolaire', 'sortie précoce', 'sorties précoces', 'déscolarisation', 'déscolarisés', 'déscolarisé', 'absentéisme', 'absentéisme scolaire', 'absences', 'absence', 'assiduité', 'quitter l\'école', 'quittent l\'école', 'neet'],
	// Young people
	['jeunes', 'jeune', 'jeunesse', 'adolescents', 'adolescent', 'adolescente', 'adolescentes', 'ados', 'ado', 'adolescence', 'mineurs', 'jeunes adultes', 'animateurs', 'animateur', 'éducateurs', 'éducateur', 'maison des jeunes', 'mjc', 'garçons'],
	// Children
	['enfants', 'enfant', 'enfance', 'gamins', 'gosses', 'mineurs non accompagnés', 'mna', 'mineurs isolés', 'mineurs étrangers', 'nourrissons', 'bébés', 'tout-petits'],
	// Parents and families
	['parents', 'parent', 'parental', 'parentale', 'parentalité', 'familles', 'famille', 'familial', 'familiale', 'familiaux', 'mères', 'pères', 'ménages', 'relation école-famille'],
	// Roma and Travellers
	['roms', 'rom', 'roma', 'rrom', 'rroms', 'romani', 'tsiganes', 'tsigane', 'gitans', 'gitan', 'gitane', 'gens du voyage', 'voyageurs', 'manouches', 'manouche', 'sinti', 'yéniches', 'communauté rom', 'communautés roms'],
	// Refugees and asylum seekers
	['réfugiés', 'réfugié', 'réfugiée', 'réfugiées', 'asile', 'exilés', 'exilé', 'exil', 'déplacés', 'personnes déplacées', 'protection internationale', 'protection temporaire', 'ukrainiens', 'ukrainien', 'ukrainiennes', 'ukraine', 'fuyant la guerre', 'réinstallation', 'réinstallés'],
	// Migrants and newcomers
	['migrants', 'migrant', 'migrante', 'migrantes', 'immigrés', 'immigré', 'immigrée', 'immigrées', 'immigrants', 'immigrant', 'migration', 'migrations', 'immigration', 'nouveaux arrivants', 'arrivants', 'primo-arrivants', 'primo-arrivant', 'étrangers', 'étranger', 'étrangère', 'étrangères', 'ressortissants de pays tiers', 'ressortissants', 'issus de l\'immigration', 'origine étrangère', 'descendants d\'immigrés', 'expatriés'],
	// Ethnic minorities
	['minorités', 'minorité', 'minorités ethniques', 'minorité ethnique', 'ethnique', 'ethniques', 'origine ethnique', 'minorités visibles', 'diaspora', 'diasporas', 'racisés', 'racisé', 'racisées'],
	// Residence status
	['titre de séjour', 'titres de séjour', 'séjour', 'permis de séjour', 'statut juridique', 'sans-papiers', 'sans papiers', 'irréguliers', 'en situation irrégulière', 'irrégulière', 'régularisation', 'régularisé', 'visa', 'visas', 'préfecture', 'expulsion', 'expulsions', 'oqtf', 'rétention', 'éloignement'],
	// Citizenship and naturalisation
	['citoyenneté', 'naturalisation', 'naturalisé', 'naturalisés', 'naturalisée', 'passeport', 'passeports'],
	// Women and girls
	['femmes', 'femme', 'filles', 'fille', 'mères', 'mère', 'mamans', 'maman', 'féminin', 'féminines', 'femmes migrantes', 'égalité femmes-hommes', 'égalité de genre'],
	// Gender-based and domestic violence
	['violences fondées sur le genre', 'violences sexistes', 'violences sexistes et sexuelles', 'violences faites aux femmes', 'violence conjugale', 'violences conjugales', 'violences intrafamiliales', 'violence domestique', 'violences domestiques', 'violences sexuelles', 'harcèlement sexuel', 'mariage forcé', 'mariages forcés', 'crimes d\'honneur', 'violences liées à l\'honneur', 'féminicide', 'féminicides', 'violences basées sur le genre', 'vbg', 'vss'],
	// FGM and harmful practices
	['mgf', 'mutilations génitales féminines', 'mutilations génitales', 'mutilation génitale', 'excision', 'excisée', 'excisées', 'pratiques néfastes', 'pratiques traditionnelles néfastes', 'mariage forcé', 'mariage précoce', 'mariages précoces', 'mariage d\'enfants'],
	// Housing and landlords
	['logement', 'logements', 'loger', 'logés', 'hébergement', 'hébergements', 'hébergé', 'hébergés', 'abri', 'propriétaires', 'propriétaire', 'bailleurs', 'bailleur', 'bailleurs sociaux', 'loyer', 'loyers', 'location', 'locataires', 'locataire', 'appartement', 'appartements', 'logement social', 'logements sociaux', 'hlm', 'expulsion locative', 'expulsions locatives', 'bidonvilles', 'bidonville', 'campements', 'squats', 'squat', 'surpeuplement', 'insalubre', 'insalubres', 'mal-logement', 'mal-logés'],
	// Homelessness
	['sans-abri', 'sans-abrisme', 'sdf', 'sans domicile fixe', 'hébergement d\'urgence', 'centre d\'hébergement', 'maraudes'],
	// Jobs and the labour market
	['emploi', 'emplois', 'employeurs', 'employeur', 'employés', 'employé', 'employabilité', 'salariés', 'salarié', 'chômage', 'chômeurs', 'chômeur', 'embauche', 'embaucher', 'embauché', 'embauchés', 'recrutement', 'insertion professionnelle', 'insertion socioprofessionnelle', 'formation professionnelle', 'métier', 'métiers', 'stage', 'stages', 'alternance', 'salaire', 'salaires', 'entretien d\'embauche', 'pôle emploi'],
	// Entrepreneurs and business
	['entrepreneurs', 'entrepreneur', 'entrepreneuriat', 'entreprise', 'entreprises', 'création d\'entreprise', 'auto-entrepreneurs', 'auto-entrepreneur', 'micro-entreprise', 'micro-entrepreneurs', 'commerçants', 'commerçant', 'commerces', 'commerce', 'start-up', 'startups', 'porteurs de projets', 'entrepreneurs migrants'],
	// Language learning
	['langue', 'langues', 'langage', 'linguistique', 'linguistiques', 'cours de langue', 'cours de français', 'apprentissage de la langue', 'apprentissage du français', 'français langue étrangère', 'fle', 'langue maternelle', 'langue d\'origine', 'langues d\'origine', 'maîtrise de la langue', 'plurilinguisme', 'multilinguisme', 'plurilingue', 'bilingue', 'bilinguisme', 'alphabétisation', 'illettrisme', 'analphabètes', 'analphabétisme', 'français'],
	// Interpreting and translation
	['interprètes', 'interprète', 'interprétariat', 'interprétation', 'traduction', 'traductions', 'traducteurs', 'traducteur', 'traduire', 'traduit', 'barrière de la langue', 'barrière linguistique', 'barrières linguistiques', 'médiateurs linguistiques', 'interprétariat communautaire'],
	// Participation and having a say
	['participation', 'participer', 'participatif', 'participative', 'participatives', 'démocratie participative', 'participation citoyenne', 'consultation', 'consultations', 'consulter', 'consultés', 'concertation', 'engagement citoyen', 'engagement civique', 'décisions', 'décision', 'co-construction', 'coconstruction', 'co-conception', 'codécision', 'budget participatif', 'budgets participatifs', 'conseil consultatif', 'conseils consultatifs', 'conseil de quartier', 'conseils de quartier', 'conseils citoyens', 'conseil des jeunes', 'conseil des résidents étrangers', 'assemblée citoyenne', 'voix', 'droit de vote', 'vote', 'voter', 'élections', 'représentation'],
	// Municipality and local authority
	['municipalité', 'municipalités', 'municipal', 'municipale', 'municipaux', 'mairie', 'mairies', 'maire', 'maires', 'hôtel de ville', 'commune', 'communes', 'collectivités locales', 'collectivité locale', 'collectivités territoriales', 'autorités locales', 'autorité locale', 'élus', 'élu', 'conseil municipal', 'conseillers municipaux', 'adjoint au maire', 'métropole'],
	// Public services and civil servants
	['services publics', 'fonctionnaires', 'fonctionnaire', 'agents publics', 'agents municipaux', 'agent d\'accueil', 'agents d\'accueil', 'fonction publique', 'administration', 'administrations', 'administratif', 'administrative', 'administratives', 'guichet', 'guichets', 'première ligne', 'usagers', 'usager', 'services municipaux', 'démarches administratives', 'bureaucratie', 'dématérialisation'],
	// Training and courses
	['formation', 'formations', 'formateurs', 'formatrices', 'formateur', 'atelier', 'ateliers', 'séminaire', 'séminaires', 'renforcement des capacités', 'formation continue', 'module', 'modules', 'e-learning', 'boîte à outils', 'outils pédagogiques', 'formation interculturelle', 'coaching'],
	// Neighbourhood and residents
	['quartier', 'quartiers', 'quartiers prioritaires', 'qpv', 'quartier sensible', 'quartiers sensibles', 'quartiers populaires', 'cité', 'cités', 'banlieue', 'banlieues', 'voisins', 'voisin', 'voisinage', 'habitants', 'habitant', 'résidents', 'résident', 'communauté', 'communautés', 'communautaire', 'zones défavorisées', 'centres sociaux', 'maison de quartier'],
	// Religion and faith
	['religion', 'religions', 'religieux', 'religieuse', 'religieuses', 'foi', 'croyants', 'croyances', 'culte', 'cultes', 'lieux de culte', 'mosquée', 'mosquées', 'église', 'églises', 'synagogue', 'synagogues', 'temple', 'temples', 'imam', 'imams', 'prêtre', 'prêtres', 'rabbin', 'rabbins', 'pasteur', 'aumônier', 'aumôniers', 'interreligieux', 'interreligieuse', 'interconvictionnel', 'dialogue interreligieux', 'communautés religieuses', 'responsables religieux', 'laïcité', 'laïque', 'musulmans', 'musulman', 'musulmane', 'musulmanes', 'islam', 'chrétiens', 'chrétien', 'juifs', 'juif', 'juive', 'juives', 'voile', 'foulard', 'hijab', 'ramadan'],
	// Health and healthcare
	['santé', 'soins', 'accès aux soins', 'santé publique', 'médecin', 'médecins', 'médical', 'médicale', 'médicaux', 'hôpital', 'hôpitaux', 'infirmiers', 'infirmières', 'infirmier', 'clinique', 'centre de santé', 'vaccination', 'maladie', 'maladies', 'malades', 'couverture maladie', 'pmi'],
	// Mental health and trauma
	['santé mentale', 'psychologique', 'psychologiques', 'psychologue', 'psychologues', 'psychosocial', 'psychosociale', 'psychosociaux', 'traumatisme', 'traumatismes', 'traumatisés', 'traumatisé', 'trauma', 'traumas', 'psychotraumatisme', 'bien-être', 'souffrance psychique', 'stress', 'dépression', 'anxiété', 'psychiatrie', 'psychiatrique'],
	// Disability
	['handicap', 'handicaps', 'handicapé', 'handicapés', 'handicapée', 'handicapées', 'en situation de handicap', 'déficience', 'déficiences', 'sourds', 'sourd', 'malentendants', 'aveugles', 'aveugle', 'malvoyants', 'fauteuil roulant', 'autisme', 'autistes', 'mobilité réduite', 'pmr', 'inclusion scolaire'],
	// Social services and benefits
	['services sociaux', 'service social', 'assistants sociaux', 'assistant social', 'assistante sociale', 'assistantes sociales', 'ccas', 'caf', 'prestations sociales', 'allocations', 'allocation', 'allocations familiales', 'rsa', 'minima sociaux', 'revenu minimum', 'transferts monétaires', 'assistance monétaire', 'aide monétaire', 'protection sociale', 'protection de l\'enfance', 'accompagnement social'],
	// Poverty and social exclusion
	['pauvreté', 'pauvres', 'pauvre', 'précarité', 'précaires', 'précaire', 'exclusion', 'exclus', 'marginalisation', 'marginalisés', 'marginalisé', 'vulnérables', 'vulnérable', 'vulnérabilité', 'défavorisés', 'défavorisé', 'défavorisées', 'faibles revenus', 'banque alimentaire', 'aide alimentaire', 'distribution alimentaire', 'dettes', 'surendettement', 'misère'],
	// Welcome, reception and integration
	['accueil', 'accueillir', 'accueillis', 'accueillant', 'intégration', 'intégrer', 'inclusion', 'insertion', 'orientation', 'primo-accueil', 'guichet unique', 'point d\'information', 'point info', 'centre d\'accueil', 'parcours d\'intégration', 'contrat d\'intégration républicaine', 'formation civique', 'bienvenue'],
	// Media and social media
	['médias', 'média', 'journalistes', 'journaliste', 'journaux', 'journal', 'presse', 'télévision', 'télé', 'radio', 'réseaux sociaux', 'facebook', 'tiktok', 'instagram', 'whatsapp', 'snapchat', 'telegram', 'youtube', 'twitter', 'internet', 'numérique', 'web', 'vidéos'],
	// Culture and leisure
	['culture', 'cultures', 'culturel', 'culturelle', 'culturelles', 'culturels', 'arts', 'art', 'artistique', 'artistiques', 'artistes', 'musique', 'théâtre', 'danse', 'cinéma', 'films', 'film', 'musées', 'musée', 'bibliothèque', 'bibliothèques', 'festival', 'festivals', 'patrimoine', 'loisirs', 'loisir', 'animation', 'animations', 'fête de quartier', 'centres culturels'],
	// Sport
	['sport', 'sports', 'sportif', 'sportive', 'sportifs', 'sportives', 'football', 'foot', 'basket', 'basketball', 'boxe', 'club sportif', 'clubs sportifs', 'associations sportives', 'stade'],
	// Legal aid, rights and complaints
	['aide juridique', 'conseil juridique', 'conseils juridiques', 'assistance juridique', 'juridique', 'juridiques', 'juristes', 'juriste', 'accès au droit', 'accès aux droits', 'droits humains', 'droits de l\'homme', 'droits fondamentaux', 'avocats', 'avocat', 'avocate', 'permanence juridique', 'justice', 'tribunal', 'tribunaux', 'plainte', 'plaintes', 'recours', 'défenseur des droits', 'saisir la justice', 'litige', 'litiges'],
	// Coordination between services
	['coordination', 'coordinateurs', 'coordinatrice', 'coopération', 'coopérer', 'collaboration', 'collaborer', 'partenariat', 'partenariats', 'partenaires', 'partenaire', 'multi-acteurs', 'multipartite', 'pluridisciplinaire', 'multidisciplinaire', 'interinstitutionnel', 'interinstitutionnelle', 'transversalité', 'transversal', 'transversale', 'décloisonnement', 'décloisonner', 'gouvernance multiniveaux', 'multiniveaux', 'table ronde', 'tables rondes', 'comité de pilotage', 'cellule de veille'],
	// Funding
	['financement', 'financements', 'financer', 'financé', 'financée', 'financés', 'finances', 'financier', 'financière', 'financières', 'fonds', 'subventions', 'subvention', 'budget', 'budgets', 'argent', 'appels à propositions', 'mécénat', 'dotation', 'dotations', 'donateurs'],
	// Civil society and NGOs
	['associations', 'association', 'associatif', 'associative', 'associatifs', 'ong', 'société civile', 'tissu associatif', 'secteur associatif', 'acteurs associatifs', 'militants', 'militant'],
	// Volunteers and mentoring
	['bénévoles', 'bénévole', 'bénévolat', 'volontaires', 'volontaire', 'volontariat', 'mentorat', 'mentors', 'mentor', 'parrainage', 'parrains', 'marrainage', 'marraines', 'pair-aidance', 'pairs', 'binômes', 'binôme', 'service civique'],
	// Intercultural approach and diversity
	['interculturel', 'interculturelle', 'interculturels', 'interculturelles', 'interculturalité', 'interculturalisme', 'diversité', 'diversité culturelle', 'multiculturel', 'multiculturelle', 'multiculturalisme', 'pluralisme', 'compétences interculturelles', 'cités interculturelles', 'dialogue interculturel', 'échanges interculturels'],
	// Evaluation and data
	['évaluation', 'évaluations', 'évaluer', 'évalué', 'suivi-évaluation', 'indicateurs', 'indicateur', 'données', 'statistiques', 'mesure d\'impact', 'diagnostic', 'diagnostics', 'collecte de données'],
];
