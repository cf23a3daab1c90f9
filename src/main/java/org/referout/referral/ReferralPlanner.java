package org.referout.referral;

import java.util.List;

import org.referout.client.Client;
import org.referout.client.Clients;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
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

    ReferralPlanner(Episodes episodes, Clients clients, Referrals referrals, ProviderMatches matches) {
        this.episodes = episodes;
        this.clients = clients;
        this.referrals = referrals;
        this.matches = matches;
    }

    @Transactional
    public Proposal propose(CurrentPractice by, EpisodeId id, String source, Urgency urgency) {
        Referrals.clinician(by);
        Episode episode = episodes.find(by, id).orElseThrow(NotFoundException::new);
        Client client = clients.find(by, episode.client()).orElseThrow(NotFoundException::new);
        String origin = source == null ? "HAND" : source;
        Urgency level = urgency == null ? Urgency.ROUTINE : urgency;
        var history = episodes.history(by.id(), id).orElseThrow(NotFoundException::new);
        boolean deteriorating = Deterioration.of(history);
        var suggestions = ProviderTypeSuggestions.forReferral(episode.complaint(), level, "RED_FLAG".equals(origin),
                deteriorating);
        List<String> types = suggestions.stream().map(ProviderTypeSuggestions.Suggestion::directoryType).toList();
        List<ProviderMatches.Match> near = client.details().zip() == null ? List.of()
                : matches.near(by.id(), client.details().zip(), types, 10);
        return new Proposal(episode, client, origin, level, ReasonDraft.of(history, origin), suggestions,
                referrals.recipients(by), near);
    }
}
