package uk.police.hcir.portal.forms;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.BindingResult;
import uk.police.hcir.portal.services.ServiceRefusedException;

/**
 * What is wrong with a submitted form, in the order the fields appear: shown in the GOV.UK error summary at the top
 * of the page, each message linking to its field, and again beside the field.
 *
 * <p>A field is named by the id of its input, so the summary's link moves focus to it. Problems come from the
 * portal's own checks ({@link #of(BindingResult)}) or from a service that refused the request
 * ({@link #fromRefusal}), whose RFC 9457 problem lists the wrong fields by their API names.
 */
public final class FormErrors {

    /** Where an error not about any one field is shown: the summary only, linking to the form. */
    public static final String FORM = "form";

    /** One wrong field: the id of its input and what the person should do about it. */
    public record FieldError(String field, String message) {

        public String href() {
            return "#" + field;
        }
    }

    private final List<FieldError> errors;

    private FormErrors(List<FieldError> errors) {
        this.errors = List.copyOf(errors);
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    public static FormErrors of(FieldError... errors) {
        return new FormErrors(List.of(errors));
    }

    /** The portal's own checks of a form: the first message for each field, fields in the order checked. */
    public static FormErrors of(BindingResult result) {
        Map<String, String> firstPerField = new LinkedHashMap<>();
        result.getFieldErrors().forEach(error -> firstPerField.putIfAbsent(
                error.getField(), error.getDefaultMessage()));
        List<FieldError> errors = new ArrayList<>();
        result.getGlobalErrors().forEach(error -> errors.add(new FieldError(FORM, error.getDefaultMessage())));
        firstPerField.forEach((field, message) -> errors.add(new FieldError(field, message)));
        return new FormErrors(errors);
    }

    /**
     * A service's refusal as form errors: each field the problem names becomes the form field {@code toFormField}
     * maps it to (or the whole form, when the mapping returns {@code null}); a refusal that names no field becomes
     * one error with the problem's detail.
     */
    public static FormErrors fromRefusal(ServiceRefusedException refusal, Function<String, String> toFormField) {
        Optional<ProblemDetail> problem = refusal.problem();
        List<FieldError> errors = new ArrayList<>();
        problem.map(FormErrors::fieldErrorsIn).orElse(List.of()).forEach(apiError -> {
            String field = toFormField.apply(apiError.field());
            errors.add(new FieldError(field == null ? FORM : field, apiError.message()));
        });
        if (errors.isEmpty()) {
            String detail = problem.map(ProblemDetail::getDetail)
                                   .filter(text -> !text.isBlank())
                                   .orElse("The request was refused. Check the answers and try again.");
            errors.add(new FieldError(FORM, detail));
        }
        return new FormErrors(errors);
    }

    private static List<FieldError> fieldErrorsIn(ProblemDetail problem) {
        Map<String, Object> properties = problem.getProperties();
        if (properties == null || !(properties.get("errors") instanceof List<?> listed)) {
            return List.of();
        }
        List<FieldError> errors = new ArrayList<>();
        for (Object entry : listed) {
            if (entry instanceof Map<?, ?> error && error.get("field") != null && error.get("message") != null) {
                errors.add(new FieldError(String.valueOf(error.get("field")), String.valueOf(error.get("message"))));
            }
        }
        return errors;
    }

    public boolean any() {
        return !errors.isEmpty();
    }

    public List<FieldError> all() {
        return Collections.unmodifiableList(errors);
    }

    public boolean has(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    /** The message shown beside a field, or {@code null} when the field is right. */
    public String messageFor(String field) {
        return errors.stream().filter(error -> error.field().equals(field))
                     .map(FieldError::message).findFirst().orElse(null);
    }
}
