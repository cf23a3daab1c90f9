package org.referout.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import org.referout.client.ClientDetails;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Recommendation;
import org.referout.clinical.RedFlag;
import org.referout.episode.EpisodeId;
import org.referout.episode.EpisodeStart;
import org.referout.episode.Episodes;
import org.referout.episode.ScoreInput;
import org.referout.episode.VisitInput;
import org.referout.episode.VisitNotes;
import org.referout.intake.RedFlags;
import org.referout.practice.ApiTokens;
import org.referout.practice.CurrentPractice;
import org.referout.practice.NewPractice;
import org.referout.practice.NewUser;
import org.referout.practice.Practices;
import org.referout.practice.Role;
import org.referout.practice.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the demo practice once, on an empty database: by default only on the embedded H2 file (never on
 * PostgreSQL unless {@code --referout.demo=true}). Everything goes through the modules' public services, so the
 * demo obeys the same checks, audit and events as real use.
 */
@Component
class DemoData {

    static final String OWNER_EMAIL = "demo@referout.example";
    static final String PASSWORD = "referout-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final String mode;
    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final Practices practices;
    private final ApiTokens apiTokens;
    private final Clients clients;
    private final Episodes episodes;
    private final RedFlags redFlags;
    private final ObjectProvider<DemoExtension> extensions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DemoData(@Value("${referout.demo:auto}") String mode, DataSource dataSource, JdbcClient jdbc, Practices practices, ApiTokens apiTokens,
            Clients clients, Episodes episodes, RedFlags redFlags, ObjectProvider<DemoExtension> extensions,
            TransactionTemplate transactions, Clock clock) {
        this.mode = mode;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.practices = practices;
        this.apiTokens = apiTokens;
        this.clients = clients;
        this.episodes = episodes;
        this.redFlags = redFlags;
        this.extensions = extensions;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void createOnFirstStart() throws Exception {
        if (!wanted() || jdbc.sql("select count(*) from practice").query(Long.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        // A start is CPU-bound and the demo is written by one thread at a time otherwise: the directory import,
        // the closed history and the current clients go side by side, then the extensions two at a time.
        List<DemoExtension> parts = extensions.orderedStream().toList();
        CompletableFuture<Void> prepared = inBackground("demo-prepare", () -> parts.forEach(DemoExtension::prepare));
        Staff staff = transactions.execute(status -> staff());
        // The closed history is most of the work: half on a thread of its own, half here after the current clients.
        List<DemoTrajectory> history = DemoStories.history(new Random(20261127));
        List<DemoTrajectory> older = history.subList(0, history.size() / 2);
        List<DemoTrajectory> newer = history.subList(history.size() / 2, history.size());
        CompletableFuture<Void> olderHistory = inBackground("demo-history",
                () -> transactions.executeWithoutResult(status -> recordClosed(staff, older)));
        List<DemoEpisode> current = transactions.execute(status -> recordCurrent(staff));
        transactions.executeWithoutResult(status -> recordClosed(staff, newer));
        olderHistory.join();
        prepared.join();
        log.info("Demo practice: clients, episodes and directory in {} ms", (System.nanoTime() - started) / 1_000_000);
        DemoPractice demo = new DemoPractice(staff.owner(), staff.maya(), staff.sam(), current);
        ExecutorService pair = Executors.newFixedThreadPool(2, runnable -> new Thread(runnable, "demo-extend"));
        try {
            CompletableFuture.allOf(parts.stream().map(extension -> CompletableFuture.runAsync(() -> {
                long step = System.nanoTime();
                extension.extend(demo);
                log.info("Demo practice: {} in {} ms", extension.getClass().getSimpleName(), (System.nanoTime() - step) / 1_000_000);
            }, pair)).toArray(CompletableFuture[]::new)).join();
        }
        finally {
            pair.shutdown();
        }
        log.info("Demo practice created in {} ms", (System.nanoTime() - started) / 1_000_000);
        System.out.println();
        System.out.println("  ReferOut demo practice is ready. Sign in as " + OWNER_EMAIL + " / " + PASSWORD);
        System.out.println();
    }

    private boolean wanted() throws Exception {
        if ("true".equalsIgnoreCase(mode)) {
            return true;
        }
        if (!"auto".equalsIgnoreCase(mode)) {
            return false;
        }
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL().startsWith("jdbc:h2:file:");
        }
    }

    private static CompletableFuture<Void> inBackground(String name, Runnable work) {
        return CompletableFuture.runAsync(work, runnable -> new Thread(runnable, name).start());
    }

    /** The owner and the staff who record the demo's episodes. */
    private record Staff(User owner, User maya, User sam) {

        List<CurrentPractice> therapists() {
            return List.of(owner.asCurrentPractice(), maya.asCurrentPractice(), sam.asCurrentPractice());
        }
    }

    private Staff staff() {
        User owner = practices.signUp(new NewPractice("Calm Hands Massage", "Dana Demo", OWNER_EMAIL, PASSWORD));
        CurrentPractice ownerNow = owner.asCurrentPractice();
        practices.updateSettings(ownerNow, "Calm Hands Massage",
                "Calm Hands Massage · 210 W 14th St, New York, NY 10011 · (212) 555-0142", 0);
        List<User> staff = practices.addUsers(ownerNow, List.of(
                new NewUser("maya@referout.example", "Maya Chen, LMT", Role.THERAPIST),
                new NewUser("sam@referout.example", "Sam Rivera, LMT", Role.THERAPIST),
                new NewUser("frontdesk@referout.example", "Jo Front Desk", Role.FRONT_DESK)), PASSWORD);
        apiTokens.create(ownerNow, "Monthly reporting spreadsheet");
        return new Staff(owner, staff.get(0), staff.get(1));
    }

    private List<DemoEpisode> recordCurrent(Staff staff) {
        List<DemoEpisode> current = new ArrayList<>();
        for (DemoTrajectory story : DemoStories.current()) {
            current.add(record(staff.therapists().get(story.therapist()), story, false));
        }
        return current;
    }

    private void recordClosed(Staff staff, List<DemoTrajectory> stories) {
        for (DemoTrajectory story : stories) {
            record(staff.therapists().get(story.therapist()), story, true);
        }
    }

    /** Visits a week apart, ending last week, or months ago for the closed history. */
    private DemoEpisode record(CurrentPractice therapist, DemoTrajectory story, boolean closed) {
        LocalDate today = LocalDate.now(clock);
        int visits = story.scores().size();
        LocalDate first = closed ? today.minusDays(200 + Math.abs(story.lastName().hashCode() % 120))
                : today.minusDays(7L * visits);
        DemoStories.Place place = DemoStories.place(story.zip());
        ClientId client = clients.create(therapist, new ClientDetails(story.firstName(), story.lastName(),
                LocalDate.of(1960 + Math.abs(story.firstName().hashCode() % 40), 1 + Math.abs(story.lastName().hashCode() % 12), 15),
                (story.firstName() + "." + story.lastName()).toLowerCase().replaceAll("[^a-z.]", "") + "@example.com",
                "(" + place.areaCode() + ") 555-01" + String.format("%02d", Math.abs(story.lastName().hashCode() % 100)),
                DemoStories.streetAddress(story), null, place.city(), place.state(), story.zip(), "English", true));
        EpisodeId episode = episodes.start(therapist, client, new EpisodeStart(story.complaint(), story.chronic(),
                List.of(), story.goals(), story.measure(), story.activities(), first));
        for (int v = 0; v < visits; v++) {
            boolean flagged = v == visits - 1 && !story.flags().isEmpty();
            if (flagged) {
                redFlags.review(therapist, episode, answers(story.flags()));
            }
            boolean emergency = flagged && story.flags().stream().anyMatch(f -> f.level() == Recommendation.REFER_EMERGENCY);
            episodes.recordVisit(therapist, episode, new VisitInput(first.plusDays(7L * v), emergency ? 15 : 60,
                    emergency ? List.of() : DemoStories.techniques(story.complaint(), v), new VisitNotes(
                            DemoStories.subjective(story, v), null, null, null, v % 2 == 0 ? "Daily stretches, 10 min" : null),
                    scores(story, v), flagged ? story.lastVisitNote() : null));
        }
        if (closed) {
            int version = episodes.find(therapist, episode).orElseThrow().version();
            episodes.close(therapist, episode, DemoStories.dischargeReason(story, random(story)), version);
        }
        return new DemoEpisode(story, client, episode, therapist);
    }

    /** Every red-flag question asked again: yes to these, no to the others. */
    private static Map<String, Boolean> answers(List<RedFlag> yes) {
        var answers = new LinkedHashMap<String, Boolean>();
        for (RedFlag flag : RedFlag.values()) {
            answers.put(flag.name(), yes.contains(flag));
        }
        return answers;
    }

    private static Random random(DemoTrajectory story) {
        return new Random(story.lastName().hashCode());
    }

    private static List<ScoreInput> scores(DemoTrajectory story, int visit) {
        int[] values = story.scores().get(visit);
        return switch (story.measure()) {
            case "PSFS" -> List.of(new ScoreInput("PSFS", null, decimals(values)));
            case "PEG" -> List.of(new ScoreInput("PEG", null, decimals(pegItems(values[0]))));
            default -> {
                List<ScoreInput> list = new ArrayList<>();
                list.add(new ScoreInput("NPRS", BigDecimal.valueOf(values[0]), null));
                if (visit > 0) {
                    list.add(new ScoreInput("GROC", BigDecimal.valueOf(DemoStories.groc(story, visit)), null));
                }
                yield list;
            }
        };
    }

    private static int[] pegItems(int mean) {
        return new int[] { mean, Math.min(10, mean + 1), Math.max(0, mean - 1) };
    }

    private static List<BigDecimal> decimals(int[] values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }
}
