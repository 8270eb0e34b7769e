package org.activismgraph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.kernel.internal.Version;

/**
 * Runs Neo4j Community embedded with only a Bolt connector, bound to 127.0.0.1, auth off.
 *
 * <p>Usage: {@code java <jvm flags> -cp local-neo4j.jar:lib/* org.activismgraph.LocalNeo4j
 * --data-dir DIR [--port N] [--page-cache SIZE] [--setting key=value]... [--no-stdin-watch]}
 *
 * <p>Once Bolt accepts connections it prints exactly one line on stdout:
 * {@code NEO4J_READY {"boltUri":"bolt://127.0.0.1:7687","port":7687,...}}. Everything else goes
 * to stderr or to the log files under DIR/logs. It stops cleanly on SIGTERM/SIGINT, when its
 * standard input reaches end-of-file (the parent keeps a pipe open; it closes when the parent
 * dies; pass --no-stdin-watch when running it by hand in the background) and when its parent
 * process (or --parent-pid) exits.
 */
public final class LocalNeo4j {
    static final String READY_PREFIX = "NEO4J_READY ";
    static final String FAILED_PREFIX = "NEO4J_FAILED ";
    static final String HOST = "127.0.0.1";

    private LocalNeo4j() {}

    static final class Options {
        Path dataDir;
        int port = 7687;
        String pageCache = "256m";
        boolean stdinWatch = true;
        boolean parentWatch = true;
        long parentPid = -1;
        final Map<String, String> settings = new LinkedHashMap<>();
    }

    public static void main(String[] args) {
        // Keep stdout for the ready line only: anything a library prints there goes to stderr.
        PrintStream realOut = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        System.setOut(System.err);

        if (java.util.Arrays.asList(args).contains("--help") || java.util.Arrays.asList(args).contains("-h")) {
            System.err.println(usage());
            System.exit(0);
            return;
        }
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(FAILED_PREFIX + e.getMessage());
            System.err.println(usage());
            System.exit(2);
            return;
        }

        DatabaseManagementService dbms;
        int port;
        try {
            Files.createDirectories(options.dataDir);
            Path conf = writeConfig(options);
            dbms = new DatabaseManagementServiceBuilder(options.dataDir)
                    .loadPropertiesFromFile(conf)
                    .build();
        } catch (Throwable e) {
            System.err.println(FAILED_PREFIX + "Neo4j did not start: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        AtomicBoolean stopped = new AtomicBoolean(false);
        Runnable stop = () -> {
            if (stopped.compareAndSet(false, true)) {
                try {
                    dbms.shutdown();
                } catch (Throwable e) {
                    System.err.println("Neo4j shutdown failed: " + e);
                }
            }
        };
        Runtime.getRuntime().addShutdownHook(new Thread(stop, "local-neo4j-shutdown"));

        try {
            GraphDatabaseService db = dbms.database("neo4j");
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
                throw new IllegalStateException("database 'neo4j' is not available after 2 minutes");
            }
            port = boltPort((GraphDatabaseAPI) db);
            waitUntilAccepting(port, 30_000);
        } catch (Throwable e) {
            System.err.println(FAILED_PREFIX + "Neo4j started but is not usable: " + e);
            e.printStackTrace(System.err);
            System.exit(1);
            return;
        }

        if (options.stdinWatch) {
            daemon("local-neo4j-stdin-watch", () -> {
                try {
                    InputStream in = System.in;
                    byte[] buffer = new byte[256];
                    while (in.read(buffer) >= 0) {
                        // ignore input; we only wait for end-of-file
                    }
                } catch (IOException ignored) {
                    // a broken pipe means the parent is gone as well
                }
                System.err.println("local-neo4j: stdin closed (parent gone), shutting down");
                System.exit(0);
            });
        }
        if (options.parentWatch) {
            // --parent-pid names the process to follow (the wrapper passes its own pid, so a
            // parent that died while the JVM was starting is noticed too); otherwise the
            // current parent, unless we were already handed over to init.
            Optional<ProcessHandle> parent = options.parentPid > 0
                    ? ProcessHandle.of(options.parentPid).or(() -> {
                        System.err.println("local-neo4j: parent process " + options.parentPid + " is gone, shutting down");
                        System.exit(0);
                        return Optional.empty();
                    })
                    : ProcessHandle.current().parent().filter(p -> p.pid() > 1);
            parent.ifPresent(p -> p.onExit().thenRun(() -> {
                System.err.println("local-neo4j: parent process " + p.pid() + " exited, shutting down");
                System.exit(0);
            }));
        }

        String json = "{\"boltUri\":\"bolt://" + HOST + ":" + port + "\""
                + ",\"port\":" + port
                + ",\"host\":\"" + HOST + "\""
                + ",\"dataDir\":" + jsonString(options.dataDir.toString())
                + ",\"neo4jVersion\":" + jsonString(Version.getNeo4jVersion())
                + ",\"pid\":" + ProcessHandle.current().pid()
                + "}";
        realOut.println(READY_PREFIX + json);
        realOut.flush();
        // main returns; Neo4j's non-daemon threads keep the JVM alive until shutdown.
    }

