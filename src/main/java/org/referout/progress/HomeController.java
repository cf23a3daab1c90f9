package org.referout.progress;

import org.referout.practice.CurrentPractice;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The therapist's home page: what needs attention today. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(CurrentPractice practice, Model model) {
        model.addAttribute("me", practice);
        return "home";
    }
}
