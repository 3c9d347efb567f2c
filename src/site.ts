/** Site-wide settings: the one place to change the publication's name, address and defaults. */
export interface SiteSettings {
  /** Publication name, shown in the header, titles and feeds. */
  title: string;
  /** One-line description for the home page, meta tags and feeds. */
  description: string;
  /** Absolute base URL of the deployed site, without a trailing slash. */
  url: string;
  /** BCP 47 language tag of the content. */
  language: string;
  /** Briefs per archive page. */
  pageSize: number;
  /** Items per feed. */
  feedSize: number;
  /** Briefs listed on the home page. */
  homeSize: number;
  /** Where briefs, publishers, data and the Bias Meter live, relative to the project root. */
  contentDir: string;
}

export const site: SiteSettings = {
  title: 'Assay',
  description: 'Independent briefs on the reports that shape minerals, energy and geopolitics, each with a Bias Meter.',
  url: process.env['ASSAY_SITE_URL'] ?? 'https://assay.example.org',
  language: 'en',
  pageSize: 10,
  feedSize: 50,
  homeSize: 6,
  // Tests point the build at a fixture site through this variable.
  contentDir: process.env['ASSAY_CONTENT_DIR'] ?? 'content',
};
