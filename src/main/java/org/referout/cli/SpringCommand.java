package org.referout.cli;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application without its web server for an operator command. Arguments that configure Spring
 * ({@code --spring.*}, {@code --referout.*}, {@code --server.*}) pass through; the rest belong to the command.
 */
public final class SpringCommand {

    /** Set by {@code main}; held here so the command-line module never imports the application's root package. */
    private static volatile Class<?> application;

    private SpringCommand() {
    }

    public static void use(Class<?> applicationClass) {
        application = applicationClass;
    }

    /** The application class given to {@link #use}, or found by name when a command's own main ran first. */
    static Class<?> application() {
        if (application != null) {
            return application;
        }
        try {
            return Class.forName("org.referout.ReferOutApplication");
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException("SpringCommand.use(...) was not called by main", e);
        }
    }

    public static ConfigurableApplicationContext start(String[] args) {
        if (application == null) {
            throw new IllegalStateException("SpringCommand.use(...) was not called by main");
        }
        return new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .properties("spring.main.banner-mode=off", "referout.demo=false", "logging.level.root=WARN",
                    "spring.task.scheduling.pool.size=1")
            .run(springArguments(args));
    }

    static String[] springArguments(String[] args) {
        List<String> spring = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--spring.") || arg.startsWith("--referout.") || arg.startsWith("--logging.")) {
                spring.add(arg);
            }
        }
        return spring.toArray(String[]::new);
    }

    /** The command's own arguments: everything that is not passed through to Spring. */
    public static List<String> ownArguments(String[] args) {
        List<String> own = new ArrayList<>();
        for (String arg : args) {
            if (!(arg.startsWith("--spring.") || arg.startsWith("--referout.") || arg.startsWith("--logging."))) {
                own.add(arg);
            }
        }
        return own;
    }
}
