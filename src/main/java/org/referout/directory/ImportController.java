package org.referout.directory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.referout.practice.CurrentPractice;
import org.referout.practice.Practices;
import org.referout.web.BadRequestException;
import org.referout.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's NPPES import page. Only the server's operators ({@code referout.operators}, verified addresses)
 * see it: the national directory is shared by every practice on this server, and every sign-up is a practice
 * owner. Everyone else gets 404, as for anything not theirs. Files come from the import folder only
 * ({@link ImportFolder}), chosen by name. One import
 * runs at a time in a background thread; the page polls {@code /directory/import/progress} from
 * {@code static/js/import-progress.js} (no inline script: CSP).
 */
@Controller
class ImportController {

    /** What the poller reads; {@code report} is set when the import ends, {@code error} if it failed. */
    record Status(boolean running, ImportProgress progress, ImportReport report, String error) {
    }

    private final Directory directory;
    private final ImportFolder folder;
    private final Practices practices;
    private final AtomicReference<Status> status = new AtomicReference<>(new Status(false, null, null, null));

    ImportController(Directory directory, ImportFolder folder, Practices practices) {
        this.directory = directory;
        this.folder = folder;
        this.practices = practices;
    }

    @GetMapping("/directory/import")
    String page(CurrentPractice practice, Model model) {
        operatorOnly(practice);
        model.addAttribute("folder", folder.path().toString());
        model.addAttribute("files", folder.files());
        model.addAttribute("status", status.get());
        model.addAttribute("last", directory.lastImport().orElse(null));
        return "directory/import";
    }

    @PostMapping("/directory/import")
    String start(CurrentPractice practice, @RequestParam(required = false) String file,
            @RequestParam(defaultValue = "false") boolean updateFile, RedirectAttributes flash) {
        operatorOnly(practice);
        // missing, unreadable, outside the folder: one answer, so the page is no probe of the server's disk
        Path chosen = folder.file(file).orElseThrow(() -> new BadRequestException("file",
                "choose one of the files in the import folder"));
        Status before = status.get();
        if (before.running() || !status.compareAndSet(before, new Status(true, null, null, null))) {
            flash.addFlashAttribute("message", "An import is already running.");
            return "redirect:/directory/import";
        }
        Thread thread = new Thread(() -> {
            try {
                ImportReport report = directory.importNppes(chosen, updateFile,
                        p -> status.set(new Status(true, p, null, null)));
                status.set(new Status(false, status.get().progress(), report, null));
            }
            catch (RuntimeException e) {
                status.set(new Status(false, status.get().progress(), null, String.valueOf(e.getMessage())));
            }
        }, "nppes-import");
        thread.setDaemon(true);
        thread.start();
        flash.addFlashAttribute("message", "Import started: " + chosen.getFileName());
        return "redirect:/directory/import";
    }

    @GetMapping("/directory/import/progress")
    @ResponseBody
    Map<String, Object> progress(CurrentPractice practice) {
        operatorOnly(practice);
        Status s = status.get();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("running", s.running());
        if (s.progress() != null) {
            out.put("rows", s.progress().rowsRead());
            out.put("rowsPerSecond", Math.round(s.progress().rowsPerSecond()));
            out.put("percent", Math.round(s.progress().fraction() * 1000) / 10.0);
            out.put("etaSeconds", s.progress().eta().toSeconds());
            out.put("rejected", s.progress().rejected());
        }
        if (s.report() != null) {
            out.put("summary", s.report().summary());
        }
        if (s.error() != null) {
            out.put("error", s.error());
        }
        return out;
    }

    private void operatorOnly(CurrentPractice practice) {
        if (!practices.isOperator(practice)) {
            throw new NotFoundException();
        }
    }
}
