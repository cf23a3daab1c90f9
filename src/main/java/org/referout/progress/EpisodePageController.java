package org.referout.progress;

import java.util.List;
import java.util.Optional;

import org.referout.client.Clients;
import org.referout.clinical.Evaluation;
import org.referout.episode.DischargeReason;
import org.referout.episode.Episode;
import org.referout.episode.EpisodeId;
import org.referout.episode.Episodes;
import org.referout.practice.CurrentPractice;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The episode page. It shows the episode module's visits with progress's evaluation, chart and alerts, so it
 * belongs to progress, the higher module (STYLE §3); episode's forms redirect here after saving.
 */
@Controller
class EpisodePageController {

    private final Episodes episodes;
    private final Clients clients;
    private final Progress progress;
    private final Alerts alerts;
    private final java.time.Clock clock;

    EpisodePageController(Episodes episodes, Clients clients, Progress progress, Alerts alerts, java.time.Clock clock) {
        this.clock = clock;
        this.episodes = episodes;
        this.clients = clients;
        this.progress = progress;
        this.alerts = alerts;
    }

    @GetMapping("/episodes/{id}")
    String show(@PathVariable long id, CurrentPractice practice, Model model) {
        var episodeId = new EpisodeId(id);
        // front desk and other practices get a 404: Episodes.find returns nothing to them, and audits the read
        Episode episode = episodes.find(practice, episodeId).orElseThrow(NotFoundException::new);
        model.addAttribute("episode", episode);
        model.addAttribute("client", clients.find(practice, episode.client()).orElseThrow(NotFoundException::new));
        model.addAttribute("visits", episodes.visits(practice, episodeId));
        model.addAttribute("reasons", DischargeReason.values());
        episodes.answeredAtHome(practice, episodeId).ifPresent(home -> {
            model.addAttribute("home", home);
            model.addAttribute("homeDay", home.day(clock.getZone()));
        });
        Optional<Evaluation> evaluation = progress.evaluate(practice.id(), episodeId);
        model.addAttribute("evaluation", evaluation.orElse(null));
        model.addAttribute("history", progress.evaluationsByVisit(practice.id(), episodeId));
        List<Alert> episodeAlerts = alerts.forEpisode(practice.id(), episodeId);
        model.addAttribute("alerts", episodeAlerts);
        model.addAttribute("curves", progress.curves(practice.id()));
        progress.chart(practice.id(), episodeId).ifPresent(chart -> {
            model.addAttribute("chart", chart);
            model.addAttribute("chartSvg", ProgressChart.svg(chart));
        });
        return "progress/episode";
    }
}
