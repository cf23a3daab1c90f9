package org.referout.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.awaitility.Awaitility;

/**
 * ReferOut in a separate JVM on the test classpath, so a test can kill it with SIGKILL mid-write and start it
 * again on the same data directory (Q: crash safety).
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    public final int port;
    private final Path log;

    private AppProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    public static AppProcess start(Path dataDir, String... extraArgs) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "org.referout.ReferOutApplication", "--server.port=" + port, "--referout.data-dir=" + dataDir.toAbsolutePath(),
                "--referout.demo=false", "--spring.main.banner-mode=off"));
        command.addAll(List.of(extraArgs));
        return launch(command, dataDir, port);
    }

    /** The packaged application as the README starts it: {@code java OPTIONS -jar target/referout.jar ARGS}. */
    public static AppProcess startPackaged(Path dataDir, List<String> jvmOptions, String... args) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", Path.of("target", "referout.jar").toAbsolutePath().toString(),
                "--server.port=" + port, "--referout.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(List.of(args));
        return launch(command, dataDir, port);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static AppProcess launch(List<String> command, Path dataDir, int port) throws Exception {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + port + ".log");
        java.nio.file.Files.createDirectories(dataDir);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AppProcess app = new AppProcess(process, port, log);
        app.awaitHealthy(Duration.ofSeconds(120));
        return app;
    }

    /** Everything the process printed so far. */
    public String output() throws IOException {
        return java.nio.file.Files.readString(log);
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Awaitility.await("ReferOut healthy; see " + log).atMost(timeout).pollInterval(Duration.ofMillis(250))
            .ignoreExceptionsInstanceOf(IOException.class)
            .until(() -> {
                if (!process.isAlive()) {
                    throw new IllegalStateException("ReferOut exited during start; see " + log);
                }
                return client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
            });
    }

    /** SIGKILL: no shutdown hooks, no graceful anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws Exception {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
