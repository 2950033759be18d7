/**
 * Colour and shape of each entity type and colour of each relation type,
 * shared by the graph, the legend and the map. Colours are dark enough for
 * white text on them and for 3:1 against the white background (WCAG non-text
 * contrast), and every type also differs by shape, not by colour alone.
 */
import type { EntityType, RelationType } from './graph-model';

export interface EntityStyle {
  label: string;
  colour: string;
  /** A Cytoscape node shape. */
  shape: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
}

export const ENTITY_STYLES: Record<EntityType, EntityStyle> = {
  PERSON: { label: 'Person', colour: '#1d4ed8', shape: 'ellipse' },
  ORGANIZATION: { label: 'Organization', colour: '#b45309', shape: 'round-rectangle' },
  LOCATION: { label: 'Location', colour: '#047857', shape: 'diamond' },
  EVENT: { label: 'Event', colour: '#7e22ce', shape: 'hexagon' },
};

export const RELATION_STYLES: Record<RelationType, { label: string; colour: string }> = {
  MET: { label: 'met', colour: '#b91c1c' },
  AFFILIATED_WITH: { label: 'affiliated with', colour: '#475569' },
  PARTICIPATED_IN: { label: 'took part in', colour: '#7e22ce' },
  OCCURRED_IN: { label: 'occurred in', colour: '#047857' },
  LOCATED_IN: { label: 'located in', colour: '#0f766e' },
  OTHER: { label: 'other', colour: '#52525b' },
};

/** Node diameter in pixels: grows with the square root of the mention count, so one very frequent name does not dwarf the rest. */
export function nodeSize(mentionCount: number, salience: number): number {
  return Math.round(Math.min(72, 18 + 8 * Math.sqrt(Math.max(0, mentionCount)) + 10 * Math.max(0, Math.min(1, salience))));
}
