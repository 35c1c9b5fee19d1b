package uk.police.hcir.platform.servicetoken;

/** A service token that must not be trusted, and why. */
public class InvalidServiceTokenException extends RuntimeException {

    public InvalidServiceTokenException(String reason) {
        super(reason);
    }
}
