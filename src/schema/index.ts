/**
 * The served schema: every type module registers itself on the builder when
 * imported, so this list is the schema's table of contents.
 */
import { builder } from './builder';
import './entity-type';
import './relation-type';
import './location-kind';
import './event-kind';
import './entity';
import './person';
import './organization';
import './location';
import './event';
import './time-expression';
import './participation';
import './role';
import './quote';
import './relation';
import './mention';
import './document';
import './ingest-counts';
import './stats';
import './query';
import './mutation';
import './graph-questions';
import './subscription';
import './filters';
import './full-text-search';
import './aggregates';

export const schema = builder.toSchema();
