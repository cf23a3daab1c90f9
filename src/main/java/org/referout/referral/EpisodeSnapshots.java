package org.referout.referral;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.referout.client.Client;
import org.referout.client.ClientDetails;
import org.referout.episode.Episode;
import org.referout.episode.Episodes;
import org.referout.episode.Score;
import org.referout.episode.Technique;
import org.referout.episode.Visit;
import org.referout.intake.FlagScreen;
import org.referout.intake.RedFlags;
import org.referout.practice.CurrentPractice;
import org.springframework.stereotype.Component;

/** Freezes what a referral tells about an episode (visits, techniques tried, primary-measure scores, notes). */
@Component
class EpisodeSnapshots {

    private static final int NOTES_SHOWN = 3;

    private final Episodes episodes;
    private final RedFlags redFlags;

    EpisodeSnapshots(Episodes episodes, RedFlags redFlags) {
        this.episodes = episodes;
        this.redFlags = redFlags;
    }

    EpisodeSummary take(CurrentPractice by, Client client, Episode episode) {
        List<Visit> visits = episodes.visits(by, episode.id());
        var techniques = new LinkedHashSet<String>();
        var scores = new ArrayList<EpisodeSummary.Point>();
        var notes = new ArrayList<String>();
        for (int i = 0; i < visits.size(); i++) {
            Visit visit = visits.get(i);
            visit.techniques().stream().map(Technique::label).forEach(techniques::add);
            for (Score score : visit.scores()) {
                if (score.measure() == episode.primaryMeasure()) {
                    scores.add(new EpisodeSummary.Point(i + 1, visit.date(), score.score()));
                }
            }
            String assessment = visit.notes() == null ? null : visit.notes().assessment();
            if (assessment != null && !assessment.isBlank()) {
                notes.add(visit.date() + ": " + assessment.strip());
            }
        }
        List<String> lastNotes = notes.subList(Math.max(0, notes.size() - NOTES_SHOWN), notes.size());
        return new EpisodeSummary(client.firstName(), client.lastName(), client.dateOfBirth(), client.details().zip(),
                episode.complaint().name(), episode.complaint().label(), episode.startDate(), visits.size(), List.copyOf(techniques),
                episode.goals(), episode.primaryMeasure().labelWithCode(), scores, List.copyOf(lastNotes),
                redFlagAnswers(redFlags.screen(by.id(), episode.id())), client.details().phone(),
                client.details().email(), postalAddress(client.details()));
    }

    /** One line, the parts the client gave, in the order an envelope has them. */
    private static String postalAddress(ClientDetails details) {
        String line = Stream.of(details.addressLine1(), details.addressLine2(), details.city(),
                details.state(), details.zip())
            .filter(part -> part != null && !part.isBlank())
            .map(String::strip)
            .collect(Collectors.joining(", "));
        return line.isEmpty() ? null : line;
    }

    /** The flags that count now, as the client answered them (cleared flags are not shown). */
    private static List<String> redFlagAnswers(FlagScreen screen) {
        return screen.flags().stream()
            .map(flag -> flag.label() + " (" + flag.level().label().toLowerCase(java.util.Locale.ROOT) + "): answered yes to \"" + flag.question() + "\"")
            .toList();
    }
}
