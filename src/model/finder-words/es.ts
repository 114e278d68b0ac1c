/** Spanish: words that say nothing about a situation, and groups of words practitioners use for the same one (src/model/finder-text.ts). */
export const stopWords: readonly string[] = [
	// Articles, pronouns, question words
	'el', 'la', 'los', 'las', 'lo', 'un', 'una', 'unos', 'unas', 'al', 'del',
	'yo', 'él', 'ella', 'ellos', 'ellas', 'nosotros', 'usted', 'ustedes', 'me', 'te', 'se', 'nos', 'le', 'les',
	'mi', 'mis', 'tu', 'tus', 'su', 'sus', 'nuestro', 'nuestra', 'nuestros', 'nuestras',
	'este', 'esta', 'estos', 'estas', 'ese', 'esa', 'esos', 'esas', 'aquel', 'esto', 'eso',
	'que', 'quien', 'quienes', 'cual', 'cuales', 'donde', 'cuando', 'como',
	// Prepositions and conjunctions
	'a', 'con', 'contra', 'de', 'desde', 'durante', 'en', 'entre', 'hacia', 'hasta', 'para', 'por', 'según', 'sin',
	'sobre', 'tras', 'través', 'y', 'e', 'o', 'u', 'ni', 'pero', 'sino', 'porque', 'pues', 'aunque', 'si', 'no', 'también',
	'además', 'mientras',
	// Auxiliaries and common verbs
	'ser', 'es', 'son', 'era', 'eran', 'fue', 'fueron', 'sido',
	'estar', 'está', 'están', 'estamos', 'haber', 'he', 'ha', 'han', 'hemos', 'había', 'hay',
	'tener', 'tiene', 'tienen', 'tenemos', 'hacer', 'hace', 'hacen', 'ir', 'va', 'van', 'vamos',
	'querer', 'quiere', 'quieren', 'queremos', 'necesitar', 'necesita', 'necesitan', 'necesitamos',
	'poder', 'puede', 'pueden', 'podemos', 'deber', 'debe', 'deben', 'saber', 'dar', 'decir', 'dice', 'dicen',
	'parece', 'seguir', 'sigue', 'ver',
	// Quantities, time, manner
	'muy', 'mucho', 'mucha', 'muchos', 'muchas', 'poco', 'pocos', 'bastante', 'demasiado', 'tan', 'tanto', 'más', 'menos',
	'algo', 'alguien', 'alguno', 'alguna', 'algunos', 'algunas', 'nada', 'nadie', 'todo', 'toda', 'todos', 'todas', 'cada',
	'otro', 'otra', 'otros', 'otras', 'mismo', 'siempre', 'nunca', 'menudo', 'ahora', 'ya', 'todavía', 'aún', 'hoy',
	'después', 'antes', 'últimamente', 'aquí', 'allí', 'así', 'bien', 'solo', 'casi', 'realmente',
	// Words of any situation
	'problema', 'situación', 'cuestión', 'tema', 'asunto', 'caso', 'cosa', 'ayuda', 'ayudar', 'apoyo', 'apoyar',
	'persona', 'personas', 'gente', 'manera', 'forma', 'tipo', 'pasa', 'pasar', 'ocurre', 'sucede', 'lugar', 'vez', 'veces',
	'años', 'compañero', 'compañera', 'colega', 'ejemplo',
];

