/**
 * Decap CMS field definitions, built by small functions so each field of the content contract is one
 * line in briefFields.ts. Only what Decap's config reads is written: a field left out of the config
 * is dropped from the file on save (decap-cms #1338), so every field a file may hold has one.
 */

/** A Decap field as its config takes it (only the keys Assay uses). */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: ({ label: string; value: string } | string)[];
  multiple?: boolean;
  fields?: CmsField[];
  field?: CmsField;
  types?: (Omit<CmsField, 'widget'> & { widget: 'object' })[];
  typeKey?: string;
  min?: number;
  max?: number;
  pattern?: [string, string];
  format?: string;
  date_format?: string;
  time_format?: boolean;
  picker_utc?: boolean;
  value_type?: 'int' | 'float';
  collapsed?: boolean;
  summary?: string;
  allow_add?: boolean;
  allow_remove?: boolean;
  allow_reorder?: boolean;
  modes?: string[];
  buttons?: string[];
  editor_components?: string[];
  label_singular?: string;
}

/** What every builder takes besides the field's name: its label, an optional hint, whether it may be empty. */
export interface Wording {
  label: string;
  hint?: string | undefined;
  required?: boolean | undefined;
}

function base(name: string, widget: string, wording: Wording): CmsField {
  return {
    name,
    label: wording.label,
    widget,
    ...(wording.hint ? { hint: wording.hint } : {}),
    // Decap's fields are required unless told otherwise; Assay's optional ones say so.
    ...(wording.required === false ? { required: false } : {}),
  };
}

/** One line of text. */
export const line = (name: string, wording: Wording, extra: Partial<CmsField> = {}): CmsField => ({
  ...base(name, 'string', wording),
  ...extra,
});

/** A paragraph of plain text. */
export const paragraph = (name: string, wording: Wording, extra: Partial<CmsField> = {}): CmsField => ({
  ...base(name, 'text', wording),
  ...extra,
});

/** A calendar date, read and written as `YYYY-MM-DD` with no time and no zone (decap-cms #578, #7171). */
export const calendarDay = (name: string, wording: Wording, extra: Partial<CmsField> = {}): CmsField => ({
  ...base(name, 'datetime', wording),
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  picker_utc: true,
  ...extra,
});

/** true or false. */
export const yesNo = (name: string, wording: Wording, byDefault: boolean): CmsField => ({
  ...base(name, 'boolean', { ...wording, required: false }),
  default: byDefault,
});

/** A number. */
export const numberField = (name: string, wording: Wording): CmsField => ({
  ...base(name, 'number', wording),
  value_type: 'float',
});

/** One value of a fixed list, each shown with its label and written as its value. */
export const choice = (
  name: string,
  wording: Wording,
  options: readonly { label: string; value: string }[],
  extra: Partial<CmsField> = {},
): CmsField => ({ ...base(name, 'select', wording), options: [...options], ...extra });

/** A list of plain text values (authors, highlights, terms, labels). */
export const textList = (name: string, wording: Wording, extra: Partial<CmsField> = {}): CmsField => ({
  ...base(name, 'list', wording),
  field: line('value', { label: wording.label }),
  // Short values, each in its own box: open, so an editor sees every one at once.
  collapsed: false,
  ...extra,
});

/** A list of objects, each with these fields; `summary` names the field an item is listed by. */
export const objectList = (
  name: string,
  wording: Wording & { singular: string },
  fields: CmsField[],
  summary?: string,
): CmsField => ({
  ...base(name, 'list', wording),
  label_singular: wording.singular,
  fields,
  collapsed: true,
  ...(summary ? { summary: `{{fields.${summary}}}` } : {}),
});

/** A group of fields written as one mapping. */
export const group = (name: string, wording: Wording, fields: CmsField[]): CmsField => ({
  ...base(name, 'object', wording),
  fields,
});
