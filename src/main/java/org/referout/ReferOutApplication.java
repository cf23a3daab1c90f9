package org.referout;

import java.util.Arrays;

import org.referout.cli.BackupCommand;
import org.referout.cli.DirectoryCommand;
import org.referout.cli.EvaluateCommand;
import org.referout.cli.PracticeCommand;
import org.referout.cli.SpringCommand;
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
        SpringCommand.use(ReferOutApplication.class);
        String verb = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (verb) {
            case "evaluate" -> System.exit(EvaluateCommand.run(rest, System.in, System.out, System.err));
            case "practice" -> System.exit(PracticeCommand.run(rest, System.in, System.out, System.err));
            case "backup", "restore" -> System.exit(BackupCommand.run(verb, rest, System.out, System.err));
            case "directory" -> DirectoryCommand.main(args);
            default -> SpringApplication.run(ReferOutApplication.class, args);
        }
    }
}
