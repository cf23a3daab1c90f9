package org.referout.operations;

import java.sql.SQLException;

import org.h2.tools.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * A TCP port to the embedded database, only when an operator asks for it ({@code referout.database.tcp-port}), so
 * that operator verbs such as {@code backup} can reach a running server's database. It listens on 127.0.0.1 only
 * ({@code h2.bindAddress}, set by {@link EmbeddedDatabase}; remote connections are refused as well) and a client
 * needs the database key from {@code database.key} in the data directory.
 */
@Component
@Lazy(false)
class DatabaseTcpServer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseTcpServer.class);

    private final int port;
    private final String url;
    private final String dataDir;
    private Server server;

    DatabaseTcpServer(@Value("${referout.database.tcp-port:0}") int port,
            @Value("${spring.datasource.url:}") String url, @Value("${referout.data-dir:}") String dataDir) {
        this.port = port;
        this.url = url;
        this.dataDir = dataDir;
    }

    @Override
    public void start() {
        if (port <= 0 || !url.startsWith("jdbc:h2:file:")) {
            return;
        }
        try {
            server = Server.createTcpServer("-tcpPort", String.valueOf(port), "-ifExists").start();
            String path = EmbeddedDatabase.databaseFile(url).toString().replaceAll("\\.mv\\.db$", "");
            log.info("Database reachable on 127.0.0.1:{} as jdbc:h2:tcp://127.0.0.1:{}/{} with the key in {}/{}",
                    port, port, path, dataDir, EmbeddedDatabase.KEY_FILE);
        }
        catch (SQLException e) {
            throw new IllegalStateException("Cannot open the database's TCP port " + port + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }
}
