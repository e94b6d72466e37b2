// The catalogue's collections, in their order, as standards/_vocab/collections.yaml gives them.
import { collectionKeys } from '../domain/record/collections.ts';
import { vocabularies } from './catalogue.ts';

export const collectionOrder = collectionKeys(vocabularies.collections);
