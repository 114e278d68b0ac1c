import { describe, expect, it } from 'vitest';
import { similarEntries, words } from '../../src/model/similar.ts';

const entry = (id: string, text: string, areas: string[], type = 'project', targets: string[] = [], level = 'local') => ({ id, text, areas, targets, type, level });

describe('similar entries', () => {
	const inputs = [
		entry('bilbao', 'Anti-rumours strategy: a network of anti-rumours agents challenges stereotypes and rumours about migrants in schools.', ['inclusive-narratives', 'education'], 'policy'),
		entry('fuenlabrada', 'Anti-rumours strategy: the city trains anti-rumours agents to counter rumours and stereotypes about diversity.', ['inclusive-narratives'], 'policy'),
		entry('valga', 'Roma mentoring service helps Roma families with schooling, services and employment.', ['roma-travellers'], 'service', ['roma-travellers']),
		entry('greece', 'Roma branches of community centres help Roma families with schooling, health and work.', ['roma-travellers', 'health-social-care'], 'service', ['roma-travellers']),
		entry('oslo', 'Research and data on discrimination in the labour market, with surveys of employers.', ['business-employment'], 'research'),
	];
	const similar = similarEntries(inputs, 'en', { min: 1, max: 2 });

	it('pairs the entries that share words and areas, best first, never an entry with itself', () => {
		expect(similar.get('bilbao')![0].id).toBe('fuenlabrada');
		expect(similar.get('fuenlabrada')![0].id).toBe('bilbao');
		expect(similar.get('valga')![0].id).toBe('greece');
		for (const [id, matches] of similar) expect(matches.map((match) => match.id)).not.toContain(id);
	});

	it('says what the two share', () => {
		const match = similar.get('valga')![0];
		expect(match.areas).toEqual(['roma-travellers']);
		expect(match.targets).toEqual(['roma-travellers']);
		expect(match.sameType).toBe(true);
		expect(match.words).toContain('roma');
	});

	it('keeps no more than asked, and leaves out matches under half the best one', () => {
		for (const matches of similar.values()) expect(matches.length).toBeLessThanOrEqual(2);
		const bilbao = similar.get('bilbao')!;
		for (const match of bilbao.slice(1)) expect(match.score).toBeGreaterThanOrEqual(bilbao[0].score / 2);
	});

	it('reads the words of any of the site’s languages', () => {
		expect(words('Anti-zvonuri: școli și țări, 2024', 'ro')).toEqual(['anti-zvonuri', 'școli', 'țări']);
	});
});
