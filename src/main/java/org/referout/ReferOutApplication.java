package org.referout;

import java.util.Arrays;

import org.referout.cli.EvaluateCommand;
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
        if (args.length > 0 && "evaluate".equals(args[0])) {
            System.exit(EvaluateCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
        }
        if (args.length > 0 && "practice".equals(args[0])) {
            System.exit(org.referout.cli.PracticeCommand.run(Arrays.copyOfRange(args, 1, args.length),
                    System.in, System.out, System.err));
        }
        if (args.length > 0 && ("backup".equals(args[0]) || "restore".equals(args[0]))) {
            System.exit(org.referout.cli.BackupCommand.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length),
                    System.out, System.err));
        }
        SpringApplication.run(ReferOutApplication.class, args);
    }
}
