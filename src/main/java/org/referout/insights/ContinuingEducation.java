package org.referout.insights;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.referout.clinical.Complaint;


/**
 * Continuing-education suggestions (C7). A complaint becomes a suggested topic when, with at least
 * {@link Share#MINIMUM_GROUP} evaluated episodes, its improvement rate's 95 % Wilson interval lies wholly below
 * the therapist's own overall rate's interval, or below the practice's: a difference bigger than the noise. If
 * none does, the complaint with the lowest rate among at least two with enough data is offered, said as such.
 * The complaint → topics mapping is data ({@code insights/ce-topics.properties}).
 */
public final class ContinuingEducation {

    private static final Map<Complaint, List<String>> TOPICS = load();

    private ContinuingEducation() {
    }

    /** One suggestion; {@code why} says which comparison made it. */
    public record Suggestion(Complaint complaint, GroupOutcome outcome, String why, List<String> topics) {
    }

    /**
     * The suggestions for one therapist or for the whole practice ({@code who}); when there are none,
     * {@code noneBecause} says why in a sentence that starts "None yet, because".
     */
    public record Group(String who, List<Suggestion> suggestions, String noneBecause) {
    }

    static Group group(String who, GroupOutcome own, GroupOutcome practice, Map<Complaint, GroupOutcome> byComplaint) {
        List<Suggestion> suggestions = suggest(own, own == practice ? "the practice's overall rate"
                : "their own overall rate", practice, byComplaint);
        return new Group(who, suggestions, suggestions.isEmpty() ? noneBecause(byComplaint) : null);
    }

    /** Why nothing stands out: too few episodes to tell, or no gap bigger than chance. */
    static String noneBecause(Map<Complaint, GroupOutcome> byComplaint) {
        List<GroupOutcome> enough = byComplaint.values().stream().filter(g -> !g.tooFew()).toList();
        if (enough.isEmpty()) {
            var most = byComplaint.values().stream().max(Comparator.comparingInt(GroupOutcome::evaluated));
            return most.filter(g -> g.evaluated() > 0)
                .map(g -> "None yet, because no complaint has " + Share.MINIMUM_GROUP + " evaluated episodes in this "
                        + "period; the most is " + g.evaluated() + ", for " + g.label().toLowerCase() + ".")
                .orElse("None yet, because there are no evaluated episodes in this period.");
        }
        return "None yet, because " + enough.get(0).label().toLowerCase() + ", the only complaint with "
                + Share.MINIMUM_GROUP + " or more evaluated episodes, does not do clearly worse than the overall "
                + "rate, and the others have too few episodes to tell.";
    }

    static List<Suggestion> suggest(GroupOutcome own, String ownName, GroupOutcome practice,
            Map<Complaint, GroupOutcome> byComplaint) {
        List<Suggestion> suggestions = new ArrayList<>();
        List<Map.Entry<Complaint, GroupOutcome>> enough = byComplaint.entrySet().stream()
            .filter(e -> !e.getValue().tooFew()).toList();
        for (var entry : enough) {
            String why = lagging(entry.getValue(), own, ownName)
                .orElse(lagging(entry.getValue(), practice, "the practice's overall rate").orElse(null));
            if (why != null) {
                suggestions.add(new Suggestion(entry.getKey(), entry.getValue(), why, TOPICS.get(entry.getKey())));
            }
        }
        if (suggestions.isEmpty() && enough.size() >= 2) {
            var lowest = enough.stream()
                .min(Comparator.comparingDouble((Map.Entry<Complaint, GroupOutcome> e) -> e.getValue().improvement()
                    .proportion()))
                .orElseThrow();
            suggestions.add(new Suggestion(lowest.getKey(), lowest.getValue(),
                    "the lowest improvement rate among the complaints with enough episodes (not a clear difference)",
                    TOPICS.get(lowest.getKey())));
        }
        return suggestions;
    }

    private static java.util.Optional<String> lagging(GroupOutcome complaint, GroupOutcome reference, String name) {
        if (reference.tooFew()) {
            return java.util.Optional.empty();
        }
        WilsonInterval mine = complaint.improvement().interval();
        WilsonInterval theirs = reference.improvement().interval();
        boolean lower = mine.high() < theirs.low();
        return lower ? java.util.Optional.of("improvement rate clearly lower than " + name + " (95 % intervals "
                + "do not overlap)") : java.util.Optional.empty();
    }

    static List<String> topics(Complaint complaint) {
        return TOPICS.get(complaint);
    }

    private static Map<Complaint, List<String>> load() {
        Properties properties = new Properties();
        try (InputStream in = ContinuingEducation.class.getResourceAsStream("/insights/ce-topics.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        catch (IOException | NullPointerException e) {
            throw new IllegalStateException("insights/ce-topics.properties is missing", e);
        }
        Map<Complaint, List<String>> topics = new java.util.EnumMap<>(Complaint.class);
        for (Complaint complaint : Complaint.values()) {
            String value = properties.getProperty(complaint.name(), "");
            topics.put(complaint, Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList());
        }
        return topics;
    }
}
