package org.referout.referral;

import java.util.List;
import java.util.Map;

import org.referout.episode.EpisodeId;
import org.referout.pdf.PdfDocument;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The sender's pages: the list with overdue loops and notices, the new-referral flow, and one referral. */
@Controller
class ReferralController {

    private final Referrals referrals;
    private final ReferralPlanner planner;
    private final Inboxes inboxes;

    ReferralController(Referrals referrals, ReferralPlanner planner, Inboxes inboxes) {
        this.referrals = referrals;
        this.planner = planner;
        this.inboxes = inboxes;
    }

    @GetMapping("/referrals")
    String list(CurrentPractice practice, Model model) {
        Referrals.clinician(practice);
        model.addAttribute("referrals", referrals.list(practice));
        model.addAttribute("overdue", referrals.overdue(practice));
        model.addAttribute("notices", referrals.notices(practice));
        model.addAttribute("overdueDays", referrals.overdueDays(practice.id()));
        return "referral/list";
    }

    @PostMapping("/referrals/notices/read")
    String noticesRead(CurrentPractice practice) {
        referrals.markNoticesRead(practice);
        return "redirect:/referrals";
    }

    @PostMapping("/referrals/settings")
    String settings(@RequestParam int overdueDays, CurrentPractice practice, RedirectAttributes flash) {
        referrals.setOverdueDays(practice, overdueDays);
        flash.addFlashAttribute("message", "Referrals count as overdue after " + overdueDays + " days.");
        return "redirect:/referrals";
    }

    @GetMapping("/episodes/{episode}/referrals/new")
    String proposal(@PathVariable long episode, @RequestParam(required = false) String source,
            @RequestParam(required = false) Urgency urgency, CurrentPractice practice, Model model) {
        return form(practice, new EpisodeId(episode), source, urgency, null, Map.of(), model);
    }

    @PostMapping("/episodes/{episode}/referrals")
    String create(@PathVariable long episode, ReferralForm form, CurrentPractice practice, Model model) {
        try {
            ReferralId id = referrals.create(practice, new EpisodeId(episode), form.toNewReferral());
            return "redirect:/referrals/" + id;
        }
        catch (BadRequestException e) {
            return form(practice, new EpisodeId(episode), form.source(), form.urgency(), form, PageForms.errors(e),
                    model);
        }
    }

    /** A recipient typed in, or a directory result picked, on the new-referral page: it is then pre-ticked. */
    @PostMapping("/episodes/{episode}/referrals/recipients")
    String addRecipient(@PathVariable long episode, RecipientForm form, @RequestParam(required = false) String source,
            CurrentPractice practice, Model model, RedirectAttributes flash) {
        planner.requireEpisode(practice, new EpisodeId(episode));
        try {
            RecipientId id = referrals.addRecipient(practice, form.toDetails());
            inboxes.deliverToInbox(practice, id, form.deliversToInbox());
            flash.addFlashAttribute("message", form.name() + " was added to your recipients.");
            flash.addFlashAttribute("picked", id.value());
            return "redirect:/episodes/" + episode + "/referrals/new" + (source == null ? "" : "?source=" + source);
        }
        catch (BadRequestException e) {
            model.addAttribute("recipientForm", form);
            model.addAttribute("recipientErrors", PageForms.errors(e));
            return form(practice, new EpisodeId(episode), source, null, null, Map.of(), model);
        }
    }

    private String form(CurrentPractice practice, EpisodeId episode, String source, Urgency urgency, ReferralForm form,
            Map<String, String> errors, Model model) {
        var proposal = planner.propose(practice, episode, source, urgency);
        model.addAttribute("proposal", proposal);
        model.addAttribute("form", form != null ? form
                : new ReferralForm(proposal.urgency(), proposal.reason(), null, proposal.source(), List.of()));
        model.addAttribute("errors", errors);
        model.addAttribute("urgencies", Urgency.values());
        if (!model.containsAttribute("recipientForm")) {
            model.addAttribute("recipientForm", RecipientForm.empty());
        }
        return "referral/new";
    }

