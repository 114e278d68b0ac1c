/** German: words that say nothing about a situation, and groups of words practitioners use for the same one (src/model/finder-text.ts). */
export const stopWords: readonly string[] = [
	// Articles, pronouns, possessives
	'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einen', 'einem', 'eines',
	'kein', 'keine', 'keinen',
	'ich', 'mich', 'mir', 'mein', 'meine',
	'wir', 'uns', 'unser', 'unsere', 'unserer', 'unseren', 'unserem',
	'sie', 'ihr', 'ihre', 'ihren', 'ihnen', 'sich',
	'ihn', 'ihm', 'sein', 'seine', 'man',
	'dieser', 'diese', 'dieses', 'welche', 'welcher',
	// Questions, conjunctions, adverbs
	'wer', 'was', 'wie', 'wo', 'wann', 'warum', 'wieso',
	'und', 'oder', 'aber', 'doch', 'also', 'sowie', 'dass', 'weil', 'wenn', 'als',
	'auch', 'nur', 'nicht', 'noch', 'schon', 'bereits', 'wieder', 'dann', 'dort', 'hier', 'mal',
	'sehr', 'viel', 'viele', 'mehr', 'meisten', 'wenig', 'wenige', 'einige', 'manche', 'mehrere',
	'etwas', 'nichts', 'alle', 'allen', 'alles', 'jeder', 'jede', 'andere', 'anderen',
	'ganz', 'besonders', 'wirklich', 'gerade', 'einfach', 'zunehmend',
	'immer', 'oft', 'häufig', 'manchmal', 'ständig', 'jetzt', 'heute', 'aktuell',
	// Prepositions
	'ins', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'von', 'vom', 'vor', 'zum', 'zur',
	'für', 'über', 'unter', 'bis', 'durch', 'gegen', 'ohne', 'zwischen', 'wegen', 'während', 'seit',
	// Auxiliaries and common verbs
	'ist', 'sind', 'war', 'waren', 'wird', 'werden', 'wurde', 'wurden',
	'hat', 'haben', 'habe', 'hatte', 'hatten', 'kann', 'können', 'konnte', 'muss', 'müssen',
	'soll', 'sollen', 'sollte', 'will', 'wollen', 'möchte',
	'machen', 'macht', 'tun', 'gibt', 'geben', 'geht', 'gehen', 'kommt', 'kommen',
	'bekommen', 'brauchen', 'braucht', 'sagen', 'lassen', 'finden', 'wissen',
	'sehen', 'bleiben', 'leben', 'tätig', 'umgehen', 'umgang',
	// Generic words of a situation description
	'Problem', 'Probleme', 'Situation', 'Lage', 'Fall', 'Fälle', 'Frage', 'Fragen', 'Thema', 'Themen',
	'Sache', 'Ding', 'Dinge', 'Hilfe', 'helfen', 'Unterstützung', 'unterstützen', 'Lösung', 'Lösungen', 'lösen',
	'Leute', 'Mensch', 'Menschen', 'Person', 'Personen', 'Gruppe', 'Gruppen', 'Bürger', 'sozial',
	'Kollege', 'Kollegin', 'Kollegen',
	'Schwierigkeiten', 'schwierig', 'Herausforderung', 'Herausforderungen',
	'passiert', 'passieren', 'geschieht', 'Beispiel', 'Art', 'gut',
];

