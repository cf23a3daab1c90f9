package org.referout.practice;

import java.util.Map;

import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The owner's practice pages (people, invitations, settings) and every user's own API tokens. */
@Controller
class PracticeController {

    private final Practices practices;
    private final ApiTokens tokens;
    private final VerificationMail mail;

    PracticeController(Practices practices, ApiTokens tokens, VerificationMail mail) {
        this.practices = practices;
        this.tokens = tokens;
        this.mail = mail;
    }

    @GetMapping("/practice/users")
    String users(CurrentPractice practice, Model model) {
        Practices.requireOwner(practice);
        model.addAttribute("users", practices.users(practice.id()));
        model.addAttribute("roles", Role.values());
        model.addAttribute("practice", practices.practice(practice.id()));
        return "practice/users";
    }

    @PostMapping("/practice/invitations")
    String invite(CurrentPractice practice, @RequestParam(required = false) String email,
            @RequestParam(required = false) String role, Model model, RedirectAttributes flash) {
        try {
            Role chosen = parseRole(role);
            String token = practices.invite(practice, email, chosen);
            flash.addFlashAttribute("invitedEmail", email.strip());
            if (!mail.canSend()) {
                // no mail server: the owner is the only way the link can reach the colleague
                flash.addFlashAttribute("invitationLink", ServletUriComponentsBuilder.fromCurrentContextPath()
                    .path("/signup/invite/" + token).toUriString());
            }
            return "redirect:/practice/users";
        }
        catch (BadRequestException e) {
            model.addAttribute("errors", toMap(e));
            model.addAttribute("typedEmail", email);
            model.addAttribute("typedRole", role);
            return users(practice, model);
        }
    }

    @PostMapping("/practice/settings")
    String settings(CurrentPractice practice, @RequestParam(required = false) String name,
            @RequestParam(required = false) String letterhead, @RequestParam int version, Model model,
            RedirectAttributes flash) {
        try {
            practices.updateSettings(practice, name, letterhead, version);
            flash.addFlashAttribute("message", "Practice settings saved.");
            return "redirect:/practice/users";
        }
        catch (BadRequestException e) {
            model.addAttribute("errors", toMap(e));
            return users(practice, model);
        }
    }

    @GetMapping("/practice/tokens")
    String tokens(CurrentPractice practice, Model model) {
        model.addAttribute("tokens", tokens.list(practice));
        return "practice/tokens";
    }

    @PostMapping("/practice/tokens")
    String createToken(CurrentPractice practice, @RequestParam(required = false) String name,
            RedirectAttributes flash) {
        flash.addFlashAttribute("newToken", tokens.create(practice, name));
        return "redirect:/practice/tokens";
    }

    @PostMapping("/practice/tokens/{id}/revoke")
    String revoke(CurrentPractice practice, @PathVariable long id, RedirectAttributes flash) {
        tokens.revoke(practice, id);
        flash.addFlashAttribute("message", "The token was revoked; it no longer works.");
        return "redirect:/practice/tokens";
    }

    private static Role parseRole(String role) {
        try {
            return role == null ? null : Role.valueOf(role);
        }
        catch (IllegalArgumentException e) {
            throw new BadRequestException("role", "choose one of OWNER, THERAPIST, FRONT_DESK");
        }
    }

    private static Map<String, String> toMap(BadRequestException e) {
        var map = new java.util.LinkedHashMap<String, String>();
        for (FieldProblem problem : e.problems()) {
            map.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b);
        }
        return map;
    }
}
