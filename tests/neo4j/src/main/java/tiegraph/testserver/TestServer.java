package tiegraph.testserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.configuration.ssl.ClientAuth;
import org.neo4j.configuration.ssl.SslPolicyConfig;
import org.neo4j.configuration.ssl.SslPolicyScope;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;
import org.neo4j.io.ByteUnit;

/**
 * Runs an in-process Neo4j with Bolt on 127.0.0.1 (a free port, no auth, no HTTP) until killed.
 *
 * <p>Usage: {@code java -cp ... tiegraph.testserver.TestServer WORK_DIR [TLS_DIR]} (server.sh does this).
 * Given TLS_DIR, a folder holding {@code private.key} (PKCS#8 PEM) and {@code public.crt} (PEM), Bolt
 * accepts only TLS connections, with that key and certificate, as Aura and most clusters do.
 * Once Bolt is up it prints {@code NEO4J_URI=bolt://127.0.0.1:PORT} ({@code bolt+s://} with TLS)
 * on a line of its own, which server.sh waits for.
 */
public final class TestServer {
    private TestServer() {}

    public static void main(String[] args) throws InterruptedException {
        Path workDir = Path.of(args[0]).toAbsolutePath();
        Path tlsDir = args.length > 1 ? Path.of(args[1]).toAbsolutePath() : null;
        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
                .withDisabledServer()
                .withConfig(HttpConnector.enabled, false)
                .withConfig(HttpsConnector.enabled, false)
                .withConfig(BoltConnector.enabled, true)
                // Port 0: the kernel picks a free port, so there is no race with other listeners.
                .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", 0))
                .withConfig(GraphDatabaseSettings.auth_enabled, false)
                // Netty's graceful shutdown otherwise idles for seconds before `stop` returns.
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                // The harness's defaults suit a handful of nodes: with its 8 MiB page cache a
                // load of 100,000 relationships (benchmarks/neo4j_load.py) evicts pages on every
                // commit, and transaction logs kept for two days grow by gigabytes.
                .withConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
                .withConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false);
        if (tlsDir != null) {
            requireTls(builder, tlsDir);
        }
        Neo4j neo4j = builder.build();

        // SIGTERM from `server.sh stop` runs this hook: it shuts the database down cleanly
        // and removes its working directory.
        Runtime.getRuntime().addShutdownHook(new Thread(neo4j::close, "neo4j-shutdown"));

        String scheme = tlsDir != null ? "bolt+s" : "bolt";
        System.out.println("NEO4J_URI=" + scheme + "://127.0.0.1:" + neo4j.boltURI().getPort());
        System.out.flush();
        new CountDownLatch(1).await();
    }

    /** Bolt with TLS required, from the key and certificate in {@code tlsDir}; clients show no certificate. */
    private static void requireTls(Neo4jBuilder builder, Path tlsDir) {
        SslPolicyConfig bolt = SslPolicyConfig.forScope(SslPolicyScope.BOLT);
        builder.withConfig(bolt.enabled, true)
                .withConfig(bolt.base_directory, tlsDir)
                .withConfig(bolt.private_key, tlsDir.resolve("private.key"))
                .withConfig(bolt.public_certificate, tlsDir.resolve("public.crt"))
                .withConfig(bolt.client_auth, ClientAuth.NONE)
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.REQUIRED);
    }
}
