/**
 * The configuration of the editor at /admin/ (Decap CMS), made at build time from what the content
 * check reads: the brief's fields, the Bias Meter's dimensions and scales, the site's subjects and
 * fields, and the publishers. Every label and hint comes from the interface dictionary, in the
 * site's language. Pure: the caller reads the files and the settings.
 */
import type { ExtraFieldSpec } from '../../schemas/brief.ts';
import { ratingLabel } from '../scores.ts';
import type { TaxonomySettings } from '../taxonomy.ts';
import { briefFields, type EditorDimension } from './briefFields.ts';
import { choice, line, objectList, paragraph, textList, yesNo, type CmsField, type Wording } from './widgets.ts';

/** The Git hosts Decap can save to (the `admin.backend` option). */
export const ADMIN_BACKENDS = ['github', 'gitlab', 'gitea', 'git-gateway'] as const;

/** Where the editor saves in production. */
export interface AdminBackend {
  name: (typeof ADMIN_BACKENDS)[number];
  /** `owner/name` of the site's repository (not for git-gateway). */
  repo?: string | undefined;
  /** The branch editors publish to. */
  branch: string;
  /** The Git host's address, for a self-hosted GitLab or Gitea (e.g. `https://git.example.org`). */
  baseUrl?: string | undefined;
  /** The host's API address, when not the default of its kind (`https://git.example.org/api/v1`). */
  apiRoot?: string | undefined;
  /** The OAuth application's id (GitLab with PKCE, Gitea). */
  appId?: string | undefined;
}

/** What the configuration is made from. */
export interface CmsConfigInput {
  /** The interface string for a key of the dictionary (the site's language, with its overrides). */
  t: (key: string) => string;
  /** Whether the dictionary has a key (hints are optional per field). */
  has: (key: string) => boolean;
  language: string;
  /** The content folder, relative to the repository's root (`content`). */
  contentDir: string;
  taxonomies: readonly TaxonomySettings[];
  extraFields: Readonly<Record<string, ExtraFieldSpec>>;
  dimensions: readonly EditorDimension[];
  publishers: readonly { id: string; name: string }[];
  reviewKinds: readonly string[];
  publisherKinds: readonly string[];
  chartTypes: readonly string[];
  backend: AdminBackend;
  /** The public address of the site, for Decap's "view live" links. */
  siteUrl: string;
}

/** Decap's configuration object (`CMS.init({ config })`). */
export interface CmsConfig {
  load_config_file: false;
  backend: Record<string, string>;
  locale: string;
  site_url: string;
  display_url: string;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: Record<string, unknown>[];
}

/** Languages Decap's own interface (buttons, menus) is translated into. */
const DECAP_LOCALES = [
  'bg',
  'ca',
  'cs',
  'da',
  'de',
  'en',
  'es',
  'fa',
  'fr',
  'gr',
  'he',
  'hr',
  'hu',
  'it',
  'ja',
  'ko',
  'lt',
  'nb_no',
  'nl',
  'nn_no',
  'pl',
  'pt',
  'ro',
  'ru',
  'sv',
  'th',
  'tr',
  'ua',
  'vi',
  'zh_Hans',
  'zh_Hant',
];

function decapLocale(language: string): string {
  const primary = language.toLowerCase().split('-')[0] ?? 'en';
  return DECAP_LOCALES.includes(primary) ? primary : 'en';
}

function backendConfig(backend: AdminBackend): Record<string, string> {
  const config: Record<string, string> = { name: backend.name, branch: backend.branch };
  if (backend.repo) config['repo'] = backend.repo;
  if (backend.baseUrl) config['base_url'] = backend.baseUrl;
  if (backend.apiRoot) config['api_root'] = backend.apiRoot;
  if (backend.appId) {
    config['app_id'] = backend.appId;
    // GitLab signs in with PKCE when given an application id; Gitea always does.
    if (backend.name === 'gitlab') config['auth_type'] = 'pkce';
  }
  return config;
}

/** The editor's configuration for one site. */
export function cmsConfig(input: CmsConfigInput): CmsConfig {
  const { t, has } = input;
  const words = (name: string, required?: boolean): Wording & { singular: string } => ({
    label: t(`admin.field.${name}`),
    singular: has(`admin.item.${name}`) ? t(`admin.item.${name}`) : t(`admin.field.${name}`),
    ...(has(`admin.hint.${name}`) ? { hint: t(`admin.hint.${name}`) } : {}),
    ...(required === false ? { required: false } : {}),
  });
  const optionLabel = (group: 'kind' | 'chartType' | 'rating', value: string): string => {
    if (group === 'kind') return t(`work.kinds.${value}`);
    if (group === 'chartType') return t(`admin.chartType.${value}`);
    // Rating words as readers see them on the meter.
    return ratingLabel(value);
  };
  const content = input.contentDir.replace(/^\.\/|\/+$/g, '');
  const briefs = {
    name: 'briefs',
    label: t('admin.collection.briefs'),
    label_singular: t('admin.item.brief'),
    folder: `${content}/briefs`,
    extension: 'md',
    format: 'frontmatter',
    create: true,
    // A new file is named from its title, as `assay new` names it (see docs/editing.md for the difference).
    slug: '{{title}}',
    summary: '{{title}}',
    sortable_fields: ['date', 'title'],
    fields: briefFields({ ...input, words, optionLabel }),
  };
  const publishers = {
    name: 'publishers',
    label: t('admin.collection.publishers'),
    label_singular: t('admin.item.publisher'),
    folder: `${content}/publishers`,
    extension: 'yaml',
    format: 'yaml',
    create: true,
    identifier_field: 'name',
    slug: '{{name}}',
    fields: publisherFields(input, words),
  };
  const meter = {
    name: 'settings',
    label: t('admin.collection.settings'),
    files: [
      {
        name: 'bias-meter',
        label: t('admin.file.biasMeter'),
        file: `${content}/bias-meter.yaml`,
        fields: [
          objectList(
            'dimensions',
            words('meterDimensions'),
            [
              line('id', words('dimensionId'), { pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', t('admin.field.slugPattern')] }),
              line('label', words('dimensionLabel')),
              line('question', words('question')),
              textList('scale', words('scale'), { min: 2 }),
              paragraph('description', words('description', false)),
            ],
            'label',
          ),
        ],
      },
    ],
  };
  return {
    load_config_file: false,
    backend: backendConfig(input.backend),
    locale: decapLocale(input.language),
    site_url: input.siteUrl,
    display_url: input.siteUrl,
    // Briefs carry no uploaded media; Decap requires a folder all the same.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [briefs, publishers, meter],
  };
}

function publisherFields(input: CmsConfigInput, words: (name: string, required?: boolean) => Wording): CmsField[] {
  return [
    line('name', words('publisherName')),
    line('url', words('url')),
    paragraph('about', words('about')),
    line('country', words('country')),
    choice(
      'kind',
      words('publisherKind'),
      input.publisherKinds.map((kind) => ({ label: input.t(`publisher.kinds.${kind}`), value: kind })),
    ),
    yesNo('sample', words('sample'), false),
  ];
}