export const synonyms: readonly (readonly string[])[] = [
	// Rumours, misinformation, stereotypes
	['rumor', 'rumores', 'bulo', 'bulos', 'chismes', 'cotilleos', 'antirrumores', 'falsedades'],
	['desinformación', 'desinformar', 'noticias falsas', 'fake news', 'bulo', 'bulos', 'mentiras', 'manipulación'],
	['estereotipo', 'estereotipos', 'prejuicio', 'prejuicios', 'tópicos', 'clichés', 'estigma', 'estigmatización', 'estigmatizar'],
	// Hate speech, insults, bullying
	['odio', 'discurso de odio', 'discursos de odio', 'incitación al odio', 'hate speech'],
	['insulto', 'insultos', 'insultar', 'insultan', 'injurias', 'ofensas', 'ofensivo', 'humillación', 'humillaciones', 'humillar', 'burlas', 'vejaciones', 'motes'],
	['ciberodio', 'odio online', 'odio en internet', 'odio en redes', 'haters', 'trolls', 'troles'],
	['acoso', 'acosar', 'acosador', 'acoso escolar', 'ciberacoso', 'bullying', 'ciberbullying', 'hostigamiento', 'intimidación', 'matoneo'],
	// Discrimination and racism
	['discriminación', 'discriminar', 'discriminado', 'discriminados', 'discriminatorio', 'discriminatoria', 'igualdad de trato'],
	['contratación', 'contratar', 'contratan', 'procesos de selección', 'entrevista de trabajo', 'entrevistas de trabajo', 'currículum', 'CV'],
	['racismo', 'racista', 'racistas', 'racial', 'raciales', 'xenofobia', 'xenófobo', 'xenófoba', 'antirracista', 'antirracismo'],
	['antigitanismo', 'anti-gitanismo', 'romafobia', 'antiziganismo', 'antigitano', 'antigitana', 'racismo antigitano'],
	['islamofobia', 'islamófobo', 'islamófoba', 'antimusulmán', 'antimusulmana', 'racismo antimusulmán', 'odio antimusulmán'],
	['antisemitismo', 'antisemita', 'antisemitas', 'judeofobia', 'antijudío', 'antijudía', 'odio antijudío'],
	['minoría', 'minorías', 'minoritario', 'minoritaria', 'minorías étnicas', 'étnico', 'étnica', 'étnicos', 'étnicas'],
	// Segregation
	['segregación', 'segregado', 'segregada', 'segregadas', 'segregar', 'segregación escolar'],
	['gueto', 'guetos', 'guetización', 'guetizado', 'barrio marginal', 'barrios marginales', 'asentamiento', 'asentamientos', 'chabola', 'chabolas', 'chabolismo', 'infravivienda', 'poblado', 'poblados', 'barraquismo'],
	// Radicalisation and extremism
	['radicalización', 'radicalizarse', 'radicalizado', 'radicalizados', 'radical', 'radicales', 'desradicalización', 'extremismo', 'extremista', 'extremistas', 'extremismo violento', 'captación', 'captar', 'reclutamiento', 'reclutar', 'reclutan', 'adoctrinamiento', 'adoctrinar', 'proselitismo'],
	['extrema derecha', 'ultraderecha', 'ultraderechista', 'ultraderechistas', 'ultras', 'neonazi', 'neonazis', 'fascismo', 'fascista', 'fascistas', 'supremacismo', 'supremacista', 'supremacistas', 'skinheads'],
	['yihadismo', 'yihadista', 'yihadistas', 'islamista', 'islamistas', 'islamismo radical', 'terrorismo', 'terrorista', 'terroristas', 'daesh'],
	// Tension between groups
	['polarización', 'polarizado', 'polarizada', 'polarizar', 'división', 'divisiones', 'fractura', 'crispación'],
	['conflicto', 'conflictos', 'conflictividad', 'tensión', 'tensiones', 'enfrentamiento', 'enfrentamientos', 'pelea', 'peleas', 'choques', 'roces', 'disturbios', 'altercados', 'broncas', 'intolerancia', 'rechazo', 'rechazar', 'hostilidad', 'hostil', 'miedo', 'temor', 'resentimiento'],
	['convivencia', 'convivir', 'conviven', 'cohesión', 'coexistencia', 'coexistir'],
	['confianza', 'confiar', 'desconfianza', 'desconfían', 'recelo', 'credibilidad', 'legitimidad'],
	['diálogo', 'diálogos', 'dialogar', 'conversación', 'conversaciones', 'encuentro', 'encuentros', 'intercambio', 'intercambios'],
	['mediación', 'mediar', 'mediador', 'mediadores', 'mediadora', 'mediadoras', 'resolución de conflictos'],
	// Police, hate crime, victims, reporting, legal help
	['policía', 'policías', 'policial', 'policiales', 'poli', 'guardia', 'guardias', 'mossos', 'ertzaintza', 'comisaría', 'comisarías', 'patrulla', 'patrullas'],
	['perfil étnico', 'perfiles étnicos', 'perfil racial', 'perfilamiento', 'perfilamiento étnico', 'perfilación', 'cacheo', 'cacheos', 'redada', 'redadas'],
	['delitos de odio', 'delito de odio', 'crimen de odio', 'crímenes de odio', 'agresiones racistas', 'agresión racista', 'ataques racistas', 'ataque racista'],
	['víctima', 'víctimas', 'victimización', 'revictimización', 'agredido', 'agredida', 'agredidos', 'agredidas'],
	['denuncia', 'denuncias', 'denunciar', 'denuncian', 'denunciado', 'infradenuncia', 'reportar', 'reporte', 'queja', 'quejas', 'quejarse', 'reclamación', 'reclamaciones', 'reclamar', 'defensoría', 'defensor', 'ararteko', 'ombudsman'],
	['abogado', 'abogados', 'abogada', 'abogadas', 'letrado', 'letrada', 'jurídico', 'jurídica', 'jurídicos', 'legal', 'legales', 'derechos'],
	// School, pupils, teachers, dropout
	['escuela', 'escuelas', 'colegio', 'colegios', 'cole', 'escolar', 'escolares', 'escolarización', 'aula', 'aulas', 'clase', 'clases', 'educación', 'educativo', 'educativa', 'enseñanza', 'primaria', 'secundaria'],
	['alumno', 'alumnos', 'alumna', 'alumnas', 'alumnado', 'estudiante', 'estudiantes', 'escolares'],
	['profesor', 'profesora', 'profesores', 'profesoras', 'profesorado', 'docente', 'docentes', 'maestro', 'maestra', 'maestros', 'maestras', 'tutor', 'tutora', 'tutores', 'claustro', 'educador', 'educadora', 'educadores'],
	['abandono escolar', 'abandono', 'abandonan', 'abandonar', 'absentismo', 'ausentismo', 'fracaso escolar', 'deserción escolar', 'desescolarización', 'desenganche'],
	// Young people, children, families
	['joven', 'jóvenes', 'juventud', 'juvenil', 'juveniles', 'adolescente', 'adolescentes', 'adolescencia', 'chaval', 'chavales', 'chicos', 'chicas', 'muchachos'],
	['niño', 'niños', 'niña', 'niñas', 'infancia', 'infantil', 'menor', 'menores', 'hijo', 'hija', 'hijos', 'hijas', 'críos'],
	['familia', 'familias', 'familiar', 'familiares', 'padre', 'padres', 'madre', 'madres', 'progenitores', 'AMPA', 'reagrupación familiar'],
	// Roma
	['roma', 'gitano', 'gitanos', 'gitana', 'gitanas', 'romaní', 'romaníes', 'calé', 'calós', 'rom', 'rrom', 'travellers', 'nómadas'],
	// Refugees and migrants
	['refugiado', 'refugiados', 'refugiada', 'refugiadas', 'asilo', 'solicitantes de asilo', 'desplazado', 'desplazados', 'desplazadas', 'apátrida', 'apátridas', 'exiliado', 'exiliados'],
	['ucraniano', 'ucranianos', 'ucraniana', 'ucranianas', 'ucrania', 'protección temporal', 'desplazados', 'desplazadas'],
	['migrante', 'migrantes', 'inmigrante', 'inmigrantes', 'inmigración', 'migración', 'migraciones', 'migratorio', 'migratoria', 'emigrantes', 'extranjero', 'extranjeros', 'extranjera', 'extranjeras', 'extracomunitarios', 'recién llegados', 'recién llegadas', 'recién llegado', 'foráneos', 'sin papeles', 'indocumentado', 'indocumentados', 'indocumentadas', 'irregular', 'irregulares', 'arraigo'],
	// Women and gender
	['mujer', 'mujeres', 'chicas', 'niñas', 'madre', 'madres', 'femenino', 'femenina'],
	['violencia de género', 'violencia machista', 'violencia doméstica', 'violencia intrafamiliar', 'violencia sexual', 'maltrato', 'maltratador', 'machismo', 'machista', 'matrimonio forzado', 'matrimonios forzados', 'feminicidio', 'femicidio'],
	['mutilación genital femenina', 'mutilación genital', 'mutilación', 'ablación', 'MGF'],
	// Housing
	['vivienda', 'viviendas', 'alojamiento', 'alojamientos', 'casa', 'casas', 'piso', 'pisos', 'hogar', 'hogares', 'habitación', 'habitaciones', 'realojo', 'realojamiento'],
	['albergue', 'albergues', 'refugio', 'refugios', 'alojamiento temporal', 'alojamiento de emergencia'],
	['sinhogarismo', 'sin hogar', 'sin techo', 'sintecho', 'indigencia', 'indigente', 'indigentes', 'desahucio', 'desahucios', 'desalojo', 'desalojos'],
	['alquiler', 'alquileres', 'alquilar', 'arrendamiento', 'arrendador', 'arrendadores', 'casero', 'caseros', 'propietario', 'propietarios', 'inmobiliaria', 'inmobiliarias'],
	// Work and business
	['empleo', 'empleos', 'trabajo', 'trabajos', 'laboral', 'laborales', 'ocupación', 'empleabilidad', 'inserción laboral', 'mercado laboral', 'mercado de trabajo', 'curro', 'desempleo', 'desempleado', 'desempleados', 'desempleadas', 'paro', 'parados'],
	['empleador', 'empleadores', 'empleadora', 'empleadoras', 'empresa', 'empresas', 'empresarios', 'empresariado', 'patronal'],
	['emprendimiento', 'emprender', 'emprendedor', 'emprendedora', 'emprendedores', 'emprendedoras', 'autoempleo', 'negocio', 'negocios', 'comercio', 'comercios', 'pymes', 'microempresa', 'microempresas', 'microcréditos'],
	// Language
	['idioma', 'idiomas', 'lengua', 'lenguas', 'lengua materna', 'castellano', 'lingüístico', 'lingüística', 'alfabetización', 'bilingüe', 'plurilingüismo', 'intérprete', 'intérpretes', 'interpretación', 'traducción', 'traducir', 'traductor', 'traductora', 'traductores'],
	// Participation and local government
	['participación', 'participar', 'participativo', 'participativa', 'voz', 'decisiones', 'consulta', 'consultas', 'consultar', 'presupuestos participativos', 'presupuesto participativo', 'implicación', 'codecisión'],
	['ayuntamiento', 'ayuntamientos', 'municipio', 'municipios', 'municipal', 'municipales', 'alcaldía', 'alcalde', 'alcaldesa', 'concejal', 'concejala', 'concejales', 'concejalía', 'diputación'],
	['servicios públicos', 'servicio público', 'administración', 'administraciones', 'funcionario', 'funcionarios', 'funcionaria', 'funcionarias', 'funcionariado', 'ventanilla'],
	['formación', 'formaciones', 'formar', 'formado', 'formados', 'formadores', 'curso', 'cursos', 'taller', 'talleres', 'capacitación', 'capacitar', 'seminario', 'seminarios', 'módulo', 'sensibilización', 'sensibilizar', 'concienciación', 'concienciar'],
	// Neighbourhood and faith
	['barrio', 'barrios', 'vecindario', 'vecindad', 'distrito', 'distritos', 'barriada', 'barriadas', 'zona', 'zonas', 'periferia', 'extrarradio', 'vecino', 'vecina', 'vecinos', 'vecinas', 'vecinal', 'residentes', 'habitantes', 'comunidad', 'comunidades', 'comunitario', 'comunitaria'],
	['religión', 'religiones', 'religioso', 'religiosa', 'religiosos', 'religiosas', 'culto', 'mezquita', 'mezquitas', 'iglesia', 'iglesias', 'sinagoga', 'sinagogas', 'templo', 'templos', 'imán', 'imanes', 'interreligioso', 'interreligiosa', 'interconfesional', 'musulmán', 'musulmanes', 'musulmana', 'musulmanas', 'islámico', 'islámica'],
	// Health, disability, social help
	['salud', 'sanidad', 'sanitario', 'sanitaria', 'sanitarios', 'médico', 'médicos', 'médica', 'enfermería', 'enfermera', 'salud mental', 'psicológico', 'psicológica', 'psicólogo', 'psicóloga', 'psicosocial', 'trauma', 'traumas', 'ansiedad', 'depresión', 'cuidados', 'cuidadoras'],
	['discapacidad', 'discapacidades', 'discapacitado', 'discapacitados', 'discapacitadas', 'minusvalía', 'accesibilidad', 'sordos', 'ciegos'],
	['servicios sociales', 'trabajador social', 'trabajadora social', 'trabajadores sociales', 'trabajadoras sociales', 'educador social', 'educadora social', 'educadores sociales', 'prestación', 'prestaciones', 'subsidio', 'subsidios', 'IMV', 'transferencias monetarias'],
	['pobreza', 'pobres', 'exclusión', 'vulnerabilidad', 'vulnerable', 'vulnerables', 'precariedad', 'precario', 'precaria', 'marginación', 'marginalidad'],
	['acogida', 'acoger', 'acogen', 'recepción', 'bienvenida', 'llegada', 'integración', 'integrar', 'integrarse', 'inclusión', 'inclusivo', 'inclusiva', 'inserción', 'orientación', 'orientar', 'asesoramiento', 'asesorar', 'acompañamiento', 'acompañar'],
	// Media, culture, cooperation
	['prensa', 'periodista', 'periodistas', 'periodismo', 'periódico', 'periódicos', 'noticias', 'televisión', 'radio', 'mediático', 'mediática'],
	['redes', 'internet', 'online', 'digital', 'digitales', 'facebook', 'instagram', 'tiktok', 'twitter', 'whatsapp', 'youtube', 'telegram', 'ciberespacio'],
	['cultura', 'cultural', 'culturales', 'ocio', 'festival', 'festivales', 'fiesta', 'fiestas', 'música', 'arte', 'artes', 'teatro', 'cine', 'deporte', 'deportes', 'deportivo', 'deportiva', 'fútbol', 'baloncesto', 'club', 'clubes'],
	['coordinación', 'coordinar', 'cooperación', 'colaboración', 'colaborar', 'multiagencia', 'interinstitucional', 'intersectorial', 'protocolo', 'protocolos', 'derivación', 'derivar'],
	['nacionalidad', 'naturalización', 'nacionalizarse', 'pasaporte'],
	['financiación', 'financiar', 'financiado', 'fondos', 'fondo', 'subvención', 'subvenciones', 'presupuesto', 'presupuestos', 'dinero', 'convocatoria', 'convocatorias', 'beca', 'becas', 'patrocinio'],
];

