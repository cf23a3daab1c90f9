package org.referout.episode;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.stream.IntStream;

import org.referout.clinical.Measure;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The tablet visit form (C2: scores in under 30 seconds). After saving it goes back to the episode page. */
@Controller
class VisitController {

    static final List<Integer> DURATIONS = List.of(30, 45, 60, 75, 90, 120);
    static final List<String> PEG_QUESTIONS = List.of(
            "Average pain in the past week",
            "How much pain has interfered with enjoyment of life",
            "How much pain has interfered with general activity");

    private final Episodes episodes;
    private final Clock clock;

    VisitController(Episodes episodes, Clock clock) {
        this.episodes = episodes;
        this.clock = clock;
    }

    @GetMapping("/episodes/{id}/visits/new")
    String newVisit(CurrentPractice practice, @PathVariable long id, Model model) {
        var home = episodes.answeredAtHome(practice, new EpisodeId(id));
        LocalDate today = LocalDate.now(clock);
        return form(practice, id, home.map(answer -> VisitForm.fromHome(today, answer)).orElse(VisitForm.empty(today)),
                model);
    }

    @PostMapping("/episodes/{id}/visits")
    String record(CurrentPractice practice, @PathVariable long id, @ModelAttribute VisitForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Episode episode = episodes.find(practice, new EpisodeId(id)).orElseThrow(NotFoundException::new);
        VisitInput input = null;
        try {
            input = form.toInput(episode.psfsActivities().size());
            episodes.recordVisit(practice, episode.id(), input);
            flash.addFlashAttribute("message", "Visit saved.");
            return "redirect:/episodes/" + id;
        } catch (BadRequestException e) {
            model.addAttribute("errors", FieldErrors.byField(e));
            model.addAttribute("problems",
                    ProblemMessages.byControl(e.problems(), input == null ? List.of() : input.scores()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(practice, id, form, model);
        }
    }

    /** Each pre-filled control's note: what the client answered at home (shown even if the therapist changes it). */
    private static Map<String, Integer> marks(AnsweredAtHome home) {
        var marks = new LinkedHashMap<String, Integer>();
        marks.put("nprs", home.nprs());
        for (int i = 0; i < home.psfs().size(); i++) {
            marks.put("psfs" + i, home.psfs().get(i));
        }
        for (int i = 0; i < home.peg().size(); i++) {
            marks.put("peg" + i, home.peg().get(i));
        }
        return marks;
    }

    private String form(CurrentPractice practice, long id, VisitForm form, Model model) {
        var episodeId = new EpisodeId(id);
        Episode episode = episodes.find(practice, episodeId).orElseThrow(NotFoundException::new);
        List<Visit> visits = episodes.visits(practice, episodeId);
        model.addAttribute("episode", episode);
        model.addAttribute("form", form);
        model.addAttribute("visitNumber", visits.size() + 1);
        // R1: GROC rates change since the start, so it is offered from the second scored visit on.
        boolean offerGroc = visits.stream().anyMatch(v -> !v.scores().isEmpty());
        model.addAttribute("offerGroc", offerGroc);
        model.addAttribute("scale", IntStream.rangeClosed(0, 10).boxed().toList());
        model.addAttribute("grocScale", IntStream.rangeClosed(-7, 7).boxed().toList());
        model.addAttribute("durations", DURATIONS);
        model.addAttribute("techniques", Technique.values());
        model.addAttribute("pegQuestions", PEG_QUESTIONS);
        var home = episodes.answeredAtHome(practice, episodeId);
        model.addAttribute("homeDay", home.map(answer -> answer.day(clock.getZone())).orElse(null));
        Map<String, Integer> homeMarks = home.map(VisitController::marks).orElse(Map.of());
        model.addAttribute("homeMarks", homeMarks);
        var inUse = MeasuresInUse.of(episode, visits, form, homeMarks);
        model.addAttribute("inUse", inUse.stream().map(Enum::name).toList());
        model.addAttribute("folded", java.util.stream.Stream.of(Measure.NPRS, Measure.PEG, Measure.GROC)
            .filter(m -> !inUse.contains(m) && (m != Measure.GROC || offerGroc)).map(Measure::labelWithCode).toList());
        return "episode/visit-form";
    }
}
