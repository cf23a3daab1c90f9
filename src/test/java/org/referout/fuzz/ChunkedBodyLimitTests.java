package org.referout.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.referout.support.TestClockConfiguration;
import org.referout.support.TestDatabase;
import org.referout.support.TestPractices;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Issue 17 item 9: a body sent without a declared length (chunked) is held to the same ceiling as one with it.
 * Before, only a declared Content-Length was checked, so a chunked JSON body of any size reached the application.
 * Over a real socket, because MockMvc has no chunked transfer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
@Import({ TestPractices.class, TestClockConfiguration.class })
class ChunkedBodyLimitTests {

    @LocalServerPort
    int port;
    @Autowired
    TestPractices practices;

    @Test
    void aChunkedBodyOverTheCeilingIs413AndOneWithinItIsRead() throws Exception {
        String huge = "{\"email\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";
        String reply = chunkedPost("/api/v1/auth/token", "application/json", huge);
        assertThat(reply).startsWith("HTTP/1.1 413").contains("at most 1048576 bytes");

        var user = practices.newPractice("Chunked").therapist();
        String small = "{\"email\":\"" + user.email() + "\",\"password\":\"" + TestPractices.PASSWORD + "\"}";
        assertThat(chunkedPost("/api/v1/auth/token", "application/json", small))
            .as("a chunked body within the ceiling still reaches the application").startsWith("HTTP/1.1 201")
            .contains("\"token\"");

        String bundle = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"x\":\"" + "a".repeat(5_300_000) + "\"}";
        assertThat(chunkedPost("/fhir", "application/fhir+json", bundle)).startsWith("HTTP/1.1 413")
            .contains("OperationOutcome", "too-costly");
    }

    private String chunkedPost(String path, String type, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: " + type
                    + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                for (int at = 0; at < bytes.length; at += 8192) {
                    int length = Math.min(8192, bytes.length - at);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(bytes, at, length);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            catch (java.io.IOException closedEarly) {
                // the server may answer 413 and close before the whole body is sent: read what it said
            }
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
