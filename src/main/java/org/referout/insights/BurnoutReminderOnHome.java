package org.referout.insights;

import org.referout.practice.CurrentPractice;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Puts the burnout-check reminder on the home page's model as {@code burnoutReminder}, so the home page (owned
 * by progress, which must not depend on insights) can include {@code insights/reminder :: burnout-reminder}
 * without a module dependency. Only the home page pays for the query.
 */
@ControllerAdvice(basePackages = "org.referout.progress")
class BurnoutReminderOnHome {

    private final BurnoutChecks checks;

    BurnoutReminderOnHome(BurnoutChecks checks) {
        this.checks = checks;
    }

    @ModelAttribute("burnoutReminder")
    BurnoutReminder reminder(HttpServletRequest request, CurrentPractice me) {
        boolean home = request.getRequestURI().equals(request.getContextPath() + "/");
        return home ? checks.reminder(me) : null;
    }
}
