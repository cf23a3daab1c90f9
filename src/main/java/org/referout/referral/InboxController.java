package org.referout.referral;

import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.referout.web.NotFoundException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Referrals sent to the signed-in therapist by other practices, and making one a client and episode here. */
@Controller
class InboxController {

    private final Referrals referrals;

    InboxController(Referrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping("/referrals/inbox")
    String inbox(CurrentPractice practice, Model model) {
        Referrals.clinician(practice);
        model.addAttribute("inbound", referrals.inbox(practice));
        return "referral/inbox";
    }

    /** {@code from} is the sending practice: inbound ids belong to other practices by nature. */
    @PostMapping("/referrals/inbox/{id}/import")
    String importReferral(@PathVariable long id, @RequestParam(required = false) Long from, CurrentPractice practice,
            RedirectAttributes flash) {
        if (from == null) {
            throw new NotFoundException();
        }
        EpisodeId episode = referrals.importInbound(practice, new PracticeId(from), new ReferralId(id));
        flash.addFlashAttribute("message", "The client and an episode were added to your practice.");
        return "redirect:/episodes/" + episode;
    }
}
