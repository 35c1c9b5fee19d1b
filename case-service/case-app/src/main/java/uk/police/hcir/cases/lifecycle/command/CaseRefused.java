package uk.police.hcir.cases.lifecycle.command;

/** A command the case's state or its rules do not allow, with a stable code for the API to return. */
public class CaseRefused extends RuntimeException {

    private final String code;

    public CaseRefused(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
