package org.referout.client;


import org.referout.practice.CurrentPractice;
import org.referout.web.BadRequestException;
import org.referout.web.FieldErrors;
import org.referout.web.ConflictException;
import org.referout.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** Client list, search, create and edit. The client's own page (with episodes) is in the episode module. */
@Controller
@RequestMapping("/clients")
class ClientController {

    static final int PAGE_SIZE = 25;

    private final Clients clients;

    ClientController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping
    String list(CurrentPractice practice, @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("query", query);
        model.addAttribute("result", clients.search(practice, query, page, PAGE_SIZE));
        return "client/list";
    }

    @GetMapping("/new")
    String newClient(Model model) {
        model.addAttribute("form", ClientForm.empty());
        return "client/form";
    }

    @PostMapping
    String create(CurrentPractice practice, @ModelAttribute("form") ClientForm form, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        try {
            ClientId id = clients.create(practice, form.toDetails());
            flash.addFlashAttribute("message", "Client saved.");
            return "redirect:/clients/" + id;
        } catch (BadRequestException e) {
            return invalid(e, model, response);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(CurrentPractice practice, @PathVariable long id, Model model) {
        Client client = clients.find(practice, new ClientId(id)).orElseThrow(NotFoundException::new);
        model.addAttribute("form", ClientForm.of(client));
        model.addAttribute("clientId", id);
        return "client/form";
    }

    @PostMapping("/{id}")
    String update(CurrentPractice practice, @PathVariable long id, @ModelAttribute("form") ClientForm form,
            Model model, RedirectAttributes flash, HttpServletResponse response) {
        model.addAttribute("clientId", id);
        try {
            if (form.version() == null) {
                throw new BadRequestException("version", "is missing: open the client again");
            }
            clients.update(practice, new ClientId(id), form.toDetails(), form.version());
            flash.addFlashAttribute("message", "Client saved.");
            return "redirect:/clients/" + id;
        } catch (BadRequestException e) {
            return invalid(e, model, response);
        } catch (ConflictException e) {
            // Q: no lost update. Show what is stored now; the person re-applies their change on the new version.
            Client current = clients.find(practice, new ClientId(id)).orElseThrow(NotFoundException::new);
            model.addAttribute("form", ClientForm.of(current));
            model.addAttribute("conflict", true);
            response.setStatus(HttpStatus.CONFLICT.value());
            return "client/form";
        }
    }

    private static String invalid(BadRequestException e, Model model, HttpServletResponse response) {
        model.addAttribute("errors", FieldErrors.byField(e));
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return "client/form";
    }
}
