import { describe, expect, it } from 'vitest';
import { fieldLine } from '../../src/model/field-line.ts';

const frontmatter = `title: "A"
areas: [welcoming-policies, publc-services]
impact:
  summary: "Reached 480."
  figures:
    - value: "480"
      label: agents
      kind: result
    - value: "130"
      label: trained
      kind: reslt
organisations:
  lead: [City]
source:
  document: coe
  page: 3`;

describe('fieldLine', () => {
	it('finds a top-level field, a nested one and one inside a list item', () => {
		expect(fieldLine(frontmatter, 'title')).toBe(1);
		expect(fieldLine(frontmatter, 'areas[1]')).toBe(2);
		expect(fieldLine(frontmatter, 'impact.summary')).toBe(4);
		expect(fieldLine(frontmatter, 'impact.figures[0].value')).toBe(6);
		expect(fieldLine(frontmatter, 'impact.figures[1]')).toBe(9);
		expect(fieldLine(frontmatter, 'impact.figures[1].kind')).toBe(11);
		expect(fieldLine(frontmatter, 'source.page')).toBe(16);
	});

	it('counts from the line the YAML starts on in its file', () => {
		expect(fieldLine(frontmatter, 'source.page', 2)).toBe(17);
	});

	it('gives the nearest written parent of a field that is missing, and nothing for a missing top-level one', () => {
		expect(fieldLine(frontmatter, 'impact.figures[2].kind')).toBe(5);
		expect(fieldLine(frontmatter, 'organisations.partners')).toBe(12);
		expect(fieldLine(frontmatter, 'evidence')).toBeUndefined();
	});

	it('finds a field of an item in a top-level list, as content/sources.yaml is written', () => {
		const sources = '- id: a\n  title: A\n- id: b\n  title: B\n  paged: yes';
		expect(fieldLine(sources, '[1].title')).toBe(4);
		expect(fieldLine(sources, '[1].paged')).toBe(5);
		expect(fieldLine(sources, '[0]')).toBe(1);
	});
});
