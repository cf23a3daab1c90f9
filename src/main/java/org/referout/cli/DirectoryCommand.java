package org.referout.cli;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.referout.directory.Directory;
import org.referout.directory.ImportProgress;
import org.referout.directory.ImportReport;
import org.referout.directory.ProviderSearch;
import org.referout.directory.SearchResult;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.json.JsonMapper;

/**
 * {@code directory} verbs: import-nppes, search, generate-nppes, rebuild-index. Runs Spring without the web server,
 * on the same database as the app. The embedded H2 file is opened in-process only, so with the server running the
 * verb refuses (exit status 2) unless it is pointed at the server's operator TCP port (docs/operations.md). Bad
 * input: a message on stderr and exit status 2.
 */
public final class DirectoryCommand {

    static final String USAGE = """
            usage: directory import-nppes FILE [--update]
                   directory search --type TYPE|CODE[,...] --near ZIP --radius-km N [--text WORDS] [--limit N] [--sort distance|rank] [--json]
                   directory generate-nppes --rows N [--malformed K] [--seed S] FILE
                   directory rebuild-index""";

    private final PrintStream out;
    private final PrintStream err;

    DirectoryCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Entry point from ReferOutApplication.main: {@code args[0]} is "directory". */
    public static void main(String[] args) {
        System.exit(new DirectoryCommand(System.out, System.err).run(args));
    }

