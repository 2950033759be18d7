/**
 * The map tab: Leaflet with no tile server. Country outlines come from the
 * bundled world-atlas TopoJSON (Natural Earth 1:110m), so the page works
 * offline; each place with coordinates is a circle whose popup lists the
 * events held there.
 */
import L from 'leaflet';
import { ExplorerMapDocument, type ExplorerMapQuery } from '../../schema/generated/graphql';
import { request } from './api';
import { countryOutlines } from './country-outlines';
import { el } from './element';
import { ENTITY_STYLES } from './palette';

type MapLocation = ExplorerMapQuery['locations']['edges'][number]['node'];

/** Stop paging after this many places: a map of more would be unreadable anyway. */
const MAX_PAGES = 20;

export class MapView {
  private map: L.Map | undefined;
  private markers: L.LayerGroup | undefined;
  private loaded: Promise<MapLocation[]> | undefined;
  private readonly byId = new Map<string, L.CircleMarker>();

  constructor(
    private readonly container: HTMLElement,
    private readonly onSelect: (id: string, name: string) => void,
  ) {}

  /** Creates the map the first time the tab is shown (Leaflet needs a visible container to measure). */
  async show(): Promise<void> {
    if (!this.map) {
      this.map = L.map(this.container, { worldCopyJump: true, attributionControl: true, zoomSnap: 0.5 }).setView([30, 10], 2);
      this.map.attributionControl.setPrefix(false);
      this.map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas');
      L.geoJSON(countryOutlines(), {
        style: { color: '#64748b', weight: 0.7, fillColor: '#e2e8f0', fillOpacity: 1 },
        interactive: false,
      }).addTo(this.map);
      this.markers = L.layerGroup().addTo(this.map);
    }
    this.map.invalidateSize();
    this.loaded ??= this.load();
    this.draw(await this.loaded);
  }

  /** Opens the popup of a place, if it is on the map. */
  reveal(id: string): void {
    const marker = this.byId.get(id);
    if (marker && this.map) {
      this.map.setView(marker.getLatLng(), Math.max(this.map.getZoom(), 4));
      marker.openPopup();
    }
  }

  /** Leaflet's vector markers take no keyboard focus by themselves: Tab reaches each place, Enter opens its popup. */
  private makeFocusable(marker: L.CircleMarker, label: string): void {
    const path = marker.getElement();
    if (!path) return;
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.setAttribute('aria-label', label);
    path.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
        event.preventDefault();
        marker.openPopup();
      }
    });
  }

  private async load(): Promise<MapLocation[]> {
    const places: MapLocation[] = [];
    let after: string | null = null;
    for (let page = 0; page < MAX_PAGES; page++) {
      const data: ExplorerMapQuery = await request(ExplorerMapDocument, { after });
      places.push(...data.locations.edges.map((edge) => edge.node));
      if (!data.locations.pageInfo.hasNextPage) break;
      after = data.locations.pageInfo.endCursor;
    }
    return places;
  }

  private draw(places: MapLocation[]): void {
    if (!this.markers) return;
    this.markers.clearLayers();
    this.byId.clear();
    const colour = ENTITY_STYLES.LOCATION.colour;
    // Smaller places on top: a city's circle must stay clickable inside its country's.
    const sorted = places.filter((p) => p.latitude !== null && p.longitude !== null).sort((a, b) => rank(a.kind) - rank(b.kind));
    for (const place of sorted) {
      const events = place.events.edges.map((edge) => edge.node);
      const marker = L.circleMarker([place.latitude!, place.longitude!], {
        radius: 6 + Math.min(10, 2 * events.length) + (place.kind === 'COUNTRY' ? 4 : 0),
        color: '#ffffff',
        weight: 1.5,
        fillColor: colour,
        fillOpacity: place.kind === 'COUNTRY' ? 0.45 : 0.9,
      });
      const show = el('button', { type: 'button', class: 'link' }, 'Show in the graph');
      show.addEventListener('click', () => this.onSelect(place.id, place.name));
      const popup = el(
        'div',
        { class: 'map-popup', 'data-location': place.name },
        el('strong', {}, place.name),
        ` · ${place.kind.toLowerCase()}${place.countryCode ? `, ${place.countryCode}` : ''}`,
        events.length
          ? el(
              'ul',
              {},
              events.map((event) =>
                el('li', {}, event.name, ` (${event.kind.toLowerCase().replace(/_/g, ' ')}${event.time ? `, ${event.time.date ?? event.time.text}` : ''})`),
              ),
            )
          : el('p', {}, 'No events recorded here.'),
        show,
      );
      marker.bindPopup(popup).bindTooltip(place.name);
      marker.addTo(this.markers);
      this.makeFocusable(marker, `${place.name}: ${events.length} event${events.length === 1 ? '' : 's'}`);
      this.byId.set(place.id, marker);
    }
  }
}

function rank(kind: string): number {
  return ['COUNTRY', 'REGION', 'OTHER', 'CITY', 'SITE'].indexOf(kind);
}
