/**
 * Country outlines for the map, from the world-atlas TopoJSON bundled with
 * the page (Natural Earth 1:110m). Two fixes for a flat Mercator map:
 * Antarctica is left out (its ring runs along the -90° edge, which Mercator
 * cannot draw, and it smears a band across the bottom), and polygons that
 * cross the 180° meridian (the far east of Russia, Fiji) get their western
 * longitudes shifted by 360° so that they do not stretch across the map.
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countriesTopology from 'world-atlas/countries-110m.json';

/** A ring crosses the 180° meridian when two consecutive points are more than half the world apart. */
function crossesAntimeridian(ring: Position[]): boolean {
  return ring.some((point, i) => i > 0 && Math.abs(point[0] - ring[i - 1][0]) > 180);
}

function unwrapRing(ring: Position[]): Position[] {
  return crossesAntimeridian(ring) ? ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]) : ring;
}

export function unwrapAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === 'MultiPolygon') return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)) };
  return geometry;
}

export function countryOutlines(): FeatureCollection<Geometry, { name: string }> {
  const topology = countriesTopology as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const features: Feature<Geometry, { name: string }>[] = countries.features
    .filter((country) => country.properties.name !== 'Antarctica')
    .map((country) => ({ ...country, geometry: unwrapAntimeridian(country.geometry) }));
  return { type: 'FeatureCollection', features };
}
