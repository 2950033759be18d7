/**
 * The map's country outlines draw on a flat map: no polygon stretches across
 * the 180° meridian, and Antarctica (undrawable in Mercator) is left out.
 */
import type { Geometry, Position } from 'geojson';
import { countryOutlines, unwrapAntimeridian } from '../../explorer/src/country-outlines';

function rings(geometry: Geometry): Position[][] {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

const widestJump = (ring: Position[]) => Math.max(0, ...ring.slice(1).map((point, i) => Math.abs(point[0] - ring[i][0])));

describe('countryOutlines', () => {
  const outlines = countryOutlines();

  it('gives the world’s countries without Antarctica', () => {
    const names = outlines.features.map((f) => f.properties.name);
    expect(names.length).toBeGreaterThan(150);
    expect(names).not.toContain('Antarctica');
  });

  it('has no ring that jumps more than half the world between two points', () => {
    for (const country of outlines.features) for (const ring of rings(country.geometry)) expect(widestJump(ring)).toBeLessThanOrEqual(180);
  });
});

describe('unwrapAntimeridian', () => {
  it('shifts the western points of a ring that crosses 180° by 360°', () => {
    const island: Geometry = { type: 'Polygon', coordinates: [[[179, -16], [-179.5, -16], [-179.5, -17], [179, -17], [179, -16]]] };
    expect(unwrapAntimeridian(island)).toEqual({ type: 'Polygon', coordinates: [[[179, -16], [180.5, -16], [180.5, -17], [179, -17], [179, -16]]] });
  });

  it('leaves a ring on one side alone, even one with negative longitudes', () => {
    const square: Geometry = { type: 'Polygon', coordinates: [[[-10, 0], [-5, 0], [-5, 5], [-10, 0]]] };
    expect(unwrapAntimeridian(square)).toEqual(square);
  });
});
