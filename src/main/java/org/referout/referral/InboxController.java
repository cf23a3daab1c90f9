package org.referout.referral;

import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referrals sent to the signed-in therapist by other practices, and making one a client and episode here. */
@Controller
class InboxController {

    private final Inboxes inboxes;
    private final Practices practices;

    InboxController(Inboxes inboxes, Practices practices) {
        this.inboxes = inboxes;
        this.practices = practices;
    }

    @GetMapping("/referrals/inbox")
    String inbox(CurrentPractice practice, Model model) {
        Referrals.clinician(practice);
        model.addAttribute("verified", practices.emailVerified(practice));
        model.addAttribute("email", practice.email());
        model.addAttribute("inbound", inboxes.inbox(practice));
        return "referral/inbox";
    }

    /** A referral sent to this therapist's address by its link and code (the sender did not deliver it here). */
    @PostMapping("/referrals/inbox/claim")
    String claim(@RequestParam(required = false) String link, @RequestParam(required = false) String code,
            CurrentPractice practice, Model model, RedirectAttributes flash) {
        try {
            inboxes.claim(practice, link, code);
            flash.addFlashAttribute("message", "The referral was added to your inbox.");
            return "redirect:/referrals/inbox";
        }
        catch (BadRequestException e) {
            // keyed by the inputs' ids (claim-link, claim-code) so the error summary links to them
            var claimErrors = new java.util.LinkedHashMap<String, String>();
            PageForms.errors(e).forEach((field, message) -> claimErrors.put("claim-" + field, message));
            model.addAttribute("claimErrors", claimErrors);
            model.addAttribute("claimLink", link);
            return inbox(practice, model);
        }
    }

    /** {@code from} is the sending practice: inbound ids belong to other practices by nature. */
    @PostMapping("/referrals/inbox/{id}/import")
    String importReferral(@PathVariable long id, @RequestParam(required = false) Long from, CurrentPractice practice,
            RedirectAttributes flash) {
        if (from == null) {
            throw new NotFoundException();
        }
        EpisodeId episode = inboxes.importInbound(practice, new PracticeId(from), new ReferralId(id));
        flash.addFlashAttribute("message", "The client and an episode were added to your practice.");
        return "redirect:/episodes/" + episode;
    }
}
