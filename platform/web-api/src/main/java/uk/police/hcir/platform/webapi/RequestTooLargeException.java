package uk.police.hcir.platform.webapi;

import java.io.IOException;
import org.springframework.http.HttpStatus;

/** The request body went past the size an endpoint accepts. */
class RequestTooLargeException extends IOException {

    private final long limit;

    RequestTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes");
        this.limit = limit;
    }

    ApiProblem problem() {
        return new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "request-too-large", "The request is too large",
                              "A request body may be at most " + limit + " bytes");
    }
}
