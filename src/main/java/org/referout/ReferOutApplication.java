package org.referout;

import java.util.Arrays;

import org.referout.cli.BackupCommand;
import org.referout.cli.DirectoryCommand;
import org.referout.cli.EvaluateCommand;
import org.referout.cli.PracticeCommand;
import org.referout.cli.SpringCommand;
import org.referout.operations.DatabaseInUseException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * ReferOut: know when to refer, and to whom.
 * <p>
 * {@code main} dispatches the command-line verbs before anything else, so that {@code evaluate} never starts
 * Spring and the operator verbs never start the web server. Without a verb, the web application starts.
 */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = { "web", "practice", "audit" })
public class ReferOutApplication {

    public static void main(String[] args) {
        String verb = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        if ("evaluate".equals(verb)) { // first, touching nothing else (EvaluateCommandProcessTests)
            System.exit(EvaluateCommand.run(rest, System.in, System.out, System.err));
        }
        SpringCommand.use(ReferOutApplication.class);
        try {
            runVerb(verb, args, rest);
        }
        catch (DatabaseInUseException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static void runVerb(String verb, String[] args, String[] rest) {
        switch (verb) {
            case "practice" -> System.exit(PracticeCommand.run(rest, System.in, System.out, System.err));
            case "backup", "restore" -> System.exit(BackupCommand.run(verb, rest, System.out, System.err));
            case "directory" -> DirectoryCommand.main(args);
            default -> {
                useAheadOfTimeInitializerWhenPackaged();
                SpringApplication.run(ReferOutApplication.class, args);
            }
        }
    }

    /**
     * {@code mvn package} runs Spring's ahead-of-time processing (pom.xml, {@code process-aot}): the bean
     * definitions of the web application are generated as code, so a start skips the configuration-class parsing
     * and most of the reflection, about a fifth of the start-up (docs/benchmarks.md). It is used for the web
     * application started from the packaged jar only: the operator verbs start a different context (no web
     * server), and tests run from {@code target/classes}, where generated classes of an earlier build may lag
     * behind the sources. {@code -Dspring.aot.enabled=false} turns it off.
     */
    private static void useAheadOfTimeInitializerWhenPackaged() {
        if (System.getProperty("spring.aot.enabled") != null) {
            return;
        }
        var codeSource = ReferOutApplication.class.getProtectionDomain().getCodeSource();
        boolean packaged = codeSource != null && codeSource.getLocation().getPath().endsWith(".jar");
        boolean generated = ReferOutApplication.class.getResource("ReferOutApplication__ApplicationContextInitializer.class") != null;
        if (packaged && generated) {
            System.setProperty("spring.aot.enabled", "true");
        }
    }
}
