package org.referout.operations;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code referout.data-dir} absolute before anything reads it. H2 refuses a database file path that is
 * implicitly relative ({@code --referout.data-dir=mydata} gives {@code jdbc:h2:file:mydata/referout}, error
 * 90011), and the index, link key and backups should all resolve the directory the same way.
 */
public class DataDirectory implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "referout.data-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String configured = environment.getProperty(PROPERTY);
        if (configured == null || configured.isBlank()) {
            return;
        }
        String absolute = Path.of(configured).toAbsolutePath().normalize().toString();
        if (!absolute.equals(configured)) {
            environment.getPropertySources().addFirst(new MapPropertySource("referoutDataDirectory", Map.of(PROPERTY, absolute)));
        }
    }

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }
}
