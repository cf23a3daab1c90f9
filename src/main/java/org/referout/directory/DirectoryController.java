package org.referout.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.referout.client.Client;
import org.referout.client.ClientId;
import org.referout.client.Clients;
import org.referout.clinical.Complaint;
import org.referout.clinical.ProviderType;
import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.ConflictException;
import org.referout.web.FieldProblem;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search page {@code /directory} and the partner pages. Every role may use them, front desk included: the
 * directory is public NPPES data and the partner list is the practice's address book, not clinical data
 * (front desk often books the referral appointment). The one clinical touch, a client's ZIP as the search centre,
 * goes through Clients, which checks the practice and writes the audit entry.
 */
@Controller
class DirectoryController {

    private final PartnerSearch search;
    private final Partners partners;
    private final Directory directory;
    private final Clients clients;
    private final Taxonomy taxonomy;
    private final PartnerReferrals referrals;

    DirectoryController(PartnerSearch search, Partners partners, Directory directory, Clients clients,
            Taxonomy taxonomy, ObjectProvider<PartnerReferrals> referrals) {
        this.taxonomy = taxonomy;
        // the referral module supplies the numbers; without it (directory tested alone) partners have none
        this.referrals = referrals.getIfAvailable(() -> PartnerReferrals.NONE);
        this.search = search;
        this.partners = partners;
        this.directory = directory;
        this.clients = clients;
    }

    /** What the search form holds; every field optional until the person presses Search. */
    record SearchForm(List<String> type, String q, String near, Long client, String radiusKm, String complaint,
            String language, Boolean accepting, String sort) {
    }

