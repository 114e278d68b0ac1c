/**
 * Where the site is published and where its source is kept: set once, here, from the build's environment.
 *
 * - SITE_URL, the public address (https://example.org). Without it the pages carry no absolute address:
 *   no canonical link, no hreflang addresses and no sitemap, rather than ones pointing at localhost.
 * - REPOSITORY_URL, the GitHub repository (https://github.com/owner/name), and REPOSITORY_BRANCH (main).
 *   Without it, entry pages have no "Edit this entry" and "Report a correction" links.
 * - PDF=off skips the PDF step of the build (quicker for development); pages then offer no PDF.
 * - PDF_CACHE, the folder where the PDF step keeps the PDFs it can reuse (node_modules/.cache/… by default).
 */
const env = (name: string) => process.env[name]?.trim() || undefined;

export const siteUrl = env('SITE_URL');

export const pdfEnabled = env('PDF') !== 'off';

export const pdfCache = env('PDF_CACHE');

const repositoryUrl = env('REPOSITORY_URL')?.replace(/\/+$/, '');
const branch = env('REPOSITORY_BRANCH') ?? 'main';

/** The issue form for corrections, in .github/ISSUE_TEMPLATE/. */
export const correctionForm = 'report-a-correction.yml';

export const repository = repositoryUrl
	? {
			url: repositoryUrl,
			/** GitHub's editor for a file of the repository (it forks for those who cannot push). */
			edit: (file: string) => `${repositoryUrl}/edit/${branch}/${file}`,
			/** The correction form, with the entry's title and address filled in. */
			reportCorrection: (title: string, pageUrl: string) =>
				`${repositoryUrl}/issues/new?${new URLSearchParams({ template: correctionForm, title: `Correction: ${title}`, entry: pageUrl })}`,
			/** A new issue about the site itself (the maintainers' titles are in English). */
			reportProblem: (topic: string) => `${repositoryUrl}/issues/new?${new URLSearchParams({ title: `${topic}: ` })}`,
		}
	: undefined;
