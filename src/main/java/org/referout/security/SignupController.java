package org.referout.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.referout.practice.CurrentPractice;
import org.referout.practice.NewPractice;
import org.referout.practice.Practices;
import org.referout.practice.User;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Login page, sign-up (a new practice and its owner) and accepting an invitation. */
@Controller
class SignupController {

    record SignupForm(String practiceName, String ownerName, String ownerEmail, String password) {
    }

    record InvitationForm(String displayName, String password) {
    }

    private final Practices practices;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    private final org.referout.web.RateLimiter signups;

    private final LoginUnlocks unlocks;

    SignupController(Practices practices, LoginUnlocks unlocks, java.time.Clock clock,
            @org.springframework.beans.factory.annotation.Value("${referout.signups-per-hour:10}") int perHour) {
        this.practices = practices;
        this.unlocks = unlocks;
        // per client address (behind a trusted proxy, the forwarded one): sign-ups are cheap to script
        this.signups = new org.referout.web.RateLimiter(perHour, java.time.Duration.ofHours(1), clock);
    }

    @GetMapping("/login")
    String login() {
        return "security/login";
    }

    /** The link of the mail a slowed-down account gets: this browser may sign in without waiting. */
    @GetMapping("/login/unlock/{token}")
    String unlock(@PathVariable String token, HttpServletRequest request, HttpServletResponse response,
            Model model) {
        boolean opened = unlocks.open(token, request.getSession(true));
        if (!opened) {
            response.setStatus(404);
        }
        model.addAttribute("unlocked", opened);
        return "security/login";
    }

    @GetMapping("/signup")
    String signupForm(Model model) {
        model.addAttribute("form", new SignupForm("", "", "", ""));
        return "security/signup";
    }

    @PostMapping("/signup")
    String signup(SignupForm form, Model model, HttpServletRequest request, HttpServletResponse response) {
        if (!signups.tryAcquire(request.getRemoteAddr())) {
            model.addAttribute("form", new SignupForm(form.practiceName(), form.ownerName(), form.ownerEmail(), ""));
            model.addAttribute("errors", java.util.Map.of("practiceName",
                    "too many sign-ups from your network in the last hour: please try again later"));
            response.setStatus(429);
            return "security/signup";
        }
        try {
            practices.signUpOnline(
                    new NewPractice(form.practiceName(), form.ownerName(), form.ownerEmail(), form.password()));
            // The same page whether or not the address had an account: sign-up tells nobody which addresses do.
            model.addAttribute("email", form.ownerEmail().trim());
            return "security/signup-sent";
        }
        catch (BadRequestException e) {
            model.addAttribute("form", new SignupForm(form.practiceName(), form.ownerName(), form.ownerEmail(), ""));
            model.addAttribute("errors", FieldErrors.byField(e.problems()));
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
            model.addAttribute("errors", FieldErrors.byField(e.problems()));
            response.setStatus(400);
            return "security/invite";
        }
    }

    /** The link of the verification e-mail; anyone holding it may open it once, signed in or not. */
    @GetMapping("/signup/verify/{token}")
    String verifyEmail(@PathVariable String token, Model model, HttpServletResponse response) {
        boolean verified = practices.verifyEmail(token).isPresent();
        if (!verified) {
            response.setStatus(404);
        }
        model.addAttribute("verified", verified);
        return "security/verified";
    }

    /** A new link for the signed-in user, from the inbox's "send the link again". */
    @PostMapping("/account/verify-email")
    String resendVerification(CurrentPractice who, RedirectAttributes flash) {
        flash.addFlashAttribute("message", switch (practices.sendEmailVerification(who)) {
            case SENT -> "We e-mailed a new confirmation link to " + who.email() + ".";
            case NO_MAIL_SERVER -> "This server cannot send e-mail yet: ask whoever runs ReferOut to set up e-mail.";
            case ALREADY_VERIFIED -> "Your e-mail address is already confirmed.";
        });
        return "redirect:/referrals/inbox";
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

}
