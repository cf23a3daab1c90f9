package org.referout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ReferOut: know when to refer, and to whom.
 * <p>
 * {@code main} dispatches the command-line verbs (see {@code org.referout.cli.Commands}) before
 * anything else, so that {@code evaluate} never starts Spring or the web server.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = { "web", "practice", "audit" })
public class ReferOutApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "directory".equals(args[0])) {
            org.referout.cli.DirectoryCommand.main(args);
            return;
        }
        SpringApplication.run(ReferOutApplication.class, args);
    }
}