export const synonyms: readonly (readonly string[])[] = [
	// Rumours and misinformation
	['Gerücht', 'Gerüchte', 'Anti-Gerüchte', 'Gerede', 'Tratsch', 'Klatsch', 'Falschinformation', 'Falschinformationen', 'Fehlinformation', 'Desinformation', 'Falschmeldung', 'Falschmeldungen', 'Falschbehauptungen', 'Fake News', 'Fake-News', 'Verschwörungstheorie', 'Verschwörungsmythen'],
	// Stereotypes and prejudice
	['Vorurteil', 'Vorurteile', 'Stereotyp', 'Stereotype', 'Stereotypen', 'Klischee', 'Klischees', 'Schubladendenken', 'Vorbehalte', 'Pauschalisierung', 'Verallgemeinerung', 'Feindbild', 'Feindbilder', 'Ressentiments'],
	// Hate speech
	['Hassrede', 'Hassreden', 'Hate Speech', 'Hass', 'Hetze', 'hetzerisch', 'Volksverhetzung', 'Hassbotschaften', 'Hassparolen', 'Hasspropaganda'],
	// Insults and verbal abuse
	['Beleidigung', 'Beleidigungen', 'beleidigt', 'Beschimpfung', 'Beschimpfungen', 'beschimpft', 'Pöbeleien', 'angepöbelt', 'Anfeindungen', 'Schimpfwörter', 'Verunglimpfung', 'Herabwürdigung', 'Demütigung'],
	// Online hate
	['Hasskommentare', 'Hasspostings', 'Hassnachrichten', 'Hass online', 'Hassrede', 'Cybermobbing', 'Cyberbullying', 'Shitstorm', 'Troll', 'Trolle'],
	// Bullying
	['Mobbing', 'gemobbt', 'mobben', 'Cybermobbing', 'Schikane', 'schikaniert', 'Bullying', 'Hänseleien', 'gehänselt'],
	// Social media and the internet
	['Social Media', 'Medien', 'Internet', 'online', 'Netz', 'digital', 'TikTok', 'Instagram', 'Facebook', 'WhatsApp', 'Telegram', 'YouTube', 'Chatgruppen', 'Messenger'],
	// Discrimination
	['Diskriminierung', 'diskriminiert', 'diskriminierend', 'Benachteiligung', 'benachteiligt', 'Ungleichbehandlung', 'Ausgrenzung', 'ausgegrenzt', 'Antidiskriminierung', 'Nichtdiskriminierung', 'Gleichbehandlung'],
	// Racism and xenophobia
	['Rassismus', 'rassistisch', 'rassistische', 'Rassist', 'Rassisten', 'Antirassismus', 'Rassendiskriminierung', 'Fremdenfeindlichkeit', 'fremdenfeindlich', 'Xenophobie'],
	// Antigypsyism
	['Antiziganismus', 'antiziganistisch', 'Antiromaismus', 'Romafeindlichkeit', 'romafeindlich'],
	// Islamophobia
	['Islamfeindlichkeit', 'islamfeindlich', 'Islamophobie', 'Muslimfeindlichkeit', 'muslimfeindlich', 'antimuslimisch', 'antimuslimischer Rassismus'],
	// Antisemitism
	['Antisemitismus', 'antisemitisch', 'Judenhass', 'Judenfeindlichkeit', 'judenfeindlich'],
	// Segregation
	['Segregation', 'segregiert', 'Ghetto', 'Ghettos', 'Ghettoisierung', 'Brennpunkt', 'Brennpunktschule', 'Brennpunktschulen', 'Sonderschule', 'Sonderschulen', 'Förderschule', 'Roma-Klassen', 'Roma-Siedlung', 'Parallelgesellschaft', 'Abschottung'],
	// Radicalisation, extremism and recruitment
	['Radikalisierung', 'radikalisiert', 'radikal', 'Extremismus', 'extremistisch', 'Extremisten', 'Terrorismus', 'Terror', 'Deradikalisierung', 'Ausstieg', 'Ausstiegsprogramm', 'Anwerbung', 'anwerben', 'angeworben', 'Rekrutierung', 'rekrutiert', 'rekrutieren', 'Propaganda'],
	// Far right
	['Rechtsextremismus', 'rechtsextrem', 'rechtsextremistisch', 'Rechtsextreme', 'Rechtsradikale', 'rechtsradikal', 'Rechtspopulismus', 'Neonazi', 'Neonazis', 'Nazis', 'Reichsbürger'],
	// Jihadism
	['Dschihadismus', 'dschihadistisch', 'Dschihadisten', 'Dschihad', 'Jihadismus', 'Salafismus', 'Salafisten'],
	// Polarisation, tension and conflict between groups
	['Spannungen', 'Konflikt', 'Konflikte', 'Streit', 'Streitigkeiten', 'Auseinandersetzungen', 'Zusammenstöße', 'Reibereien', 'Feindseligkeit', 'Feindseligkeiten', 'Polarisierung', 'polarisiert', 'Spaltung', 'gespalten', 'Lagerbildung', 'Gegeneinander'],
	// Trust and mistrust
	['Vertrauen', 'Vertrauensbildung', 'vertrauensbildend', 'Misstrauen', 'Vertrauensverlust', 'Glaubwürdigkeit'],
	// Police
	['Polizei', 'Polizist', 'Polizisten', 'Polizistin', 'Polizistinnen', 'Polizeibeamte', 'Polizeibeamtinnen', 'Streife', 'Ortspolizei', 'Gendarmerie'],
	// Ethnic profiling
	['Racial Profiling', 'Ethnic Profiling', 'Profiling', 'anlasslos', 'anlasslose Kontrollen', 'verdachtsunabhängig', 'verdachtsunabhängige Kontrollen', 'Ausweiskontrolle', 'Ausweiskontrollen'],
	// Hate crime and attacks
	['Hasskriminalität', 'Hassverbrechen', 'Hassdelikte', 'Hassgewalt', 'Übergriff', 'Übergriffe', 'Angriff', 'Angriffe', 'angegriffen', 'Anschlag', 'Anschläge'],
	// Victims
	['Opfer', 'Betroffene', 'Geschädigte', 'Opferberatung', 'Opferhilfe', 'Opferschutz', 'Betroffenenberatung'],
	// Reporting
	['Anzeige', 'anzeigen', 'Strafanzeige', 'melden', 'Meldung', 'Meldungen', 'Meldestelle', 'Meldesystem', 'Dunkelziffer', 'Untererfassung', 'Underreporting'],
	// Legal aid, rights and complaints
	['Rechtsberatung', 'Rechtshilfe', 'Rechtsbeistand', 'Rechtsschutz', 'Anwalt', 'Anwältin', 'Anwälte', 'Rechtsanwalt', 'Rechtsanwältin', 'juristisch', 'Grundrechte', 'Beschwerde', 'Beschwerden', 'beschweren', 'Beschwerdestelle', 'Beschwerdeverfahren', 'Ombudsstelle', 'Ombudsperson', 'Ombudsmann', 'Antidiskriminierungsstelle', 'Antidiskriminierungsbüro'],
	// School, pupils and teachers
	['Schule', 'Schulen', 'Schulklasse', 'Klasse', 'Klassen', 'Klassenzimmer', 'Unterricht', 'Grundschule', 'Mittelschule', 'Sekundarschule', 'Realschule', 'Hauptschule', 'Gesamtschule', 'Gymnasium', 'Schulalltag', 'Bildung', 'Bildungseinrichtung', 'Bildungseinrichtungen', 'Schüler', 'Schülerin', 'Schülerinnen', 'Schülerschaft', 'Lernende', 'Schulkinder', 'Lehrer', 'Lehrerin', 'Lehrerinnen', 'Lehrkraft', 'Lehrkräfte', 'Lehrpersonal', 'Lehrpersonen', 'Pädagogen', 'Pädagoginnen', 'Schulleitung'],
	// Early school leaving and absenteeism
	['Schulabbruch', 'Schulabbrecher', 'Schulabbrecherinnen', 'Schulabgang', 'abbrechen', 'abgebrochen', 'Abbruch', 'frühzeitiger Schulabgang', 'vorzeitiger Schulabgang', 'Schulabsentismus', 'Absentismus', 'Schulschwänzen', 'schwänzen', 'Schulverweigerung', 'Fehlzeiten', 'Schulbesuch', 'Schulpflicht'],
	// Young people
	['Jugendliche', 'Jugendlichen', 'Jugend', 'junge', 'jungen', 'Teenager', 'Teens', 'Heranwachsende', 'Jugendarbeit', 'Jugendzentrum', 'Jugendtreff'],
	// Children
	['Kinder', 'Kind', 'Kids', 'Minderjährige', 'minderjährig', 'unbegleitete Minderjährige', 'Kleinkinder', 'Kindheit', 'Kita', 'Kindergarten'],
	// Parents and families
	['Eltern', 'Elternteil', 'Elternarbeit', 'Elternbeteiligung', 'Familie', 'Familien', 'Erziehungsberechtigte'],
	// Roma, Sinti and Travellers
	['Roma', 'Romnja', 'Sinti', 'Sintizza', 'Sintizze', 'Romani', 'Romanes', 'Zigeuner', 'Fahrende', 'Jenische', 'Travellers', 'Roma-Gemeinschaft', 'Roma-Gemeinschaften', 'Roma-Bevölkerung', 'Roma-Familien', 'Roma-Kinder'],
	// Refugees, asylum seekers, displaced people, Ukrainians
	['Geflüchtete', 'Geflüchteten', 'Flüchtlinge', 'Flüchtling', 'Flucht', 'Asyl', 'Asylsuchende', 'Asylbewerber', 'Asylbewerberinnen', 'Asylwerber', 'Schutzsuchende', 'Schutzstatus', 'Schutzberechtigte', 'Vertriebene', 'Binnenvertriebene', 'Kriegsflüchtlinge', 'Ukraine', 'Ukrainer', 'Ukrainerinnen', 'ukrainisch', 'ukrainische'],
	// Migrants, newcomers and foreigners
	['Migranten', 'Migrantinnen', 'Migrant', 'Migration', 'Migrationshintergrund', 'Zugewanderte', 'Zugewanderten', 'Zuwanderer', 'Zuwanderung', 'Einwanderer', 'Einwanderung', 'Immigranten', 'Neuzugewanderte', 'Neuankömmlinge', 'Ausländer', 'Ausländerinnen', 'ausländische', 'Drittstaatsangehörige', 'Drittstaatsangehörigen'],
	// Residence status
	['Aufenthaltsstatus', 'Aufenthaltstitel', 'Aufenthaltserlaubnis', 'Aufenthaltsrecht', 'Niederlassungserlaubnis', 'Duldung', 'geduldet', 'Papiere', 'undokumentiert', 'irregulär', 'Abschiebung'],
	// Citizenship and naturalisation
	['Staatsbürgerschaft', 'Staatsangehörigkeit', 'Staatsbürger', 'Einbürgerung', 'einbürgern', 'eingebürgert', 'Einbürgerungstest', 'Pass'],
	// Women and girls
	['Frauen', 'Frau', 'Mädchen', 'Müttern', 'weiblich', 'Frauengruppe', 'Frauentreff', 'Frauenförderung'],
	// Gender equality
	['Gleichstellung', 'Geschlechtergleichstellung', 'Gleichberechtigung', 'Geschlechtergerechtigkeit', 'geschlechtergerecht', 'Gender', 'Frauenrechte'],
	// Gender-based and domestic violence
	['geschlechtsspezifische Gewalt', 'häusliche Gewalt', 'häusliche', 'sexualisierte Gewalt', 'sexuelle Gewalt', 'Zwangsheirat', 'Zwangsehe', 'Zwangsverheiratung', 'zwangsverheiratet', 'Femizid', 'Femizide'],
	// Female genital mutilation
	['Genitalverstümmelung', 'weibliche Genitalverstümmelung', 'FGM', 'Beschneidung', 'Genitalbeschneidung'],
	// Violence and crime
	['Gewalt', 'gewalttätig', 'Gewalttaten', 'Schlägerei', 'Schlägereien', 'Prügelei', 'Banden', 'Gangs', 'Kriminalität', 'kriminell', 'Straftaten', 'Delinquenz'],
	// Housing, accommodation, landlords and rent
	['Wohnen', 'Wohnung', 'Wohnungen', 'Wohnraum', 'Wohnsituation', 'Wohnungsmarkt', 'Wohnungssuche', 'Sozialwohnung', 'Sozialwohnungen', 'Mietwohnung', 'Unterkunft', 'Unterbringung', 'Wohnheim', 'Sammelunterkunft', 'Notunterkunft', 'Erstaufnahmeeinrichtung', 'Asylunterkunft', 'Heim', 'Vermieter', 'Vermieterin', 'Vermietung', 'vermieten', 'Miete', 'Mieten', 'Mieter', 'Mietvertrag', 'Hausverwaltung'],
	// Homelessness
	['Obdachlosigkeit', 'obdachlos', 'Obdachlose', 'Notschlafstelle', 'Notunterkunft'],
	// Work, employment, hiring and unemployment
	['Arbeit', 'Arbeitsplatz', 'Arbeitsmarkt', 'Arbeitsmarktintegration', 'Job', 'Jobs', 'Beschäftigung', 'Erwerbstätigkeit', 'Erwerbsarbeit', 'Anstellung', 'Beruf', 'berufliche', 'Jobsuche', 'Arbeitssuche', 'Ausbildung', 'Ausbildungsplatz', 'Berufsausbildung', 'Lehrstelle', 'arbeitslos', 'Arbeitslose', 'Arbeitslosigkeit', 'Erwerbslosigkeit', 'Jobcenter', 'Arbeitsagentur', 'Arbeitsamt', 'Bewerbung', 'Bewerbungen', 'Bewerbungsverfahren', 'Bewerbungsgespräch', 'Vorstellungsgespräch', 'Stellenausschreibung', 'anonymisierte Bewerbung'],
	// Employers
	['Arbeitgeber', 'Arbeitgeberin', 'Arbeitgeberinnen', 'Unternehmen', 'Firma', 'Firmen', 'Privatwirtschaft'],
	// Entrepreneurs and self-employment
	['Unternehmer', 'Unternehmerin', 'Unternehmerinnen', 'Unternehmertum', 'Selbstständigkeit', 'selbstständig', 'selbständig', 'Existenzgründung', 'Gründer', 'Gründerinnen', 'Firmengründung', 'Start-up', 'Startups', 'Kleinunternehmen', 'Gewerbe'],
	// Language, language classes, mother tongue and interpreters
	['Sprache', 'Sprachen', 'Deutsch', 'Deutschkurs', 'Deutschkurse', 'Sprachkurs', 'Sprachkurse', 'Sprachunterricht', 'Sprachförderung', 'Sprachkenntnisse', 'Spracherwerb', 'Sprachbarriere', 'Sprachbarrieren', 'Sprachprobleme', 'Sprachcafé', 'Zweitsprache', 'DaZ', 'Muttersprache', 'Erstsprache', 'Mehrsprachigkeit', 'mehrsprachig', 'zweisprachig', 'Dolmetscher', 'Dolmetscherin', 'Dolmetschen', 'Dolmetschdienst', 'Videodolmetschen', 'Übersetzung', 'übersetzen', 'Übersetzer', 'Übersetzerin', 'Sprachmittler', 'Sprachmittlerin', 'Sprachmittlung'],
	// Participation, having a say, participatory budget
	['Beteiligung', 'beteiligen', 'Bürgerbeteiligung', 'Partizipation', 'partizipativ', 'Mitbestimmung', 'mitbestimmen', 'Mitsprache', 'mitreden', 'Mitwirkung', 'mitwirken', 'Teilhabe', 'Entscheidungen', 'mitentscheiden', 'Engagement', 'einbringen', 'Bürgerhaushalt', 'Bürgerhaushalte'],
	// Consultation and councils
	['Konsultation', 'Konsultationen', 'Anhörung', 'Bürgerdialog', 'Bürgerforum', 'Bürgerversammlung', 'Bürgerrat', 'Beirat', 'Beiräte', 'Gremium', 'Runder Tisch', 'Runde Tische'],
	// Municipality and local authorities
	['Gemeinde', 'Gemeinden', 'Kommune', 'Kommunen', 'kommunal', 'kommunale', 'Stadt', 'Städte', 'Stadtverwaltung', 'Gemeindeverwaltung', 'Kommunalverwaltung', 'Rathaus', 'Bürgermeister', 'Bürgermeisterin', 'Stadtrat', 'Gemeinderat', 'Landkreis', 'Magistrat', 'Behörde', 'Behörden', 'Verwaltung'],
	// Public services and their staff
	['Dienst', 'Dienste', 'Dienstleistungen', 'Amt', 'Ämter', 'Bürgeramt', 'Behördengänge', 'Mitarbeitende', 'Mitarbeiter', 'Mitarbeiterinnen', 'Personal', 'Bedienstete', 'Beamte', 'Beamtinnen', 'Sachbearbeiter', 'Sachbearbeiterin', 'Fachkräfte', 'Fachleute'],
	// Training and awareness raising
	['Schulung', 'Schulungen', 'geschult', 'Fortbildung', 'Fortbildungen', 'Weiterbildung', 'Training', 'Trainings', 'Kurs', 'Kurse', 'Workshop', 'Workshops', 'Seminar', 'Seminare', 'Lehrgang', 'Qualifizierung', 'Coaching', 'Sensibilisierung', 'sensibilisieren', 'Bewusstseinsbildung'],
	// Neighbourhood and district
	['Nachbarschaft', 'Viertel', 'Stadtviertel', 'Stadtteil', 'Stadtteile', 'Quartier', 'Kiez', 'Wohnviertel', 'Wohngebiet', 'Siedlung', 'Wohnsiedlung', 'Hochhaussiedlung', 'Plattenbau', 'Bezirk', 'Stadtbezirk', 'Sozialraum', 'Wohnumfeld', 'Stadtteilarbeit', 'Quartiersmanagement', 'Gemeinwesenarbeit'],
	// Residents and local community
	['Anwohner', 'Anwohnerinnen', 'Anwohnende', 'Bewohner', 'Bewohnerinnen', 'Einwohner', 'Einwohnerinnen', 'Nachbarn', 'Nachbarinnen', 'Bevölkerung', 'Einheimische', 'Ortsansässige', 'Community', 'Communities', 'Gemeinwesen'],
	// Religion, faith communities, places of worship, interfaith
	['Religion', 'Religionen', 'religiös', 'religiöse', 'Glaube', 'Glaubensgemeinschaft', 'Glaubensgemeinschaften', 'Religionsgemeinschaft', 'Religionsgemeinschaften', 'Konfession', 'interreligiös', 'Moschee', 'Moscheen', 'Moscheegemeinde', 'Kirche', 'Kirchen', 'Kirchengemeinde', 'Synagoge', 'Gotteshaus', 'Gebetsraum', 'Tempel', 'Imam', 'Imame', 'Pfarrer', 'Pfarrerin', 'Rabbiner', 'Seelsorge'],
	// Muslims and Islam
	['Muslime', 'Muslimin', 'Musliminnen', 'muslimisch', 'Islam', 'Moschee', 'Moscheen', 'Moscheegemeinde', 'Moscheeverein', 'Imam', 'Imame'],
	// Health
	['Gesundheit', 'gesundheitlich', 'Gesundheitsversorgung', 'medizinisch', 'Medizin', 'Gesundheitsmediatoren', 'Gesundheitslotsen', 'Arzt', 'Ärztin', 'Ärzte', 'Hausarzt', 'Krankenhaus', 'Klinik', 'Krankenversicherung', 'Pflege', 'Impfung', 'Impfungen'],
	// Mental health
	['psychische Gesundheit', 'seelische Gesundheit', 'psychisch', 'psychische', 'Psyche', 'Trauma', 'traumatisiert', 'Traumatisierung', 'psychosozial', 'psychosoziale', 'Psychotherapie', 'Therapie', 'Psychologe', 'Psychologin', 'Depression', 'Depressionen', 'Stress', 'Belastung', 'Wohlbefinden'],
	// Disability
	['Behinderung', 'Behinderungen', 'behindert', 'Beeinträchtigung', 'Beeinträchtigungen', 'beeinträchtigt', 'Schwerbehinderung', 'Lernbehinderung', 'Rollstuhl', 'Rollstuhlfahrer', 'gehörlos', 'blind', 'sehbehindert'],
	// Social services and social workers
	['Sozialamt', 'Sozialdienst', 'Sozialdienste', 'Sozialarbeit', 'Sozialarbeiter', 'Sozialarbeiterin', 'Sozialarbeitende', 'Sozialpädagoge', 'Sozialpädagogin', 'Sozialpädagogen', 'Sozialberatung', 'Fallmanagement', 'Streetwork', 'Streetworker'],
	// Benefits, cash assistance and poverty
	['Sozialleistungen', 'Sozialhilfe', 'Bürgergeld', 'Hartz', 'Grundsicherung', 'Geldleistungen', 'Bargeld', 'Bargeldhilfe', 'Zahlungen', 'Transferleistungen', 'Armut', 'arm', 'Armutsgefährdung', 'armutsgefährdet', 'prekär', 'bedürftig', 'Bedürftigkeit', 'Schulden', 'Geldsorgen', 'Tafel'],
	// Welcome, reception, orientation and one-stop shops
	['Willkommen', 'Willkommenskultur', 'Willkommenszentrum', 'Welcome Center', 'Aufnahme', 'Ankunft', 'Ankommen', 'Erstaufnahme', 'Erstorientierung', 'Orientierung', 'Orientierungskurs', 'Erstberatung', 'Anlaufstelle', 'One-Stop-Shop', 'Beratungsstelle', 'Beratung', 'Infopoint', 'Servicestelle', 'Lotsen'],
	// Integration and inclusion
	['Integration', 'integrieren', 'integriert', 'Eingliederung', 'Inklusion', 'inklusiv', 'Integrationsarbeit', 'Integrationsmaßnahmen'],
	// Media
	['Medien', 'Presse', 'Journalisten', 'Journalistinnen', 'Journalismus', 'Zeitung', 'Zeitungen', 'Lokalzeitung', 'Berichterstattung', 'Medienberichterstattung', 'Medienschaffende', 'Fernsehen', 'Radio', 'Schlagzeilen'],
	// Culture and festivals
	['Kultur', 'kulturell', 'Kunst', 'Theater', 'Musik', 'Museum', 'Bibliothek', 'Fest', 'Feste', 'Festival', 'Festivals', 'Feier', 'Feiern', 'Veranstaltung', 'Veranstaltungen', 'Sommerfest', 'Kulturfest'],
	// Sport and leisure
	['Sport', 'Sportverein', 'Sportvereine', 'Fußball', 'Fussball', 'Mannschaft', 'Stadion', 'Fans', 'Freizeit', 'Freizeitangebote', 'Freizeitaktivitäten', 'Hobby', 'Hobbys', 'Ferienprogramm', 'Ausflüge'],
	// Dialogue and encounter
	['Dialog', 'Gespräch', 'Gespräche', 'Gesprächskreis', 'Austausch', 'Begegnung', 'Begegnungen', 'Begegnungsort', 'Kontakt', 'Kontakte'],
	// Mediation
	['Mediation', 'Mediator', 'Mediatorin', 'Mediatoren', 'Mediatorinnen', 'Vermittlung', 'vermitteln', 'Konfliktvermittlung', 'Konfliktlösung', 'Streitschlichtung', 'Schlichtung', 'Schlichter', 'Schulmediation', 'Roma-Mediatoren', 'Roma-Mediatorinnen'],
	// Coordination and cooperation between services
	['Kooperation', 'kooperieren', 'Koordination', 'Koordinierung', 'koordinieren', 'Vernetzung', 'vernetzen', 'Netzwerk', 'Netzwerke', 'Partnerschaft', 'Partnerschaften', 'ämterübergreifend', 'ressortübergreifend', 'multiprofessionell', 'interdisziplinär', 'Fallkonferenz', 'Runder Tisch'],
	// Funding
	['Finanzierung', 'finanzieren', 'finanziert', 'Fördermittel', 'Fördergelder', 'Förderprogramm', 'Förderantrag', 'Zuschuss', 'Zuschüsse', 'Geld', 'Gelder', 'Geldgeber', 'Budget', 'Finanzmittel', 'Fonds', 'Stiftung', 'Stiftungen', 'Spenden', 'Sponsoring', 'Drittmittel'],
	// Civil society, associations and volunteers
	['Zivilgesellschaft', 'zivilgesellschaftliche', 'NGO', 'NGOs', 'Nichtregierungsorganisationen', 'Vereine', 'Ehrenamt', 'Ehrenamtliche', 'ehrenamtlich', 'Freiwillige', 'freiwillig'],
	// Intercultural relations and diversity
	['interkulturell', 'interkulturelle', 'Interkulturalität', 'Vielfalt', 'Diversität', 'Diversity', 'multikulturell'],
];
