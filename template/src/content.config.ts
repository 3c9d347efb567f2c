// Assay's collections (briefs, publishers, the Bias Meter, data), read from content/.
import { assayCollections } from 'assay/content';

export const collections = assayCollections();
