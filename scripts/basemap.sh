#!/usr/bin/env bash
# Remakes assets/geo/ from the npm package world-atlas (Natural Earth's public-domain country
# shapes as TopoJSON, ISC licence): the 1:110m and 1:50m files, gzipped, with the licence.
#   scripts/basemap.sh [VERSION]     # 2.0.2 by default
set -euo pipefail
cd "$(dirname "$0")/.."
version=${1:-2.0.2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "world-atlas@$version" >/dev/null && tar xzf "world-atlas-$version.tgz")
mkdir -p assets/geo
for scale in 110m 50m; do
  gzip -9 -n -c "$work/package/countries-$scale.json" > "assets/geo/countries-$scale.json.gz"
done
cp "$work/package/LICENSE" assets/geo/LICENSE.world-atlas
cat > assets/geo/NOTICE <<NOTICE
countries-110m.json.gz and countries-50m.json.gz are countries-110m.json and countries-50m.json
of the npm package world-atlas $version (https://github.com/topojson/world-atlas, ISC licence,
LICENSE.world-atlas), made from Natural Earth's 1:110m and 1:50m Admin 0 countries
(https://www.naturalearthdata.com/, public domain). Remade by scripts/basemap.sh.

Borders follow Natural Earth's default worldview: the line of control on the ground as
Natural Earth draws it, with a few territories of disputed status (Western Sahara, Northern
Cyprus, Somaliland, Kosovo) as shapes of their own.
NOTICE
ls -l assets/geo
