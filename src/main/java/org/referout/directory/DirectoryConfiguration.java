package org.referout.directory;

import java.nio.file.Path;

import org.referout.directory.index.ProviderIndex;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The on-disk index lives under the data directory, beside the embedded database. */
@Configuration(proxyBeanMethods = false)
class DirectoryConfiguration {

    @Bean(destroyMethod = "close")
    ProviderIndex providerIndex(@Value("${referout.data-dir:./data}") String dataDir) {
        return ProviderIndex.open(Path.of(dataDir, "index"));
    }

    /**
     * A missing or stale index (deleted, or behind the database after a crash) is rebuilt in the background
     * once the app is up; searches meanwhile see the old index. The CLI turns this off and decides itself.
     */
    @Bean
    ApplicationListener<ApplicationReadyEvent> directoryIndexCheck(ObjectProvider<Directory> directory,
            @Value("${referout.directory.check-index-on-start:true}") boolean check) {
        return event -> {
            if (check) {
                // Resolved only here, so an operator verb (lazy, check off) never opens the index the app holds.
                Thread thread = new Thread(directory.getObject()::ensureIndexCurrent, "directory-index-check");
                thread.setDaemon(true);
                thread.start();
            }
        };
    }
}
