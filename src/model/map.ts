/**
 * The map of where the practices come from, drawn at build time: Natural Earth's countries (world-atlas),
 * projected with d3-geo into SVG paths, so that no map library reaches the visitor's browser. Europe in the
 * Lambert azimuthal equal-area projection the EU's statistics use (centred on 10° E, 52° N); a country outside
 * its frame that has practices (Canada) gets an inset of its own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoAzimuthalEqualArea, geoConicConformal, type GeoProjection, geoPath } from 'd3-geo';
import countryCodes from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';

export const MAP_WIDTH = 640;
export const MAP_HEIGHT = 560;
/** Europe's frame, in degrees: from the Azores' longitude to the Urals', from North Africa's coast to the North Cape. */
const EUROPE = { west: -25, east: 45, south: 34, north: 71.5 };
const INSET = { x: 8, y: 8, width: 150, height: 110 };

export interface MapShape {
	/** ISO 3166-1 alpha-2. */
	code: string;
	/** The SVG path, in the map's coordinates. */
	d: string;
	/** Whether it is drawn in an inset box (a country far from Europe). */
	inset: boolean;
}

export interface EuropeMap {
	width: number;
	height: number;
	/** Every country in the frame (cut at its edges), and those of `alsoShow` outside it in the inset. */
	shapes: MapShape[];
	/** The inset's box, where there is one. */
	inset?: typeof INSET;
}

type Countries = GeometryCollection<{ name: string }>;

/**
 * The share of Natural Earth's points kept: a tenth keeps every country recognisable at this size (Andorra and
 * Luxembourg included) in about 8 kB of gzipped SVG, where all of them took 35 kB.
 */
const KEEP = 0.1;

let world: GeoJSON.FeatureCollection<GeoJSON.Geometry, { name: string }> | undefined;
/** Natural Earth at 1:50m (the 1:110m set has no Andorra), simplified. Read once a build. */
function countries() {
	if (!world) {
		const path = createRequire(import.meta.url).resolve('world-atlas/countries-50m.json');
		const topology = presimplify(JSON.parse(readFileSync(path, 'utf8')) as Topology<{ countries: Countries }>, sphericalTriangleArea);
		// The points that carry the most area; a border shared by two countries stays one line (TopoJSON).
		const simple = simplify(topology, quantile(topology, KEEP));
		world = feature(simple, simple.objects.countries);
	}
	return world;
}

const alpha2 = (numeric: string | number | undefined) => (numeric === undefined ? undefined : countryCodes.numericToAlpha2(String(numeric).padStart(3, '0')));

/** A closed outline of the frame, for fitting the projection to it. */
function frame(): GeoJSON.Feature<GeoJSON.Polygon> {
	const { west, east, south, north } = EUROPE;
	const ring: [number, number][] = [];
	for (let lon = west; lon <= east; lon += 5) ring.push([lon, south]);
	for (let lon = east; lon >= west; lon -= 5) ring.push([lon, north]);
	ring.push([west, south]);
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring.reverse()] } };
}

/** The map: every country in Europe's frame, and an inset for a country of `alsoShow` outside it. */
export function europeMap(alsoShow: readonly string[] = []): EuropeMap {
	const europe: GeoProjection = geoAzimuthalEqualArea()
		.rotate([-10, -52])
		.fitExtent(
			[
				[0, 0],
				[MAP_WIDTH, MAP_HEIGHT],
			],
			frame(),
		)
		.clipExtent([
			[0, 0],
			[MAP_WIDTH, MAP_HEIGHT],
		])
		// No resampling of long edges into curves: the simplified outlines are drawn as they are.
		.precision(0);
	// Whole pixels: a finer grain would add bytes no screen shows at this size.
	const draw = geoPath(europe).digits(0);
	const shapes: MapShape[] = [];
	let inset: EuropeMap['inset'];
	for (const country of countries().features) {
		const code = alpha2(country.id);
		if (!code) continue;
		const d = draw(country);
		if (d) {
			shapes.push({ code, d, inset: false });
		} else if (alsoShow.includes(code)) {
			// Outside Europe's frame: in a box of its own, in a projection suited to it.
			inset = INSET;
			const [lon, lat] = geoPath().centroid(country);
			const projection = geoConicConformal()
				.rotate([-lon, 0])
				.parallels([lat - 10, lat + 10])
				.fitExtent(
					[
						[INSET.x + 6, INSET.y + 6],
						[INSET.x + INSET.width - 6, INSET.y + INSET.height - 6],
					],
					country,
				);
			shapes.push({ code, d: geoPath(projection).digits(0)(country)!, inset: true });
		}
	}
	return { width: MAP_WIDTH, height: MAP_HEIGHT, shapes, inset };
}
