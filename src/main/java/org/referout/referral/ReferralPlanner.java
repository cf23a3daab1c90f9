package org.referout.referral;

import java.util.List;

import org.referout.client.Client;
import org.referout.client.Clients;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.intake.FlagScreen;
import org.referout.intake.RedFlags;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first screen of "refer out": which provider types (R6) and why, then the best matches near the client (the
 * practice's own recipients first, then the directory), and a reason to start from.
 */
@Component
class ReferralPlanner {

    record Proposal(Episode episode, Client client, String source, Urgency urgency, String reason,
            List<ProviderTypeSuggestions.Suggestion> suggestions, List<Recipient> recipients,
            List<ProviderMatches.Match> matches) {
    }

    private final Episodes episodes;
    private final Clients clients;
    private final Referrals referrals;
    private final ProviderMatches matches;
    private final RedFlags redFlags;

    ReferralPlanner(Episodes episodes, Clients clients, Referrals referrals, ProviderMatches matches,
            RedFlags redFlags) {
        this.redFlags = redFlags;
        this.episodes = episodes;
        this.clients = clients;
        this.referrals = referrals;
        this.matches = matches;
    }

    /** The episode a referral page works on, when it is this practice's; otherwise 404, as for anything not yours. */
    @Transactional(readOnly = true)
    public void requireEpisode(CurrentPractice by, EpisodeId id) {
        Referrals.clinician(by);
        episodes.find(by, id).orElseThrow(NotFoundException::new);
    }

    @Transactional
    public Proposal propose(CurrentPractice by, EpisodeId id, String source, Urgency urgency) {
        Referrals.clinician(by);
        Episode episode = episodes.find(by, id).orElseThrow(NotFoundException::new);
        Client client = clients.find(by, episode.client()).orElseThrow(NotFoundException::new);
        FlagScreen screen = redFlags.screen(by.id(), id);
        String origin = source != null ? source : screen.positive() ? "RED_FLAG" : "HAND";
        Urgency level = urgency != null ? urgency : ProviderTypeSuggestions.urgencyOf(screen);
        var history = episodes.history(by.id(), id).orElseThrow(NotFoundException::new);
        var suggestions = ProviderTypeSuggestions.forReferral(episode.complaint(), screen, Deterioration.of(history));
        List<String> types = suggestions.stream().map(ProviderTypeSuggestions.Suggestion::taxonomyCode).toList();
        List<ProviderMatches.Match> near = client.details().zip() == null ? List.of()
                : matches.near(by.id(), client.details().zip(), types, 10);
        return new Proposal(episode, client, origin, level, ReasonDraft.of(history, screen), suggestions,
                referrals.recipients(by), near);
    }
}
