package org.referout.cli;

import java.nio.file.Path;

import org.referout.operations.DatabaseInUseException;

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
        List<String> arguments = new ArrayList<>(List.of(springArguments(args)));
        // Passed as arguments, not defaults, so they outrank application.properties: an operator verb never
        // creates the demo practice, and only the beans it uses are created (the web app may hold the
        // directory index's write lock). An operator's own --key=value for the same key wins.
        for (String setting : List.of("referout.demo=false", "spring.main.lazy-initialization=true",
                "referout.directory.check-index-on-start=false")) {
            String key = "--" + setting.substring(0, setting.indexOf('=') + 1);
            if (arguments.stream().noneMatch(arg -> arg.startsWith(key))) {
                arguments.add("--" + setting);
            }
        }
        try {
            return new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                // a failed start is reported once, by the caller (an uncaught exception, or the in-use message)
                .properties("spring.main.banner-mode=off", "logging.level.root=WARN",
                        "logging.level.org.springframework.boot.SpringApplication=OFF",
                        "logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext=ERROR",
                        "spring.task.scheduling.pool.size=1")
                .properties(defaults)
                .run(arguments.toArray(String[]::new));
        }
        catch (RuntimeException e) {
            // the embedded database is open in a running server: refuse, and say so, instead of a stack trace
            throw DatabaseInUseException.when(e, Path.of(dataDirectory(arguments)))
                .<RuntimeException>map(inUse -> inUse)
                .orElse(e);
        }
    }

    private static String dataDirectory(List<String> arguments) {
        return arguments.stream()
            .filter(arg -> arg.startsWith("--referout.data-dir="))
            .map(arg -> arg.substring("--referout.data-dir=".length()))
            .reduce((first, last) -> last)
            .orElse(System.getenv().getOrDefault("REFEROUT_DATA_DIR", "./data"));
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