    @GetMapping("/directory")
    String search(CurrentPractice practice, @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String q, @RequestParam(required = false) String near,
            @RequestParam(required = false) Long client, @RequestParam(required = false) String radiusKm,
            @RequestParam(required = false) String complaint, @RequestParam(required = false) String language,
            @RequestParam(required = false) Boolean accepting, @RequestParam(required = false) String sort,
            Model model, HttpServletResponse response) {
        List<String> types = type == null ? List.of()
                : type.stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::trim).filter(s -> !s.isEmpty()).toList();
        String centre = near;
        if (client != null) {
            Client c = clients.find(practice, new ClientId(client)).orElseThrow(NotFoundException::new);
            model.addAttribute("client", c);
            if (centre == null || centre.isBlank()) {
                centre = c.details().zip();
            }
        }
        SearchForm form = new SearchForm(types, q, centre, client, radiusKm == null ? "25" : radiusKm, complaint,
                language, accepting, sort == null ? "rank" : sort);
        model.addAttribute("form", form);
        model.addAttribute("providerTypes", ProviderType.directoryTypes());
        model.addAttribute("complaints", Complaint.values());
        boolean asked = !types.isEmpty() || (q != null && !q.isBlank());
        model.addAttribute("asked", asked);
        if (asked) {
            try {
                ProviderSearch query = DirectoryApiController.query(String.join(",", types), centre, form.radiusKm(),
                        "25", form.sort(), q);
                model.addAttribute("results", search.search(practice.id(), query,
                        DirectoryApiController.filter(complaint, language, accepting)));
            }
            catch (BadRequestException e) {
                model.addAttribute("errors", errors(e));
                response.setStatus(HttpStatus.BAD_REQUEST.value());
            }
        }
        return "directory/search";
    }

    @GetMapping("/directory/partners")
    String partners(CurrentPractice practice, Model model) {
        List<Partner> list = partners.list(practice.id());
        model.addAttribute("partners", list);
        // what kind of provider each is, in NUCC's own words: a therapist reads "Chiropractor", not 111N00000X
        model.addAttribute("kinds", list.stream().collect(java.util.stream.Collectors.toMap(Partner::id,
                partner -> partner.taxonomyCodes().stream().map(taxonomy::plainName)
                    .collect(java.util.stream.Collectors.joining(", ")))));
        model.addAttribute("statistics", referrals.statistics(practice, list));
        model.addAttribute("statisticsShown", practice.seesClinicalData());
        return "directory/partners";
    }

    /** "Add as partner": the form pre-filled from the directory entry, so adding is one tap plus optional notes. */
    @GetMapping("/directory/partners/new")
    String newPartner(CurrentPractice practice, @RequestParam(required = false) Long npi, Model model) {
        if (npi != null) {
            var existing = partners.findByNpi(practice.id(), npi);
            if (existing.isPresent()) {
                return "redirect:/directory/partners/" + existing.get().id();
            }
            model.addAttribute("form", PartnerForm.of(directory.find(npi).orElseThrow(NotFoundException::new)));
        }
        else {
            model.addAttribute("form", PartnerForm.empty());
        }
        partnerChoices(model);
        return "directory/partner-form";
    }

    @PostMapping("/directory/partners")
    String create(CurrentPractice practice, @ModelAttribute("form") PartnerForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            requireKind(form);
            partners.create(practice, form);
            flash.addFlashAttribute("message", "Partner saved: " + form.name());
            return "redirect:/directory/partners";
        }
        catch (BadRequestException e) {
            return invalid(e, model, response);
        }
    }

    @GetMapping("/directory/partners/{id}")
    String edit(CurrentPractice practice, @PathVariable long id, Model model) {
        Partner partner = partners.get(practice.id(), id);
        model.addAttribute("form", PartnerForm.of(partner));
        model.addAttribute("statistics", referrals.statistics(practice, List.of(partner)).get(id));
        model.addAttribute("statisticsShown", practice.seesClinicalData());
        model.addAttribute("partnerId", id);
        partnerChoices(model);
        return "directory/partner-form";
    }

    @PostMapping("/directory/partners/{id}")
    String update(CurrentPractice practice, @PathVariable long id, @ModelAttribute("form") PartnerForm form,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        model.addAttribute("partnerId", id);
        try {
            requireKind(form);
            partners.update(practice, id, form);
            flash.addFlashAttribute("message", "Partner saved: " + form.name());
            return "redirect:/directory/partners";
        }
        catch (BadRequestException e) {
            return invalid(e, model, response);
        }
        catch (ConflictException e) {
            // no lost update: show what is stored now; the person re-applies the change on the new version
            model.addAttribute("form", PartnerForm.of(partners.get(practice.id(), id)));
            model.addAttribute("conflict", true);
            partnerChoices(model);
            response.setStatus(HttpStatus.CONFLICT.value());
            return "directory/partner-form";
        }
    }

    @PostMapping("/directory/partners/{id}/delete")
    String delete(CurrentPractice practice, @PathVariable long id, RedirectAttributes flash) {
        Partner p = partners.get(practice.id(), id);
        partners.delete(practice, id);
        flash.addFlashAttribute("message", "Removed from your partners: " + p.name());
        return "redirect:/directory/partners";
    }

    /**
     * The page asks for the kind of provider (the API may leave it out), reported together with the other fields'
     * problems so that one submit shows them all.
     */
    private void requireKind(PartnerForm form) {
        if (form.taxonomyCodeList().isEmpty()) {
            List<FieldProblem> problems = new java.util.ArrayList<>(partners.problems(form));
            problems.add(new FieldProblem("taxonomyCodes", "Choose the kind of provider from the list"));
            throw new BadRequestException(problems);
        }
    }

    /** What the partner form offers to choose from: complaints and kinds of provider by name, never as codes. */
    private void partnerChoices(Model model) {
        model.addAttribute("complaints", Complaint.values());
        model.addAttribute("providerKinds", taxonomy.choices());
    }

    private String invalid(BadRequestException e, Model model, HttpServletResponse response) {
        model.addAttribute("errors", errors(e));
        partnerChoices(model);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "directory/partner-form";
    }

    private static Map<String, String> errors(BadRequestException e) {
        return FieldErrors.byField(e);
    }
}
