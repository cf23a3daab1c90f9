package org.referout.directory;

import java.nio.file.Path;

import org.referout.directory.index.ProviderIndex;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The on-disk index lives under the data directory, beside the embedded database. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean(destroyMethod = "close")
    ProviderIndex providerIndex(@Value("${referout.data-dir:./data}") String dataDir) {
        return ProviderIndex.open(Path.of(dataDir, "index"));
    }
}
