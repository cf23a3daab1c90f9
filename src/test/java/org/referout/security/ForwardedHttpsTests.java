package org.referout.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.referout.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Behind a trusted proxy that ends TLS, the app knows it is served over https: the session cookie is Secure and HSTS
 * is sent. A request that does not come from a configured proxy cannot claim https (issue: no Secure flag and no
 * HSTS even behind X-Forwarded-Proto: https; forwarded headers ignored).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "referout.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ContextConfiguration(initializers = TestDatabase.class)
class ForwardedHttpsTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> login(String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void httpsFromTheTrustedProxyMakesCookiesSecureAndSendsHsts() throws Exception {
        var https = login("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.9");
        assertThat(https.statusCode()).isEqualTo(200);
        assertThat(https.headers().firstValue("Strict-Transport-Security")).get().asString().contains("max-age=");
        List<String> cookies = https.headers().allValues("Set-Cookie");
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("Secure")
            .contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        var plain = login();
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).noneSatisfy(cookie -> assertThat(cookie).contains("Secure"));
    }
}
