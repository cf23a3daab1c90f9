package org.referout.intake;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.referout.clinical.Complaint;
import org.referout.clinical.Recommendation;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.ConflictException;
import org.referout.web.FieldProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The client's questionnaire, reached without an account through {@code /intake/{token}} (permitted in the security
 * configuration). Phone-first, one page per step; every request is rate-limited by {@link IntakeGate}.
 */
@Controller
@RequestMapping("/intake")
class IntakeController {

    private final Intakes intakes;
    private final RedFlags redFlags;
    private final IntakeGate gate;

    IntakeController(Intakes intakes, RedFlags redFlags, IntakeGate gate) {
        this.intakes = intakes;
        this.redFlags = redFlags;
        this.gate = gate;
    }

    @GetMapping("/done")
    String done() {
        return "intake/done";
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, @RequestParam(required = false) Integer step, HttpServletRequest request,
            Model model) {
        gate.enter(request.getRemoteAddr());
        var opened = open(token, request);
        // A client may go back to any page already done, never skip ahead.
        int index = step == null ? opened.next() : Math.max(0, Math.min(step - 1, opened.next()));
        page(model, token, opened, index, opened.answers().values(), Map.of());
        return "intake/form";
    }

    @PostMapping("/{token}/step/{number}")
    String submit(@PathVariable String token, @PathVariable int number, @RequestParam Map<String, String> posted,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes flash) {
        gate.enter(request.getRemoteAddr());
        var opened = open(token, request);
        if (number < 1 || number > opened.steps().size() || number - 1 > opened.next()) {
            return "redirect:/intake/" + token;
        }
        gate.submit(token);
        Step step = opened.steps().get(number - 1);
        Intakes.Submitted submitted;
        try {
            submitted = intakes.submit(token, step, posted);
        } catch (BadRequestException refused) {
            // The practice's own checks (Clients, Episodes) refused the finished answers: nothing was stored.
            return problems(model, response, token, opened, refused.problems(), posted);
        }
        if (!submitted.problems().isEmpty()) {
            page(model, token, opened, number - 1, merged(opened, posted), messages(submitted.problems()));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "intake/form";
        }
        if (submitted.completed()) {
            FlagScreen screen = submitted.screen();
            flash.addFlashAttribute("emergency", screen.level() == Recommendation.REFER_EMERGENCY);
            flash.addFlashAttribute("urgent", screen.level() == Recommendation.REFER_URGENT);
            return "redirect:/intake/done";
        }
        return "redirect:/intake/" + token + "?step=" + (number + 1);
    }

    @ExceptionHandler(LinkUnusable.class)
    String unusable(LinkUnusable e, Model model, HttpServletResponse response) {
        model.addAttribute("state", e.state() == null ? "UNKNOWN" : e.state().name());
        response.setStatus(e.state() == null ? HttpStatus.NOT_FOUND.value() : HttpStatus.GONE.value());
        return "intake/unusable";
    }

    @ExceptionHandler(ConflictException.class)
    String completedMeanwhile(Model model, HttpServletResponse response) {
        model.addAttribute("state", LinkState.COMPLETED.name());
        response.setStatus(HttpStatus.GONE.value());
        return "intake/unusable";
    }

    @ExceptionHandler(IntakeGate.TooManyAttempts.class)
    String tooMany(IntakeGate.TooManyAttempts e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(e.retryAfterSeconds()));
        model.addAttribute("minutes", Math.max(1, (e.retryAfterSeconds() + 59) / 60));
        return "intake/too-many";
    }

    private Intakes.Opened open(String token, HttpServletRequest request) {
        try {
            return intakes.open(token);
        } catch (LinkUnusable e) {
            if (e.state() == null) {
                gate.badToken(request.getRemoteAddr());
            }
            throw e;
        }
    }

    /** Shows the page that owns the first refused field, with every message that belongs to it. */
    private String problems(Model model, HttpServletResponse response, String token, Intakes.Opened opened,
            List<FieldProblem> problems, Map<String, String> posted) {
        int index = opened.steps().size() - 1;
        for (int i = 0; i < opened.steps().size(); i++) {
            Step step = opened.steps().get(i);
            if (problems.stream().anyMatch(p -> IntakeAnswers.belongsTo(step, p.field()))) {
                index = i;
                break;
            }
        }
        page(model, token, opened, index, merged(opened, posted), messages(problems));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "intake/form";
    }

    private void page(Model model, String token, Intakes.Opened opened, int index, Map<String, String> values,
            Map<String, String> errors) {
        model.addAttribute("token", token);
        model.addAttribute("kind", opened.link().kind());
        model.addAttribute("steps", opened.steps());
        model.addAttribute("index", index);
        model.addAttribute("step", opened.steps().get(index).name());
        model.addAttribute("stepTitle", opened.steps().get(index).title());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("questions", redFlags.questions());
        model.addAttribute("complaints", Complaint.values());
        model.addAttribute("fixedActivities", opened.fixedActivities());
        model.addAttribute("scale", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    }

    private static Map<String, String> merged(Intakes.Opened opened, Map<String, String> posted) {
        var values = new LinkedHashMap<>(opened.answers().values());
        values.putAll(posted);
        values.remove("_csrf");
        return values;
    }

    private static Map<String, String> messages(List<FieldProblem> problems) {
        return FieldErrors.byField(problems);
    }
}
