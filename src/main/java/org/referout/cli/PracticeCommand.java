package org.referout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.referout.practice.NewPractice;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.web.BadRequestException;

/**
 * {@code practice create --name NAME --owner EMAIL [--owner-name NAME]}: opens a practice and its owner on a
 * self-hosted install without the web sign-up. The password is read from standard input so it never appears
 * in the process list or shell history.
 */
public final class PracticeCommand {

    private PracticeCommand() {
    }

    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        List<String> own = SpringCommand.ownArguments(args);
        if (own.isEmpty() || !"create".equals(own.get(0))) {
            err.println("usage: practice create --name NAME --owner EMAIL [--owner-name NAME]   (password on stdin)");
            return 2;
        }
        String name = option(own, "--name");
        String owner = option(own, "--owner");
        String ownerName = option(own, "--owner-name");
        if (name == null || owner == null) {
            err.println("practice create: --name and --owner are required");
            return 2;
        }
        String password;
        try {
            password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        }
        catch (IOException e) {
            err.println("practice create: could not read the password from standard input: " + e.getMessage());
            return 2;
        }
        try (var context = SpringCommand.start(args)) {
            User user = context.getBean(Practices.class)
                .signUp(new NewPractice(name, ownerName == null ? owner : ownerName, owner, password));
            out.println("Created practice " + user.practiceId() + " \"" + name + "\" with owner " + user.email());
            return 0;
        }
        catch (BadRequestException e) {
            e.problems().forEach(problem -> err.println(problem.field() + ": " + problem.message()));
            return 2;
        }
    }

    static String option(List<String> args, String name) {
        int at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.get(at + 1) : null;
    }
}