    /** Bad usage, reported before anything starts. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    int run(String[] args) {
        try {
            springArguments = args;
            List<String> own = SpringCommand.ownArguments(args);
            List<String> rest = new ArrayList<>(own.subList(Math.min(1, own.size()), own.size()));
            if (rest.isEmpty()) {
                throw new UsageException("missing verb");
            }
            String verb = rest.remove(0);
            return switch (verb) {
                case "import-nppes" -> importNppes(rest);
                case "search" -> search(rest);
                case "generate-nppes" -> generate(rest);
                case "rebuild-index" -> {
                    expectNone(rest);
                    yield withDirectory(directory -> {
                        long started = System.nanoTime();
                        long count = directory.rebuildIndex();
                        out.printf("Indexed %,d active providers in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
                        return 0;
                    });
                }
                default -> throw new UsageException("unknown verb: " + verb);
            };
        }
        catch (UsageException e) {
            err.println("directory: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        catch (BadRequestException e) {
            for (FieldProblem problem : e.problems()) {
                err.println("directory: " + problem.field() + ": " + problem.message());
            }
            return 2;
        }
    }

    private int importNppes(List<String> args) {
        Map<String, String> options = options(args, Map.of("--update", false));
        if (args.size() != 1) {
            throw new UsageException("import-nppes needs exactly one FILE");
        }
        Path file = Path.of(args.get(0));
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        boolean update = options.containsKey("--update");
        BatchTuning.advice(file, ManagementFactory.getRuntimeMXBean().getInputArguments()).ifPresent(err::println);
        return withDirectory(directory -> {
            long[] lastPrint = { 0 };
            ImportReport report = directory.importNppes(file, update, progress -> {
                if (System.nanoTime() - lastPrint[0] > 1_000_000_000L) {
                    err.println(progress.describe());
                    lastPrint[0] = System.nanoTime();
                }
            });
            out.println(report.summary());
            report.rejections().stream().limit(20)
                .forEach(r -> out.println("  line " + r.line() + ": " + r.reason()));
            if (report.rejected() > 20) {
                out.println("  … " + (report.rejected() - 20) + " more rejected rows (first "
                        + ImportReport.STORED_REJECTIONS + " kept with run " + report.runId() + ")");
            }
            return 0;
        });
    }

    private int search(List<String> args) {
        Map<String, String> o = options(args, Map.of("--type", true, "--near", true, "--radius-km", true,
                "--limit", true, "--sort", true, "--json", false, "--text", true));
        if (!args.isEmpty()) {
            throw new UsageException("unexpected argument: " + args.get(0));
        }
        if (!o.containsKey("--near") || !o.containsKey("--radius-km")) {
            throw new UsageException("search needs --near ZIP and --radius-km N");
        }
        if (!o.containsKey("--type") && !o.containsKey("--text")) {
            throw new UsageException("search needs --type (or --text)");
        }
        double radius = number(o.get("--radius-km"), "--radius-km");
        int limit = (int) number(o.getOrDefault("--limit", "10"), "--limit");
        ProviderSearch.Sort sort = switch (o.getOrDefault("--sort", "distance").toLowerCase(Locale.ROOT)) {
            case "distance" -> ProviderSearch.Sort.DISTANCE;
            case "rank" -> ProviderSearch.Sort.RANK;
            default -> throw new UsageException("--sort is distance or rank");
        };
        List<String> types = o.containsKey("--type") ? List.of(o.get("--type").split(",")) : List.of();
        ProviderSearch search = new ProviderSearch(types, o.get("--text"), o.get("--near"), null, null, radius, limit,
                sort, null);
        boolean json = o.containsKey("--json");
        return withDirectory(directory -> {
            directory.ensureIndexCurrent();
            List<SearchResult> results = directory.search(search);
            JsonMapper mapper = JsonMapper.builder().build();
            int rank = 0;
            for (SearchResult r : results) {
                var p = r.provider();
                if (json) {
                    Map<String, Object> line = new LinkedHashMap<>();
                    line.put("npi", p.npi());
                    line.put("name", p.name());
                    line.put("credential", p.credential());
                    line.put("type", p.primaryTypeLabel());
                    line.put("taxonomyCodes", p.taxonomyCodes());
                    line.put("city", p.city());
                    line.put("state", p.state());
                    line.put("zip", p.zip());
                    line.put("phone", p.phone());
                    line.put("distanceKm", Math.round(r.distanceKm() * 100) / 100.0);
                    line.put("score", r.score());
                    line.put("why", r.explanation());
                    out.println(mapper.writeValueAsString(line));
                }
                else {
                    out.printf("%3d. %d  %s — %s — %.1f km — %s, %s %s%n     why: %s%n", ++rank, p.npi(), p.name(),
                            p.primaryTypeLabel(), r.distanceKm(), p.city(), p.state(), p.zip(), r.explanation());
                }
            }
            if (!json && results.isEmpty()) {
                out.println("No providers found.");
            }
            return 0;
        });
    }

    private int generate(List<String> args) {
        Map<String, String> o = options(args, Map.of("--rows", true, "--malformed", true, "--seed", true));
        if (args.size() != 1 || !o.containsKey("--rows")) {
            throw new UsageException("generate-nppes needs --rows N and one FILE");
        }
        long rows = (long) number(o.get("--rows"), "--rows");
        int malformed = (int) number(o.getOrDefault("--malformed", "0"), "--malformed");
        long seed = (long) number(o.getOrDefault("--seed", "42"), "--seed");
        if (rows < 0 || malformed < 0 || malformed > rows) {
            throw new UsageException("--rows must be ≥ 0 and --malformed between 0 and --rows");
        }
        Path file = Path.of(args.get(0));
        // no database needed: the generator is plain file output
        var planted = new org.referout.directory.NppesGenerator()
            .write(file, org.referout.directory.NppesGenerator.Options.of(rows, malformed).withSeed(seed));
        out.printf("Wrote %,d rows to %s%n", rows, file);
        planted.forEach(p -> out.println("  planted at line " + p.line() + ": " + p.kind()));
        return 0;
    }

    /** Removes the known options from {@code args} (flags map to ""), leaving positional arguments. */
    private static Map<String, String> options(List<String> args, Map<String, Boolean> known) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size();) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                i++;
                continue;
            }
            Boolean takesValue = known.get(arg);
            if (takesValue == null) {
                throw new UsageException("unknown option: " + arg);
            }
            args.remove(i);
            if (takesValue) {
                if (i >= args.size()) {
                    throw new UsageException(arg + " needs a value");
                }
                options.put(arg, args.remove(i));
            }
            else {
                options.put(arg, "");
            }
        }
        return options;
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        }
        catch (NumberFormatException e) {
            throw new UsageException(option + " must be a number, not '" + text + "'");
        }
    }

    private static void expectNone(List<String> args) {
        if (!args.isEmpty()) {
            throw new UsageException("unexpected argument: " + args.get(0));
        }
    }

    private interface Work {
        int run(Directory directory);
    }

    /** Spring-bound arguments ({@code --spring.*}, {@code --referout.*}) of this run, passed through to Spring. */
    private static String[] springArguments = new String[0];

    private static int withDirectory(Work work) {
        try (ConfigurableApplicationContext context = SpringCommand.start(springArguments,
                "referout.directory.check-index-on-start=false", "spring.thymeleaf.check-template-location=false")) {
            return work.run(context.getBean(Directory.class));
        }
    }
}