    static Options parse(String[] args) {
        Options o = new Options();
        String dataDir = System.getProperty("localneo4j.dataDir");
        String port = System.getProperty("localneo4j.port");
        String pageCache = System.getProperty("localneo4j.pageCache");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            if (a.startsWith("--") && eq > 0) {
                value = a.substring(eq + 1);
                a = a.substring(0, eq);
            }
            switch (a) {
                case "--data-dir" -> dataDir = value != null ? value : next(args, ++i, a);
                case "--port" -> port = value != null ? value : next(args, ++i, a);
                case "--page-cache" -> pageCache = value != null ? value : next(args, ++i, a);
                case "--setting" -> {
                    String kv = value != null ? value : next(args, ++i, a);
                    int k = kv.indexOf('=');
                    if (k <= 0) {
                        throw new IllegalArgumentException("--setting expects key=value, got '" + kv + "'");
                    }
                    o.settings.put(kv.substring(0, k).trim(), kv.substring(k + 1).trim());
                }
                case "--no-stdin-watch" -> o.stdinWatch = false;
                case "--no-parent-watch" -> o.parentWatch = false;
                case "--parent-pid" -> {
                    String pid = value != null ? value : next(args, ++i, a);
                    try {
                        o.parentPid = Long.parseLong(pid.trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--parent-pid expects a number, got '" + pid + "'");
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        if (dataDir == null || dataDir.isBlank()) {
            throw new IllegalArgumentException("--data-dir is required");
        }
        o.dataDir = Path.of(dataDir).toAbsolutePath().normalize();
        if (port != null) {
            try {
                o.port = Integer.parseInt(port.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--port expects a number, got '" + port + "'");
            }
            if (o.port < 0 || o.port > 65535) {
                throw new IllegalArgumentException("--port must be 0..65535, got " + o.port);
            }
        }
        if (pageCache != null && !pageCache.isBlank()) {
            o.pageCache = pageCache.trim();
        }
        return o;
    }

    private static String next(String[] args, int i, String name) {
        if (i >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
        }
        return args[i];
    }

    static String usage() {
        return "usage: LocalNeo4j --data-dir DIR [--port N (0 = any free port)] [--page-cache SIZE]\n"
                + "                  [--setting key=value]... [--parent-pid PID] [--no-stdin-watch] [--no-parent-watch]";
    }

    /**
     * Writes the effective configuration to DIR/local-neo4j.conf (also handy for debugging) and
     * lets Neo4j parse it, so any Neo4j setting works with --setting, with Neo4j's own validation.
     */
    static Path writeConfig(Options o) throws IOException {
        Map<String, String> conf = new LinkedHashMap<>();
        conf.put("dbms.security.auth_enabled", "false");
        conf.put("server.memory.pagecache.size", o.pageCache);
        conf.put("server.directories.logs", o.dataDir.resolve("logs").toString());
        conf.put("dbms.usage_report.enabled", "false");
        // Bolt waits up to 5 s (twice) for its Netty event loops on shutdown even when no client
        // is connected; databases are already checkpointed by then, so stop in ~0.5 s instead.
        conf.put("internal.server.bolt.thread_pool_shutdown_wait_time", "500ms");
        conf.put("internal.server.bolt.connection_shutdown_wait_time", "500ms");
        conf.putAll(o.settings);
        // Loopback only, whatever was passed: this launcher is for local development and tests.
        conf.put("server.bolt.enabled", "true");
        conf.put("server.bolt.listen_address", HOST + ":" + o.port);
        conf.put("server.bolt.advertised_address", HOST + ":" + o.port);

        Path file = o.dataDir.resolve("local-neo4j.conf");
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("# Written by org.activismgraph.LocalNeo4j on every start; edits are lost.\n");
            for (Map.Entry<String, String> e : conf.entrySet()) {
                w.write(e.getKey() + "=" + e.getValue() + "\n");
            }
        }
        return file;
    }

    static int boltPort(GraphDatabaseAPI db) throws InterruptedException {
        ConnectorPortRegister ports = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            HostnamePort address = ports.getLocalAddress(ConnectorType.BOLT);
            if (address != null && address.getPort() > 0) {
                return address.getPort();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the Bolt connector did not report a port");
            }
            Thread.sleep(50);
        }
    }

    static void waitUntilAccepting(int port, long timeoutMs) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMs);
        while (true) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(HOST, port), 1000);
                return;
            } catch (IOException e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }

    private static void daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    static String jsonString(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
