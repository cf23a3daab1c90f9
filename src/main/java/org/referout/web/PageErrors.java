package org.referout.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Pages: not found (or not yours) is the 404 page; a lost update is a 409 page that says what to do. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    /**
     * A malformed id in the path is an id that does not exist (404, as for anything not yours); a malformed query
     * parameter ({@code ?page=99999999999}, {@code ?from=yesterday}) is bad input that names the parameter (400).
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model,
            jakarta.servlet.http.HttpServletResponse response) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "error/404";
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("problems", java.util.List.of(new FieldProblem(e.getName(), "has the wrong format")));
        return "error/400";
    }

    @ExceptionHandler(ConflictException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String conflict(ConflictException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "error/409";
    }

    /**
     * Spring's DataBinder fails with an IndexOutOfBoundsException on a form parameter such as
     * {@code techniques[99999]} or {@code psfsActivities[-1]} (found by PageFormFuzzTests). That is bad input, so a
     * 400; the same exception from anywhere else is a real bug and stays a 500.
     */
    @ExceptionHandler(IndexOutOfBoundsException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String listIndex(IndexOutOfBoundsException e, Model model) {
        boolean binding = java.util.Arrays.stream(e.getStackTrace())
            .anyMatch(frame -> frame.getClassName().equals(org.springframework.validation.DataBinder.class.getName()));
        if (!binding) {
            throw e;
        }
        model.addAttribute("problems", java.util.List.of(new FieldProblem("form", "a list index is out of range")));
        return "error/400";
    }

    @ExceptionHandler(BadRequestException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badRequest(BadRequestException e, Model model) {
        model.addAttribute("problems", e.problems());
        return "error/400";
    }
}
