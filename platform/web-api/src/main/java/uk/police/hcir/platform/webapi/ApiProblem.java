package uk.police.hcir.platform.webapi;

import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * A refusal a client can act on: an RFC 9457 problem with a stable code (its type is
 * {@code https://hcir.police.uk/problems/<code>}) and, where fields were wrong, which ones and why.
 */
public class ApiProblem extends RuntimeException {

    public static final String TYPE_BASE = "https://hcir.police.uk/problems/";

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<FieldError> fieldErrors;

    /** One wrong field: its JSON path (such as {@code perception.strands[1]}) and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    public ApiProblem(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, List.of());
    }

    public ApiProblem(HttpStatus status, String code, String title, String detail, List<FieldError> fieldErrors) {
        super(detail);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static ApiProblem invalid(List<FieldError> fieldErrors) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is not valid",
                              fieldErrors.size() == 1 ? fieldErrors.get(0).field() + ": " + fieldErrors.get(0).message()
                                                      : fieldErrors.size() + " fields are not valid",
                              fieldErrors);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, getMessage());
        problem.setType(URI.create(TYPE_BASE + code));
        problem.setTitle(title);
        if (!fieldErrors.isEmpty()) {
            problem.setProperty("errors", fieldErrors);
        }
        return problem;
    }
}
