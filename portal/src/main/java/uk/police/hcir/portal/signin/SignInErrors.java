package uk.police.hcir.portal.signin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What was wrong with a sign-in, one message per field, in the order the fields appear on the page. */
public record SignInErrors(List<FieldError> errors) {

    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";

    public record FieldError(String field, String message) {
    }

    public SignInErrors {
        errors = List.copyOf(errors);
    }

    static SignInErrors none() {
        return new SignInErrors(List.of());
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    /** The errors for what was sent: each missing field, or else that the username and password do not match. */
    static SignInErrors forAttempt(String username, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError(USERNAME, "Enter your username"));
        }
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError(PASSWORD, "Enter your password"));
        }
        if (errors.isEmpty()) {
            errors.add(new FieldError(USERNAME, "Enter a correct username and password"));
        }
        return new SignInErrors(errors);
    }

    public Optional<String> messageFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field)).map(FieldError::message).findFirst();
    }

    public boolean hasErrorFor(String field) {
        return messageFor(field).isPresent();
    }
}