    /**
     * A step of this page that fails (issue 16 item 4) shows the page again, not a bare error page: the summary at
     * the top, the message by its control, and what was typed in the step's form. Other pages' forms catch their own.
     */
    @org.springframework.web.bind.annotation.ExceptionHandler(BadRequestException.class)
    String stepNotDone(BadRequestException e, jakarta.servlet.http.HttpServletRequest request, CurrentPractice practice,
            Model model, jakarta.servlet.http.HttpServletResponse response) {
        var path = java.util.regex.Pattern.compile("/referrals/([0-9]+)/.*").matcher(request.getRequestURI());
        if (!path.matches()) {
            // a step of another page (the overdue setting): the plain 400 page, as web.PageErrors would show it
            response.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", e.problems());
            return "error/400";
        }
        if (referrals.find(practice, new ReferralId(Long.parseLong(path.group(1)))).isEmpty()) {
            // not yours looks like not there, even when the step's input was bad too
            response.setStatus(org.springframework.http.HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        response.setStatus(org.springframework.http.HttpStatus.BAD_REQUEST.value());
        model.addAttribute("errors", ReferralStepErrors.byControl(e.problems(), request.getParameter("recipient")));
        model.addAttribute("typed", request.getParameterMap());
        model.addAttribute("typedRecipient", request.getParameter("recipient"));
        return show(Long.parseLong(path.group(1)), practice, model);
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable long id, CurrentPractice practice, Model model) {
        ReferralId referralId = new ReferralId(id);
        Referral referral = referrals.find(practice, referralId).orElseThrow(NotFoundException::new);
        List<Addressee> addressees = referrals.addressees(practice, referralId);
        model.addAttribute("referral", referral);
        model.addAttribute("rows", addressees.stream()
            .map(a -> new AddresseeRow(a, a.sent() ? referrals.credentials(practice, referralId, a.recipient().id())
                .orElse(null) : null))
            .toList());
        model.addAttribute("timeline", referrals.timeline(practice, referralId));
        model.addAttribute("recipients", referrals.recipients(practice));
        model.addAttribute("methods", ConsentMethod.values());
        model.addAttribute("chartSvg", referral.summary() == null || referral.summary().scores().isEmpty() ? null
                : ReferralDocuments.chartSvg(referral.summary()));
        return "referral/show";
    }

    /** One recipient of the referral with their current link and code (null before sending or once closed). */
    record AddresseeRow(Addressee addressee, Referrals.LinkCredentials credentials) {
    }

    @PostMapping("/referrals/{id}/recipients")
    String addAddressee(@PathVariable long id, @RequestParam long recipient, CurrentPractice practice) {
        referrals.addAddressee(practice, new ReferralId(id), new RecipientId(recipient));
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/recipients/new")
    String addNewAddressee(@PathVariable long id, RecipientForm form, CurrentPractice practice) {
        RecipientId recipient = referrals.addRecipient(practice, form.toDetails());
        inboxes.deliverToInbox(practice, recipient, form.deliversToInbox());
        referrals.addAddressee(practice, new ReferralId(id), recipient);
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/recipients/{recipient}/remove")
    String removeAddressee(@PathVariable long id, @PathVariable long recipient, CurrentPractice practice) {
        referrals.removeAddressee(practice, new ReferralId(id), new RecipientId(recipient));
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/consent")
    String consent(@PathVariable long id, ConsentForm form, CurrentPractice practice, RedirectAttributes flash) {
        if (form.recipient() == null) {
            throw new BadRequestException("recipient", "choose the recipient the client consented to");
        }
        referrals.recordConsent(practice, new ReferralId(id), new RecipientId(form.recipient()), form.toConsent());
        flash.addFlashAttribute("message", "Consent recorded.");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/consent/{recipient}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long recipient, CurrentPractice practice) {
        referrals.withdrawConsent(practice, new ReferralId(id), new RecipientId(recipient));
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/send")
    String send(@PathVariable long id, @RequestParam(required = false) List<Long> recipients,
            CurrentPractice practice, RedirectAttributes flash) {
        List<Recipient> sent = referrals.send(practice, new ReferralId(id),
                recipients == null ? List.of() : recipients.stream().map(RecipientId::new).toList());
        flash.addFlashAttribute("message", "Sent to " + String.join(", ",
                sent.stream().map(Recipient::displayName).toList()) + ".");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/cancel")
    String cancel(@PathVariable long id, @RequestParam(required = false) String why, CurrentPractice practice) {
        referrals.cancel(practice, new ReferralId(id), why);
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/close")
    String close(@PathVariable long id, @RequestParam(required = false) String note,
            @RequestParam(defaultValue = "false") boolean endEpisode, CurrentPractice practice) {
        referrals.close(practice, new ReferralId(id), note, endEpisode);
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/end-episode")
    String endEpisode(@PathVariable long id, CurrentPractice practice, RedirectAttributes flash) {
        referrals.endEpisode(practice, new ReferralId(id));
        flash.addFlashAttribute("message", "The episode ended as referred out.");
        return "redirect:/referrals/" + id;
    }

    @PostMapping("/referrals/{id}/ask-client")
    String askClient(@PathVariable long id, CurrentPractice practice, RedirectAttributes flash) {
        referrals.askClient(practice, new ReferralId(id));
        flash.addFlashAttribute("message", "The client will receive an e-mail with three short questions.");
        return "redirect:/referrals/" + id;
    }

    @GetMapping("/referrals/{id}/letter/{recipient}.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable long recipient, CurrentPractice practice) {
        return PdfDocument.response(referrals.letter(practice, new ReferralId(id), new RecipientId(recipient)),
                "referral-" + id + "-letter.pdf", false);
    }

    @GetMapping("/referrals/{id}/handout.pdf")
    ResponseEntity<byte[]> handout(@PathVariable long id, CurrentPractice practice) {
        return PdfDocument.response(referrals.handout(practice, new ReferralId(id)), "referral-" + id + "-handout.pdf",
                false);
    }
}
