import { DEFAULT_HEAP, parseSize } from "./options";

/**
 * JVM flags, as Neo4j 5.26's own server start-up passes them (conf/neo4j.conf
 * server.jvm.additional), minus the profiling ones. Without the --add-opens flags Neo4j still
 * starts on Java 17 but warns and falls back (page cache without direct buffer access, no log
 * preallocation).
 */
export function jvmFlags(heap: string = DEFAULT_HEAP): string[] {
  const heapBytes = parseSize(heap);
  if (heapBytes === undefined) {
    throw new Error(`Invalid heap size "${heap}": use e.g. 512m or 1g`);
  }
  // -Xms silences Neo4j's "initial heap not configured" warning; keeping it small keeps RSS low.
  const initial = heapBytes <= 128 * 1024 * 1024 ? heap : "128m";
  return [
    `-Xms${initial}`,
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
    "-Dlog4j2.disable.jmx=true",
    "-Dfile.encoding=UTF-8",
  ];
}
