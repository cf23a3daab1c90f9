package org.referout.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;


/**
 * The API's error contract: 400 {@code {"errors":[{"field":…,"message":…}]}}, 404, 409 (Q: bad input names the field).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Map<String, Object>> badRequest(BadRequestException e) {
        return errors(HttpStatus.BAD_REQUEST, e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
        List<FieldProblem> problems = new ArrayList<>();
        e.getBindingResult().getFieldErrors()
            .forEach(error -> problems.add(new FieldProblem(error.getField(), error.getDefaultMessage())));
        e.getBindingResult().getGlobalErrors()
            .forEach(error -> problems.add(new FieldProblem(error.getObjectName(), error.getDefaultMessage())));
        return errors(HttpStatus.BAD_REQUEST, problems);
    }

    /** Malformed JSON or a wrong type: name the JSON path Jackson stopped at. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException e) {
        String field = "body";
        String message = "the request body is not valid JSON";
        if (e.getCause() instanceof tools.jackson.core.JacksonException json && !json.getPath().isEmpty()) {
            field = JsonPaths.describe(json.getPath());
            message = describe(json);
        }
        else if (e.getCause() instanceof tools.jackson.core.JacksonException json && json.getOriginalMessage() != null
                && DUPLICATE.matcher(json.getOriginalMessage()).find()) {
            var duplicate = DUPLICATE.matcher(json.getOriginalMessage());
            duplicate.find();
            field = duplicate.group(1);
            message = "is given twice";
        }
        return errors(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(field, message)));
    }

    private static final java.util.regex.Pattern DUPLICATE = java.util.regex.Pattern
        .compile("Duplicate (?:Object property|field) \"(.*)\"");

    /** In the words of the rule that was broken, where there is one. */
    private static String describe(tools.jackson.core.JacksonException json) {
        if (json instanceof tools.jackson.databind.exc.InvalidFormatException format
                && format.getTargetType() == String.class) {
            return format.getOriginalMessage();
        }
        if (json instanceof tools.jackson.core.exc.InputCoercionException) {
            return "is out of range";
        }
        if (json.getOriginalMessage() != null && json.getOriginalMessage().startsWith("Duplicate")) {
            return "is given twice";
        }
        return "has the wrong type or format";
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, Object>> typeMismatch(MethodArgumentTypeMismatchException e) {
        if (e.getParameter().hasParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class)) {
            // A malformed id in the path is an id that does not exist.
            return errors(HttpStatus.NOT_FOUND, List.of(new FieldProblem(e.getName(), "not found")));
        }
        return errors(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(e.getName(), "has the wrong type or format")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, Object>> missing(MissingServletRequestParameterException e) {
        return errors(HttpStatus.BAD_REQUEST, List.of(new FieldProblem(e.getParameterName(), "this is required")));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> mediaType(HttpMediaTypeNotSupportedException e) {
        return errors(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                List.of(new FieldProblem("Content-Type", "send application/json")));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(NotFoundException e) {
        return errors(HttpStatus.NOT_FOUND, List.of(new FieldProblem("id", "not found")));
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
        return errors(HttpStatus.CONFLICT, List.of(new FieldProblem("version", e.getMessage())));
    }

    private static ResponseEntity<Map<String, Object>> errors(HttpStatus status, List<FieldProblem> problems) {
        return ResponseEntity.status(status).body(Map.of("errors", problems));
    }
}
