#!/usr/bin/env bash
# Measures the local Neo4j launcher (see ../README.md). Usage, from the repository root:
#   bash neo4j/scripts/measure.sh                 # warm: launcher built, ~/.m2 filled
#   COLD=1 bash neo4j/scripts/measure.sh          # cold: empty Maven repo in /tmp/m2-cold, clean target/
# Env: RUNS (default 3), NEO4J_HEAP, NEO4J_PAGECACHE.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=neo4j/target/measure-js
mkdir -p "$out"
npx tsc --outDir "$out" --rootDir src/graph --strict --target es2022 --module commonjs \
  --moduleResolution node --esModuleInterop --skipLibCheck --types node src/graph/local-neo4j/index.ts
if [[ "${COLD:-}" == 1 ]]; then
  rm -rf /tmp/m2-cold neo4j/target/lib neo4j/target/local-neo4j.jar neo4j/target/local-neo4j.stamp
  export LOCAL_NEO4J_MAVEN_REPO=/tmp/m2-cold
fi
LN4J_MODULE="$PWD/$out/local-neo4j/index.js" node neo4j/scripts/measure.js
