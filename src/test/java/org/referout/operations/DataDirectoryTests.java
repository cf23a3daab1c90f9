package org.referout.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;

class DataDirectoryTests {

    @Test
    void aRelativeDataDirectoryBecomesAbsoluteSoH2AcceptsIt() {
        MockEnvironment environment = new MockEnvironment().withProperty("referout.data-dir", "mydata");
        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("referout.data-dir")).isEqualTo(Path.of("mydata").toAbsolutePath().toString());
        // The H2 URL of application.properties is built from it.
        environment.getPropertySources().addLast(new MapPropertySource("url",
                Map.of("spring.datasource.url", "jdbc:h2:file:${referout.data-dir}/referout")));
        assertThat(environment.getProperty("spring.datasource.url")).startsWith("jdbc:h2:file:/").endsWith("/mydata/referout");
    }

    @Test
    void anAbsoluteDataDirectoryIsLeftAsItIs(@org.junit.jupiter.api.io.TempDir Path directory) {
        // any absolute path; a temporary one, so the test names nothing outside the machine's temp space
        String absolute = directory.resolve("referout").toAbsolutePath().toString();
        MockEnvironment environment = new MockEnvironment().withProperty("referout.data-dir", absolute);
        new DataDirectory().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("referout.data-dir")).isEqualTo(absolute);
        assertThat(environment.getPropertySources().contains("referoutDataDirectory")).isFalse();
    }
}
