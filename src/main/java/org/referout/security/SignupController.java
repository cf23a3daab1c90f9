package org.referout.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.referout.practice.NewPractice;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.web.BadRequestException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Login page, sign-up (a new practice and its owner) and accepting an invitation. */
@Controller
class SignupController {

    record SignupForm(String practiceName, String ownerName, String ownerEmail, String password) {
    }

    record InvitationForm(String displayName, String password) {
    }

    private final Practices practices;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SignupController(Practices practices) {
        this.practices = practices;
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("form", new SignupForm("", "", "", ""));
        return "security/signup";
    }

    @PostMapping("/signup")
    String signup(SignupForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        try {
            User owner = practices.signUp(
                    new NewPractice(form.practiceName(), form.ownerName(), form.ownerEmail(), form.password()));
            signIn(owner, request, response);
            return "redirect:/?welcome";
        }
        catch (BadRequestException e) {
            model.addAttribute("form", new SignupForm(form.practiceName(), form.ownerName(), form.ownerEmail(), ""));
            model.addAttribute("errors", FieldErrors.of(e.problems()));
            response.setStatus(400);
            return "security/signup";
        }
    }

    @GetMapping("/signup/invite/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute("invitation", practices.invitation(token).orElseThrow(NotFoundException::new));
        model.addAttribute("form", new InvitationForm("", ""));
        model.addAttribute("token", token);
        return "security/invite";
    }

    @PostMapping("/signup/invite/{token}")
    String acceptInvitation(@PathVariable String token, InvitationForm form, Model model, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            signIn(practices.acceptInvitation(token, form.displayName(), form.password()), request, response);
            return "redirect:/";
        }
        catch (BadRequestException e) {
            model.addAttribute("invitation", practices.invitation(token).orElseThrow(NotFoundException::new));
            model.addAttribute("form", new InvitationForm(form.displayName(), ""));
            model.addAttribute("token", token);
            model.addAttribute("errors", FieldErrors.of(e.problems()));
            response.setStatus(400);
            return "security/invite";
        }
    }

    /** Signs the new user in on a fresh session id (session fixation protection). */
    private void signIn(User user, HttpServletRequest request, HttpServletResponse response) {
        SignedInUser principal = new SignedInUser(user);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.getSession(true);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
    }

    /** Field → message, for templates: {@code errors['password']}. */
    static final class FieldErrors {
        static java.util.Map<String, String> of(java.util.List<FieldProblem> problems) {
            var map = new java.util.LinkedHashMap<String, String>();
            problems.forEach(problem -> map.merge(problem.field(), problem.message(), (a, b) -> a + "; " + b));
            return map;
        }
    }
}
