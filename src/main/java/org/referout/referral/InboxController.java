package org.referout.referral;

import org.referout.episode.EpisodeId;
import org.referout.practice.CurrentPractice;
import org.referout.practice.PracticeId;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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

    @PostMapping("/referrals/inbox/{practice}/{id}/import")
    String importReferral(@PathVariable("practice") long from, @PathVariable long id, CurrentPractice practice,
            RedirectAttributes flash) {
        EpisodeId episode = referrals.importInbound(practice, new PracticeId(from), new ReferralId(id));
        flash.addFlashAttribute("message", "The client and an episode were added to your practice.");
        return "redirect:/episodes/" + episode;
    }
}
