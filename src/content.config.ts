// The demo publication's collections, as a site declares them (a site imports from 'assay/content').
import { assayCollections } from './content/collections.ts';

export const collections = assayCollections();
