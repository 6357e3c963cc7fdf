import { describe, expect, it } from 'vitest';
import { readStructure } from '../../src/lib/generate/structure';

const kinds = (text: string) => readStructure(text).blocks.map((b) => `${b.kind}: ${b.text.split(/\s+/).slice(0, 3).join(' ')}`);

describe('the shape of a real article', () => {
	const release = [
		'Harbor Agency Picks New Ferry Operator',
		'',
		'The new ferry Aurora docks at Pier 4 on a test run, March 2, 2024. Credit: Harbor Agency/Lee Park',
		'',
		'The Harbor Agency on Monday chose Northwind Lines to run the island ferry from June, replacing a contract that ran for 14 years.',
		'',
		'Ferry schedule for launch day:',
		'',
		'8 a.m. – First sailing',
		'',
		'Learn more about the island ferry at:',
		'',
		'https://harbor.example.gov/ferry',
		'',
		'-end-',
		'',
		'Dana Lowe',
		'Harbor Agency, Port City',
		'555-201-3344',
		'dana.lowe@harbor.example.gov'
	].join('\n');

	it('keeps the headline and the body apart from captions, schedules, links and the contact block', () => {
		expect(kinds(release)).toEqual([
			'headline: Harbor Agency Picks',
			'caption: The new ferry',
			'body: The Harbor Agency',
			'heading: Ferry schedule for',
			'logistics: 8 a.m. –',
			'boilerplate: Learn more about',
			'boilerplate: https://harbor.example.gov/ferry',
			'boilerplate: -end-',
			'boilerplate: Dana Lowe',
			'boilerplate: Harbor Agency, Port',
			'boilerplate: 555-201-3344',
			'boilerplate: dana.lowe@harbor.example.gov'
		]);
	});

	it('reads the title from the headline, the date from the text and the publisher from its own addresses', () => {
		// The only date is the photo caption's, which says when the photo was taken: no date for the article.
		expect(readStructure(release).details).toEqual({ title: 'Harbor Agency Picks New Ferry Operator', publisher: undefined });
		const bodyDated = release.replace('The Harbor Agency on Monday chose', 'The Harbor Agency on March 4, 2024, chose');
		expect(readStructure(bodyDated).details).toMatchObject({ date: '2024-03-04', dateFrom: 'text' });
		const gov = release.replace(/harbor\.example\.gov/g, 'harbor.gov');
		expect(readStructure(gov).details.publisher).toBe('Harbor');
	});

	it('takes the date from a dateline first, and never invents one', () => {
		const wire = 'Council Approves Budget\n\nPORT CITY (AP) — The city council approved a $4.2 million budget on Tuesday after a four-hour meeting.';
		expect(readStructure(wire).details).toMatchObject({ title: 'Council Approves Budget', publisher: 'Associated Press' });
		const dated = 'Council Approves Budget\n\nMay 7, 2024 — The city council approved a $4.2 million budget after a four-hour meeting.';
		expect(readStructure(dated).details).toMatchObject({ date: '2024-05-07', dateFrom: 'dateline' });
		expect(readStructure('The city council approved a budget after a long meeting on Tuesday.').details.date).toBeUndefined();
	});

	it('does not take the article\'s date from a photo caption, which may be years older', () => {
		const text = 'Harbor Chief Speaks at Port Congress\n\nThe harbor chief takes part in a staff meeting on Jan. 13, 2022. Photo: Harbor Agency\n\nThe harbor chief spoke on Thursday at the port congress in Dover, where she said the new ferry terminal would open within two years.';
		const { details, blocks } = readStructure(text);
		expect(blocks.map((b) => b.kind)).toContain('caption');
		expect(details.date).toBeUndefined();
	});

	it('treats an "About X" section at the end and the lines of a list as no part of the story', () => {
		const text = [
			'Clinic Opens in River Town',
			'The River Town clinic opened on Friday with 12 beds and a staff of 30 nurses and doctors.',
			'The clinic offers:',
			'Primary care for adults;',
			'Vaccinations for children;',
			'About the Health Board',
			'The Health Board runs 14 clinics across the region and employs 2,000 people.'
		].join('\n');
		expect(readStructure(text).blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'heading', 'list', 'list', 'boilerplate', 'boilerplate']);
	});

	it('reads a short line with no full stop as a heading, even inside the body', () => {
		const text = 'Ferry Service Returns\nThe ferry returned to service on Friday after a 3-month repair.\nWhat comes next\nThe operator will add two sailings a day in the summer.';
		expect(readStructure(text).blocks.map((b) => b.kind)).toEqual(['headline', 'body', 'heading', 'body']);
	});
});

describe('a web page as an article', () => {
	it('keeps the article, one block a line, and leaves the page around it out', async () => {
		const { htmlToText } = await import('../../src/lib/generate/text');
		const page = [
			'<html><head><title>Site</title><script>var x = "<p>no</p>";</script></head><body>',
			'<nav><a href="/">Home</a> <a href="/news">News</a></nav>',
			'<article><h1>Rover Finds Water &amp; Ice</h1><p>The rover found ice on <b>March 3</b>, 2024.</p>',
			'<figure><img src="a.jpg"><figcaption>Credit: Agency</figcaption></figure>',
			'<p>Scientists said the ice is 2&nbsp;metres deep.<!-- note --></p><ul><li>One</li><li>Two</li></ul></article>',
			'<footer>Contact us</footer></body></html>'
		].join('');
		expect(htmlToText(page)).toBe('Rover Finds Water & Ice\nThe rover found ice on March 3, 2024.\nScientists said the ice is 2 metres deep.\nOne\nTwo');
	});
});
