/**
 * What each evidence level means, in every language: the evidence page explains them, and every badge links there.
 * The levels themselves and their labels are in vocabularies.ts; the rule for choosing one is the field guide's.
 */
import type { Translatable } from '../i18n/locales.ts';
import type { evidenceLevels } from './vocabularies.ts';

type EvidenceLevel = (typeof evidenceLevels.codes)[number];

export const evidenceMeaning: Record<EvidenceLevel, Translatable> = {
	'self-reported': {
		en: 'The practice is described by those who run it or by the contributor who submitted it. Nothing in the source shows that its results were measured or checked.',
		fr: 'La pratique est décrite par ceux qui la mettent en œuvre ou par le contributeur qui l’a soumise. Rien dans la source ne montre que ses résultats aient été mesurés ou vérifiés.',
		de: 'Das Praxisbeispiel wird von denjenigen beschrieben, die es durchführen, oder von der mitwirkenden Person, die es eingereicht hat. Aus der Quelle geht nicht hervor, dass seine Ergebnisse gemessen oder überprüft wurden.',
		es: 'La práctica la describen quienes la llevan a cabo o el colaborador que la propuso. Nada en la fuente muestra que sus resultados se hayan medido o verificado.',
		it: 'La pratica è descritta da chi la realizza o da chi l’ha proposta come contributo. Nulla nella fonte mostra che i suoi risultati siano stati misurati o verificati.',
		ro: 'Practica este descrisă de cei care o implementează sau de contributorul care a propus-o. Nimic din sursă nu arată că rezultatele sale au fost măsurate sau verificate.',
	},
	monitored: {
		en: 'The source reports monitoring of this practice: indicators, or data collected regularly on what it does and whom it reaches.',
		fr: 'La source fait état d’un suivi de cette pratique : des indicateurs, ou des données recueillies régulièrement sur ce qu’elle fait et sur les personnes qu’elle atteint.',
		de: 'Die Quelle berichtet über ein Monitoring dieses Praxisbeispiels: Indikatoren oder regelmäßig erhobene Daten über seine Aktivitäten und darüber, wen es erreicht.',
		es: 'La fuente informa de un seguimiento de esta práctica: indicadores, o datos recogidos periódicamente sobre lo que hace y a quién llega.',
		it: 'La fonte riferisce di un monitoraggio di questa pratica: indicatori, o dati raccolti regolarmente su ciò che fa e su chi raggiunge.',
		ro: 'Sursa menționează o monitorizare a acestei practici: indicatori sau date colectate periodic despre activitățile sale și despre persoanele la care ajunge.',
	},
	evaluated: {
		en: 'The source reports an evaluation of the practice, without saying that it was independent of those who run it.',
		fr: 'La source fait état d’une évaluation de la pratique, sans indiquer que cette évaluation était indépendante de ceux qui mettent en œuvre la pratique.',
		de: 'Die Quelle berichtet über eine Evaluation des Praxisbeispiels, ohne anzugeben, dass diese von denjenigen unabhängig war, die es durchführen.',
		es: 'La fuente informa de una evaluación de la práctica, sin indicar que fuera independiente de quienes la llevan a cabo.',
		it: 'La fonte riferisce di una valutazione della pratica, senza indicare che fosse indipendente da chi la realizza.',
		ro: 'Sursa menționează o evaluare a practicii, fără a preciza că aceasta a fost independentă de cei care o implementează.',
	},
	'independently-evaluated': {
		en: 'The source reports an evaluation by a body independent of those who run the practice.',
		fr: 'La source fait état d’une évaluation réalisée par un organisme indépendant de ceux qui mettent en œuvre la pratique.',
		de: 'Die Quelle berichtet über eine Evaluation durch eine Stelle, die von denjenigen unabhängig ist, die das Praxisbeispiel durchführen.',
		es: 'La fuente informa de una evaluación realizada por un organismo independiente de quienes llevan a cabo la práctica.',
		it: 'La fonte riferisce di una valutazione svolta da un organismo indipendente da chi realizza la pratica.',
		ro: 'Sursa menționează o evaluare realizată de un organism independent de cei care implementează practica.',
	},
};
