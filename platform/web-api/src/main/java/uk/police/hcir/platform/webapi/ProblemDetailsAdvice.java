package uk.police.hcir.platform.webapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import uk.police.hcir.platform.webapi.ApiProblem.FieldError;

/**
 * Every error an API returns is an RFC 9457 problem detail: field-level errors for invalid input, a stable code
 * for every refusal, and never a stack trace or an internal message.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException exception) {
        List<FieldError> errors = exception.getConstraintViolations().stream()
                                           .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                                           .toList();
        return apiProblem(ApiProblem.invalid(errors));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception) {
        log.error("Request failed unexpectedly", exception);
        ApiProblem problem = new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                                            "Something went wrong", "The request could not be completed; nothing "
                                                    + "was changed. Quote the correlation id if you report it.");
        return apiProblem(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<FieldError> errors = exception.getBindingResult().getFieldErrors().stream()
                                           .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                                           .collect(Collectors.toList());
        exception.getBindingResult().getGlobalErrors()
                 .forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
        ApiProblem problem = ApiProblem.invalid(errors);
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException exception,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        ApiProblem problem = unreadable(exception.getCause());
        return ResponseEntity.status(problem.status()).body(problem.toProblemDetail());
    }

    private static ApiProblem unreadable(Throwable cause) {
        if (cause instanceof RequestTooLargeException tooLarge) {
            return tooLarge.problem();
        }
        if (cause instanceof JsonMappingException mapping && mapping.getCause() instanceof RequestTooLargeException t) {
            return t.problem();
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return ApiProblem.invalid(List.of(new FieldError(path(unknown), "is not a field of this request")));
        }
        if (cause instanceof InvalidFormatException format) {
            String allowed = format.getTargetType() != null && format.getTargetType().isEnum()
                    ? "; expected one of " + List.of(format.getTargetType().getEnumConstants())
                    : "";
            return ApiProblem.invalid(List.of(new FieldError(path(format), "has a value of the wrong form" + allowed)));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String reason = mapping.getCause() instanceof IllegalArgumentException illegal
                    ? illegal.getMessage()
                    : "cannot be read";
            return ApiProblem.invalid(List.of(new FieldError(path(mapping), reason)));
        }
        if (cause instanceof JsonProcessingException json) {
            return new ApiProblem(HttpStatus.BAD_REQUEST, "malformed-json", "The request is not valid JSON",
                                  "The body could not be read as JSON at line " + json.getLocation().getLineNr()
                                          + ", column " + json.getLocation().getColumnNr());
        }
        return new ApiProblem(HttpStatus.BAD_REQUEST, "unreadable-request", "The request could not be read",
                              "Send a JSON body that matches this endpoint's schema");
    }

    static String path(JsonMappingException exception) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : exception.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception exception, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(exception, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            problem.setType(java.net.URI.create(ApiProblem.TYPE_BASE + "http-" + statusCode.value()));
        }
        return response;
    }
}
