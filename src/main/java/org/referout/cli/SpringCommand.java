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

    public static ConfigurableApplicationContext start(String[] args) {
        return start(args, new String[0]);
    }

    /** As {@link #start(String[])}, with default properties of the command ({@code key=value}). */
    public static ConfigurableApplicationContext start(String[] args, String... defaults) {
        if (application == null) {
            throw new IllegalStateException("SpringCommand.use(...) was not called by main");
        }
        return new SpringApplicationBuilder(application)
            .web(WebApplicationType.NONE)
            .logStartupInfo(false)
            .properties("spring.main.banner-mode=off", "referout.demo=false", "logging.level.root=WARN",
                    "spring.task.scheduling.pool.size=1")
            .properties(defaults)
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
